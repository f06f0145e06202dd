package strconv

import "unicode/utf8"

const hexSymbols = "0123456789abcdef"

// IsPrint tells whether r is a letter, mark, number, punctuation, symbol or
// the ASCII space, as unicode.IsPrint does: a search of the runs of
// isprint.go (package unicode is not imported, as gc's strconv does not).
func IsPrint(r rune) bool {
	if r < 0 || r > utf8.MaxRune {
		return false
	}
	// The first run whose last code point is at or above r.
	first, past := 0, len(printRuns)/6
	for first < past {
		mid := first + (past-first)/2
		if runAt(6*mid+3) < r {
			first = mid + 1
		} else {
			past = mid
		}
	}
	return first < len(printRuns)/6 && runAt(6*first) <= r
}

// runAt reads the 3-byte code point at printRuns[i:].
func runAt(i int) rune {
	return rune(printRuns[i])<<16 | rune(printRuns[i+1])<<8 | rune(printRuns[i+2])
}

// IsGraphic is IsPrint widened to all the space separators (category Zs),
// as unicode.IsGraphic does.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch {
	case r == 0xA0, r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// CanBackquote tells whether s can stand unchanged between backquotes on
// one line: valid UTF-8 without a byte order mark, a backquote, DEL or a
// control character other than tab.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case n > 1:
			if r == 0xFEFF {
				return false
			}
		case r == utf8.RuneError, r == '`', r == 0x7F, r < ' ' && r != '\t':
			return false
		}
	}
	return true
}

// quoteOpts says how a rune that needs no backslash is written: asciiOnly
// escapes everything past ASCII, graphic keeps the runes IsGraphic accepts.
type quoteOpts struct {
	asciiOnly bool
	graphic   bool
}

// appendString appends s between two q's, escaped as a Go literal; bytes
// that are not UTF-8 come out as \x escapes.
func appendString(dst []byte, s string, q byte, o quoteOpts) []byte {
	if room := cap(dst) - len(dst); room < len(s)+2 {
		grown := make([]byte, len(dst), len(dst)+len(s)+2)
		copy(grown, dst)
		dst = grown
	}
	dst = append(dst, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = appendRuneEscaped(dst, rune(c), q, o)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 && r == utf8.RuneError {
			dst = append(dst, '\\', 'x', hexSymbols[c>>4], hexSymbols[c&15])
		} else {
			dst = appendRuneEscaped(dst, r, q, o)
		}
		i += n
	}
	return append(dst, q)
}

// appendChar appends r between two q's; an invalid rune counts as U+FFFD.
func appendChar(dst []byte, r rune, q byte, o quoteOpts) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, q)
	dst = appendRuneEscaped(dst, r, q, o)
	return append(dst, q)
}

// appendHex appends the low n hex digits of v, most significant first.
func appendHex(dst []byte, v rune, n int) []byte {
	for shift := uint(4 * (n - 1)); ; shift -= 4 {
		dst = append(dst, hexSymbols[(v>>shift)&15])
		if shift == 0 {
			return dst
		}
	}
}

// appendRuneEscaped appends r as it stands inside a literal quoted by q.
func appendRuneEscaped(dst []byte, r rune, q byte, o quoteOpts) []byte {
	if r == '\\' || r == rune(q) {
		return append(dst, '\\', byte(r))
	}
	if o.asciiOnly {
		if IsPrint(r) && r < utf8.RuneSelf {
			return append(dst, byte(r))
		}
	} else if IsPrint(r) || (o.graphic && IsGraphic(r)) {
		return utf8.AppendRune(dst, r)
	}
	if r < utf8.RuneSelf {
		if k := byteAt(shortEscapeRunes, byte(r)); k >= 0 {
			return append(dst, '\\', shortEscapeLetters[k])
		}
		if r < ' ' || r == 0x7f {
			dst = append(dst, '\\', 'x')
			return appendHex(dst, r, 2)
		}
	}
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	if r <= 0xFFFF {
		dst = append(dst, '\\', 'u')
		return appendHex(dst, r, 4)
	}
	dst = append(dst, '\\', 'U')
	return appendHex(dst, r, 8)
}

// The control characters that have a one-letter escape, and those letters.
const (
	shortEscapeRunes   = "\a\b\f\n\r\t\v"
	shortEscapeLetters = "abfnrtv"
)

// Quote gives s as a double-quoted Go literal, escaping what IsPrint
// rejects (\n, \x01, \u2028 and the like) and bytes that are not UTF-8.
func Quote(s string) string {
	return string(appendString(make([]byte, 0, 3*len(s)/2), s, '"', quoteOpts{}))
}

// AppendQuote adds Quote(s) to the end of dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendString(dst, s, '"', quoteOpts{})
}

// QuoteToASCII is Quote with every non-ASCII rune escaped too, so the
// result is pure ASCII.
func QuoteToASCII(s string) string {
	return string(appendString(make([]byte, 0, 3*len(s)/2), s, '"', quoteOpts{asciiOnly: true}))
}

// QuoteToGraphic is Quote keeping as they are all the runes IsGraphic
// accepts, such as U+00A0.
func QuoteToGraphic(s string) string {
	return string(appendString(make([]byte, 0, 3*len(s)/2), s, '"', quoteOpts{graphic: true}))
}

// AppendQuoteToASCII adds QuoteToASCII(s) to the end of dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendString(dst, s, '"', quoteOpts{asciiOnly: true})
}

// AppendQuoteToGraphic adds QuoteToGraphic(s) to the end of dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendString(dst, s, '"', quoteOpts{graphic: true})
}

// QuoteRune gives r as a single-quoted Go rune literal, escaped as Quote
// does; a value that is no valid rune comes out as U+FFFD.
func QuoteRune(r rune) string {
	return string(appendChar(nil, r, '\'', quoteOpts{}))
}

// AppendQuoteRune adds QuoteRune(r) to the end of dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendChar(dst, r, '\'', quoteOpts{})
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped too.
func QuoteRuneToASCII(r rune) string {
	return string(appendChar(nil, r, '\'', quoteOpts{asciiOnly: true}))
}

// AppendQuoteRuneToASCII adds QuoteRuneToASCII(r) to the end of dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendChar(dst, r, '\'', quoteOpts{asciiOnly: true})
}

// QuoteRuneToGraphic is QuoteRune keeping every rune IsGraphic accepts.
func QuoteRuneToGraphic(r rune) string {
	return string(appendChar(nil, r, '\'', quoteOpts{graphic: true}))
}

// AppendQuoteRuneToGraphic adds QuoteRuneToGraphic(r) to the end of dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendChar(dst, r, '\'', quoteOpts{graphic: true})
}

// hexValue gives the value of the hex digit c, or -1.
func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= lower(c) && lower(c) <= 'f':
		return rune(lower(c)-'a') + 10
	}
	return -1
}

// UnquoteChar decodes one character, plain or escaped, from the start of s,
// the inside of a literal quoted by quote (' or ", or 0 for neither). It
// gives its value, whether that value is a rune to encode in UTF-8 (rather
// than a single byte, as \x and octal escapes give), and the rest of s.
// With quote ' the escape \' is allowed and a bare ' is an error, with "
// likewise; with 0 both quotes may stand bare and neither be escaped.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '"' || quote == '\'') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s)
		return r, true, s[n:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	kind := s[1]
	rest := s[2:]
	if k := byteAt(shortEscapeLetters, kind); k >= 0 {
		return rune(shortEscapeRunes[k]), false, rest, nil
	}
	switch kind {
	case '\\':
		return '\\', false, rest, nil
	case '\'', '"':
		if kind != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(kind), false, rest, nil
	case 'x', 'u', 'U':
		width := 2
		if kind == 'u' {
			width = 4
		} else if kind == 'U' {
			width = 8
		}
		if len(rest) < width {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for i := 0; i < width; i++ {
			h := hexValue(rest[i])
			if h < 0 {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | h
		}
		if kind == 'x' {
			return v, false, rest[width:], nil
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, rest[width:], nil
	}
	if '0' <= kind && kind <= '7' {
		// Exactly three octal digits, at most \377.
		if len(rest) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(kind - '0')
		for i := 0; i < 2; i++ {
			d := rest[i]
			if d < '0' || d > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v*8 + rune(d-'0')
		}
		if v > 0xFF {
			return 0, false, "", ErrSyntax
		}
		return v, false, rest[2:], nil
	}
	return 0, false, "", ErrSyntax
}

// byteAt is the position of the first c in s, or -1.
func byteAt(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Unquote gives the value of the Go literal s: a "string", a `raw string`
// (carriage returns dropped), or a 'rune' (as a string of that rune).
// Anything else, including text after the closing quote, is ErrSyntax.
func Unquote(s string) (string, error) {
	if len(s) < 2 {
		return "", ErrSyntax
	}
	q := s[0]
	closing := byteAt(s[1:], q) + 1
	if closing == 0 {
		return "", ErrSyntax
	}
	switch q {
	case '`':
		if closing != len(s)-1 {
			return "", ErrSyntax
		}
		return dropCR(s[1:closing]), nil
	case '"', '\'':
		return unquoteEscaped(s, q, closing)
	}
	return "", ErrSyntax
}

// QuotedPrefix gives the Go string or rune literal at the start of s
// (quotes included), or ErrSyntax when s does not start with one.
func QuotedPrefix(s string) (string, error) {
	if s == "" {
		return "", ErrSyntax
	}
	q := s[0]
	switch q {
	case '`':
		if end := byteAt(s[1:], q); end >= 0 {
			return s[:end+2], nil
		}
		return "", ErrSyntax
	case '"', '\'':
		// Step over one character, escaped or not, at a time, so an
		// escaped quote does not end the literal; a rune literal holds
		// at most one.
		rest := s[1:]
		for rest != "" && rest[0] != q {
			if rest[0] == '\n' {
				return "", ErrSyntax
			}
			_, _, tail, err := UnquoteChar(rest, q)
			if err != nil {
				return "", ErrSyntax
			}
			rest = tail
			if q == '\'' {
				break
			}
		}
		if rest == "" || rest[0] != q {
			return "", ErrSyntax
		}
		return s[:len(s)-len(rest)+1], nil
	}
	return "", ErrSyntax
}

// dropCR removes the carriage returns from raw, as a raw literal's value
// does not hold them.
func dropCR(raw string) string {
	if byteAt(raw, '\r') < 0 {
		return raw
	}
	out := make([]byte, 0, len(raw))
	for _, b := range []byte(raw) {
		if b != '\r' {
			out = append(out, b)
		}
	}
	return string(out)
}

// unquoteEscaped reads the "..." or '...' literal s, where closing is the
// first later q, which ends the literal unless an escape hides it.
func unquoteEscaped(s string, q byte, closing int) (string, error) {
	inner := s[1:closing]
	if byteAt(inner, '\\') < 0 && byteAt(inner, '\n') < 0 && closing == len(s)-1 {
		// Nothing escaped: the inside is the value, if well formed.
		if q == '"' && utf8.ValidString(inner) {
			return inner, nil
		}
		if q == '\'' {
			r, n := utf8.DecodeRuneInString(inner)
			if n == len(inner) && !(n == 1 && r == utf8.RuneError) {
				return inner, nil
			}
		}
	}
	out := make([]byte, 0, len(s))
	rest := s[1:]
	for rest != "" && rest[0] != q {
		if rest[0] == '\n' {
			return "", ErrSyntax
		}
		v, multi, tail, err := UnquoteChar(rest, q)
		if err != nil {
			return "", ErrSyntax
		}
		rest = tail
		if multi && v >= utf8.RuneSelf {
			out = utf8.AppendRune(out, v)
		} else {
			out = append(out, byte(v))
		}
		if q == '\'' {
			break
		}
	}
	if rest != q2s(q) {
		return "", ErrSyntax
	}
	return string(out), nil
}

// q2s is the one-byte string of q.
func q2s(q byte) string {
	if q == '"' {
		return `"`
	}
	return "'"
}
