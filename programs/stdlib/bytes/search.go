// run

// The byte searches gc writes in assembly (IndexByte, Count, Index, Equal,
// Compare of bytes and strings) on their edge cases: nil and empty
// operands, absent bytes, matches at either end, lengths and offsets on
// both sides of 16- and 32-byte blocks, and bytes of 0x80 and above.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var lengths = []int{0, 1, 2, 7, 8, 15, 16, 17, 31, 32, 33, 47, 63, 64, 65, 127, 128, 129, 255, 1000, 4097}

// filler is n bytes without 'x', '\n', 0x00, 0x80 or 0xff.
func filler(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = "abcdefghijklm"[i%13]
	}
	return b
}

func singles() {
	fmt.Println(bytes.IndexByte(nil, 'a'), bytes.IndexByte([]byte{}, 0), strings.IndexByte("", 'a'))
	fmt.Println(bytes.Count(nil, []byte{'a'}), bytes.Count(nil, nil), strings.Count("", "a"), strings.Count("", ""))
	fmt.Println(bytes.Index(nil, nil), bytes.Index(nil, []byte("a")), bytes.Index([]byte("a"), nil), strings.Index("", ""), strings.Index("a", ""), strings.Index("", "a"))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal(nil, nil), bytes.Equal([]byte{0}, nil), bytes.Equal([]byte("ab"), []byte("ab")))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare(nil, []byte{0}), bytes.Compare([]byte{0}, nil), strings.Compare("", ""), strings.Compare("a", ""), strings.Compare("", "a"))
	fmt.Println(bytes.Compare([]byte{0x7f}, []byte{0x80}), bytes.Compare([]byte{0xff}, []byte{0x80, 0}), strings.Compare("\x80", "\x7f"), strings.Compare("ab", "abc"), strings.Compare("abd", "abc"))
	fmt.Println(bytes.Count([]byte("aaaaa"), []byte("aa")), strings.Count("aaaaa", "aa"), strings.Count("five", ""), bytes.Count([]byte("h\xffllo"), nil), strings.Count("héllo", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", "abcd"), strings.Index("abc", "abc"), bytes.Index([]byte("\xff\xfe\xff"), []byte("\xfe\xff")))
	fmt.Println(strings.Contains("seafood", "foo"), bytes.Contains([]byte("seafood"), []byte("bar")), strings.IndexRune("chicken", 'k'), bytes.IndexRune([]byte("a€b"), '€'), strings.Count("cheese", "e"), bytes.Count([]byte("\x80\x80\x00\x80"), []byte{0x80}))
}

func main() {
	singles()
	base := filler(4097 + 3)
	for _, n := range lengths {
		for off := 0; off < 3; off++ {
			// Not copied: the searches start off the allocation's alignment.
			p := base[off : off+n : off+n]
			var got []int
			for _, c := range []byte{'x', 0, 0x80, 0xff, 'a'} {
				got = append(got, bytes.IndexByte(p, c), strings.IndexByte(string(p), c), bytes.Count(p, []byte{c}), strings.Count(string(p), string([]byte{c})))
			}
			// At the ends and in the middle.
			for _, at := range []int{0, n / 2, n - 1} {
				if at < 0 || n == 0 {
					continue
				}
				q := append([]byte(nil), p...)
				q[at] = 0x80
				got = append(got, bytes.IndexByte(q, 0x80), strings.IndexByte(string(q), 0x80), bytes.Count(q, []byte{0x80}))
				q[n-1-at] = 0xff
				got = append(got, bytes.Index(q, []byte{0x80}), strings.Index(string(q), "\xff"), bytes.Count(q, []byte("\xff")))
				got = append(got, bytes.Compare(p, q), bytes.Compare(q, p), strings.Compare(string(p), string(q)))
				if bytes.Equal(p, q) || !bytes.Equal(q, q[:len(q):len(q)]) {
					got = append(got, 99)
				}
				// A longer pattern ending at the last byte, and one running past it.
				if n >= 5 {
					pat := q[n-5:]
					got = append(got, bytes.Index(q, pat), strings.Index(string(q), string(pat)), bytes.Count(q, pat))
					got = append(got, bytes.Index(q[:n-1], pat), strings.LastIndex(string(q), string(pat[:2])))
				}
			}
			// A prefix is less than the whole; equal copies compare equal.
			if n > 0 {
				got = append(got, bytes.Compare(p[:n-1], p), strings.Compare(string(p), string(p[:n-1])), bytes.Compare(p, append([]byte(nil), p...)))
			}
			if !bytes.Equal(p, append([]byte(nil), p...)) {
				got = append(got, 98)
			}
			fmt.Println(n, off, got)
		}
	}
	// Patterns of many lengths in a long text.
	text := strings.Repeat("abcdefghijklmnopqrstuvwxyz0123456789", 40) + "\x80needle\xff"
	for _, k := range []int{2, 3, 4, 8, 15, 16, 17, 31, 32, 33, 64} {
		pat := text[len(text)-k:]
		fmt.Println(k, strings.Index(text, pat), bytes.Index([]byte(text), []byte(pat)), strings.Count(text, pat[:2]), strings.Index(text[:len(text)-1], pat))
	}
	fmt.Println(strings.Count(strings.Repeat("ab", 1000), "ab"), bytes.Count(bytes.Repeat([]byte("abc"), 1000), []byte("ca")))
}
