// Package utf8 converts between runes and their UTF-8 byte form, counts
// runes and checks that text is well-formed UTF-8. Pure Go, no natives.
package utf8

const (
	RuneError = '\uFFFD'     // U+FFFD, what malformed input decodes to
	RuneSelf  = 0x80         // bytes below this stand for themselves (ASCII)
	MaxRune   = '\U0010FFFF' // highest code point Unicode defines
	UTFMax    = 4            // longest encoding of one rune, in bytes
)

// Surrogate halves (UTF-16 only) have no UTF-8 form.
const (
	surrLo = 0xD800
	surrHi = 0xDFFF
)

// Continuation bytes look like 10xxxxxx.
const (
	contLo   = 0x80
	contHi   = 0xBF
	contBits = 0x3F
)

// seqShape tells, for a byte b >= RuneSelf, how long the sequence it opens
// is (0: b never opens one) and which values the following byte may take.
// The narrowed ranges after E0, ED, F0 and F4 shut out overlong forms,
// surrogates and values past MaxRune.
func seqShape(b byte) (n int, lo, hi byte) {
	if b < 0xC2 || b > 0xF4 {
		return 0, 0, 0
	}
	if b <= 0xDF {
		return 2, contLo, contHi
	}
	if b <= 0xEF {
		switch b {
		case 0xE0:
			return 3, 0xA0, contHi
		case 0xED:
			return 3, contLo, 0x9F
		}
		return 3, contLo, contHi
	}
	switch b {
	case 0xF0:
		return 4, 0x90, contHi
	case 0xF4:
		return 4, contLo, 0x8F
	}
	return 4, contLo, contHi
}

// window holds the first few bytes of the input and how many there were.
type window struct {
	b    [UTFMax]byte
	have int
}

func bytesWindow(p []byte) window {
	var w window
	for w.have < UTFMax && w.have < len(p) {
		w.b[w.have] = p[w.have]
		w.have++
	}
	return w
}

func stringWindow(s string) window {
	var w window
	for w.have < UTFMax && w.have < len(s) {
		w.b[w.have] = s[w.have]
		w.have++
	}
	return w
}

// decode is the one decoder behind DecodeRune and DecodeRuneInString.
func (w window) decode() (rune, int) {
	if w.have == 0 {
		return RuneError, 0
	}
	lead := w.b[0]
	if lead < RuneSelf {
		return rune(lead), 1
	}
	want, lo, hi := seqShape(lead)
	if want == 0 || w.have < want || w.b[1] < lo || w.b[1] > hi {
		return RuneError, 1
	}
	// Payload bits of the lead: 5, 4 or 3 for lengths 2, 3, 4.
	r := rune(lead & (0x7F >> uint(want)))
	for i := 1; i < want; i++ {
		c := w.b[i]
		if i >= 2 && (c < contLo || c > contHi) {
			return RuneError, 1
		}
		r = r<<6 | rune(c&contBits)
	}
	return r, want
}

// complete reports whether the window already decides the first rune: it
// is whole, or what is there is bad enough to decode as a 1-byte error.
func (w window) complete() bool {
	if w.have == 0 {
		return false
	}
	if w.b[0] < RuneSelf {
		return true
	}
	want, lo, hi := seqShape(w.b[0])
	switch {
	case want == 0, w.have >= want:
		return true
	case w.have >= 2 && (w.b[1] < lo || w.b[1] > hi):
		return true
	case w.have >= 3 && (w.b[2] < contLo || w.b[2] > contHi):
		return true
	}
	return false
}

// FullRune tells whether p starts with an entire encoded rune. Malformed
// input counts as entire, since it decodes to a 1-byte RuneError.
func FullRune(p []byte) bool { return bytesWindow(p).complete() }

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool { return stringWindow(s).complete() }

// DecodeRune reads the rune at the start of p and its length in bytes.
// Empty input gives (RuneError, 0); malformed, overlong, surrogate or
// out-of-range encodings give (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return bytesWindow(p).decode()
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return stringWindow(s).decode()
}

// DecodeLastRune reads the rune that ends p and its length in bytes, with
// the same (RuneError, 0) and (RuneError, 1) results as DecodeRune.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Step back to a possible lead byte, never more than UTFMax-1 bytes,
	// so scanning a long run of junk backwards stays linear.
	from := end - 1
	for from > 0 && from > end-UTFMax && !RuneStart(p[from]) {
		from--
	}
	r, size = DecodeRune(p[from:])
	if from+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	from := end - 1
	for from > 0 && from > end-UTFMax && !RuneStart(s[from]) {
		from--
	}
	r, size = DecodeRuneInString(s[from:])
	if from+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen is the length of r's encoding, or -1 when r has none (negative,
// a surrogate, or above MaxRune).
func RuneLen(r rune) int {
	if !ValidRune(r) {
		return -1
	}
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// EncodeRune stores r's encoding at the start of p and says how many bytes
// it took; runes without an encoding are stored as RuneError. p must have
// room, or it panics with an index error.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	n := RuneLen(r)
	if n == 1 {
		p[0] = byte(r)
		return 1
	}
	_ = p[n-1]
	for i := n - 1; i > 0; i-- {
		p[i] = contLo | byte(r)&contBits
		r >>= 6
	}
	// Lead marker: 110xxxxx, 1110xxxx or 11110xxx.
	p[0] = byte(0xF00>>uint(n)) | byte(r)
	return n
}

// AppendRune adds r's encoding (RuneError's for an invalid r) to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var tmp [UTFMax]byte
	return append(p, tmp[:EncodeRune(tmp[:], r)]...)
}

// RuneCount counts the runes in p; every malformed byte counts as one.
func RuneCount(p []byte) int {
	count := 0
	for at := 0; at < len(p); count++ {
		if p[at] < RuneSelf {
			at++
		} else {
			_, w := DecodeRune(p[at:])
			at += w
		}
	}
	return count
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for at := 0; at < len(s); n++ {
		if s[at] < RuneSelf {
			at++
		} else {
			_, w := DecodeRuneInString(s[at:])
			at += w
		}
	}
	return n
}

// RuneStart tells whether b can open an encoding, i.e. is not a
// continuation byte 10xxxxxx.
func RuneStart(b byte) bool {
	return b < contLo || b > contHi
}

// Valid tells whether all of p is well-formed UTF-8.
func Valid(p []byte) bool {
	at := 0
	for at < len(p) {
		if p[at] < RuneSelf {
			at++
			continue
		}
		r, w := DecodeRune(p[at:])
		if w == 1 && r == RuneError {
			return false
		}
		at += w
	}
	return true
}

// ValidString is Valid for a string.
func ValidString(s string) bool {
	at := 0
	for at < len(s) {
		if s[at] < RuneSelf {
			at++
			continue
		}
		r, w := DecodeRuneInString(s[at:])
		if w == 1 && r == RuneError {
			return false
		}
		at += w
	}
	return true
}

// ValidRune tells whether r is a code point UTF-8 can carry: in
// [0, MaxRune] and not a surrogate half.
func ValidRune(r rune) bool {
	return (r >= 0 && r < surrLo) || (r > surrHi && r <= MaxRune)
}
