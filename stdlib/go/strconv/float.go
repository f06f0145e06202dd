package strconv

// Float conversion is done by two runtime natives, formatFloat and
// parseFloat (declared at the end of this file without bodies); the
// exported functions only wrap them.

// FormatFloat renders f as text. fmt picks the layout:
//
//	'b'       mantissa and power of two, like -4503599627370496p-52
//	'e', 'E'  scientific notation, like -1.2345e+06
//	'f'       plain decimal, like -1234500
//	'g', 'G'  'e'/'E' when the exponent is big, 'f' when it is not
//	'x', 'X'  hex mantissa and power of two, like -0x1.2dp+20
//
// prec is how many digits to write (after the point for 'e', 'f' and 'x',
// significant ones for 'g'); -1 asks for the shortest text that reads back
// as the same value. bitSize (32 or 64) tells which float type f came from,
// so that rounding follows that type.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat is FormatFloat writing onto the end of dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	text := formatFloat(f, fmt, prec, bitSize)
	return append(dst, text...)
}

// ParseFloat reads s as a Go floating-point literal (decimal or hex, with
// underscores only where Go allows them), or as "inf", "infinity" or "nan"
// in any letter case, each with an optional sign. With bitSize 32 the
// result is rounded to float32 precision (though returned as float64).
//
// A failure is a *NumError whose Num is s: Err is ErrSyntax when s is not
// a valid number, and ErrRange, with ±Inf as the value, when the number
// rounds beyond the largest finite float of that size.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, status := parseFloat(s, bitSize)
	if status == 1 {
		return 0, syntaxError("ParseFloat", s)
	}
	if status == 2 {
		return v, rangeError("ParseFloat", s)
	}
	return v, nil
}

// formatFloat (native) produces exactly the text gc's FormatFloat does.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat (native) reads all of s the way ParseFloat must. status: 0
// success, 1 malformed input (f is 0), 2 out of range (f is the signed
// infinity ParseFloat hands back).
func parseFloat(s string, bitSize int) (f float64, status int)
