// run

// unicode's case mappings over the first planes: ToUpper, ToLower,
// ToTitle, To, SimpleFold and the Turkish/Azeri special cases, hashed;
// a few mappings shown.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
		{"TurkishUpper", unicode.TurkishCase.ToUpper}, {"TurkishLower", unicode.TurkishCase.ToLower},
		{"TurkishTitle", unicode.TurkishCase.ToTitle}, {"AzeriUpper", unicode.AzeriCase.ToUpper},
		{"To(9)", func(r rune) rune { return unicode.To(9, r) }},
	}
	for _, m := range maps {
		h := uint32(2166136261)
		changed := 0
		for r := rune(-3); r < 0x20000; r++ {
			v := m.f(r)
			if v != r {
				changed++
			}
			h = (h ^ uint32(v)) * 16777619
		}
		fmt.Println(m.name, changed, h)
	}
	for _, r := range []rune{'i', 'I', 'ı', 'İ', 'ǅ', 'ß', 'k', 'K', 'µ'} {
		fmt.Printf("%c %c %c %c | %c %c %c | %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.SimpleFold(r))
	}
	fmt.Println(unicode.TurkishCase, len(unicode.AzeriCase))
}
