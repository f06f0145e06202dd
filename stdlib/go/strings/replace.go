package strings

import "io"

// Replacer substitutes strings for others, all pairs in one pass: the text
// is read left to right, and where several old strings start at the same
// place the one given first wins; replaced text is not looked at again.
// An empty old string matches between every two bytes and at both ends.
//
// One algorithm serves every case (gc picks among four by the shape of the
// pairs; they agree on the result): at each byte the pairs are tried in
// order, after a table of first bytes has ruled out most positions.
type Replacer struct {
	pairs []string  // old, new, old, new, ...
	first [256]bool // the first bytes of the non-empty olds
	empty bool      // some old is ""
}

// NewReplacer makes a Replacer of old, new pairs; an odd count of
// arguments panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{pairs: append([]string(nil), oldnew...)}
	for k := 0; k+1 < len(oldnew); k += 2 {
		if old := oldnew[k]; old == "" {
			r.empty = true
		} else {
			r.first[old[0]] = true
		}
	}
	return r
}

// pairAt gives the index in r.pairs of the first old string that starts
// s, or -1; skipEmpty leaves the empty old string out.
func (r *Replacer) pairAt(s string, skipEmpty bool) int {
	for k := 0; k < len(r.pairs); k += 2 {
		old := r.pairs[k]
		if old == "" {
			if !skipEmpty {
				return k
			}
			continue
		}
		if HasPrefix(s, old) {
			return k
		}
	}
	return -1
}

// scan hands emit the pieces of the result in order, and stops early when
// emit reports failure.
func (r *Replacer) scan(s string, emit func(string) bool) {
	copied := 0
	// After the empty old string matched at i, the next try at i must find
	// a non-empty one or step on: the empty match is not repeated.
	afterEmpty := false
	for i := 0; i <= len(s); {
		if !r.empty && (i == len(s) || !r.first[s[i]]) {
			i++
			continue
		}
		k := r.pairAt(s[i:], afterEmpty)
		if k < 0 {
			afterEmpty = false
			i++
			continue
		}
		old := r.pairs[k]
		afterEmpty = old == ""
		if !emit(s[copied:i]) || !emit(r.pairs[k+1]) {
			return
		}
		i += len(old)
		copied = i
	}
	if copied < len(s) {
		emit(s[copied:])
	}
}

// Replace gives s with every replacement made.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.scan(s, func(piece string) bool {
		b.WriteString(piece)
		return true
	})
	return b.String()
}

// WriteString writes s with every replacement made to w, and gives the
// count of bytes written and the first write error.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.scan(s, func(piece string) bool {
		if piece == "" {
			return true
		}
		var m int
		m, err = io.WriteString(w, piece)
		n += m
		return err == nil
	})
	return n, err
}
