package main

func f() string {
	x := 1
	return x
}

func main() { f() }
