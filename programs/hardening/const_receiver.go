// run

// A method called on a receiver that is not addressable takes a copy:
// a constant of a named type (B.Name() with const B D = 1, and the
// method value B.Name), a call's result, a map element, a composite
// literal. The compiler refused constants ("this variable").

package main

import (
	"fmt"
	"time"
)

type D int

const (
	A D = iota
	B
)

func (d D) Name() string { return [...]string{"A", "B"}[d] }

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }

type B2 struct{ n int }

func (b *B2) Get() int { return b.n }

type S struct{ *B2 }

func mk() P    { return P{1, 2} }
func mks() S   { return S{&B2{7}} }
func (s S) V() int { return s.n }

func main() {
	fmt.Println(B.Name(), A.Name(), D(1).Name())
	fmt.Println(mk().Sum(), P{3, 4}.Sum())
	m := map[string]P{"a": {5, 6}}
	fmt.Println(m["a"].Sum())
	fmt.Println(mks().Get(), mks().V())
	f := B.Name
	g := mk().Sum
	fmt.Println(f(), g())
	fmt.Println(time.Duration(1500) * time.Millisecond > time.Second)
	arr := [2]P{{1, 1}, {2, 2}}
	fmt.Println(arr[1].Sum())
	ps := []P{{3, 3}}
	fmt.Println(ps[0].Sum())
}
