package main

func main() {
	x := "a"
	_ = map[int]int{1: x}
}
