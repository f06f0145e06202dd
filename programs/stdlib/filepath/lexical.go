// run

// path/filepath's lexical operations on Unix: Rel's cases and failures,
// SplitList, VolumeName, the slash conversions, Abs, Match's error.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"},
		{"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"}, {"a/b/c/d/", "a/b/"}, {"../../a/b", "../../a/b/c/d"},
		{"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/a/b", "/a/b/."}, {"/ab/cd", "/ab/cde"},
		{"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"}, {"/a/b/../c", "/a/b"},
		{"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"}, {"/a/b/c/d", "/a/b/"},
		{"/a/b/c/d/", "/a/b"}, {"/a/b/c/d/", "/a/b/"}, {"/../../a/b", "/../../a/b/c/d"},
		{".", "a/b"}, {".", ".."}, {"a", "."}, {"", "a"}, {"/", "/a"}, {"/a", "/"},
		{"/", "a/b"}, {"a/b", "/"}, {"/a/b", "a/b"}, {"a/b", "/a/b"}, {"..", "a"},
		{"../a", "b"}, {"../..", "a/b"}, {"a", "../b"},
	}
	for _, r := range rels {
		got, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], got, err)
	}
	for _, l := range []string{"", "a", "a:b", ":a::b:", "/usr/bin:/bin"} {
		fmt.Printf("%q -> %q\n", l, filepath.SplitList(l))
	}
	fmt.Printf("%q %q %q %q\n", filepath.VolumeName("/a/b"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator)+string(filepath.ListSeparator))
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/"), filepath.Base("a/b/"), filepath.Dir("a/b/"), filepath.Ext("a/b.c"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	d, f := filepath.Split("a/b/c.d")
	fmt.Println(d, f)
	abs, err := filepath.Abs("some/../file")
	wd, _ := os.Getwd()
	fmt.Println(filepath.IsAbs(abs), strings.TrimPrefix(abs, wd), err)
	abs, err = filepath.Abs("/x/./y/")
	fmt.Println(abs, err)
	ok, err := filepath.Match("*.go", "main.go")
	fmt.Println(ok, err)
	ok, err = filepath.Match("[a-", "a")
	fmt.Println(ok, err, err == filepath.ErrBadPattern)
}
