package main

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var p *I = T{}
	_ = p
}
