// Stacks for the stack-map check to scan: goroutines parked deep in a
// recursion whose every frame holds pointers (across segment
// boundaries), a frame stopped where it faulted while its deferred call
// recovers and yields, and many yields so that the check's scans of
// every goroutine run often.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type node struct {
	next *node
	name string
	vals []int
}

func deep(n int, c chan *node, acc *node) *node {
	if n == 0 {
		return <-c
	}
	me := &node{next: acc, name: fmt.Sprint(n), vals: make([]int, n%5)}
	r := deep(n-1, c, me)
	return &node{next: r, name: me.name[:1] + acc.name[:1], vals: me.vals}
}

func length(n *node) int {
	k := 0
	for ; n != nil; n = n.next {
		k++
	}
	return k
}

func faulty(p *node) (s string) {
	defer func() {
		if r := recover(); r != nil {
			for i := 0; i < 3000; i++ {
				runtime.Gosched()
			}
			s = "recovered: " + fmt.Sprint(r)
		}
	}()
	q := &node{name: "q"}
	return q.name + p.name
}

func main() {
	c := make(chan *node)
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func(g int) {
			r := deep(300+g*250, c, &node{name: "root"})
			done <- fmt.Sprint(g, length(r), r.name)
		}(g)
	}
	for i := 0; i < 3000; i++ {
		runtime.Gosched()
	}
	fmt.Println(faulty(nil))
	for g := 0; g < 4; g++ {
		c <- &node{name: strings.Repeat("x", g+1)}
	}
	var out []string
	for g := 0; g < 4; g++ {
		out = append(out, <-done)
	}
	sort.Strings(out)
	fmt.Println(strings.Join(out, "\n"))
}
