// The Find family and Split: views of the offsets the natives return.
// Byte-slice results are capped at their end so that appending to one
// never writes into the input.

package regexp

import "io"

// Find returns the text of the leftmost match in b, nil if none.
func (re *Regexp) Find(b []byte) []byte {
	a := re.exec("", b, true, false)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the location of the leftmost match in b, nil if none.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := re.exec("", b, true, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns the text of the leftmost match in s, "" if none.
func (re *Regexp) FindString(s string) string {
	a := re.exec(s, nil, false, false)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the location of the leftmost match in s.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.exec(s, nil, false, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns the location of the leftmost match in the text
// read from r.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	return re.FindStringIndex(readAll(r))
}

// FindSubmatch returns the texts of the leftmost match and its groups.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.exec("", b, true, true)
	if a == nil {
		return nil
	}
	return bytesOf(b, a)
}

func bytesOf(b []byte, a []int) [][]byte {
	ret := make([][]byte, len(a)/2)
	for k := range ret {
		if lo, hi := a[2*k], a[2*k+1]; lo >= 0 {
			ret[k] = b[lo:hi:hi]
		}
	}
	return ret
}

func stringsOf(s string, a []int) []string {
	ret := make([]string, len(a)/2)
	for k := range ret {
		if lo, hi := a[2*k], a[2*k+1]; lo >= 0 {
			ret[k] = s[lo:hi]
		}
	}
	return ret
}

// FindSubmatchIndex returns the locations of the leftmost match and its
// groups in b (-1 for a group that took no part).
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.exec("", b, true, true)
}

// FindStringSubmatch returns the texts of the leftmost match and its groups.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.exec(s, nil, false, true)
	if a == nil {
		return nil
	}
	return stringsOf(s, a)
}

// FindStringSubmatchIndex returns the locations of the leftmost match and
// its groups in s.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.exec(s, nil, false, true)
}

// FindReaderSubmatchIndex returns the locations of the leftmost match and
// its groups in the text read from r.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readAll(r))
}

// limit is FindAll's n: a negative n means every match.
func limit(n, size int) int {
	if n < 0 {
		return size + 1
	}
	return n
}

// FindAll returns the texts of the successive matches in b, at most n.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	all := re.execAll("", b, true, false, false, limit(n, len(b)))
	if all == nil {
		return nil
	}
	ret := make([][]byte, len(all))
	for i, a := range all {
		ret[i] = b[a[0]:a[1]:a[1]]
	}
	return ret
}

// FindAllIndex returns the locations of the successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.execAll("", b, true, false, false, limit(n, len(b)))
}

// FindAllString returns the texts of the successive matches in s.
func (re *Regexp) FindAllString(s string, n int) []string {
	all := re.execAll(s, nil, false, false, false, limit(n, len(s)))
	if all == nil {
		return nil
	}
	ret := make([]string, len(all))
	for i, a := range all {
		ret[i] = s[a[0]:a[1]]
	}
	return ret
}

// FindAllStringIndex returns the locations of the successive matches in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return re.execAll(s, nil, false, false, false, limit(n, len(s)))
}

// FindAllSubmatch returns the texts of the successive matches in b and of
// their groups.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	all := re.execAll("", b, true, true, false, limit(n, len(b)))
	if all == nil {
		return nil
	}
	ret := make([][][]byte, len(all))
	for i, a := range all {
		ret[i] = bytesOf(b, a)
	}
	return ret
}

// FindAllSubmatchIndex returns the locations of the successive matches in
// b and of their groups.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.execAll("", b, true, true, false, limit(n, len(b)))
}

// FindAllStringSubmatch returns the texts of the successive matches in s
// and of their groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	all := re.execAll(s, nil, false, true, false, limit(n, len(s)))
	if all == nil {
		return nil
	}
	ret := make([][]string, len(all))
	for i, a := range all {
		ret[i] = stringsOf(s, a)
	}
	return ret
}

// FindAllStringSubmatchIndex returns the locations of the successive
// matches in s and of their groups.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.execAll(s, nil, false, true, false, limit(n, len(s)))
}

// Split slices s into the substrings between the matches, at most n of
// them (n < 0: all; n == 0: nil).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" && re.expr != "" {
		return []string{""}
	}
	found := re.FindAllStringIndex(s, n)
	parts := make([]string, 0, len(found))
	beg, end := 0, 0
	for _, m := range found {
		if n > 0 && len(parts) >= n-1 {
			break
		}
		end = m[0]
		// A match at the very start yields no empty first piece.
		if m[1] != 0 {
			parts = append(parts, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		parts = append(parts, s[beg:])
	}
	return parts
}
