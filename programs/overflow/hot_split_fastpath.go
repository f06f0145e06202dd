// run
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// The hot split's fast path (the morestack and lessstack stubs moving a
// goroutine onto its spare segment and back by themselves) seen from the
// program: at every depth of a sweep deep enough to span a segment, calls
// with no arguments, one word, several words of arguments and results,
// and a big array are made over and over (at some depths each one
// crosses a boundary); one of them panics on its segment and is recovered
// below; one looks at its callers across the boundary. Every result is
// checked, and must be the same at every depth; the output is gc's. tests/hotsplit.rs runs it with SPLITGO_DEBUG=stackstats
// (the crossings took the fast path) and with slowsplit (the same output
// through the runtime).

import (
	"fmt"
	"runtime"
	"strings"
)

var sink int

//go:noinline
func none() {
	var big [200]int
	big[sink%200] = 1
	sink += big[0]
}

//go:noinline
func one(x int) int {
	var big [200]int
	big[x%200] = x
	return big[x%200] + 1
}

type pair struct{ a, b, c, d int }

//go:noinline
func several(p pair, k int) (pair, int) {
	var big [200]int
	big[k%200] = k
	return pair{p.d, p.c + k, p.b, p.a}, big[k%200] * 2
}

//go:noinline
func large(a [600]int) [600]int {
	for i := range a {
		a[i] = a[i]*2 + 1
	}
	return a
}

//go:noinline
func boom(x int) int {
	var big [200]int
	big[x%200] = x
	if x == 777 {
		panic(fmt.Sprintf("boom at %d", x))
	}
	return big[x%200]
}

// safe calls boom across the boundary; a panic unwinds through boom's
// segment back to safe's frame.
func safe(x int) (r int, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
			r = -1
		}
	}()
	return boom(x), ""
}

//go:noinline
func callers() string {
	var big [200]int
	big[0] = 1
	pcs := make([]uintptr, 8)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, f.Function)
		if !more || f.Function == "main.hot" {
			break
		}
	}
	return strings.Join(names, " ") + fmt.Sprint(big[0] > 0)
}

// hot makes each kind of call n times from wherever its frame is.
func hot(n int) []string {
	var out []string
	s := 0
	for i := 0; i < n; i++ {
		none()
		s += one(i)
	}
	out = append(out, fmt.Sprint("one: ", s))
	p, t := pair{1, 2, 3, 4}, 0
	for i := 0; i < n; i++ {
		var k int
		p, k = several(p, i)
		t += k
	}
	out = append(out, fmt.Sprint("several: ", p, t))
	var a [600]int
	for i := 0; i < 20; i++ {
		a = large(a)
	}
	out = append(out, fmt.Sprint("large: ", a[0], a[599]))
	bad := 0
	for i := 0; i < 1000; i++ {
		r, msg := safe(i)
		if i == 777 {
			out = append(out, fmt.Sprint("recovered: ", r, " ", msg))
		} else if r != i || msg != "" {
			bad++
		}
	}
	out = append(out, fmt.Sprint("wrong: ", bad))
	return append(out, callers())
}

// descend calls hot d frames deeper (frames of a few dozen words), so
// that over the depths swept hot's frame sits at every distance from the
// end of a segment: at some of them each call hot makes crosses.
func descend(d, n int) []string {
	var pad [24]int
	pad[d%24] = d
	if d > 0 {
		out := descend(d-1, n)
		out[0] += strings.Repeat(" ", pad[d%24]-d)
		return out
	}
	return hot(n)
}

func main() {
	c := make(chan []string)
	go func() {
		first := descend(0, 4000)
		same := true
		for d := 1; d < 60; d++ {
			if strings.Join(descend(d, 4000), "|") != strings.Join(first, "|") {
				same = false
			}
		}
		c <- append(first, fmt.Sprint("the same at every depth: ", same))
	}()
	for _, l := range <-c {
		fmt.Println(l)
	}
}
