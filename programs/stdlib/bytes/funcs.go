// run

// bytes' functions: results, nil-ness and the capacity of the pieces
// Split and Fields return, as gc.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func shows(name string, bs [][]byte) {
	fmt.Printf("%s %d:", name, len(bs))
	for _, b := range bs {
		fmt.Printf(" %q/%d", b, cap(b))
	}
	fmt.Println(bs == nil)
}

func main() {
	s := []byte("  Hello, Wörld! héllo\t\n")
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal(s, s[1:]), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.Contains(s, []byte("llo")), bytes.ContainsAny(s, "xyzö"), bytes.ContainsRune(s, 'é'), bytes.ContainsRune(s, 'q'))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Index(s, []byte("llo")), bytes.LastIndex(s, []byte("llo")), bytes.LastIndex(s, nil))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'l'), bytes.IndexRune(s, 'ö'), bytes.IndexRune([]byte("a\xffb"), unicode.ReplacementChar), bytes.IndexRune(s, -1))
	fmt.Println(bytes.IndexAny(s, "öW"), bytes.LastIndexAny(s, "lö"), bytes.IndexAny(s, ""), bytes.IndexFunc(s, isUpper), bytes.LastIndexFunc(s, isUpper))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("\n")), bytes.HasPrefix(s, nil))
	b, a, f := bytes.Cut(s, []byte(","))
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = bytes.Cut(s, []byte("#"))
	fmt.Printf("%q %q %v %v\n", b, a, f, a == nil)
	shows("split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	shows("split0", bytes.Split([]byte("aé\xffz"), nil))
	shows("splitn", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	shows("splitn0", bytes.SplitN([]byte("a,b,,c"), []byte(","), 0))
	shows("splitafter", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	shows("explode2", bytes.SplitN([]byte("abc"), nil, 2))
	shows("fields", bytes.Fields(s))
	shows("fieldsempty", bytes.Fields([]byte("  \t ")))
	shows("fieldsfunc", bytes.FieldsFunc([]byte("a1b22c"), isDigit))
	show("join", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	show("join0", bytes.Join(nil, []byte(", ")))
	show("join1", bytes.Join([][]byte{nil}, []byte(", ")))
	show("repeat", bytes.Repeat([]byte("ab"), 3))
	show("repeat0", bytes.Repeat([]byte("ab"), 0))
	show("replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("replaceall", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	show("replaceempty", bytes.Replace([]byte("aé"), nil, []byte("-"), -1))
	show("replacenone", bytes.Replace(nil, []byte("x"), []byte("-"), -1))
	show("replacenone2", bytes.Replace([]byte("abc"), []byte("x"), []byte("-"), -1))
	show("upper", bytes.ToUpper(s))
	show("lower", bytes.ToLower(s))
	show("upperascii", bytes.ToUpper([]byte("ABC")))
	show("upperempty", bytes.ToUpper(nil))
	show("title", bytes.ToTitle([]byte("ǆx")))
	show("trim", bytes.Trim(s, " \t\n"))
	show("trimall", bytes.Trim([]byte("xxx"), "x"))
	show("trimleft", bytes.TrimLeft(s, " H"))
	show("trimright", bytes.TrimRight([]byte("xxx"), "x"))
	show("trimspace", bytes.TrimSpace(s))
	show("trimspaceall", bytes.TrimSpace([]byte(" \u2000 ")))
	show("trimfunc", bytes.TrimFunc([]byte("123abc456"), isDigit))
	show("trimleftfunc", bytes.TrimLeftFunc([]byte("123"), isDigit))
	show("trimrightfunc", bytes.TrimRightFunc([]byte("123"), isDigit))
	show("trimprefix", bytes.TrimPrefix(s, []byte("  He")))
	show("trimsuffix", bytes.TrimSuffix(s, []byte("\t\n")))
	show("map", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("hello\xffé")))
	fmt.Println(bytes.Runes([]byte("hé\xff")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("gÖ")), bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("a"), []byte("ab")))
	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}

func isUpper(r rune) bool { return 'A' <= r && r <= 'Z' }
func isDigit(r rune) bool { return '0' <= r && r <= '9' }
