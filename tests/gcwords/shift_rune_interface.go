package main

import "fmt"

func main() {
	s := uint(2)
	fmt.Println('a' << s)
	var f float32 = 'a' << s
	_ = f
}
