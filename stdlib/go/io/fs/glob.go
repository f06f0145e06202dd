package fs

import "path"

// GlobFS is an FS that matches patterns itself.
type GlobFS interface {
	FS

	// Glob returns the names matching pattern, as fs.Glob does.
	Glob(pattern string) ([]string, error)
}

// Glob returns the names in fsys matching pattern (path.Match's syntax),
// in directory order, or nil when nothing matches; the only error is
// path.ErrBadPattern. A file system that is a GlobFS answers itself.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

// globLimit bounds how many directory levels of metacharacters a pattern
// may hold (gc's bound), so that a huge pattern fails instead of
// recursing without end.
const globLimit = 10000

func globDepth(fsys FS, pattern string, depth int) ([]string, error) {
	if depth > globLimit {
		return nil, path.ErrBadPattern
	}
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	// A malformed pattern is an error even where nothing could match.
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, last := path.Split(pattern)
	switch dir {
	case "":
		dir = "."
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(fsys, dir, last, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range dirs {
		if out, err = globIn(fsys, d, last, out); err != nil {
			return out, err
		}
	}
	return out, nil
}

// globIn appends to found the entries of dir whose names match pattern; a
// directory that cannot be read adds nothing.
func globIn(fsys FS, dir, pattern string, found []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return found, nil
	}
	for _, e := range entries {
		ok, err := path.Match(pattern, e.Name())
		if err != nil {
			return found, err
		}
		if ok {
			found = append(found, path.Join(dir, e.Name()))
		}
	}
	return found, nil
}

// hasMeta tells whether p holds any of path.Match's special characters
// (a loop of its own: importing strings would cost every program that
// imports os the unicode tables' start-up time).
func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
