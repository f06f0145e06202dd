// run

package main

// Frames bigger than StackBig (4096 bytes: the wrap-safe check) and bigger
// than StackMin (8192 bytes: a segment bigger than the default one), each
// recursing so that every level splits, with values checked on the way
// back.

import "fmt"

func big(n int) int {
	var buf [600]int // 4800 bytes
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[599]
	}
	return big(n-1) + buf[0] + buf[599] - 599
}

func huge(n int) int {
	var buf [2000]int // 16000 bytes
	buf[n%2000] = n
	buf[1999] = 1
	if n == 0 {
		return buf[1999]
	}
	return huge(n-1) + buf[n%2000] + buf[1999]
}

func main() {
	fmt.Println(big(100), huge(300))
}
