// run

// A line calculator over stdin: each line "a op b", parsed with
// fmt.Sscanf; errors are reported and the line skipped.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	n := 0
	for {
		line, err := in.ReadString('\n')
		line = strings.TrimSpace(line)
		if line != "" {
			n++
			var a, b float64
			var op string
			if k, e := fmt.Sscanf(line, "%g %s %g", &a, &op, &b); e != nil {
				fmt.Printf("%d: %q: parsed %d: %v\n", n, line, k, e)
			} else {
				switch op {
				case "+":
					fmt.Printf("%d: %g\n", n, a+b)
				case "-":
					fmt.Printf("%d: %g\n", n, a-b)
				case "*":
					fmt.Printf("%d: %g\n", n, a*b)
				case "/":
					fmt.Printf("%d: %g\n", n, a/b)
				case "^":
					fmt.Printf("%d: %.4f\n", n, math.Pow(a, b))
				default:
					fmt.Printf("%d: unknown operator %q\n", n, op)
				}
			}
		}
		if err != nil {
			break
		}
	}
	var x, y int
	var name string
	c, err := fmt.Sscan("10 20 bob", &x, &y, &name)
	fmt.Println(c, err, x+y, name)
}
