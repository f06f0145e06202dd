package main

func main() {
	s := uint(2)
	var f float64 = 1<<s + 2
	_ = f
}
