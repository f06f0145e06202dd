package main

type I interface{ M(int) }
type T struct{}

func (T) M(s string) {}

func main() {
	var i I
	_ = i.(T)
}
