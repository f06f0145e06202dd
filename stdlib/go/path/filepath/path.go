// Package filepath works on the operating system's file names: lexical
// operations with the system's separator, and the ones that ask the
// system (Abs, EvalSymlinks, Glob, Walk, WalkDir). splitgo runs on Unix,
// where the separator is '/' and a name has no volume, so the lexical
// operations are package path's.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

// The separators of names and of lists of names ($PATH) on this system.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// Clean gives the shortest name of the same file by lexical rules (see
// path.Clean); "" becomes ".".
func Clean(p string) string { return path.Clean(p) }

// ToSlash gives p with each separator replaced by '/'; on Unix, p.
func ToSlash(p string) string { return p }

// FromSlash gives p with each '/' replaced by the separator; on Unix, p.
func FromSlash(p string) string { return p }

// SplitList cuts a list of names joined by ListSeparator, as in $PATH;
// an empty list gives an empty slice.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// Split cuts p after its last separator: dir+file == p.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join puts the non-empty elements together with separators and cleans
// the result; "" when all are empty.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext is the extension of p's last element, from its last dot on.
func Ext(p string) string { return path.Ext(p) }

// Base is p's last element ("." for "", the separator for separators only).
func Base(p string) string { return path.Base(p) }

// Dir is p without its last element, cleaned.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p is an absolute name.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName is p's leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// HasPrefix is kept for old programs: a plain string prefix test, which
// does not respect element boundaries.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs gives an absolute, clean name for p, joining it to the working
// directory when it is relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel gives a relative name that, joined to basepath, names the same
// file as targpath, by lexical rules alone. It fails when one name is
// absolute and the other not, or when basepath would have to climb out of
// a ".." it starts with.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	b, t := elements(base), elements(targ)
	same := 0
	for same < len(b) && same < len(t) && b[same] == t[same] {
		same++
	}
	if same < len(b) && b[same] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	parts := make([]string, 0, len(b)-same+len(t)-same)
	for i := same; i < len(b); i++ {
		parts = append(parts, "..")
	}
	parts = append(parts, t[same:]...)
	return strings.Join(parts, string(Separator)), nil
}

// elements are the names of a clean path, without the root.
func elements(p string) []string {
	p = strings.TrimPrefix(p, string(Separator))
	if p == "" {
		return nil
	}
	return strings.Split(p, string(Separator))
}
