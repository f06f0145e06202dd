// run

package main

// `yes`: prints "y" lines, forever when given an argument (three
// otherwise, for the corpus). tests/signals_oom.rs pipes the endless form
// into `head -1`: once head exits, the next write to the broken pipe
// ends the program by SIGPIPE (status 141 in a shell), as a gc binary's
// write to a broken stdout does. Before, splitgo ignored the EPIPE and
// printed into the void forever.

import (
	"fmt"
	"os"
)

func main() {
	forever := len(os.Args) > 1
	for i := 0; forever || i < 3; i++ {
		fmt.Println("y")
	}
}
