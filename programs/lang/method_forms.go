// run

// Method values and expressions of variadic methods, through embedded
// values and pointers; == and map keys of structs and arrays holding
// strings, floats and interfaces; defer and go of method calls.

package main

import "fmt"

type L struct{ items []string }

func (l *L) Add(xs ...string) int { l.items = append(l.items, xs...); return len(l.items) }
func (l L) Count(sep string, xs ...int) string { return fmt.Sprint(sep, len(xs), xs) }

type W struct{ *L }
type V struct{ L }

type Arr [3]int

func (a Arr) Sum() (s int) {
	for _, x := range a {
		s += x
	}
	return
}

func main() {
	l := &L{}
	fmt.Println(l.Add("a", "b"), l.Add(), l.Add([]string{"c"}...))
	f := l.Add
	fmt.Println(f("d"))
	g := (*L).Add
	fmt.Println(g(l, "e", "f"))
	h := L.Count
	fmt.Println(h(*l, "-", 1, 2), l.Count("+"))
	w := W{l}
	fmt.Println(w.Add("x"), w.Count("=", 3))
	wf := w.Count
	fmt.Println(wf("#", 9, 9))
	v := V{}
	v.Add("q")
	vf := v.Add
	vf("r")
	n := (*V).Add(&v, "s")
	fmt.Println(v.items, V.Count(v, "!"), n)
	var a Arr = Arr{1, 2, 3}
	sf := a.Sum
	a[0] = 100
	fmt.Println(sf(), a.Sum(), Arr.Sum(a), (*Arr).Sum(&a))
	type K struct {
		a [2]string
		b float64
		c interface{}
	}
	k1, k2 := K{[2]string{"x", "y"}, 1.5, 3}, K{[2]string{"x", "y"}, 1.5, 3}
	fmt.Println(k1 == k2, k1 != K{}, [2]K{k1, k2} == [2]K{k2, k1})
	mk := map[K]int{k1: 1}
	mk[k2]++
	fmt.Println(mk[k1], len(mk))
	defer fmt.Println("deferred method value", l.Add("z"))
	defer l.Add("late")
	go w.Count("go", 1)
}
