// Package strings offers searching, splitting, trimming, case mapping and
// building of UTF-8 text held in Go strings.
//
// The package is Go source but for the searches gc writes in assembly
// (IndexByte, Index, Compare and count), which are natives of the runtime
// (runtime/src/bytealg.rs).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Count gives how many times substr occurs in s without overlaps. For an
// empty substr the answer is the rune count of s plus one.
func Count(s, substr string) int {
	if substr == "" {
		return 1 + utf8.RuneCountInString(s)
	}
	return count(s, substr)
}

// count is Count of a non-empty substr.
func count(s, substr string) int

// Contains tells whether substr occurs in s.
func Contains(s, substr string) bool { return Index(s, substr) != -1 }

// ContainsAny tells whether s holds any rune of chars.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) != -1 }

// ContainsRune tells whether s holds the rune r.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) != -1 }

// IndexByte is the position of the first byte c in s, or -1.
func IndexByte(s string, c byte) int

// LastIndexByte is the position of the last byte c in s, or -1.
func LastIndexByte(s string, c byte) int {
	at := len(s) - 1
	for at >= 0 && s[at] != c {
		at--
	}
	return at
}

// Index is the position of the first occurrence of substr in s, or -1.
// An empty substr is found at 0.
func Index(s, substr string) int

// LastIndex is the position of the last occurrence of substr in s, or -1.
// An empty substr is found at len(s).
func LastIndex(s, substr string) int {
	k := len(substr)
	if k == 0 {
		return len(s)
	}
	if k == 1 {
		return LastIndexByte(s, substr[0])
	}
	for at := len(s) - k; at >= 0; at-- {
		if s[at] == substr[0] && s[at:at+k] == substr {
			return at
		}
	}
	return -1
}

// IndexRune is the byte position of the first rune r in s, or -1. Asking
// for utf8.RuneError also finds the first undecodable byte; runes outside
// Unicode are never found.
func IndexRune(s string, r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		for at, got := range s {
			if got == r {
				return at
			}
		}
		return -1
	}
	if utf8.ValidRune(r) {
		return Index(s, string(r))
	}
	return -1
}

// IndexAny is the byte position of the first rune of s that also occurs in
// chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return IndexFunc(s, func(c rune) bool { return ContainsRune(chars, c) })
}

// LastIndexAny is the byte position of the last rune of s that also occurs
// in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return LastIndexFunc(s, func(c rune) bool { return ContainsRune(chars, c) })
}

// IndexFunc is the byte position of the first rune of s accepted by f, or -1.
func IndexFunc(s string, f func(rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc is the byte position of the last rune of s accepted by f,
// or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastWhere(s, f, true) }

// firstWhere finds the first rune of s for which f gives want.
func firstWhere(s string, f func(rune) bool, want bool) int {
	for at, c := range s {
		if f(c) == want {
			return at
		}
	}
	return -1
}

// lastWhere finds, decoding backwards, the last rune of s for which f
// gives want.
func lastWhere(s string, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:end])
		end -= w
		if f(c) == want {
			return end
		}
	}
	return -1
}

// HasPrefix tells whether s starts with prefix.
func HasPrefix(s, prefix string) bool {
	if len(prefix) > len(s) {
		return false
	}
	return s[:len(prefix)] == prefix
}

// HasSuffix tells whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	cut := len(s) - len(suffix)
	if cut < 0 {
		return false
	}
	return s[cut:] == suffix
}

// Compare orders a and b bytewise: -1, 0 or +1.
func Compare(a, b string) int

// Cut splits s at the first sep into the text before and after it; when
// sep is absent it gives s, "" and false.
func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// runePieces cuts s into single runes, at most max pieces (all when max
// is negative); the last piece keeps whatever is left. Undecodable bytes
// in the leading pieces come out as "\uFFFD".
func runePieces(s string, max int) []string {
	count := utf8.RuneCountInString(s)
	if max < 0 || max > count {
		max = count
	}
	out := make([]string, 0, max)
	for len(out)+1 < max {
		c, w := utf8.DecodeRuneInString(s)
		piece := s[:w]
		if c == utf8.RuneError {
			piece = "\uFFFD"
		}
		out = append(out, piece)
		s = s[w:]
	}
	if max > 0 {
		out = append(out, s)
	}
	return out
}

// splitter does the work of the Split family: it cuts s at sep, leaving
// the first keep bytes of each separator on the piece before it, and
// gives at most max pieces (all when max < 0).
func splitter(s, sep string, keep, max int) []string {
	switch {
	case max == 0:
		return nil
	case sep == "":
		return runePieces(s, max)
	case max < 0:
		max = Count(s, sep) + 1
	}
	if max > len(s)+1 {
		max = len(s) + 1
	}
	out := make([]string, 0, max)
	for len(out)+1 < max {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		out = append(out, s[:at+keep])
		s = s[at+len(sep):]
	}
	return append(out, s)
}

// SplitN cuts s at each sep, dropping the separators. n limits the pieces:
// with n > 0 at most n come back, the last one unsplit; n == 0 gives nil;
// n < 0 means no limit.
func SplitN(s, sep string, n int) []string { return splitter(s, sep, 0, n) }

// SplitAfterN is SplitN but each separator stays at the end of its piece.
func SplitAfterN(s, sep string, n int) []string { return splitter(s, sep, len(sep), n) }

// Split cuts s at every sep, dropping the separators. With no sep in s
// the result is just [s]; an empty sep splits into runes, and then an
// empty s gives an empty slice.
func Split(s, sep string) []string { return splitter(s, sep, 0, -1) }

// SplitAfter cuts s after every sep, which stays on its piece.
func SplitAfter(s, sep string) []string { return splitter(s, sep, len(sep), -1) }

// isSpace matches exactly the runes unicode.IsSpace accepts.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r',
		0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// Fields gives the words of s, split at runs of white space; blank input
// gives an empty (non-nil) slice.
func Fields(s string) []string { return FieldsFunc(s, isSpace) }

// FieldsFunc gives the pieces of s between runs of runes accepted by f;
// if there are none, the result is an empty (non-nil) slice.
func FieldsFunc(s string, f func(rune) bool) []string {
	// First pass: word count, so the result has no spare capacity.
	count, inWord := 0, false
	for _, c := range s {
		now := !f(c)
		if now && !inWord {
			count++
		}
		inWord = now
	}
	words := make([]string, 0, count)
	begin := -1 // start of the current word, -1 between words
	for at, c := range s {
		sep := f(c)
		if sep && begin >= 0 {
			words = append(words, s[begin:at])
			begin = -1
		} else if !sep && begin < 0 {
			begin = at
		}
	}
	if begin >= 0 {
		words = append(words, s[begin:])
	}
	return words
}

// Join glues elems together with sep between neighbours.
func Join(elems []string, sep string) string {
	if len(elems) == 0 {
		return ""
	}
	if len(elems) == 1 {
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	out := make([]byte, 0, size)
	for k, e := range elems {
		if k > 0 {
			out = append(out, sep...)
		}
		out = append(out, e...)
	}
	return string(out)
}

// Repeat gives count copies of s back to back. A negative count, or one
// whose result length would overflow int, panics.
func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count < 0:
		panic("strings: negative Repeat count")
	case len(s)*count/count != len(s):
		panic("strings: Repeat count causes overflow")
	}
	out := make([]byte, len(s)*count)
	// Double the filled prefix until the buffer is full.
	for filled := copy(out, s); filled < len(out); filled *= 2 {
		copy(out[filled:], out[:filled])
	}
	return string(out)
}

// Map passes every rune of s through mapping and collects the results;
// runes mapped to a negative value are left out. Undecodable bytes reach
// mapping as U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	out := make([]byte, 0, len(s))
	for _, c := range s {
		if m := mapping(c); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return string(out)
}

// asciiShift returns s with every byte in [lo, hi] moved by delta, or
// ok == false (and s unchanged) if s is not pure ASCII.
func asciiShift(s string, lo, hi byte, delta int) (res string, ok bool) {
	hit := false
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return s, false
		}
		if lo <= s[k] && s[k] <= hi {
			hit = true
		}
	}
	if !hit {
		return s, true
	}
	out := []byte(s)
	for k, c := range out {
		if lo <= c && c <= hi {
			out[k] = byte(int(c) + delta)
		}
	}
	return string(out), true
}

// ToUpper maps every letter of s to upper case.
func ToUpper(s string) string {
	if res, ok := asciiShift(s, 'a', 'z', 'A'-'a'); ok {
		return res
	}
	return Map(unicode.ToUpper, s)
}

// ToLower maps every letter of s to lower case.
func ToLower(s string) string {
	if res, ok := asciiShift(s, 'A', 'Z', 'a'-'A'); ok {
		return res
	}
	return Map(unicode.ToLower, s)
}

// ToTitle maps every letter of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// TrimLeftFunc drops the leading runes of s accepted by f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if at := firstWhere(s, f, false); at >= 0 {
		return s[at:]
	}
	return ""
}

// TrimRightFunc drops the trailing runes of s accepted by f.
func TrimRightFunc(s string, f func(rune) bool) string {
	end := len(s)
	for end > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:end])
		if !f(c) {
			break
		}
		end -= w
	}
	return s[:end]
}

// TrimFunc drops the runes accepted by f from both ends of s.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimLeftFunc(TrimRightFunc(s, f), f)
}

// inSet builds the test "is this rune one of cutset's".
func inSet(cutset string) func(rune) bool {
	return func(c rune) bool { return ContainsRune(cutset, c) }
}

// Trim drops the runes found in cutset from both ends of s.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimFunc(s, inSet(cutset))
}

// TrimLeft drops the leading runes of s found in cutset. (For removing a
// fixed string, see TrimPrefix.)
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inSet(cutset))
}

// TrimRight drops the trailing runes of s found in cutset. (For removing
// a fixed string, see TrimSuffix.)
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inSet(cutset))
}

// TrimSpace drops white space from both ends of s.
func TrimSpace(s string) string { return TrimFunc(s, isSpace) }

// TrimPrefix drops prefix from the front of s if it is there.
func TrimPrefix(s, prefix string) string {
	if !HasPrefix(s, prefix) {
		return s
	}
	return s[len(prefix):]
}

// TrimSuffix drops suffix from the end of s if it is there.
func TrimSuffix(s, suffix string) string {
	if !HasSuffix(s, suffix) {
		return s
	}
	return s[:len(s)-len(suffix)]
}

// Replace substitutes repl for the first n non-overlapping occurrences of
// old in s (all of them when n < 0). An empty old matches at the start and
// after every rune. (Go names the third parameter new; repl avoids
// shadowing the builtin.)
func Replace(s, old, repl string, n int) string {
	if n == 0 || old == repl {
		return s
	}
	found := Count(s, old)
	if found == 0 {
		return s
	}
	if n < 0 || n > found {
		n = found
	}
	out := make([]byte, 0, len(s)+n*(len(repl)-len(old)))
	rest := s
	for done := 0; done < n; done++ {
		at := 0
		if old != "" {
			at = Index(rest, old)
		} else if done > 0 {
			// step over one rune so that empty matches move forward
			_, at = utf8.DecodeRuneInString(rest)
		}
		out = append(out, rest[:at]...)
		out = append(out, repl...)
		rest = rest[at+len(old):]
	}
	return string(append(out, rest...))
}

// ReplaceAll substitutes repl for every non-overlapping occurrence of old;
// an empty old matches at the start and after every rune.
func ReplaceAll(s, old, repl string) string { return Replace(s, old, repl, -1) }

// EqualFold tells whether s and t read the same under simple Unicode case
// folding (so "Go" and "GO" match, as do "K" and the Kelvin sign).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, wa := utf8.DecodeRuneInString(s)
		b, wb := utf8.DecodeRuneInString(t)
		s, t = s[wa:], t[wb:]
		if !sameFold(a, b) {
			return false
		}
	}
	return s == "" && t == ""
}

// sameFold tells whether two runes are one another's case variants.
func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	if a > b {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		return 'A' <= a && a <= 'Z' && b-a == 'a'-'A'
	}
	// The fold orbit of a is a cycle ascending from a; stop once past b.
	c := unicode.SimpleFold(a)
	for c != a && c < b {
		c = unicode.SimpleFold(c)
	}
	return c == b
}
