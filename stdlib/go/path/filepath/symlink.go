package filepath

// EvalSymlinks: a name with its symbolic links replaced by what they
// point to, resolved one element at a time from the left.

import (
	"errors"
	"io/fs"
	"os"
)

// maxLinks bounds the links followed for one name, against cycles.
const maxLinks = 255

// EvalSymlinks gives p after following every symbolic link in it, then
// cleaned; it stays relative when p and the links are. An element that is
// not the last must be a directory.
func EvalSymlinks(p string) (string, error) {
	// done is the resolved part; todo[at:] is what is left to resolve.
	// A leading separator of either belongs to the root prefix and is
	// never removed by "..".
	todo, at := p, 0
	root := ""
	if IsAbs(todo) {
		root, at = "/", 1
	}
	done := root
	links := 0
	for at < len(todo) {
		for at < len(todo) && todo[at] == Separator {
			at++
		}
		end := at
		for end < len(todo) && todo[end] != Separator {
			end++
		}
		elem := todo[at:end]
		at = end
		switch elem {
		case "", ".":
			continue
		case "..":
			cut := lastSep(done, len(root))
			if cut < 0 || done[cut+1:] == ".." {
				// Nothing to drop (an empty or single-element relative
				// part, or one made of ".."): keep the "..".
				if len(done) > len(root) {
					done += string(Separator)
				}
				done += ".."
			} else {
				done = done[:cut]
			}
			continue
		}
		if len(done) > len(root) && done[len(done)-1] != Separator {
			done += string(Separator)
		}
		done += elem
		info, err := os.Lstat(done)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.IsDir() && end < len(todo) {
				return "", notDirectory(done)
			}
			continue
		}
		links++
		if links > maxLinks {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(done)
		if err != nil {
			return "", err
		}
		todo, at = target+todo[end:], 0
		if IsAbs(target) {
			root, at = "/", 1
			done = root
		} else if cut := lastSep(done, len(root)); cut < 0 {
			done = root
		} else {
			done = done[:cut]
		}
	}
	return Clean(done), nil
}

// lastSep is the index of the last separator of p at or after from, or -1.
func lastSep(p string, from int) int {
	for i := len(p) - 1; i >= from; i-- {
		if p[i] == Separator {
			return i
		}
	}
	return -1
}

// notDirectory is the system's "not a directory" error, as the caller of
// EvalSymlinks gets it from gc: the bare error number, which package os
// keeps unexported, so it is taken from a lookup that fails with it.
func notDirectory(file string) error {
	_, err := os.Lstat(file + "/.")
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return errors.New("not a directory")
}
