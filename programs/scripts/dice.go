// run

// Seeded random numbers: the same seed gives gc's sequence.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	rand.Seed(42)
	var rolls []int
	hist := make([]int, 7)
	for i := 0; i < 600; i++ {
		r := rand.Intn(6) + 1
		hist[r]++
		if i < 10 {
			rolls = append(rolls, r)
		}
	}
	fmt.Println("first rolls:", rolls)
	for face := 1; face <= 6; face++ {
		fmt.Printf("%d %3d %s\n", face, hist[face], strings.Repeat("#", hist[face]/10))
	}
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Perm(8))
	words := strings.Fields("alpha beta gamma delta epsilon")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	fmt.Printf("%.6f %.6f %d\n", r.Float64(), r.NormFloat64(), r.Int63n(1000))
}
