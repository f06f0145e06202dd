// run

package main

// runtime/debug.SetMaxStack returns the previous limit: 1000000000 bytes
// (1 GB) at start-up on 64-bit targets (250000000 on 32-bit ones), then
// each value set before. A raised limit leaves room for a deep recursion;
// the default is restored.

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	old := debug.SetMaxStack(1 << 20)
	// The default is 1000000000 bytes on 64-bit targets, 250000000 on
	// 32-bit ones; stdout must not depend on the target (println writes
	// the value itself to stderr).
	def := 250000000
	if ^uint(0)>>63 == 1 {
		def = 1000000000
	}
	println("initial limit", old)
	fmt.Println("initial limit is the default:", old == def)
	fmt.Println("previous", debug.SetMaxStack(65536))
	fmt.Println("previous", debug.SetMaxStack(64<<20))
	fmt.Println(depth(200000))
	fmt.Println("previous", debug.SetMaxStack(old))
	fmt.Println("restored:", debug.SetMaxStack(old) == def)
	fmt.Println(depth(1000000))
}
