package main

type I interface{ M() }

func f(i I) {}

func main() {
	f(3)
}
