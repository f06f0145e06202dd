package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone gives a copy of s in memory of its own (a long string kept alive
// by a short piece of it can then be freed); "" gives "".
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string([]byte(s))
}

// ToValidUTF8 gives s with each run of bytes that are not UTF-8 replaced
// by replacement (once per run, however long).
func ToValidUTF8(s, replacement string) string {
	var b Builder
	inBad := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 && r == utf8.RuneError {
			if !inBad {
				b.WriteString(replacement)
				inBad = true
			}
			i++
			continue
		}
		inBad = false
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// startsWord tells whether a word may start after r, for Title: ASCII
// letters, digits and '_' and all Unicode letters and digits continue a
// word; other ASCII and Unicode white space separate words; anything else
// (punctuation beyond ASCII, symbols, ...) continues it.
func startsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && unicode.IsSpace(r)
}

// Title maps the first letter of each word of s to title case. Deprecated
// in Go, which recommends golang.org/x/text/cases: its idea of a word
// boundary knows nothing of punctuation beyond ASCII.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		if startsWord(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// ToUpperSpecial maps s to upper case with c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToUpper(r) }, s)
}

// ToLowerSpecial maps s to lower case with c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToLower(r) }, s)
}

// ToTitleSpecial maps s to title case with c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(func(r rune) rune { return c.ToTitle(r) }, s)
}
