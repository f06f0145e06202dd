// run

package main

// Recursion through func values stored in struct fields: a machine whose
// step field calls itself through the struct 500 000 levels deep, and a
// pair of fields (even/odd) that call each other through a pointer to the
// struct. Calls through a func value carry a context word, which must
// survive every segment switch.

import "fmt"

type machine struct {
	step  func(m *machine, n int) int
	count int
	bias  int
}

type pair struct {
	even, odd func(p *pair, n int) bool
	calls     int
}

func main() {
	m := &machine{bias: 3}
	m.step = func(m *machine, n int) int {
		m.count++
		if n == 0 {
			return 0
		}
		return m.step(m, n-1) + m.bias
	}
	fmt.Println(m.step(m, 500000), m.count)

	scale := 2
	p := &pair{}
	p.even = func(p *pair, n int) bool {
		p.calls += scale
		if n == 0 {
			return true
		}
		return p.odd(p, n-1)
	}
	p.odd = func(p *pair, n int) bool {
		p.calls++
		if n == 0 {
			return false
		}
		return p.even(p, n-1)
	}
	fmt.Println(p.even(p, 300000), p.odd(p, 300000), p.even(p, 300001), p.calls)

	fns := []machine{{bias: 1}, {bias: 10}}
	for i := range fns {
		fns[i].step = m.step
	}
	fmt.Println(fns[0].step(&fns[0], 100000), fns[1].step(&fns[1], 100000), fns[0].count+fns[1].count)
}
