package filepath

// Match and Glob: on Unix, pattern syntax is package path's, with '\'
// escaping.

import (
	"errors"
	"os"
	"path"
	"sort"
	"strings"
)

// ErrBadPattern is the answer to a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern as a whole (see
// path.Match for the syntax); the only error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// globDepthLimit bounds the nesting of directory patterns Glob follows.
const globDepthLimit = 10000

// Glob gives the names of existing files that match pattern, sorted
// within each directory; nil when there is none. I/O errors are ignored;
// the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) ([]string, error) {
	// Matching the empty name checks the whole pattern.
	if _, bad := Match(pattern, ""); bad != nil {
		return nil, bad
	}
	if depth == globDepthLimit {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globIn adds to matches the names in directory dir that match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer f.Close()
	names, _ := f.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// hasMeta reports whether p holds any of Match's special characters.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
