// run

// regexp's Find family over strings and byte slices: the leftmost match,
// its groups, every match with a limit, nil results, empty matches.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)(\.com)?`)
	s := "to: bob@example.com, amy@home; joe@work.com"
	b := []byte(s)

	fmt.Printf("%q %q\n", re.FindString(s), re.Find(b))
	fmt.Println(re.FindStringIndex(s), re.FindIndex(b))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Printf("%q\n", re.FindSubmatch(b))
	fmt.Println(re.FindStringSubmatchIndex(s), re.FindSubmatchIndex(b))

	for _, n := range []int{-1, 0, 1, 2, 5} {
		fmt.Printf("n=%d %q %v\n", n, re.FindAllString(s, n), re.FindAllStringIndex(s, n))
		fmt.Printf("    %q %v\n", re.FindAll(b, n), re.FindAllIndex(b, n))
		fmt.Printf("    %q\n", re.FindAllStringSubmatch(s, n))
		fmt.Printf("    %q\n", re.FindAllSubmatch(b, n))
		fmt.Println("   ", re.FindAllStringSubmatchIndex(s, n), re.FindAllSubmatchIndex(b, n))
	}

	// No match: every form says so with nil (or "").
	none := "nothing here"
	fmt.Println(re.FindString(none) == "", re.Find([]byte(none)) == nil,
		re.FindStringIndex(none) == nil, re.FindStringSubmatch(none) == nil,
		re.FindAllString(none, -1) == nil, re.FindAllSubmatchIndex([]byte(none), -1) == nil)
	fmt.Println(re.MatchString(s), re.Match(b), re.MatchString(none))

	// A match's slice is capped: appending to it leaves the input alone.
	m := re.Find(b)
	m = append(m, '!')
	fmt.Println(string(b[:20]), len(m), cap(m) == len(m))

	// Empty matches: none right after a previous match.
	star := regexp.MustCompile(`a*`)
	fmt.Printf("%q %v\n", star.FindAllString("baaacada", -1), star.FindAllStringIndex("baaacada", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).FindAllString("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).FindAllString("héllo", -1))

	// Groups that take no part are -1 and nil.
	opt := regexp.MustCompile(`(a)|(b)`)
	fmt.Println(opt.FindAllStringSubmatchIndex("ab", -1))
	sub := opt.FindSubmatch([]byte("b"))
	fmt.Println(sub[1] == nil, string(sub[2]))

	// Leftmost-first: the first alternative that matches wins.
	fmt.Println(regexp.MustCompile(`a|ab`).FindString("ab"), regexp.MustCompile(`(a+?)(a*)`).FindStringSubmatch("aaa"))

	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`[`, []byte("x"))
	fmt.Println(ok, err)
}
