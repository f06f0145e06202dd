// fatal

package main

// A channel buffer of 8 TiB is below Go's maxAlloc (2^48 bytes), so gc
// tries to allocate it and the kernel refuses to commit it: `fatal error:
// runtime: out of memory`. Before, splitgo capped buffers at 2^40 bytes
// and panicked `makechan: size out of range`.

func main() {
	c := make(chan int, 1<<40)
	println(cap(c))
}
