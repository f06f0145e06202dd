package path

// Shell-style pattern matching of names, element by element.

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern is Match's answer to a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches pattern as a whole. In a pattern
//
//   - matches any run of characters other than '/'
//     ?      matches one character other than '/'
//     [...]  matches one character of the class: single characters and
//     lo-hi ranges, all negated by a leading '^'
//     \c     matches c itself
//
// and any other character matches itself. The only error is
// ErrBadPattern; it may come when the match failed before the bad part
// was reached, as the rest of the pattern is checked then.
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, seg, rest := nextSegment(pattern)
		pattern = rest
		if star && seg == "" {
			// A star at the end takes the rest, within one element.
			for _, c := range []byte(name) {
				if c == '/' {
					return false, nil
				}
			}
			return true, nil
		}
		last := pattern == ""
		left, ok, err := matchSegment(seg, name)
		if ok && (left == "" || !last) {
			name = left
			continue
		}
		if err != nil {
			return false, err
		}
		found := false
		if star {
			// Let the star take 1, 2, ... characters, never a '/'.
			for skip := 1; skip <= len(name) && name[skip-1] != '/'; skip++ {
				left, ok, err := matchSegment(seg, name[skip:])
				if ok {
					if last && left != "" {
						continue
					}
					name, found = left, true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if found {
			continue
		}
		// No match; still a malformed rest makes it an error.
		for pattern != "" {
			_, seg, pattern = nextSegment(pattern)
			if _, _, err := matchSegment(seg, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return name == "", nil
}

// nextSegment splits off the start of pattern: whether it begins with
// stars (all of them are skipped), the text up to the next star outside a
// class, and what follows.
func nextSegment(pattern string) (star bool, seg, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
scan:
	for ; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			// Skip the escaped byte; an escape at the end is reported by
			// matchSegment.
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				break scan
			}
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchSegment matches the star-free segment seg against the start of s
// and gives what s has left. It reads all of seg even after a mismatch,
// so that a malformed segment is always an error.
func matchSegment(seg, s string) (left string, ok bool, err error) {
	ok = true
	for seg != "" {
		if s == "" {
			ok = false
		}
		switch seg[0] {
		case '[':
			var r rune
			if ok {
				var size int
				r, size = utf8.DecodeRuneInString(s)
				s = s[size:]
			}
			in, rest, err := classHas(seg[1:], r)
			if err != nil {
				return "", false, err
			}
			if !in {
				ok = false
			}
			seg = rest
		case '?':
			if ok {
				if s[0] == '/' {
					ok = false
				}
				_, size := utf8.DecodeRuneInString(s)
				s = s[size:]
			}
			seg = seg[1:]
		default:
			if seg[0] == '\\' {
				seg = seg[1:]
				if seg == "" {
					return "", false, ErrBadPattern // a '\\' ends the pattern
				}
			}
			if ok {
				if seg[0] != s[0] {
					ok = false
				}
				s = s[1:]
			}
			seg = seg[1:]
		}
	}
	if !ok {
		return "", false, nil
	}
	return s, true, nil
}

// classHas reads a class after its '[' and says whether r is in it,
// with what follows the closing ']'.
func classHas(class string, r rune) (in bool, rest string, err error) {
	negate := false
	if class != "" && class[0] == '^' {
		negate = true
		class = class[1:]
	}
	for items := 0; ; items++ {
		if items > 0 && class != "" && class[0] == ']' {
			return in != negate, class[1:], nil
		}
		var lo, hi rune
		if lo, class, err = classChar(class); err != nil {
			return false, "", err
		}
		hi = lo
		if class[0] == '-' {
			if hi, class, err = classChar(class[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
}

// classChar reads one possibly escaped character of a class; the class
// must go on after it (at least its ']').
func classChar(class string) (r rune, rest string, err error) {
	if class == "" || class[0] == '-' || class[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if class[0] == '\\' {
		class = class[1:]
		if class == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, size := utf8.DecodeRuneInString(class)
	if size == 1 && r == utf8.RuneError {
		return 0, "", ErrBadPattern
	}
	rest = class[size:]
	if rest == "" {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
