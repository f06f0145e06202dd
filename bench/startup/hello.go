// Start-up: hello world through fmt.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
