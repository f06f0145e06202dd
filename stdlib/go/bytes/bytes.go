// Package bytes works on byte slices the way package strings works on
// strings: searching, splitting, trimming, case mapping, plus the Buffer
// and Reader types.
//
// Where gc's results differ in whether an empty result is nil, or in the
// capacity of a sub-slice (Split and Fields cap each piece at its end), so
// do these: programs can see both.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal tells whether x and y hold the same bytes; nil equals empty.
// Native (runtime/src/bytealg.rs), as are IndexByte, Index, Compare and
// count: gc writes them in assembly.
func Equal(x, y []byte) bool

// Compare orders x and y byte by byte, a proper prefix first: -1 when
// x < y, 0 when equal, +1 when x > y. nil counts as empty.
func Compare(x, y []byte) int

// Count gives how many non-overlapping times pat occurs in p; for an empty
// pat, the rune count of p plus one.
func Count(p, pat []byte) int {
	if len(pat) == 0 {
		return 1 + utf8.RuneCount(p)
	}
	return count(p, pat)
}

// count is Count of a non-empty pat.
func count(p, pat []byte) int

// Contains tells whether pat occurs in p.
func Contains(p, pat []byte) bool {
	return Index(p, pat) != -1
}

// ContainsAny tells whether p holds any rune of set.
func ContainsAny(p []byte, set string) bool {
	return IndexAny(p, set) != -1
}

// ContainsRune tells whether p, read as UTF-8, holds r.
func ContainsRune(p []byte, r rune) bool {
	return IndexRune(p, r) != -1
}

// IndexByte gives the offset of the first c in p, or -1.
func IndexByte(p []byte, c byte) int

// LastIndexByte gives the offset of the last c in p, or -1.
func LastIndexByte(p []byte, c byte) int {
	k := len(p)
	for k > 0 {
		k--
		if p[k] == c {
			return k
		}
	}
	return -1
}

// Index gives the offset of the first occurrence of pat in p, or -1; an
// empty pat is found at 0.
func Index(p, pat []byte) int

// LastIndex gives the offset of the last occurrence of pat in p, or -1;
// an empty pat is found at len(p).
func LastIndex(p, pat []byte) int {
	if len(pat) == 0 {
		return len(p)
	}
	for k := len(p) - len(pat); k >= 0; k-- {
		if p[k] == pat[0] && string(p[k:k+len(pat)]) == string(pat) {
			return k
		}
	}
	return -1
}

// IndexRune gives the offset of the first r in p read as UTF-8, or -1.
// utf8.RuneError finds the first invalid sequence as well as a real
// U+FFFD; a value that is no rune at all is never found.
func IndexRune(p []byte, r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return IndexByte(p, byte(r))
	}
	if r == utf8.RuneError {
		for k := 0; k < len(p); {
			got, w := utf8.DecodeRune(p[k:])
			if got == utf8.RuneError {
				return k
			}
			k += w
		}
		return -1
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	var enc [utf8.UTFMax]byte
	return Index(p, enc[:utf8.EncodeRune(enc[:], r)])
}

// inSet tells whether r is one of the runes of set (an invalid byte of
// set counts as utf8.RuneError).
func inSet(r rune, set string) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny gives the offset of the first rune of p that is in set, or -1
// (always -1 for an empty set).
func IndexAny(p []byte, set string) int {
	if len(set) == 0 {
		return -1
	}
	for k := 0; k < len(p); {
		got, w := utf8.DecodeRune(p[k:])
		if inSet(got, set) {
			return k
		}
		k += w
	}
	return -1
}

// LastIndexAny gives the offset of the last rune of p that is in set, or
// -1 (always -1 for an empty set).
func LastIndexAny(p []byte, set string) int {
	if len(set) == 0 {
		return -1
	}
	for end := len(p); end > 0; {
		got, w := utf8.DecodeLastRune(p[:end])
		end -= w
		if inSet(got, set) {
			return end
		}
	}
	return -1
}

// IndexFunc gives the offset of the first rune of p for which pred holds,
// or -1.
func IndexFunc(p []byte, pred func(r rune) bool) int {
	return firstWhere(p, pred, true)
}

// LastIndexFunc gives the offset of the last rune of p for which pred
// holds, or -1.
func LastIndexFunc(p []byte, pred func(r rune) bool) int {
	return lastWhere(p, pred, true)
}

// firstWhere gives the offset of the first rune of p whose pred equals
// want, or -1.
func firstWhere(p []byte, pred func(r rune) bool, want bool) int {
	for k := 0; k < len(p); {
		got, w := utf8.DecodeRune(p[k:])
		if pred(got) == want {
			return k
		}
		k += w
	}
	return -1
}

// lastWhere gives the offset of the last rune of p whose pred equals
// want, or -1.
func lastWhere(p []byte, pred func(r rune) bool, want bool) int {
	for end := len(p); end > 0; {
		got, w := utf8.DecodeLastRune(p[:end])
		end -= w
		if pred(got) == want {
			return end
		}
	}
	return -1
}

// HasPrefix tells whether p starts with pre.
func HasPrefix(p, pre []byte) bool {
	return len(pre) <= len(p) && string(pre) == string(p[:len(pre)])
}

// HasSuffix tells whether p ends with suf.
func HasSuffix(p, suf []byte) bool {
	return len(suf) <= len(p) && string(suf) == string(p[len(p)-len(suf):])
}

// Cut splits p at the first pat into what comes before and after it
// (sub-slices of p, not copies); without pat it gives p, nil, false.
func Cut(p, pat []byte) (before, after []byte, found bool) {
	at := Index(p, pat)
	if at < 0 {
		return p, nil, false
	}
	return p[:at], p[at+len(pat):], true
}

// explode splits p into its UTF-8 sequences (an invalid byte is one),
// at most n of them (n <= 0: all); the last holds the rest.
func explode(p []byte, n int) [][]byte {
	if n <= 0 || n > len(p) {
		n = len(p)
	}
	out := make([][]byte, n)
	k := 0
	for len(p) > 0 {
		if k == n-1 {
			out[k] = p
			k++
			break
		}
		_, w := utf8.DecodeRune(p)
		out[k] = p[:w:w]
		p = p[w:]
		k++
	}
	return out[:k]
}

// split cuts p at the instances of pat into at most n pieces (n < 0: all),
// each keeping keep bytes of the separator that ends it.
func split(p, pat []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(pat) == 0 {
		return explode(p, n)
	}
	if n < 0 {
		n = Count(p, pat) + 1
	}
	if n > len(p)+1 {
		n = len(p) + 1
	}
	out := make([][]byte, n)
	k := 0
	for k < n-1 {
		at := Index(p, pat)
		if at < 0 {
			break
		}
		end := at + keep
		out[k] = p[:end:end]
		p = p[at+len(pat):]
		k++
	}
	out[k] = p
	return out[:k+1]
}

// SplitN cuts p around each pat (after each rune when pat is empty) into
// at most n pieces, the last being the uncut rest; n == 0 gives nil and a
// negative n has no limit.
func SplitN(p, pat []byte, n int) [][]byte { return split(p, pat, 0, n) }

// SplitAfterN is SplitN with each piece keeping the pat that ends it.
func SplitAfterN(p, pat []byte, n int) [][]byte {
	return split(p, pat, len(pat), n)
}

// Split cuts p around every pat (after each rune when pat is empty).
func Split(p, pat []byte) [][]byte { return split(p, pat, 0, -1) }

// SplitAfter cuts p after every pat, each piece keeping its pat.
func SplitAfter(p, pat []byte) [][]byte {
	return split(p, pat, len(pat), -1)
}

// Fields gives the runs of p between white space (unicode.IsSpace); none
// (an empty, non-nil slice) when p is blank.
func Fields(p []byte) [][]byte {
	return FieldsFunc(p, unicode.IsSpace)
}

// FieldsFunc gives the runs of p between runes for which sep holds; an
// empty, non-nil slice when there are none.
func FieldsFunc(p []byte, sep func(rune) bool) [][]byte {
	out := make([][]byte, 0)
	start := -1 // where the current field began, or -1 between fields
	for k := 0; k < len(p); {
		got, w := utf8.DecodeRune(p[k:])
		if sep(got) {
			if start >= 0 {
				out = append(out, p[start:k:k])
				start = -1
			}
		} else if start < 0 {
			start = k
		}
		k += w
	}
	if start >= 0 {
		out = append(out, p[start:len(p):len(p)])
	}
	return out
}

// Join gives a new slice holding the parts with glue between them.
func Join(parts [][]byte, glue []byte) []byte {
	if len(parts) == 0 {
		return []byte{}
	}
	if len(parts) == 1 {
		return append([]byte(nil), parts[0]...)
	}
	size := len(glue) * (len(parts) - 1)
	for _, part := range parts {
		size += len(part)
	}
	out := append(make([]byte, 0, size), parts[0]...)
	for _, part := range parts[1:] {
		out = append(append(out, glue...), part...)
	}
	return out
}

// Repeat gives a new slice of times copies of p. A negative times, or a
// length that overflows int, panics.
func Repeat(p []byte, times int) []byte {
	if times == 0 {
		return []byte{}
	}
	if times < 0 {
		panic("bytes: negative Repeat count")
	}
	size := len(p) * times
	if size/times != len(p) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, size)
	done := copy(out, p)
	// Double what is there until it is full.
	for done < size {
		done += copy(out[done:], out[:done])
	}
	return out
}

// Map gives a new slice with each rune of p replaced by conv of it, or left
// out when conv gives a negative value.
func Map(conv func(r rune) rune, p []byte) []byte {
	out := make([]byte, 0, len(p))
	for len(p) > 0 {
		got, w := utf8.DecodeRune(p)
		if m := conv(got); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		p = p[w:]
	}
	return out
}

// asciiCase reports whether p is all ASCII, and whether it has a byte
// in [lo, lo+25].
func asciiCase(p []byte, lo byte) (ascii, has bool) {
	for _, c := range p {
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= lo+'z'-'a' {
			has = true
		}
	}
	return true, has
}

// shiftASCII gives a copy of p with the letters from lo to lo+25 moved by
// delta.
func shiftASCII(p []byte, lo byte, delta int) []byte {
	out := make([]byte, len(p))
	for k, c := range p {
		if lo <= c && c <= lo+'z'-'a' {
			c = byte(int(c) + delta)
		}
		out[k] = c
	}
	return out
}

// ToUpper gives a new slice with every letter of p in upper case.
func ToUpper(p []byte) []byte {
	ascii, has := asciiCase(p, 'a')
	switch {
	case !ascii:
		return Map(unicode.ToUpper, p)
	case !has:
		return append([]byte(""), p...)
	}
	return shiftASCII(p, 'a', 'A'-'a')
}

// ToLower gives a new slice with every letter of p in lower case.
func ToLower(p []byte) []byte {
	ascii, has := asciiCase(p, 'A')
	switch {
	case !ascii:
		return Map(unicode.ToLower, p)
	case !has:
		return append([]byte(""), p...)
	}
	return shiftASCII(p, 'A', 'a'-'A')
}

// ToTitle gives a new slice with every letter of p in title case.
func ToTitle(p []byte) []byte { return Map(unicode.ToTitle, p) }

// TrimLeftFunc drops the leading runes of p for which pred holds; nil when
// that is all of them.
func TrimLeftFunc(p []byte, pred func(r rune) bool) []byte {
	if at := firstWhere(p, pred, false); at >= 0 {
		return p[at:]
	}
	return nil
}

// TrimRightFunc drops the trailing runes of p for which pred holds.
func TrimRightFunc(p []byte, pred func(r rune) bool) []byte {
	at := lastWhere(p, pred, false)
	if at == -1 {
		return p[:0]
	}
	_, w := utf8.DecodeRune(p[at:])
	return p[:at+w]
}

// TrimFunc drops the runes of p for which pred holds from both ends.
func TrimFunc(p []byte, pred func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(p, pred), pred)
}

// trimLeft drops the leading runes of p that are in set; an empty
// result is nil.
func trimLeft(p []byte, set string) []byte {
	for len(p) > 0 {
		got, w := utf8.DecodeRune(p)
		if !inSet(got, set) {
			return p
		}
		p = p[w:]
	}
	return nil
}

// trimRight drops the trailing runes of p that are in set.
func trimRight(p []byte, set string) []byte {
	for len(p) > 0 {
		got, w := utf8.DecodeLastRune(p)
		if !inSet(got, set) {
			break
		}
		p = p[:len(p)-w]
	}
	return p
}

// Trim drops the runes of set from both ends of p; an empty p gives nil.
func Trim(p []byte, set string) []byte {
	switch {
	case len(p) == 0:
		return nil
	case set == "":
		return p
	}
	return trimRight(trimLeft(p, set), set)
}

// TrimLeft drops the leading runes of p that are in set; an empty p gives
// nil.
func TrimLeft(p []byte, set string) []byte {
	switch {
	case len(p) == 0:
		return nil
	case set == "":
		return p
	}
	return trimLeft(p, set)
}

// TrimRight drops the trailing runes of p that are in set.
func TrimRight(p []byte, set string) []byte {
	if set == "" || len(p) == 0 {
		return p
	}
	return trimRight(p, set)
}

// TrimSpace drops Unicode white space from both ends of p; nil when p is
// blank.
func TrimSpace(p []byte) []byte {
	first := firstWhere(p, unicode.IsSpace, false)
	if first == -1 {
		return nil
	}
	last := lastWhere(p, unicode.IsSpace, false)
	_, w := utf8.DecodeRune(p[last:])
	return p[first : last+w]
}

// TrimPrefix gives p without a leading pre; p itself when it lacks one.
func TrimPrefix(p, pre []byte) []byte {
	if !HasPrefix(p, pre) {
		return p
	}
	return p[len(pre):]
}

// TrimSuffix gives p without a trailing suf; p itself when it lacks one.
func TrimSuffix(p, suf []byte) []byte {
	if !HasSuffix(p, suf) {
		return p
	}
	return p[:len(p)-len(suf)]
}

// Runes decodes p as UTF-8 into a new rune slice.
func Runes(p []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(p))
	for len(p) > 0 {
		got, w := utf8.DecodeRune(p)
		out = append(out, got)
		p = p[w:]
	}
	return out
}

// Replace gives a copy of p in which the first n non-overlapping
// occurrences of from (all when n < 0) become to. An empty from matches at
// the start and after every rune.
func Replace(p, from, to []byte, n int) []byte {
	hits := 0
	if n != 0 {
		hits = Count(p, from)
	}
	if hits == 0 {
		return append([]byte(nil), p...)
	}
	if n < 0 || hits < n {
		n = hits
	}
	out := make([]byte, 0, len(p)+n*(len(to)-len(from)))
	for k := 0; k < n; k++ {
		at := 0
		if len(from) != 0 {
			at = Index(p, from)
		} else if k > 0 {
			// Empty from: before the first rune, then after each.
			_, at = utf8.DecodeRune(p)
		}
		out = append(append(out, p[:at]...), to...)
		p = p[at+len(from):]
	}
	return append(out, p...)
}

// ReplaceAll is Replace with no limit.
func ReplaceAll(p, from, to []byte) []byte {
	return Replace(p, from, to, -1)
}

// EqualFold tells whether x and y, read as UTF-8, are equal when runes are
// compared under Unicode simple case folding.
func EqualFold(x, y []byte) bool {
	for len(x) > 0 && len(y) > 0 {
		a, wa := utf8.DecodeRune(x)
		b, wb := utf8.DecodeRune(y)
		x, y = x[wa:], y[wb:]
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if b < utf8.RuneSelf {
			// ASCII: only letters fold, onto each other.
			if 'A' <= a && a <= 'Z' && b == a+'a'-'A' {
				continue
			}
			return false
		}
		// Walk a's orbit of case foldings looking for b.
		f := unicode.SimpleFold(a)
		for f != a && f < b {
			f = unicode.SimpleFold(f)
		}
		if f != b {
			return false
		}
	}
	return len(x) == len(y)
}
