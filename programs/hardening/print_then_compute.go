// run

package main

// Prints three lines, then computes forever when given an argument (not
// for the corpus). tests/signals_oom.rs sends it SIGTERM, SIGINT and
// SIGHUP while it computes: the lines it printed must be in the file or
// pipe its stdout goes to, and it must die by the signal (status 128+N),
// as a gc binary does. Before, splitgo's buffered output was lost.

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	x := 0
	for len(os.Args) > 1 {
		x++
	}
	fmt.Println("done", x)
}
