// run

package main

// Frames of 0, 128, 129, 4095, 4096 and 4097 bytes of locals (around
// StackSmall = 128 and StackBig = 4096, the three cases of the prologue)
// calling each other in every ordered pair and in the full rotation,
// recursing 150 levels deep from several starting depths, so that calls of
// each size land on and around segment boundaries. Each function fills its
// buffer, calls the next one, checks its buffer when the callee returns,
// and adds it into the result; a grid of checksums is printed.

import (
	"fmt"
	"os"
)

func next(seq []int, i, depth int) int {
	if depth == 0 {
		return 1
	}
	switch seq[i%len(seq)] {
	case 0:
		return f0(seq, i+1, depth-1)
	case 1:
		return f128(seq, i+1, depth-1)
	case 2:
		return f129(seq, i+1, depth-1)
	case 3:
		return f4095(seq, i+1, depth-1)
	case 4:
		return f4096(seq, i+1, depth-1)
	}
	return f4097(seq, i+1, depth-1)
}

func bad(size, depth, j int) {
	fmt.Println("corrupt frame of size", size, "at depth", depth, "byte", j)
	os.Exit(1)
}

func f0(seq []int, i, depth int) int {
	return next(seq, i, depth) + 1
}

func f128(seq []int, i, depth int) int {
	var b [128]byte
	for j := range b {
		b[j] = byte(i + j)
	}
	r := next(seq, i, depth)
	for j := range b {
		if b[j] != byte(i+j) {
			bad(128, depth, j)
		}
		r += int(b[j]) & 3
	}
	return r
}

func f129(seq []int, i, depth int) int {
	var b [129]byte
	for j := range b {
		b[j] = byte(i*3 + j)
	}
	r := next(seq, i, depth)
	for j := range b {
		if b[j] != byte(i*3+j) {
			bad(129, depth, j)
		}
		r += int(b[j]) & 5
	}
	return r
}

func f4095(seq []int, i, depth int) int {
	var b [4095]byte
	for j := 0; j < len(b); j += 7 {
		b[j] = byte(i + j*5)
	}
	r := next(seq, i, depth)
	for j := 0; j < len(b); j += 7 {
		if b[j] != byte(i+j*5) {
			bad(4095, depth, j)
		}
		r += int(b[j]) & 1
	}
	return r + int(b[len(b)-1])
}

func f4096(seq []int, i, depth int) int {
	var b [4096]byte
	for j := 0; j < len(b); j += 8 {
		b[j] = byte(i ^ j)
	}
	r := next(seq, i, depth)
	for j := 0; j < len(b); j += 8 {
		if b[j] != byte(i^j) {
			bad(4096, depth, j)
		}
		r += int(b[j]) & 1
	}
	return r + int(b[len(b)-1])
}

func f4097(seq []int, i, depth int) int {
	var b [4097]byte
	for j := 0; j < len(b); j += 9 {
		b[j] = byte(i + j)
	}
	b[4096] = byte(i)
	r := next(seq, i, depth)
	for j := 0; j < len(b); j += 9 {
		if b[j] != byte(i+j) {
			bad(4097, depth, j)
		}
		r += int(b[j]) & 1
	}
	if b[4096] != byte(i) {
		bad(4097, depth, 4096)
	}
	return r
}

// offset recurses n plain levels before starting the chain, shifting
// where the chain's frames fall relative to segment boundaries.
func offset(n int, seq []int) int {
	if n == 0 {
		return next(seq, 0, 150)
	}
	return offset(n-1, seq)
}

func main() {
	names := []string{"0", "128", "129", "4095", "4096", "4097"}
	for a := 0; a < 6; a++ {
		line := "from " + names[a] + ":"
		for b := 0; b < 6; b++ {
			s := 0
			for off := 0; off < 40; off += 3 {
				s += offset(off, []int{a, b})
			}
			line += " " + fmt.Sprint(s)
		}
		fmt.Println(line)
	}
	all := []int{0, 1, 2, 3, 4, 5}
	down := []int{5, 4, 3, 2, 1, 0}
	s, t := 0, 0
	for off := 0; off < 200; off += 7 {
		s += offset(off, all)
		t += offset(off, down)
	}
	fmt.Println("rotation", s, t)
}
