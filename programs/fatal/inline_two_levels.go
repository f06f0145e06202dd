// fatal

package main

// Inlining is bottom-up: at is inlined into two, and two (with at in it)
// into main. The trace walks the inline tree: at, then two at the line of
// its call of at, then main at the line of its call of two.

func at(s []int, i int) int { return s[i] }

func two(s []int, i int) int { return at(s, i) * 2 }

func main() {
	println(two([]int{4}, 0))
	println(two([]int{1}, 3))
}
