// run

// A priority queue of tasks on container/heap, with priorities updated
// in place, as in the package's documentation example.
package main

import (
	"container/heap"
	"fmt"
)

type task struct {
	name     string
	priority int
	index    int
}

type queue []*task

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].name < q[j].name
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	t := x.(*task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func main() {
	q := &queue{}
	heap.Init(q)
	for i, name := range []string{"write report", "fix bug", "lunch", "review", "deploy"} {
		heap.Push(q, &task{name: name, priority: (i * 7) % 5})
	}
	lunch := (*q)[0]
	for _, t := range *q {
		if t.name == "lunch" {
			lunch = t
		}
	}
	lunch.priority = 10
	heap.Fix(q, lunch.index)
	for q.Len() > 0 {
		t := heap.Pop(q).(*task)
		fmt.Printf("%2d %s\n", t.priority, t.name)
	}
}
