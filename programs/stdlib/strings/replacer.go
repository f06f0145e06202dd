// run

// strings.Replacer (priorities among olds, the empty old, WriteString and
// its errors, the odd-count panic), Title, ToValidUTF8, Clone and the
// To*Special mappings.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
)

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > 6 {
		return 0, errors.New("full")
	}
	w.n += len(p)
	return len(p), nil
}

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))
	r2 := strings.NewReplacer("a", "1", "aaa", "3", "aa", "2")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abé"))
	fmt.Println(strings.NewReplacer("", "X", "a", "A").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "A", "", "X").Replace("ab"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("hello", "bye").Replace("hello hellohello hell"))
	fmt.Println(strings.NewReplacer().Replace("same"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
	fmt.Println(strings.NewReplacer("x", "").Replace("xaxbx"))
	n, err := r.WriteString(os.Stdout, "<x>\n")
	fmt.Println(n, err)
	fw := &failWriter{}
	n, err = strings.NewReplacer("a", "AAAA").WriteString(fw, "xaaay")
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	fmt.Println(strings.Title("hello wOrld_x-y.z ñandú 3rd élan"), strings.Title(""))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xed\xa0\x80c\uFFFDd\xc3", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xffa\xff", ""))
	fmt.Println(strings.Clone("clone"), strings.Clone("") == "")
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iıİI hello"), strings.ToLowerSpecial(unicode.TurkishCase, "İIiı HELLO"), strings.ToTitleSpecial(unicode.AzeriCase, "iz"))
}
