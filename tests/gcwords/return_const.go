package main

func f() string {
	return 1
}

func main() { f() }
