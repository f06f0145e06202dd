// run

// reflect.Select: ready cases (the pick is random, so only what every
// pick shares is printed), a Select that parks until another goroutine
// sends, default, nil channels, closed channels, and the panics of bad
// cases. TrySend and TryRecv.

package main

import (
	"fmt"
	"reflect"
	"sort"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: panic %T %v\n", name, r, e)
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
}

func main() {
	// Several ready receive cases: each is picked once until all drain.
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	a <- 1
	b <- 2
	c <- 3
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)},
	}
	var got []int
	for i := 0; i < 3; i++ {
		chosen, v, ok := reflect.Select(cases)
		if !ok || int(v.Int()) != chosen+1 {
			fmt.Println("wrong case", chosen, v, ok)
		}
		got = append(got, chosen)
		cases[chosen].Chan = reflect.Value{}
	}
	sort.Ints(got)
	fmt.Println("drained", got)

	// Over many rounds every ready case gets picked.
	seen := map[int]bool{}
	x, y := make(chan string, 100), make(chan string, 100)
	for i := 0; i < 100; i++ {
		x <- "x"
		y <- "y"
	}
	two := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(x)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(y)},
	}
	for i := 0; i < 100; i++ {
		k, v, _ := reflect.Select(two)
		if v.String() != []string{"x", "y"}[k] {
			fmt.Println("mismatch", k, v)
		}
		seen[k] = true
	}
	fmt.Println("both picked:", len(seen) == 2)

	// Blocking: parked until another goroutine sends.
	in := make(chan string)
	out := make(chan float64)
	done := make(chan float64)
	go func() {
		in <- "hello"
		f := <-out
		close(in)
		done <- f
	}()
	blk := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(in)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf((chan int)(nil))},
	}
	k, v, ok := reflect.Select(blk)
	fmt.Println(k, v, ok, v.Type())
	k, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf(2.5)},
		{Dir: reflect.SelectRecv},
	})
	fmt.Println(k, v.IsValid(), ok, "sent float:", <-done)
	// Closed: the zero value and ok false.
	k, v, ok = reflect.Select(blk)
	fmt.Printf("%d %q %v\n", k, v.String(), ok)

	// Default when nothing is ready; nil channels never are.
	var nilc chan int
	k, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectDefault},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(nilc), Send: reflect.ValueOf(1)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
	})
	fmt.Println("default:", k, v.IsValid(), ok)
	k, v, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}})
	fmt.Println("only default:", k, v.IsValid(), ok)

	// A send case into a buffered channel of interfaces.
	ic := make(chan any, 1)
	k, v, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ic), Send: reflect.ValueOf(42)},
	})
	fmt.Println("send:", k, v.IsValid(), ok, <-ic)

	// TrySend and TryRecv.
	tc := make(chan int, 1)
	tv := reflect.ValueOf(tc)
	fmt.Println(tv.TrySend(reflect.ValueOf(7)), tv.TrySend(reflect.ValueOf(8)))
	r, rok := tv.TryRecv()
	fmt.Println(r, rok)
	r, rok = tv.TryRecv()
	fmt.Println(r.IsValid(), rok)
	close(tc)
	r, rok = tv.TryRecv()
	fmt.Println(r, r.IsValid(), rok)
	r, rok = reflect.ValueOf(nilc).TryRecv()
	fmt.Println(r.IsValid(), rok, reflect.ValueOf(nilc).TrySend(reflect.ValueOf(1)))

	// Panics.
	try("send on closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(tc), Send: reflect.ValueOf(1)}})
	})
	try("trysend on closed", func() { tv.TrySend(reflect.ValueOf(1)) })
	try("two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("default with chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: tv}})
	})
	try("default with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: tv}})
	})
	try("bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: tv, Send: tv}})
	})
	try("send missing value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: tv}})
	})
	try("send wrong type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: tv, Send: reflect.ValueOf("s")}})
	})
	try("not a chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(3)}})
	})
	var ro <-chan int = make(chan int)
	var so chan<- int = make(chan int)
	try("send on recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ro), Send: reflect.ValueOf(1)}})
	})
	try("recv on send-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(so)}})
	})
	try("trysend recv-only", func() { reflect.ValueOf(ro).TrySend(reflect.ValueOf(1)) })
	try("tryrecv send-only", func() { reflect.ValueOf(so).TryRecv() })
	try("tryrecv int", func() { reflect.ValueOf(1).TryRecv() })
	type hidden struct{ c chan int }
	h := reflect.ValueOf(hidden{make(chan int)}).Field(0)
	try("unexported", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: h}}) })
	try("unexported try", func() { h.TryRecv() })
}
