package bytes

import (
	"unicode"
	"unicode/utf8"
)

// ToValidUTF8 copies s with each run of bytes that are not valid UTF-8
// replaced by one copy of replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	bad := false
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		if r == utf8.RuneError && n == 1 {
			if !bad {
				out = append(out, replacement...)
			}
			bad = true
		} else {
			out = append(out, s[:n]...)
			bad = false
		}
		s = s[n:]
	}
	return out
}

// wordBreak tells whether r ends a word for Title: in ASCII everything but
// letters, digits and '_'; beyond ASCII only white space that is neither
// a letter nor a digit.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		alnum := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		return !alnum && r != '_'
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title maps the first letter of each word of s to title case. Deprecated
// in Go as in strings.Title: its word boundaries ignore punctuation beyond
// ASCII.
func Title(s []byte) []byte {
	after := ' '
	return Map(func(r rune) rune {
		first := wordBreak(after)
		after = r
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// ToUpperSpecial maps s to upper case, c's mappings taking precedence.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial maps s to lower case, c's mappings taking precedence.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToLower, s)
}

// ToTitleSpecial maps s to title case, c's mappings taking precedence.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return Map(c.ToTitle, s)
}
