// run

package main

// Assertions to an interface at one site over more types than its inline
// cache holds (entries are replaced, newest first), with types that lack
// the method (a cached failure: `ok` is false, or the assertion panics
// with gc's message every time), and nil.

import "fmt"

type I interface{ M() int }

type A int
type B string
type C struct{ x int }
type D float64
type E []int
type F bool

func (a A) M() int  { return int(a) }
func (b B) M() int  { return len(b) }
func (c *C) M() int { return c.x }
func (e E) M() int  { return len(e) }

func try(x interface{}) (n int, err interface{}) {
	defer func() { err = recover() }()
	return x.(I).M(), nil
}

func main() {
	vals := []interface{}{A(1), B("xy"), &C{3}, D(4), E{1, 2, 3, 4, 5}, F(true), C{6}, nil}
	for round := 0; round < 3; round++ {
		sum, misses := 0, 0
		for k := range vals {
			x := vals[(k*5+round)%len(vals)]
			if i, ok := x.(I); ok {
				sum += i.M()
			} else {
				misses++
			}
			n, err := try(x)
			if err != nil {
				fmt.Println(round, err)
			}
			sum += n
		}
		fmt.Println("round", round, sum, misses)
	}
}
