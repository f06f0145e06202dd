// run

package main

// Multi-word values as arguments and results across segment boundaries:
// strings (two words), slices (three words) and interface values (two
// words), four results at once, through a 50 000-deep recursion. Each
// level slices the string, appends to the slice, and wraps the interface,
// and checks on the way back that its own copies are unchanged.

import (
	"fmt"
	"os"
)

const text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

type box struct {
	level int
	inner interface{}
}

func fail(what string, depth int) {
	fmt.Println("corrupt", what, "at depth", depth)
	os.Exit(1)
}

func walk(s string, xs []int, v interface{}, depth int) (string, []int, interface{}, int) {
	if depth == 0 {
		return s + "!", xs, v, len(xs)
	}
	mine := s
	sub := s[depth%len(s):] + s[:depth%len(s)]
	ns, nxs, nv, n := walk(sub, append(xs, depth), box{depth, v}, depth-1)
	if mine != s || len(ns) != len(s)+1 {
		fail("string", depth)
	}
	if len(xs) > 0 && xs[len(xs)-1] != depth+1 {
		fail("slice", depth)
	}
	if nxs[len(nxs)-depth] != depth {
		fail("result slice", depth)
	}
	b, ok := nv.(box)
	if depth > 1 && (!ok || b.level != 1) {
		fail("result interface", depth)
	}
	return ns[1:] + ns[:1], nxs, nv, n + len(ns)
}

func main() {
	s, xs, v, n := walk(text, nil, 0, 50000)
	fmt.Println(s, len(xs), xs[0], xs[len(xs)-1], n)
	depth := 0
	for {
		b, ok := v.(box)
		if !ok {
			break
		}
		depth++
		v = b.inner
	}
	fmt.Println("boxes", depth, v)
	s2, xs2, _, n2 := walk("xyz", []int{4}, "end", 3)
	fmt.Println(s2, xs2[0], xs2[1], xs2[3], n2)
}
