package main

func main() {
	s := uint(2)
	var n int = 1.0 << s
	var f float64 = 1.0 << s
	_, _ = n, f
}
