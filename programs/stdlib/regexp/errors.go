// run

// Compile's errors: Go's regexp/syntax texts with the fragment at fault,
// as *syntax.Error values.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	for _, p := range []string{
		`a(b`, `a)b`, `x[b`, `[z-a]`, `[a-\d]`, `\e`, `\1`, `\C`, `\Z`, `\x{110000}`, `\x4`,
		`*`, `a|+`, `(?i)*`, `a**`, `a*?+`, `a{2}{3}`,
		`a{1001}`, `a{2,1}`, `(a{500}){3}`, `((a{10}){10}){11}`,
		`(?P<n!>x)`, `(?P<>x)`, `(?P<n`, `(?<n>x)`, `(?z)`, `(?i-)`, `(?--i)`,
		`\p{Foo}`, `\pX`, `\p`, `\p{Greek`, `[[:foo:]]`, "a\\",
	} {
		_, err := regexp.Compile(p)
		fmt.Printf("%-14s %v\n", p, err)
	}

	_, err := regexp.Compile(`(ab`)
	var se *syntax.Error
	fmt.Printf("%T %v\n", err, errors.As(err, &se))
	fmt.Println(se.Code == syntax.ErrMissingParen, se.Code, se.Expr)
	fmt.Println(syntax.ErrInvalidRepeatOp.String())

	// What Go accepts where other dialects differ.
	for _, p := range []string{`a{,2}`, `a{`, `\Q*+\E?`, `\01\101`, `(?P<1>x)`, `[]a]`, `\_\<`, `(?i-s:x)`, `(?)`} {
		re, err := regexp.Compile(p)
		fmt.Println(p, err, re.NumSubexp())
	}
}
