package main

func main() {
	m := map[string]int{}
	k := 1
	_ = m[k]
}
