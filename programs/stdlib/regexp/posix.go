// run

// CompilePOSIX and MustCompilePOSIX: POSIX syntax (no Perl classes, flags
// or lazy operators; `a**` allowed; `-` only at a class edge), `^` and `$`
// at line ends, negated classes without the newline, leftmost-longest.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a|ab`, `(a|ab)(c|bcd)(d*)`, `^a.c$`, `[^a]+`, `\d`, `\pL`, `(?i)a`, `a*?`, `a**`, `a+*`, `[a-b-c]`, `[a-]`, `[-a]`, `[a-c-]`, `\bx`, `\Qa`, `\Ax`, `\x41+`, `\101`, `[[:alpha:]]+`, `(?P<n>a)`, `a{2}{3}`, `.+`, `x$`, `[a-`, `[-`, `[a-b-`} {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		pre, c := re.LiteralPrefix()
		fmt.Println(p, re.NumSubexp(), pre, c, re.FindAllStringSubmatchIndex("abcd\nabc\nxa\nAaa", -1))
	}
	defer func() { fmt.Println(recover()) }()
	regexp.MustCompilePOSIX(`\d`)
}
