package main

func main() {
	s := []int{}
	x := "a"
	s = append(s, x)
}
