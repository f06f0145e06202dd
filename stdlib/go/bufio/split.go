package bufio

// The split functions that come with Scanner: bytes, runes, lines and
// space-separated words. Each gives tokens that are slices of its input.

import (
	"bytes"
	"unicode/utf8"
)

// ScanBytes makes every byte a token. Like the other split functions it
// expects data to be non-empty unless atEOF, as Scanner guarantees.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacementChar is U+FFFD in UTF-8, the token ScanRunes gives for a byte
// that does not start a valid encoding.
var replacementChar = []byte{0xEF, 0xBF, 0xBD}

// ScanRunes makes every UTF-8 rune a token; a byte that is not a valid
// encoding gives the token U+FFFD and is consumed alone.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, width := utf8.DecodeRune(data); width > 1 {
		return width, data[:width], nil
	}
	// Width 1 on a non-ASCII byte: an error, unless the rune is merely
	// cut short by the end of the data and more may come.
	if !utf8.FullRune(data) && !atEOF {
		return 0, nil, nil
	}
	return 1, replacementChar, nil
}

// withoutCR drops one '\r' ending line.
func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanLines makes every line a token, without its "\n" or "\r\n" (a lone
// '\r' inside a line stays). The last line may lack its newline; an
// empty last line after a final newline gives no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		return nl + 1, withoutCR(data[:nl]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

// isSpace is unicode.IsSpace, written out here so that bufio does not
// bring in package unicode's tables.
func isSpace(r rune) bool {
	switch {
	case r == ' ', r >= '\t' && r <= '\r', r == 0x85, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// ScanWords makes every run of non-space runes a token (space as
// unicode.IsSpace has it); there are no empty tokens.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	// Pass the spaces before the word.
	first := 0
	for first < len(data) {
		r, width := runeAt(data, first)
		if !isSpace(r) {
			break
		}
		first += width
	}
	// The word ends at the next space, consumed with it.
	for at := first; at < len(data); {
		r, width := runeAt(data, at)
		if isSpace(r) {
			return at + width, data[first:at], nil
		}
		at += width
	}
	if atEOF && len(data) > first {
		return len(data), data[first:], nil
	}
	// No complete word yet: consume the spaces and wait for more.
	return first, nil, nil
}

// runeAt decodes the rune at data[i:], without a call for ASCII, which
// most text is.
func runeAt(data []byte, i int) (rune, int) {
	if c := data[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(data[i:])
}
