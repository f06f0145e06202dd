package main

func main() {
	x := "a"
	_ = []int{x}
}
