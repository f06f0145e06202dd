// run

// Case mapping beyond ASCII, as gc: strings.ToUpper, ToLower, ToTitle and
// EqualFold mapped only ASCII letters ("héllo" upper-cased to "HéLLO"),
// a silent wrong result. Package unicode now has Go's case tables
// (generated from Go 1.19's sources by scripts/gen_unicode.py); a
// checksum over every rune's four mappings must be gc's.

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"héllo wörld", "ǅemal", "ΣΊΣΥΦΟΣ", "straße", "ǈǉǊ", "ÿ", "İstanbul", "ﬀ", "k", "Ⅻ", "abc", "ABC", "Ⓐ"} {
		fmt.Println(s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("KELVIN", "\u212Aelvin"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("Go", "GO"), strings.EqualFold("a", "b"))
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', '1', -2, 'ſ', 'µ', 'Ω', 0x1E9E, 0x10FFFF + 1} {
		fmt.Print(unicode.SimpleFold(r), " ")
	}
	var h uint64 = 14695981039346656037
	changed := 0
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
		if u != r || l != r || t != r || f != r {
			changed++
		}
		for _, m := range [4]rune{u, l, t, f} {
			h ^= uint64(uint32(m))
			h *= 1099511628211
		}
	}
	fmt.Println(changed, h)
	fmt.Println(unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'), unicode.ToLower('ǅ'), unicode.To(unicode.UpperCase, 'ā'), unicode.To(unicode.LowerCase, 'Ā'), unicode.Version)
}
