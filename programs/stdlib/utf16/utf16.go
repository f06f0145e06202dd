// run

// unicode/utf16: pairs for code points above U+FFFF, U+FFFD for what
// cannot be encoded or decoded, lengths and capacities of the results.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("aé€😀\U0010FFFF")
	runes = append(runes, 0xD800, 0xDFFF, -1, 0x110000, 0xFFFF, 0x10000)
	enc := utf16.Encode(runes)
	fmt.Printf("%04x len=%d cap=%d\n", enc, len(enc), cap(enc))
	dec := utf16.Decode(enc)
	fmt.Printf("%U len=%d cap=%d\n", dec, len(dec), cap(dec))
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("Hello, 世界 🌍")))))

	bad := []uint16{0x61, 0xD83D, 0xDE00, 0xD83D, 0x62, 0xDE00, 0xDC00, 0xD800}
	fmt.Printf("%U\n", utf16.Decode(bad))
	fmt.Println(len(utf16.Decode(nil)), utf16.Encode(nil) == nil, len(utf16.Encode([]rune{})))

	for _, r := range []rune{0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -5, 'a'} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U -> %U %U -> %U\n", r, r1, r2, utf16.DecodeRune(r1, r2))
	}
	for _, p := range [][2]rune{{0xD800, 0xDC00}, {0xDBFF, 0xDFFF}, {0xDC00, 0xD800}, {0xD800, 0x41}, {0x41, 0xDC00}} {
		fmt.Printf("%U\n", utf16.DecodeRune(p[0], p[1]))
	}
	for _, r := range []rune{0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, -1} {
		fmt.Print(utf16.IsSurrogate(r), " ")
	}
	fmt.Println()
}
