package main

func main() {
	x := "a"
	_ = float64(x)
}
