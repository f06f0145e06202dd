package main

func main() {
	_ = [2]int{1, "b"}
}
