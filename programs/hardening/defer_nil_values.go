// run

package main

// Deferring or starting a call of a nil func value, a method of a nil
// pointer or a nil func field: what panics at the defer or go statement
// (evaluating a value receiver), what panics when the deferred call runs,
// and what does not panic at all (a pointer method on a nil pointer).
// The slice of funcs has a named element type: make([]func(), 1) does not
// parse yet.

import "fmt"

type T struct{ n int }

func (t T) Val()  { fmt.Println("Val", t.n) }
func (t *T) Ptr() { fmt.Println("Ptr", t == nil) }

type F func()

type S struct{ f func() }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var p *T
	var s S
	var fs []F
	try("defer nil func", func() {
		var f func()
		defer f()
		fmt.Println("body runs")
	})
	try("defer nil func with args", func() {
		var f func(int, string)
		defer f(1, "a")
		fmt.Println("body runs")
	})
	try("defer value method on nil pointer", func() {
		defer p.Val()
		fmt.Println("body runs")
	})
	try("defer pointer method on nil pointer", func() {
		defer p.Ptr()
		fmt.Println("body runs")
	})
	try("defer method value of nil pointer", func() {
		m := p.Val
		defer m()
		fmt.Println("body runs")
	})
	try("defer nil field", func() {
		defer s.f()
		fmt.Println("body runs")
	})
	try("go value method on nil pointer", func() {
		go p.Val()
		fmt.Println("body runs")
	})
	try("defer nil closure in slice", func() {
		fs = make([]F, 1)
		defer fs[0]()
		fmt.Println("body runs")
	})
	try("call nil func", func() {
		var f func()
		f()
	})
	try("call nil method value", func() {
		var m func()
		m = s.f
		m()
	})
}
