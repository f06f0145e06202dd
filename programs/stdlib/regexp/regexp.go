// run

// regexp.Regexp's accessors (String, NumSubexp, SubexpNames, SubexpIndex,
// LiteralPrefix), Longest, QuoteMeta, Split, MatchReader, and one Regexp
// used by several goroutines at once.
package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(\d{2})-(?P<day>\d{2})`)
	fmt.Println(re, re.String(), re.NumSubexp())
	fmt.Printf("%q %d %d %d\n", re.SubexpNames(), re.SubexpIndex("day"), re.SubexpIndex("month"), re.SubexpIndex(""))

	for _, p := range []string{`abc`, `abc+`, `abc|abd`, `(?i)abc`, `a(b)c`, `ab*`, `a{2}b`, `a{2,}b`, `^abc`, `^abc$`, `.abc`, ``, `(?i)123x`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%-9s %q %v\n", p, prefix, complete)
	}

	l := regexp.MustCompile(`a(|b)|ab(c?)`)
	fmt.Println(l.FindStringSubmatchIndex("abc"))
	l.Longest()
	fmt.Println(l.FindStringSubmatchIndex("abc"))
	alt := regexp.MustCompile(`a+?|a+b`)
	alt.Longest()
	fmt.Println(alt.FindAllString("aab aa", -1))
	// Groups under Longest when an assertion looks past the match's end.
	for _, c := range [][2]string{{`(ab)\b|(a)(b)`, "abc"}, {`(ab)$|(a)(b)`, "abc"}, {`(ab)\B|(a)(b)`, "ab c"}} {
		lre := regexp.MustCompile(c[0])
		lre.Longest()
		fmt.Println(c[0], lre.FindStringSubmatchIndex(c[1]), lre.FindAllStringSubmatchIndex(c[1]+" "+c[1], -1))
	}

	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [really]? (a|b){1,2}*+^\`))
	q := regexp.MustCompile(regexp.QuoteMeta("1+1=2?"))
	fmt.Println(q.MatchString("is 1+1=2?"), q.MatchString("11=2"))

	sp := regexp.MustCompile(`\s*,\s*`)
	for _, n := range []int{-1, 0, 1, 2, 10} {
		fmt.Printf("%d %q\n", n, sp.Split("a , b,c,, d", n))
	}
	fmt.Printf("%q %q %q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5),
		regexp.MustCompile(``).Split("abc", -1), regexp.MustCompile(`x`).Split("", -1))

	fmt.Println(re.MatchReader(strings.NewReader("on 2024-02-29")), re.FindReaderIndex(strings.NewReader("x 2000-01-01")))

	var wg sync.WaitGroup
	counts := make([]int, 8)
	words := regexp.MustCompile(`\b\w+\b`)
	for g := range counts {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			text := strings.Repeat("the quick brown fox ", g+1)
			counts[g] = len(words.FindAllString(text, -1))
		}(g)
	}
	wg.Wait()
	fmt.Println(counts)

	c := re.Copy()
	fmt.Println(c.FindString("2001-09-11"))
}
