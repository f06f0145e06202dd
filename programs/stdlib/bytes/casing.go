// run

// bytes' Title, ToValidUTF8 and the SpecialCase mappings, beside their
// strings twins.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"hello wide world", "élan vital_x-ray", "ǆemal 3rd\u00a0go", "", "a.b,c;d"} {
		t := bytes.Title([]byte(s))
		fmt.Printf("%q %q %v\n", t, strings.Title(s), string(t) == strings.Title(s))
	}
	for _, s := range []string{"ok", "a\xffb", "\xff\xfe\xfdz", "\xe2\x82", "x\xc0"} {
		fmt.Printf("%q %q %q\n", bytes.ToValidUTF8([]byte(s), []byte("?")), bytes.ToValidUTF8([]byte(s), nil), strings.ToValidUTF8(s, "\uFFFD"))
	}
	tr := []byte("istanbul ıi İI")
	fmt.Printf("%s|%s|%s\n", bytes.ToUpperSpecial(unicode.TurkishCase, tr), bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL I")), bytes.ToTitleSpecial(unicode.TurkishCase, tr))
	fmt.Println(bytes.ToValidUTF8(nil, []byte("x")) == nil, len(bytes.Title(nil)))
}
