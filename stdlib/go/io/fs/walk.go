package fs

// WalkDir: a depth-first visit of a tree, directories before their
// contents, entries in name order.

import (
	"errors"
	"path"
)

// SkipDir, returned by a WalkDirFunc, skips the directory it was called
// for; returned for a file, it skips the rest of the file's directory.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is called by WalkDir for each file and directory. path is
// root joined with the names below it; d describes the entry. When err is
// not nil, either root could not be described (d is nil) or directory
// path could not be read (the function was already called for it once
// with a nil err, and this second call reports the failure). What the
// function returns steers the walk: nil goes on, SkipDir skips, any other
// error stops WalkDir, which returns it.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the tree of fsys at root, calling fn for each entry in
// lexical order. Symbolic links are not followed.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	var err error
	if info, serr := Stat(fsys, root); serr != nil {
		err = fn(root, nil, serr)
	} else {
		err = visitDir(fsys, root, &infoEntry{info: info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

// visitDir calls fn for name and, if it is a directory fn did not skip,
// for everything below it.
func visitDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	err := fn(name, d, nil)
	if !d.IsDir() {
		return err
	}
	if err != nil {
		if err == SkipDir {
			return nil
		}
		return err
	}
	entries, rerr := ReadDir(fsys, name)
	if rerr != nil {
		if err := fn(name, d, rerr); err != nil {
			return err
		}
	}
	for _, e := range entries {
		if err := visitDir(fsys, path.Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}
