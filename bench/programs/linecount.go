// stdin: 100 MB
// Counts the lines and bytes of stdin through bufio.Scanner (Bytes, so no
// allocation per line).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	lines, bytes := 0, 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		bytes += len(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(lines, bytes)
}
