package fs

import (
	"errors"
	"path"
)

// SubFS is an FS that makes its own subtrees.
type SubFS interface {
	FS

	// Sub returns the file system rooted at dir, as fs.Sub does.
	Sub(dir string) (FS, error)
}

// Sub returns the part of fsys under dir, whose names are relative to
// dir; "." is fsys itself. Errors from the result name paths relative to
// dir, as the caller knows them. A name that is not a valid path is an
// "invalid name" error (not ErrInvalid, as in gc).
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subtree{fsys, dir}, nil
}

// subtree is Sub's FS for a file system that has no Sub of its own.
type subtree struct {
	under FS
	dir   string
}

// inner is name as the underlying file system knows it.
func (t *subtree) inner(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errors.New("invalid name")}
	}
	return path.Join(t.dir, name), nil
}

// outer is a name of the underlying file system as the subtree knows it,
// if it lies inside the subtree.
func (t *subtree) outer(name string) (string, bool) {
	if name == t.dir {
		return ".", true
	}
	n := len(t.dir)
	if len(name) > n+1 && name[n] == '/' && name[:n] == t.dir {
		return name[n+1:], true
	}
	return "", false
}

// relative rewrites the path of a *PathError from the underlying file
// system into the subtree's names.
func (t *subtree) relative(err error) error {
	if pe, ok := err.(*PathError); ok {
		if short, ok := t.outer(pe.Path); ok {
			pe.Path = short
		}
	}
	return err
}

func (t *subtree) Open(name string) (File, error) {
	full, err := t.inner("open", name)
	if err != nil {
		return nil, err
	}
	f, err := t.under.Open(full)
	return f, t.relative(err)
}

func (t *subtree) ReadDir(name string) ([]DirEntry, error) {
	full, err := t.inner("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(t.under, full)
	return list, t.relative(err)
}

func (t *subtree) ReadFile(name string) ([]byte, error) {
	full, err := t.inner("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(t.under, full)
	return data, t.relative(err)
}

func (t *subtree) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	names, err := Glob(t.under, t.dir+"/"+pattern)
	for i, n := range names {
		short, ok := t.outer(n)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + short + " not in " + t.dir)
		}
		names[i] = short
	}
	return names, t.relative(err)
}

func (t *subtree) Sub(dir string) (FS, error) {
	if dir == "." {
		return t, nil
	}
	full, err := t.inner("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subtree{t.under, full}, nil
}
