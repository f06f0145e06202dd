// run

// The top-level functions draw from a source seeded with 1, as gc 1.19:
// every sequence here is gc's, and Seed restarts it.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int31(), rand.Int31n(1000), rand.Int63(), rand.Int63n(1e15))
	fmt.Println(rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1<<40))
	rand.Seed(0)
	fmt.Println(rand.Int63())
	rand.Seed(-7)
	fmt.Println(rand.Int63())
	b := make([]byte, 10)
	rand.Read(b)
	fmt.Println(b)
	rand.Read(b[:3])
	fmt.Println(b)
	r := rand.NewSource(99)
	fmt.Println(r.Int63())
	src := rand.NewSource(5)
	fmt.Println(src.Int63())
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
