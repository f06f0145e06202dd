// run

package main

// Ten million frames deep and back with the default segment size: the
// stack grows over hundreds of segments (each mapping with a guard page),
// every result is passed back across every boundary.

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println(down(10000000))
}
