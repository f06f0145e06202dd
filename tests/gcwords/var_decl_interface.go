package main

type I interface{ M() }

func main() {
	x := 1
	var i I = x
	_ = i
}
