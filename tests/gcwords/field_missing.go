package main

type P struct{ X int }

func main() {
	p := P{}
	_ = p.Y
}
