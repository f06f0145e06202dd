// run

// A multi-value call as the whole argument list of a builtin: print,
// println, copy, delete and append take its results, as a call of a
// function does.

package main

import "fmt"

func pair() (int16, float64, string) { return -42, 42.0, "x" }

func slices(a []byte) ([]byte, string) { return a, "hello" }

func mk(m map[string]int) (map[string]int, string) { return m, "b" }

func tail(s []int) ([]int, int, int) { return s, 7, 8 }

type ID int

func ids(s []ID) ([]ID, ID) { return s, 3 }

func one() []int { return []int{1} }

func main() {
	print(pair())
	println(pair())
	a := []byte{1, 2, 3, 4, 5, 6, 7}
	n := copy(slices(a))
	fmt.Println(n, string(a[:5]), a[5:])
	m := map[string]int{"a": 1, "b": 2}
	delete(mk(m))
	fmt.Println(m)
	s := append(tail([]int{1}))
	fmt.Println(s, len(s))
	fmt.Println(append(ids(nil)))
	fmt.Println(append(one()))
}
