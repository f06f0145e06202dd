package main

func main() {
	var n int
	n = 2.5
	_ = n
}
