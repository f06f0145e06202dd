// run

package main

// Deep recursion through interface method calls and type switches that
// succeeds: a chain of 1 000 000 calls alternating between two concrete
// types (one with a value receiver, one with a pointer receiver) through
// the node interface, and a 200 000-deep recursion whose interface{}
// argument changes dynamic type at every level and is inspected with a
// type switch. Results are checked sums.

import "fmt"

type node interface {
	visit(n int) int
	name() string
}

type red struct {
	other node
	w     int
}

type blue struct {
	other node
	hits  int
}

func (r red) visit(n int) int {
	if n == 0 {
		return r.w
	}
	return r.other.visit(n-1) + r.w
}

func (r red) name() string { return "red" }

func (b *blue) visit(n int) int {
	b.hits++
	if n == 0 {
		return 100
	}
	return b.other.visit(n-1) + 2
}

func (b *blue) name() string { return "blue" }

type pt struct{ x, y int }

func classify(v interface{}, n int) int {
	if n == 0 {
		return 0
	}
	var next interface{}
	k := 0
	switch x := v.(type) {
	case int:
		k = x % 7
		next = "s"
	case string:
		k = len(x)
		next = pt{n, n * 2}
	case pt:
		k = (x.y - x.x) % 100
		next = true
	case bool:
		if x {
			k = 1
		}
		next = n
	default:
		k = -1000000
	}
	return classify(next, n-1) + k
}

func main() {
	b := &blue{}
	r := red{other: b, w: 1}
	b.other = r
	var start node = r
	fmt.Println(start.name(), start.visit(1000000), b.hits)
	start = b
	fmt.Println(start.name(), start.visit(999999), b.hits)
	fmt.Println(classify(7, 200000))
}
