package filepath

// Walk and WalkDir: depth-first visits of a tree of the file system, each
// directory before its contents, names in lexical order, symbolic links
// not followed.

import (
	"io/fs"
	"os"
	"sort"
)

// SkipDir, returned by a walk function, skips the directory it was
// called for, or the rest of the directory of the file it was called for.
var SkipDir error = fs.SkipDir

// WalkFunc is Walk's function: called for each file with its name (root
// joined with the names below it) and its Lstat information. err is the
// Lstat failure of root (info is nil then) or the failure to list
// directory path (after which Walk does not enter it). Returning SkipDir
// skips; any other error stops the walk.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and everything below it. It reads each whole
// directory before visiting it, so WalkDir, which does not Lstat every
// entry, is cheaper.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkInfo(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkInfo(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := sortedNames(p)
	if ferr := fn(p, info, err); err != nil || ferr != nil {
		return ferr
	}
	for _, name := range names {
		sub := Join(p, name)
		subInfo, err := os.Lstat(sub)
		if err != nil {
			if err := fn(sub, subInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walkInfo(sub, subInfo, fn); err != nil {
			if err != SkipDir || !subInfo.IsDir() {
				return err
			}
		}
	}
	return nil
}

// sortedNames lists directory p's names in lexical order.
func sortedNames(p string) ([]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(list)
	return list, nil
}

// WalkDir calls fn for root and everything below it (see fs.WalkDirFunc
// for what fn is given and may answer). Each directory is read when it is
// reached, its entries sorted by name.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkEntry(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkEntry(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(p, d, nil)
	if !d.IsDir() {
		return err
	}
	if err != nil {
		if err == SkipDir {
			return nil
		}
		return err
	}
	entries, rerr := sortedEntries(p)
	if rerr != nil {
		if err := fn(p, d, rerr); err != nil {
			return err
		}
	}
	for _, e := range entries {
		if err := walkEntry(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}

// sortedEntries lists directory p, sorted by name; nothing on an error.
func sortedEntries(p string) ([]fs.DirEntry, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	entries, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, nil
}
