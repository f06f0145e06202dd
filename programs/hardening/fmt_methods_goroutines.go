// run

// 40 goroutines format values whose String methods compute long enough to
// be preempted, yield, and call fmt again, and whose Error methods panic or
// run on nil receivers: the runtime's calls of Go methods (a continuation
// on each goroutine) interleave freely, and every line is gc's.

package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type spin int

// String computes for a while (long enough to be preempted), yields, and
// recurses through fmt again.
func (s spin) String() string {
	x := 0
	for i := 0; i < 200000*int(s%5+1); i++ {
		x += i % 7
	}
	runtime.Gosched()
	if s > 0 && s%3 == 0 {
		return fmt.Sprintf("<%d:%v>", x%10, spin(s-1))
	}
	return fmt.Sprint("s", int(s), "/", x%10)
}

type E struct{ n int }

func (e *E) Error() string {
	if e.n%4 == 0 {
		panic(fmt.Sprint("bad ", e.n))
	}
	return fmt.Sprint("E", e.n)
}

func main() {
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			s := fmt.Sprintf("%d %v %s %q", g, spin(g), []spin{spin(g + 1), spin(g + 2)}, spin(g))
			var err error = &E{g}
			s += " " + fmt.Sprint(err)
			func() {
				defer func() {
					if r := recover(); r != nil {
						s += fmt.Sprint(" rec:", r)
					}
				}()
				if g%10 == 0 {
					var p *E
					_ = p.n
				}
			}()
			mu.Lock()
			lines = append(lines, s)
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	fmt.Println(strings.Join(lines, "\n"))
}
