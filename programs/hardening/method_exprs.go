// run

// Method expressions that are not the method itself, and method values
// of interfaces: R.Read and r.Read with R an interface (a nil r panics
// when the value is made), (*T).m of a value method, promoted methods
// (S.Get, S.Read through an embedded interface, (*S).Set). Each is a
// function of its own (method_expr_func); the compiler refused them all.

package main

import "fmt"

type R interface{ Read() int }

type F int

func (f F) Read() int { return int(f) }

func (f *F) Inc(n int) int { *f += F(n); return int(*f) }

type B struct{ n int }

func (b B) Get() int { return b.n }

func (b *B) Set(n int) { b.n = n }

type S struct {
	B
	R
}

type P struct{ *B }

func main() {
	// Interface method expressions and values.
	re := R.Read
	fmt.Println(re(F(7)))
	var r R = F(8)
	rv := r.Read
	r = F(9)
	fmt.Println(rv(), r.Read())
	// (*T).m of a value method.
	g := (*B).Get
	b := &B{3}
	fmt.Println(g(b))
	inc := (*F).Inc
	f := F(1)
	fmt.Println(inc(&f, 4), f)
	// Promoted methods.
	sg := S.Get
	s := S{B{5}, F(6)}
	fmt.Println(sg(s))
	sr := S.Read
	fmt.Println(sr(s))
	ps := (*S).Set
	ps(&s, 50)
	fmt.Println(s.Get())
	pg := P.Get
	fmt.Println(pg(P{&B{11}}))
	sv := s.Read
	fmt.Println(sv())
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var nr R
	nf := nr.Read
	fmt.Println("not reached", nf)
}
