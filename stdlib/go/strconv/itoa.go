package strconv

// digitChars lists the digit symbols of every base this package formats in.
const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint writes i in the given base (2 to 36), with lower-case letters
// standing for digits of ten and more. Any other base panics.
func FormatUint(i uint64, base int) string {
	return string(appendBits(nil, i, base, false))
}

// FormatInt writes i in the given base (2 to 36), a minus sign first when i
// is negative. Any other base panics.
func FormatInt(i int64, base int) string {
	return string(appendBits(nil, uint64(i), base, i < 0))
}

// Itoa writes i in decimal.
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt adds FormatInt(i, base) to the end of dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return appendBits(dst, uint64(i), base, i < 0)
}

// AppendUint adds FormatUint(i, base) to the end of dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// appendBits appends the digits of v in base to dst. With neg set, v holds
// the two's-complement bits of a negative number: its magnitude is -v.
func appendBits(dst []byte, v uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if neg {
		v = -v
	}
	// 64 binary digits at most, and room for the sign.
	var tmp [65]byte
	at := len(tmp)
	radix := uint64(base)
	for {
		at--
		tmp[at] = digitChars[int(v%radix)]
		v /= radix
		if v == 0 {
			break
		}
	}
	if neg {
		at--
		tmp[at] = '-'
	}
	return append(dst, tmp[at:]...)
}
