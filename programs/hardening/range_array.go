// run

// Ranging over an array value ranges over a copy taken once before the
// loop (Go spec, "For statements with range clause"): writes to the array
// in the body do not show in the values. splitgo ranged over the array in
// place, so `for _, v := range a { a[v] = v }` gave [2 1 2] instead of
// [0 1 2]. Also: arrays returned by a function (called once), arrays of
// structs and of arrays, package arrays, a pointer to an array (in place,
// no copy), index-only loops (the array is not read; with len(x) constant
// it is not evaluated, so *p with p nil runs), receives, zero-size values.

package main

import "fmt"

type P struct{ x, y int }

var calls int

func f() [3]int { calls++; return [3]int{7, 8, 9} }

var g = [...]int{5, 6, 7}

func main() {
	a := [...]int{2, 1, 0}
	for _, v := range a {
		a[v] = v
	}
	fmt.Println(a)
	for i, v := range f() {
		fmt.Println(i, v)
	}
	for i := range f() {
		fmt.Println(i)
	}
	fmt.Println(calls)
	ps := [2]P{{1, 2}, {3, 4}}
	for i, p := range ps {
		ps[1-i].x = 100
		fmt.Println(p.x, p.y)
	}
	b := [3]int{1, 2, 3}
	for i := range b {
		b[2] = 10 * i
	}
	fmt.Println(b)
	c := [3]int{1, 2, 3}
	for i, v := range &c {
		if i == 0 {
			c[2] = 30
		}
		fmt.Println(v)
	}
	var np *[4]int
	for i := range np {
		fmt.Println("i", i)
	}
	for i := range *np {
		fmt.Println("j", i)
	}
	for _, v := range g {
		g[2] = 70
		fmt.Println(v)
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30
		}
		fmt.Println(v)
	}
	m := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range m {
		m[1][0] = 99
		fmt.Println(row)
	}
	ch := make(chan [2]int, 1)
	ch <- [2]int{4, 5}
	for i := range <-ch {
		fmt.Println("recv", i)
	}
	fmt.Println(len(ch))
	var nq *[3]int
	n := 0
	for i, _ := range *nq {
		n += i
	}
	fmt.Println(n)
	for i, v := range [3]struct{}{} {
		fmt.Println(i, v)
	}
	var e [0]int
	for i, v := range e {
		fmt.Println(i, v)
	}
	type T struct{ a [3]string }
	mt := map[string]T{"k": {[3]string{"x", "y", "z"}}}
	for i, v := range mt["k"].a {
		mt["k"] = T{}
		fmt.Println(i, v)
	}
	big := [100]int{}
	for i := range big {
		big[i] = i
	}
	sum := 0
	for _, v := range big {
		big[99] = 0
		sum += v
	}
	fmt.Println(sum)
}
