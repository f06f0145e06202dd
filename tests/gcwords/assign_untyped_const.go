package main

func main() {
	var s string
	s = 1
	_ = s
}
