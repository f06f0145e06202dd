package json

// JSON string literals: writing a Go string as one (gc's choice of
// escapes), and reading one back.

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Control characters, quote
// and backslash are escaped; with html, so are <, > and &; bytes that
// are not UTF-8 become U+FFFD, and U+2028 and U+2029 are always escaped
// since JavaScript does not allow them raw in its string literals.
func appendString(buf []byte, s string, html bool) []byte {
	buf = append(buf, '"')
	done := 0 // s[:done] is in buf already
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(html && (c == '<' || c == '>' || c == '&')) {
				i++
				continue
			}
			buf = append(buf, s[done:i]...)
			switch c {
			case '"', '\\':
				buf = append(buf, '\\', c)
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			done = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			buf = append(buf, s[done:i]...)
			buf = append(buf, `\ufffd`...)
			i++
			done = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			buf = append(buf, s[done:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[r&15])
			i += n
			done = i
			continue
		}
		i += n
	}
	buf = append(buf, s[done:]...)
	return append(buf, '"')
}

// hex4 reads the four hex digits at the start of s, or -1.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unquote decodes the JSON string literal s (quotes included). A
// surrogate escape not part of a valid pair, like a byte that is not
// UTF-8, becomes U+FFFD. ok is false when s is not a string literal.
func unquote(s []byte) (out []byte, ok bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\\' || c == '"' || c < 0x20 || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return s, true
	}
	out = make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(s[i:])
			out = utf8.AppendRune(out, r)
			i += n
			continue
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return nil, false
		}
		e := s[i+1]
		i += 2
		switch e {
		case '"', '\\', '/', '\'':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[i:])
			if r < 0 {
				return nil, false
			}
			i += 4
			if 0xd800 <= r && r < 0xe000 {
				// A high surrogate followed by an escaped low one
				// is one rune; anything else is U+FFFD.
				if r < 0xdc00 && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if lo := hex4(s[i+2:]); 0xdc00 <= lo && lo < 0xe000 {
						out = utf8.AppendRune(out, 0x10000+(r-0xd800)<<10+(lo-0xdc00))
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, false
		}
	}
	return out, true
}
