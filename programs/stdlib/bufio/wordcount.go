// run

// A word count over standard input (wordcount.in): lines straight from a
// Scanner over os.Stdin, then words (with Unicode spaces) from a Scanner
// over the text, the most frequent words and the longest line.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	lines, longest := 0, ""
	var text strings.Builder
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		if len(sc.Bytes()) > len(longest) {
			longest = sc.Text()
		}
		text.Write(sc.Bytes())
		text.WriteByte('\n')
	}
	fmt.Println("lines:", lines, "err:", sc.Err())
	data := text.String()
	fmt.Printf("longest: %q\n", longest)

	counts := map[string]int{}
	words := 0
	ws := bufio.NewScanner(strings.NewReader(string(data)))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		words++
		counts[strings.ToLower(strings.Trim(ws.Text(), ".,;:!?\"'()"))]++
	}
	fmt.Println("words:", words, "bytes:", len(data))

	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	for _, e := range all[:8] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}

	// The same counts straight from a Scanner over os.Stdin would need the
	// input twice; here a buffered writer prints a summary line instead.
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "%7d %7d %7d\n", lines, words, len(data))
}
