package main

import "fmt"

func main() {
	s := uint(2)
	fmt.Println(1.5 << s)
}
