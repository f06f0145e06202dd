// fatal

// println prints slices as [len/cap]pointer and interfaces as
// (type,data), as gc's runtime does; then the program panics so that the
// whole of stderr is checked.

package main

type T struct{ a int }

func (T) Error() string { return "T" }

func main() {
	s := make([]int, 3, 5)
	var ns []int
	var e interface{}
	var err error
	println(s, ns, e, err)
	e = 7
	err = T{1}
	println(e, err, ns == nil)
	var f func()
	var m map[int]int
	var c chan int
	println(f, m, c)
	panic("done")
}
