// run

package main

// debug.Stack from a deferred call while a panic from inlined code
// unwinds: the Go frames of the trace (the runtime's differ) show the
// inlined accessor first, with `(...)` and no offset.

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func at(s []int, i int) int { return s[i] }

func twice(s []int, i int) int { return at(s, i) * 2 }

func pick(s []int, i int) int {
	defer func() {
		if recover() != nil {
			lines := strings.Split(string(debug.Stack()), "\n")
			for k := 0; k+1 < len(lines); k++ {
				l := lines[k]
				if !strings.HasPrefix(l, "main.") {
					continue
				}
				if strings.HasSuffix(l, "(...)") {
					l += " inlined"
				} else {
					l = l[:strings.Index(l, "(")]
				}
				pos := lines[k+1]
				pos = pos[strings.LastIndex(pos, "/")+1:]
				if i := strings.Index(pos, " "); i >= 0 {
					pos = pos[:i] + " +off"
				}
				fmt.Println(l, pos)
			}
		}
	}()
	return twice(s, i) + 1
}

func main() {
	fmt.Println(pick([]int{1, 2}, 1))
	fmt.Println(pick([]int{1, 2}, 4))
}
