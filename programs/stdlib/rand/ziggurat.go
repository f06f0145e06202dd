// run

// math/rand's NormFloat64 and ExpFloat64: 400 000 draws, tails included, hash
// to gc's bit for bit.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	var sn, se, mx float64
	h := uint64(0)
	for i := 0; i < 200000; i++ {
		n := rand.NormFloat64()
		e := rand.ExpFloat64()
		sn += n
		se += e
		if math.Abs(n) > mx {
			mx = math.Abs(n)
		}
		h = h*31 + math.Float64bits(n) ^ math.Float64bits(e)
	}
	fmt.Println(sn, se, mx, h)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}
