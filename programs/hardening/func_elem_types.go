// run

// Type literals whose element is a function type without result, as call
// arguments: make([]func(), n), make(map[string]func()), make(chan
// func(), 1), new(func()). The parser refused them ("syntax error:
// unexpected ,"); gc accepts them.

package main

import "fmt"

type F func()

func main() {
	a := make([]func(), 1)
	b := []func(){nil}
	m := make(map[string]func())
	m["x"] = func() { fmt.Println("called x") }
	m["x"]()
	c := make(chan func(), 1)
	c <- func() { fmt.Println("from chan") }
	(<-c)()
	p := new(func())
	q := make([]func(int) string, 2)
	arr := [2]func(){}
	fmt.Println(len(a), len(b), *p == nil, len(q), arr[1] == nil, len(arr))
	fs := append([]func(){}, func() {})
	fmt.Println(len(fs), F(nil) == nil)
}
