// run

package main

// Deferred calls registered at many depths of a recursion that crosses
// many segments. On normal returns each frame's defers run as that frame
// returns (some on a segment that is then released); during a panic the
// defers of every frame run while unwinding, deepest first, before the
// recover at the top. Each deferred call records its depth; the sequences
// are checked exactly.

import "fmt"

var trace []int

func record(d int) {
	trace = append(trace, d)
}

// nest registers a defer every `every` levels; frames have a 512-byte
// local so the recursion spans many segments.
func nest(depth, every int, boom bool) int {
	var pad [64]int
	pad[depth%64] = depth
	if depth%every == 0 {
		defer record(depth)
	}
	if depth == 0 {
		if boom {
			panic("boom")
		}
		return 0
	}
	return nest(depth-1, every, boom) + pad[depth%64] - depth + 1
}

// twice registers two defers per frame, one with a closure that changes
// the frame's named result after the callee returned.
func twice(depth int) (r int) {
	defer func() {
		r = r*2 + depth%2
		record(-depth)
	}()
	defer record(depth)
	if depth == 0 {
		return 1
	}
	return twice(depth-1) % 1000003
}

func run(name string, f func()) {
	trace = trace[:0]
	func() {
		defer func() {
			if r := recover(); r != nil {
				record(-1000000)
			}
		}()
		f()
	}()
	s := 0
	for i, d := range trace {
		s = (s*31 + d + i) % 1000003
	}
	n := len(trace)
	fmt.Println(name, n, s)
	if n > 6 {
		fmt.Println(" ", trace[0], trace[1], trace[2], "...", trace[n-3], trace[n-2], trace[n-1])
	} else {
		fmt.Println(" ", trace)
	}
}

func main() {
	run("normal", func() { fmt.Println(nest(3000, 100, false)) })
	run("panic", func() { fmt.Println(nest(3000, 100, true)) })
	run("every", func() { fmt.Println(nest(2000, 1, false)) })
	run("every-panic", func() { fmt.Println(nest(2000, 1, true)) })
	run("twice", func() { fmt.Println(twice(5000)) })
}
