package main

func f(xs ...int) {}

func main() {
	f(1, "a")
}
