package main

func main() {
	m := map[string]int{}
	m["a"] = "b"
}
