package main

func main() {
	s := uint(2)
	if 1.0<<s == 4 {
	}
}
