// run

package main

import "fmt"

// The first program: what the README's set-up command checks.

func main() {
	fmt.Println("hello, world")
}
