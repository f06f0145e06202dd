// run

// Methods a struct has from an interface it embeds (type S struct{ R }):
// called on the struct (s.Read() is s.R.Read()), through pointers and
// embedded pointers, and through an interface holding the struct (the
// itab entry reads the embedded interface and calls through its itab; a
// nil one panics and recovers as in Go). The compiler refused them.

package main

import "fmt"

type R interface{ Read() int }

type W interface {
	Write(n int) int
}

type F int

func (f F) Read() int { return int(f) }

func (f *F) Write(n int) int { *f += F(n); return int(*f) }

type S struct{ R }

type T struct {
	name string
	W
}

type Deep struct {
	x int
	*T
}

func main() {
	s := S{F(3)}
	fmt.Println(s.Read())
	var r R = s
	fmt.Println(r.Read())
	r = &S{F(4)}
	fmt.Println(r.Read())
	f := F(10)
	t := T{"t", &f}
	fmt.Println(t.Write(5), f)
	var w W = t
	fmt.Println(w.Write(1), f)
	d := Deep{1, &t}
	fmt.Println(d.Write(2))
	w = d
	fmt.Println(w.Write(3), f)
	ts := []T{t}
	fmt.Println(ts[0].Write(1))
	fmt.Println(S{F(9)}.Read())
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	var empty S
	r = empty
	fmt.Println(r.Read())
}
