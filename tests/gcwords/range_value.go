package main

func main() {
	var s string
	for _, s = range []int{1} {
	}
	_ = s
}
