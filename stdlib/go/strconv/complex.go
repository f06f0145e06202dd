package strconv

// Complex numbers as text: FormatComplex and ParseComplex, built on
// FormatFloat and the parser behind ParseFloat.

// FormatComplex converts the complex number c to a string of the form
// (a+bi), where a and b are formatted as FormatFloat formats them with
// fmt and prec. bitSize is 64 for complex64 and 128 for complex128; each
// part is rounded as a float of half that size.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	re := FormatFloat(real(c), fmt, prec, bitSize/2)
	im := FormatFloat(imag(c), fmt, prec, bitSize/2)
	// The imaginary part always carries its sign.
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

// ParseComplex converts the string s to a complex number with the
// precision bitSize: 64 for complex64 (float32 parts) or 128 for
// complex128. s has the form N, Ni or N±Ni, each N a number ParseFloat
// accepts, optionally in parentheses. A syntax error or an out-of-range
// part gives a *NumError (Func "ParseComplex", Num s); out of range, the
// value is returned with the part at ±Inf.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	// part reads the number at the start of s.
	part := func() (float64, bool) {
		n := floatPrefix(s)
		f, status := parseFloat(s[:n], size)
		if status == 1 {
			return 0, false
		}
		if status == 2 {
			pending = rangeError(fn, orig)
		}
		s = s[n:]
		return f, true
	}
	re, ok := part()
	if !ok {
		return 0, syntaxError(fn, orig)
	}
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// "+NaNi" and "+Infi": the sign is not the number's; "++" stays
		// an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), pending
}

// floatPrefix is the length of the longest start of s that can be a
// number for ParseFloat: a sign, then "inf", "infinity" or (unsigned)
// "nan" in any case, or decimal or 0x-hexadecimal digits with
// underscores, one point and an exponent. Whether it is a valid number
// is parseFloat's to say.
func floatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if n := foldedPrefix(s[i:], "infinity"); n == 8 {
		return i + 8
	} else if n >= 3 {
		return i + 3
	}
	if i == 0 && foldedPrefix(s, "nan") == 3 {
		return 3
	}
	base := 10
	if i+1 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		i += 2
	}
	digits, dot := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' && !dot {
			dot = true
			continue
		}
		hex := base == 16 && 'a' <= lower(c) && lower(c) <= 'f'
		if ('0' <= c && c <= '9') || hex {
			digits = true
			continue
		}
		break
	}
	if !digits {
		return 0
	}
	exp := byte('e')
	if base == 16 {
		exp = 'p'
	}
	if i < len(s) && lower(s[i]) == exp {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && (s[i] == '_' || ('0' <= s[i] && s[i] <= '9')) {
			i++
		}
		if i == start {
			// An exponent without digits: nothing here is a number.
			return 0
		}
	}
	return i
}

// foldedPrefix is how many bytes of s match the start of the lower-case
// word, ignoring case.
func foldedPrefix(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}
