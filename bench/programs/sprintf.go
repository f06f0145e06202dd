// fmt.Sprintf one million times with mixed verbs; prints the total length
// and the last string.
package main

import "fmt"

func main() {
	total := 0
	s := ""
	for i := 0; i < 1000000; i++ {
		s = fmt.Sprintf("%d:%05x|%-6s|%.3f", i, i*7, "ab", float64(i)/7)
		total += len(s)
	}
	fmt.Println(total, s)
}
