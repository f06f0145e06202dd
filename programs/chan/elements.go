// run

package main

// Channels of multi-word elements: strings, structs with strings and
// arrays, slices, interfaces and funcs, through both unbuffered and
// buffered channels (the buffer wraps around several times), with the
// values checked on arrival.

import "fmt"

type rec struct {
	name string
	vals [3]int
	tag  byte
}

type shape interface{ area() int }
type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func main() {
	sc := make(chan string)
	go func() {
		for _, w := range []string{"alpha", "beta", "", "gamma delta"} {
			sc <- w
		}
		close(sc)
	}()
	for w := range sc {
		fmt.Printf("%q len %d\n", w, len(w))
	}

	rc := make(chan rec, 3)
	go func() {
		for i := 0; i < 10; i++ {
			rc <- rec{fmt.Sprint("r", i), [3]int{i, i * i, i * i * i}, byte('a' + i)}
		}
		close(rc)
	}()
	for r := range rc {
		fmt.Println(r.name, r.vals, string(r.tag))
	}

	slc := make(chan []int, 2)
	slc <- []int{1, 2, 3}
	slc <- nil
	a, b := <-slc, <-slc
	fmt.Println(a, len(a), len(b), cap(b))

	ic := make(chan shape, 1)
	ic <- sq{7}
	fmt.Println("area", (<-ic).area())

	fc := make(chan func(int) int, 1)
	k := 5
	fc <- func(x int) int { return x * k }
	fmt.Println("func", (<-fc)(9))

	ec := make(chan struct{}, 2)
	ec <- struct{}{}
	fmt.Println("empty struct", len(ec))
}
