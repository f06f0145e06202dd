package main

func main() {
	s := uint(2)
	var i interface{} = 1.0 << s
	_ = i
}
