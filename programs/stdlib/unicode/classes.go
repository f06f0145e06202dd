// run

// unicode's classification functions (IsLetter ... IsPrint) over the
// first planes, the tag plane and the edges of the rune range: for each,
// how many runes it accepts and a hash of which.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	fns := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsSymbol", unicode.IsSymbol},
		{"IsMark", unicode.IsMark}, {"IsControl", unicode.IsControl}, {"IsGraphic", unicode.IsGraphic},
		{"IsPrint", unicode.IsPrint},
	}
	spans := [][2]rune{{-3, 0x32000}, {0xE0000, 0xE0200}, {0xF0000, 0xF0010}, {0x10FFF0, 0x110010}}
	for _, f := range fns {
		n := 0
		h := uint32(2166136261)
		for _, s := range spans {
			for r := s[0]; r < s[1]; r++ {
				if f.f(r) {
					n++
					h = (h ^ uint32(r)) * 16777619
				}
			}
		}
		fmt.Println(f.name, n, h)
	}
	for _, r := range []rune{' ', '\u00a0', '\u00ad', '\u0378', '\ufffe', '\u3000', '\u2028', 'ǅ', '½', '²', '_', '$', '^', '\u0085'} {
		fmt.Printf("%U %v %v %v %v %v %v %v\n", r, unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsSpace(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsTitle(r), unicode.IsNumber(r))
	}
}
