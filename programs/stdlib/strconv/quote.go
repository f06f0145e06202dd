// run

// strconv: QuotedPrefix beside Unquote, CanBackquote, the ToASCII and
// ToGraphic quoting forms, and IsPrint/IsGraphic on unassigned, format
// and space code points (also as fmt's %q sees them).
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	for _, s := range []string{`"abc"def`, `"a\"b"x`, "`raw\nx`y", `'a'b`, `'\''`, `''`, `'ab'`, `"abc`, `x"`, "", `"\q"`, `"a` + "\n" + `"`, `'\x41'z`, `"\u00e9"`, "'\xff'", `"\'"`, `'"'`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %q %v\n", s, p, err)
		u, err := strconv.Unquote(s)
		fmt.Printf("  unquote %q %v\n", u, err)
	}
	for _, s := range []string{"abc", "a`b", "a\tb", "a\nb", "\ufeffx", "é", "\xff", "\x7f", ""} {
		fmt.Println(strconv.CanBackquote(s))
	}
	fmt.Println(string(strconv.AppendQuoteToASCII([]byte("x="), "héllo\u00a0\n")), string(strconv.AppendQuoteToGraphic([]byte("y="), "héllo\u00a0\u2028\n")))
	fmt.Println(string(strconv.AppendQuoteRuneToASCII(nil, 'é')), string(strconv.AppendQuoteRuneToGraphic(nil, '\u00a0')), strconv.QuoteRuneToGraphic('\u2000'), strconv.QuoteRuneToGraphic('\n'), strconv.QuoteRuneToGraphic(0x110000))
	for _, r := range []rune{0x20, 0xa0, 0xad, 0x378, 0xfffe, 0x1f600, 0xe0100, 0x10ffff, -1, 0x3000, 0x2028} {
		fmt.Println(r, strconv.IsPrint(r), strconv.IsGraphic(r), unicode.IsPrint(r), unicode.IsGraphic(r))
	}
	fmt.Println(strconv.Quote("\u0378\ufffe\u00ad\U000e0100\u3000"), strconv.QuoteToGraphic("\u0378\u3000"))
	fmt.Printf("%q %q %+q %#q\n", "\u0378\ufffe", '\u0378', "\U000e0001x", "\u0378")
}
