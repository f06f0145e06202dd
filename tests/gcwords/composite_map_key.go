package main

func main() {
	x := "a"
	_ = map[int]int{x: 1}
}
