// run

// math/rand's Zipf: gc's exact sequences for several parameters and
// seeds (they depend on math.Exp and math.Log to the last bit), the nil
// answers of NewZipf and the panic of a nil *Zipf.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 20; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	z = rand.NewZipf(rand.New(rand.NewSource(7)), 3, 1, 5)
	counts := make([]int, 6)
	for i := 0; i < 10000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts)

	params := [][3]float64{{1.1, 1, 100}, {2, 1, 1000}, {1.5, 3, 1 << 20}, {3.7, 10, 50}, {1.01, 1, 1e12}, {5, 1, 0}, {1.0001, 1, 1 << 62}}
	for seed := int64(0); seed < 12; seed++ {
		r := rand.New(rand.NewSource(seed))
		for _, p := range params {
			z := rand.NewZipf(r, p[0], p[1], uint64(p[2]))
			var sum uint64
			for i := 0; i < 3000; i++ {
				sum = sum*31 + z.Uint64()
			}
			fmt.Println(seed, p, sum)
		}
	}

	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil, rand.NewZipf(r, 1.0000001, 1, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nz *rand.Zipf
	nz.Uint64()
}
