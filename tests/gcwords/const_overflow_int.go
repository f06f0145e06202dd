package main

func main() {
	var x int8 = 200
	_ = x
}
