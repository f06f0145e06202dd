// run

package main

// runtime.ReadMemStats: allocations show in Mallocs and Alloc, the heap's
// mapped bytes cover what is allocated; nothing is collected yet (NumGC 0,
// as gc reports for a program this small).

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	for i := 0; i < 1000; i++ {
		keep = append(keep, make([]byte, 1024))
	}
	runtime.ReadMemStats(&m)
	fmt.Println(m.Mallocs-before >= 1000, m.Alloc >= 1000*1024, m.HeapSys >= m.HeapAlloc, m.NumGC)
}
