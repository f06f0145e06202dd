// run

// unicode's range tables: every table of Categories, Scripts, Properties,
// FoldCategory and FoldScript, its shape, its member count and a hash of
// its ranges; Is, In and IsOneOf over runes of several scripts; the
// aliases (Upper is Lu, ...) and GraphicRanges/PrintRanges.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

func describe(t *unicode.RangeTable) (int, uint32) {
	n := 0
	h := uint32(2166136261)
	mix := func(v uint32) { h = (h ^ v) * 16777619 }
	for _, r := range t.R16 {
		n += int((r.Hi-r.Lo)/r.Stride) + 1
		mix(uint32(r.Lo))
		mix(uint32(r.Hi))
		mix(uint32(r.Stride))
	}
	for _, r := range t.R32 {
		n += int((r.Hi-r.Lo)/r.Stride) + 1
		mix(r.Lo)
		mix(r.Hi)
		mix(r.Stride)
	}
	return n, h
}

func main() {
	fmt.Println(unicode.Version, len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties),
		len(unicode.FoldCategory), len(unicode.FoldScript))
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts,
		unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		var names []string
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			t := m[k]
			n, h := describe(t)
			fmt.Println(k, len(t.R16), len(t.R32), t.LatinOffset, n, h)
		}
	}
	// Membership through Is agrees with the ranges, at and around their
	// ends, for the categories.
	for _, name := range []string{"L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd",
		"Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs",
		"Zl", "Zp", "C", "Cc", "Cf", "Co", "Cs"} {
		t := unicode.Categories[name]
		n := 0
		h := uint32(2166136261)
		for r := rune(0); r < 0x32000; r += 3 {
			if unicode.Is(t, r) {
				n++
				h = (h ^ uint32(r)) * 16777619
			}
		}
		for _, r := range []rune{-1, -0x80000000, 0xE0001, 0xE0100, 0xF0000, 0x10FFFD, 0x10FFFF, 0x110000} {
			if unicode.Is(t, r) {
				n += 1000000
			}
		}
		fmt.Println(name, n, h)
	}
	samples := []rune{'a', 'Z', 'é', 'λ', 'Ж', 'ع', 'א', 'क', 'ก', 'の', 'カ', '世', '한', '😀', '٣', '१', 'Ⅻ', '‿', '€', '\u0301', '\u200d', 0x10FFFF}
	for _, r := range samples {
		var in []string
		for _, name := range []string{"Latin", "Greek", "Cyrillic", "Arabic", "Hebrew", "Devanagari", "Thai",
			"Hiragana", "Katakana", "Han", "Hangul", "Common", "Inherited"} {
			if unicode.Is(unicode.Scripts[name], r) {
				in = append(in, name)
			}
		}
		fmt.Printf("%U %v %v %v\n", r, in, unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Letter, unicode.Digit}, r))
	}
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Lower == unicode.Ll, unicode.Title == unicode.Lt,
		unicode.Letter == unicode.L, unicode.Mark == unicode.M, unicode.Number == unicode.N,
		unicode.Digit == unicode.Nd, unicode.Punct == unicode.P, unicode.Symbol == unicode.S,
		unicode.Space == unicode.Z, unicode.Other == unicode.C, unicode.Categories["Lu"] == unicode.Lu,
		unicode.Scripts["Han"] == unicode.Han, unicode.Properties["White_Space"] == unicode.White_Space,
		unicode.STerm == unicode.Sentence_Terminal)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[5] == unicode.Zs,
		unicode.PrintRanges[0] == unicode.L)
	fmt.Println(unicode.Latin.R16[:4], unicode.Han.R32[:2], *unicode.White_Space)
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'), unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 5}}}, 'k'),
		unicode.Is(&unicode.RangeTable{R32: []unicode.Range32{{0x10000, 0x10010, 4}}}, 0x1000c))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1,
		unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}
