package main

func main() {
	c := make(chan string, 1)
	x := 1
	c <- x
}
