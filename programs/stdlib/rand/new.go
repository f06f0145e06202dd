// run

// Rand values of one's own: from NewSource (a Source64), and from a
// Source that is not one (Uint64 then combines two Int63 draws).
package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x123456789; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(rand.NewSource(99))
	fmt.Println(r.Intn(10), r.Uint64(), r.Float64(), r.Perm(5))
	r.Seed(99)
	fmt.Println(r.Intn(10))
	c := rand.New(&counter{})
	fmt.Println(c.Uint64(), c.Int31(), c.Uint32())
	c.Seed(1 << 40)
	b := make([]byte, 9)
	c.Read(b)
	fmt.Println(b)
}
