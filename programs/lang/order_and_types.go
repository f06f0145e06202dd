// run

// Defined types declared through one another while still being resolved,
// assignment order in range and op-assignment on map elements, and len of
// arrays behind calls.

package main

import "fmt"

type List struct {
	Next *Node
	Val  int
}

type Node List

type Ring [2]*Ring2
type Ring2 Ring

var calls int

func arr() [4]int     { calls++; return [4]int{1, 2, 3, 4} }
func arrp() *[5]int   { calls++; return nil }

func main() {
	n := &Node{Next: &Node{Val: 2}, Val: 1}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	l := List(*n)
	fmt.Println(l.Val)
	var r Ring
	fmt.Println(len(r), r[0] == nil)

	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[int]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z := 0
		m[0] /= z
	}()
	fmt.Println(len(m))
	m[1] += 5
	m[1] *= 3
	fmt.Println(m)

	fmt.Println(len(arr()), cap(arr()), len(arrp()), calls)
	var p *[3]string
	fmt.Println(len(p), calls)
}
