// spectral-norm(4000), as the benchmarks game states it: the largest
// singular value of the infinite matrix a(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// cut to n×n, by ten rounds of the power method on AᵀA; printed with
// %0.9f. Float division and multiply-add in nested loops, and a small
// function called n² times per product (gc inlines it).
package main

import (
	"fmt"
	"math"
)

const n = 4000

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// times sets out = A·v.
func times(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += a(i, j) * x
		}
		out[i] = sum
	}
}

// timesTransposed sets out = Aᵀ·v.
func timesTransposed(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += a(j, i) * x
		}
		out[i] = sum
	}
}

// timesAtA sets out = AᵀA·v, using tmp for A·v.
func timesAtA(out, v, tmp []float64) {
	times(tmp, v)
	timesTransposed(out, tmp)
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for round := 0; round < 10; round++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	var uv, vv float64
	for i := range u {
		uv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", math.Sqrt(uv/vv))
}
