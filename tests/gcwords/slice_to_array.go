package main

func main() {
	x := []int{1}
	var a [1]int = x
	_ = a
}
