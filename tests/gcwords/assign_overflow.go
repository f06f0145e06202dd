package main

func main() {
	var b byte
	b = 300
	_ = b
}
