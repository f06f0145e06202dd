// run

// regexp over UTF-8: Unicode classes and scripts, ASCII-only \d \s \w \b,
// POSIX classes, case folding, and input that is not valid UTF-8 (each
// bad byte reads as U+FFFD, offsets stay bytes).
package main

import (
	"fmt"
	"regexp"
)

func show(p, s string) {
	re := regexp.MustCompile(p)
	fmt.Printf("%-16s %q %v\n", p, re.FindAllString(s, -1), re.FindAllStringIndex(s, -1))
}

func main() {
	show(`\pL+`, "héllo wörld 123 Ωμέγα")
	show(`\p{Greek}+`, "abc αβγ ΩΣ")
	show(`\P{Latin}+`, "abc αβγ")
	show(`\p{Lu}`, "aBcÉ")
	show(`[\p{Nd}\p{Han}]+`, "x12日本y")
	show(`\pN+`, "1²³ ½ x")
	show(`\d+`, "12٣45")
	show(`\w+`, "héllo wörld_1")
	show(`\s+`, "a \t\v\f\r\nb\u00a0c")
	show(`\bfoo\b`, "foo éfooé xfoo foo_")
	show(`[[:alpha:]]+`, "abc1é")
	show(`[[:^space:][:digit:]]+`, "ab 12 c")
	show(`(?i)k`, "kK\u212a")
	show(`(?i)σ+`, "Σσς")
	show(`(?i)straße`, "STRASSE STRAßE")
	show(`(?i)[^a-z]`, "aB1")
	show(`.`, "a\xffb\xe2\x82")
	show(`\x{FFFD}`, "a\xff\xef\xbf\xbd")
	show(`[^a]+`, "a\xffba")
	show(`x*`, "\xffx\xe2\x82x")
	show(`日本`, "日本語日本")
	fmt.Printf("%q\n", regexp.MustCompile(`\xff`).FindString("ÿ"))
	fmt.Printf("%q\n", regexp.MustCompile(``).ReplaceAllString("a\xffb", "|"))
	fmt.Printf("%q\n", regexp.MustCompile(`[\x{D800}-\x{E000}]`).FindString("\ue000"))
}
