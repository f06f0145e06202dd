package main

func main() {
	a := []int{1}
	s := "a"
	_ = a[s]
}
