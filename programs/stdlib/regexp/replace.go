// run

// regexp's Replace family, Expand and ExpandString: $ references by
// number and by name, braces, $$, malformed references, empty matches.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)`)
	s := "a=1, bb=22, c=, =x"
	for _, t := range []string{"$val:$key", "${key}_x", "$key_x", "$1x", "${1}x", "$$1", "$", "$9", "${val", "[$0]", "$2$1$2", "${}", "$-", "$é"} {
		fmt.Printf("%-9q %q\n", t, re.ReplaceAllString(s, t))
	}
	fmt.Printf("%q\n", re.ReplaceAllLiteralString(s, "$key"))
	fmt.Printf("%q\n", re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%q\n", re.ReplaceAll([]byte(s), []byte("<$2>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte(s), []byte("<$2>")))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(s), bytes.ToUpper))

	// Empty matches: not right after a replaced match.
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).ReplaceAllString("baaac", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(``).ReplaceAllString("hé", "."))
	fmt.Printf("%q\n", regexp.MustCompile(`b*`).ReplaceAllString("abc", "X"))
	fmt.Println(regexp.MustCompile(`z`).ReplaceAll(nil, []byte("y")) == nil)

	// Expand with the offsets of each match.
	tmpl := "$key is ${val}.\n"
	var out []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		out = re.ExpandString(out, tmpl, s, m)
	}
	fmt.Print(string(out))
	src := []byte("x=9")
	m := re.FindSubmatchIndex(src)
	fmt.Printf("%q\n", re.Expand([]byte("got "), []byte("$val/$key/$3"), src, m))

	// Names are looked up first to last; a missing group expands to "".
	dup := regexp.MustCompile(`(?P<n>a)(?P<n>b)?`)
	fmt.Printf("%q %d\n", dup.ReplaceAllString("ab a", "[$n]"), dup.SubexpIndex("n"))
}
