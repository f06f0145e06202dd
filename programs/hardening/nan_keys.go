// run

package main

// NaN map keys as in Go: NaN != NaN, so each assignment with a NaN key adds
// an entry that len counts and range visits, that no lookup finds and
// delete never removes; also through interface{} keys, and keys (structs,
// arrays) holding a NaN. math.NaN, Inf, IsNaN and the Float64bits family
// are runtime natives.

import (
	"fmt"
	"math"
)

type pt struct {
	x, y float64
}

func main() {
	nan := math.NaN()
	fmt.Println(nan, math.IsNaN(nan), nan == nan, math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1))
	fmt.Printf("%#x %#x\n", math.Float64bits(1.5), math.Float32bits(-2))
	fmt.Println(math.Float64frombits(0x7ff0000000000000), math.Float32frombits(0x3fc00000))
	fmt.Println(math.IsNaN(math.Float64frombits(math.Float64bits(nan))))

	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[1] = 3
	m[nan] = 4
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v, ok)
	delete(m, nan)
	fmt.Println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(sum, nans)
	delete(m, 1)
	// fmt sorts NaN keys as equal: their order is the (random) iteration's.
	fmt.Println(len(m), len(fmt.Sprint(m)))

	// float32 keys, and +0 and -0 are one key.
	m32 := map[float32]bool{}
	m32[float32(nan)] = true
	m32[float32(nan)] = true
	m32[0] = true
	m32[float32(math.Copysign(0, -1))] = false
	fmt.Println(len(m32), m32[0])

	// Through interface{} keys.
	mi := map[interface{}]int{}
	mi[nan] = 1
	mi[nan] = 2
	mi["a"] = 3
	mi[1.0] = 4
	mi[1.0] = 5
	_, found := mi[nan]
	fmt.Println(len(mi), found, mi[1.0])
	delete(mi, nan)
	fmt.Println(len(mi))

	// Keys holding a NaN.
	mp := map[pt]int{}
	mp[pt{1, nan}] = 1
	mp[pt{1, nan}] = 2
	mp[pt{1, 2}] = 3
	mp[pt{1, 2}] = 4
	_, found = mp[pt{1, nan}]
	fmt.Println(len(mp), found, mp[pt{1, 2}])
	ma := map[[2]float64]int{}
	ma[[2]float64{nan, 0}] = 1
	ma[[2]float64{nan, 0}] = 1
	fmt.Println(len(ma))
}
