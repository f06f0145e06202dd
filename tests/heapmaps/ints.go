package main

// Integers kept in heap objects (above the first page, which the check
// leaves alone): under SPLITGO_DEBUG=heapints the
// heap marks their words as pointers, which the heapmaps check catches.

type rec struct {
	a, b, c int
}

var keep []*rec

func main() {
	sum := 0
	for i := 0; i < 200; i++ {
		r := &rec{i + 100003, i + 5, i + 7}
		keep = append(keep, r)
		sum += r.a
	}
	println(len(keep), sum)
}
