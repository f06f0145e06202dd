// run

// Package path's lexical operations and Match, on the corner cases:
// empty names, runs of slashes, "..", trailing slashes, bad patterns.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a", "a/", "/a/", "a//b", "a/./b", "a/../b",
		"a/b/..", "../a/..", "../../a", "/../a", "/a/../..", "a/../../b", "./a/./", "abc/def/../../..",
		"a/b/c/../../d", "/./", "x/..//y/.", "...", "a/.../b"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: clean %q base %q dir %q ext %q abs %v split %q %q\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("/", "a", "", "../b/"))
	fmt.Printf("%q\n", path.Join("a/", "/b"))
	for _, e := range []string{"x.go", "x.tar.gz", "dir.d/file", ".hidden", "noext", "a/b.c/"} {
		fmt.Printf("%q ", path.Ext(e))
	}
	fmt.Println()

	matches := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"},
		{"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"},
		{"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
		{"*x", "xxx"}, {"a*[", "abc"}, {"x*[", "abc"}, {"*\\", "a"},
	}
	for _, m := range matches {
		ok, err := path.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v, %v\n", m[0], m[1], ok, err)
	}
	_, err := path.Match("[", "")
	fmt.Println(err == path.ErrBadPattern)
}
