// fatal
// env: GOTRACEBACK=2

package main

// With GOTRACEBACK=2 the trace also shows the runtime's frames: here the
// goroutine's bottom frame, runtime.goexit, where main.main returns to.

func fail(n int) int {
	var a [3]int
	return a[n]
}

func main() {
	println(fail(4))
}
