// run

// container/heap (a priority queue with Fix and Remove), container/list
// (moves, lists pushed onto themselves, marks of another list) and
// container/ring (Move, Unlink, Link, zero rings), as gc.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type item struct {
	name string
	prio int
	idx  int
}

type pq []*item

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)         { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }
func (q pq) String() (s string) {
	for _, it := range q {
		s += fmt.Sprintf("%s:%d ", it.name, it.prio)
	}
	return
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func main() {
	h := &ints{5, 2, 8, 1, 9, 3, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 4)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	q := pq{}
	for i, n := range []string{"a", "b", "c", "d", "e", "f"} {
		heap.Push(&q, &item{name: n, prio: (i * 7) % 4})
	}
	fmt.Println(q)
	q[4].prio = 10
	heap.Fix(&q, 4)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Print(it.name, it.prio, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show := func(l *list.List) {
		for e := l.Front(); e != nil; e = e.Next() {
			fmt.Print(e.Value, " ")
		}
		fmt.Print("| ")
		for e := l.Back(); e != nil; e = e.Prev() {
			fmt.Print(e.Value, " ")
		}
		fmt.Println(l.Len())
	}
	show(l)
	l.MoveToFront(e4)
	l.MoveToBack(e1)
	show(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	show(l)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	show(l)
	l.PushBackList(l)
	l.PushFrontList(l)
	show(l)
	var z list.List
	z.PushBack("x")
	other := list.New()
	fmt.Println(z.InsertBefore(1, other.PushBack(2)), z.Front().Value, z.Back().Prev())
	other.Init()
	show(other)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(-2)
	fmt.Println(r.Value, r.Prev().Value, r.Move(7).Value)
	removed := r.Unlink(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Print("| ")
	removed.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	var zr ring.Ring
	fmt.Println(zr.Len(), zr.Next() == &zr, ring.New(0), (*ring.Ring)(nil).Len(), r.Unlink(0))
}
