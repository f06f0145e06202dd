// stdin: 20 MB
// Counts words of stdin with bufio.Scanner (ScanWords) into a
// map[string]int; prints the number of distinct words and the five most
// frequent, ties by word.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		counts[sc.Text()]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println(len(words))
	for _, w := range words[:5] {
		fmt.Println(w, counts[w])
	}
}
