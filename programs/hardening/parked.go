// run

package main

// N goroutines parked on a channel (1000 for the corpus; the count is the
// argument). tests/signals_oom.rs runs 2 000 000 under `ulimit -v
// 3000000`: the runtime runs out of memory, and the program must end as
// a gc binary does, `fatal error: ... out of memory` with a goroutine
// trace and exit status 2. Before, it ended in Rust's `memory allocation
// of N bytes failed` and SIGABRT.

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			<-c
		}()
	}
	fmt.Println("parked")
}
