// Package utf16 converts between Unicode code points and UTF-16: code
// points above U+FFFF travel as a surrogate pair, a high half from
// U+D800..U+DBFF followed by a low half from U+DC00..U+DFFF, each carrying
// ten bits of the code point less 0x10000.
package utf16

const (
	// fffd stands in for whatever cannot be encoded or decoded.
	fffd = '\uFFFD'

	highFirst = 0xD800  // first high (leading) surrogate
	lowFirst  = 0xDC00  // first low (trailing) surrogate
	lowEnd    = 0xE000  // one past the last low surrogate
	planeOne  = 0x10000 // the first code point that needs a pair
	lastRune  = 0x10FFFF
)

// IsSurrogate tells whether r lies in the surrogate range U+D800..U+DFFF
// (and so may be half of a pair).
func IsSurrogate(r rune) bool {
	return r >= highFirst && r < lowEnd
}

// DecodeRune joins the surrogate pair r1, r2 into its code point; U+FFFD
// when r1 is not a high half or r2 not a low one.
func DecodeRune(r1, r2 rune) rune {
	if r1 < highFirst || r1 >= lowFirst || r2 < lowFirst || r2 >= lowEnd {
		return fffd
	}
	return planeOne + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune splits r into its surrogate pair; U+FFFD twice when r needs
// no pair (below U+10000) or is not a code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < planeOne || r > lastRune {
		return fffd, fffd
	}
	bits := r - planeOne
	return highFirst + bits>>10&0x3FF, lowFirst + bits&0x3FF
}

// Encode gives the UTF-16 form of s. Surrogate code points and values
// outside Unicode become U+FFFD.
func Encode(s []rune) []uint16 {
	// Room for a pair wherever one might be needed.
	size := len(s)
	for _, r := range s {
		if r >= planeOne {
			size++
		}
	}
	out := make([]uint16, size)
	n := 0
	for _, r := range s {
		switch {
		case r >= planeOne && r <= lastRune:
			hi, lo := EncodeRune(r)
			out[n], out[n+1] = uint16(hi), uint16(lo)
			n += 2
			continue
		case r < 0 || r > lastRune || IsSurrogate(r):
			out[n] = fffd
		default:
			out[n] = uint16(r)
		}
		n++
	}
	return out[:n]
}

// Decode gives the code points of the UTF-16 sequence s. A surrogate
// that is not part of a well-formed pair becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, len(s))
	n := 0
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case !IsSurrogate(u):
			out[n] = u
		case u < lowFirst && i+1 < len(s) && IsSurrogate(rune(s[i+1])) && rune(s[i+1]) >= lowFirst:
			out[n] = DecodeRune(u, rune(s[i+1]))
			i++
		default:
			out[n] = fffd
		}
		n++
	}
	return out[:n]
}
