package main

func f(g func(int)) {}

func h(s string) {}

func main() {
	f(h)
}
