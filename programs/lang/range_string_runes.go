// run

package main

// `for range` over strings whose runes sit near the end: multi-byte runes
// cut short by the end of the string, invalid bytes, and a long string of
// mixed runes (each rune is decoded from its own bytes only, so the loop
// stays linear in the string's length).

import (
	"fmt"
	"strings"
)

func sum(s string) (n, total int, last rune) {
	for i, r := range s {
		n++
		total += i ^ int(r)
		last = r
	}
	return
}

func main() {
	cases := []string{
		"",
		"a",
		"é",
		"\xc3",
		"ab\xe4\xb8",
		"世界",
		"x\xf0\x9f\x98",
		"😀",
		"\xff\xfe",
		"\xed\xa0\x80z",
		"héllo, wörld \xe2\x82",
	}
	for _, c := range cases {
		n, total, last := sum(c)
		fmt.Printf("%q: %d runes, %d, %q\n", c, n, total, last)
	}
	long := strings.Repeat("héllo wörld 世界 😀 ", 20000) + "\xe4\xb8"
	n, total, last := sum(long)
	fmt.Println(len(long), n, total, last)
}
