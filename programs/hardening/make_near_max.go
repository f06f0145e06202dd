// fatal

package main

// A slice just above 2^47 bytes is below Go's maxAlloc on amd64 (2^48),
// so gc tries to reserve it, fails (no such address space), and throws
// `out of memory` after mheap.grow's `cannot allocate` line. Before,
// splitgo's limit was 2^47 and it panicked `makeslice: len out of range`,
// a recoverable panic where gc has a fatal error.

import "fmt"

func main() {
	s := make([]byte, 1<<47+1)
	fmt.Println(len(s))
}
