// Package heap keeps any collection satisfying heap.Interface as a binary
// min-heap laid out in index order: element k is never Less than its
// parent (k-1)/2, so index 0 holds a minimum.
//
// Less and Swap are called in the same sequence as gc 1.19 calls them, so
// equal elements come out in gc's order.
package heap

import "sort"

// Interface is a sort.Interface that can also grow and shrink at its end.
// Its Push and Pop are for this package to call; callers add and take
// elements with heap.Push and heap.Pop.
type Interface interface {
	sort.Interface
	Push(x any) // append x at index Len()
	Pop() any   // drop and return the element at index Len()-1
}

// Init arranges h into heap order, in O(Len) time. It can be called
// again whenever the order may have been broken.
func Init(h Interface) {
	size := h.Len()
	for k := size/2 - 1; k >= 0; k-- {
		siftDown(h, k, size)
	}
}

// Push adds x to the heap in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop takes out and returns a minimum element in O(log n); it is the same
// as Remove(h, 0).
func Pop(h Interface) any {
	end := h.Len() - 1
	h.Swap(0, end)
	siftDown(h, 0, end)
	return h.Pop()
}

// Remove takes out and returns the element at index i in O(log n).
func Remove(h Interface, i int) any {
	end := h.Len() - 1
	if i == end {
		return h.Pop()
	}
	h.Swap(i, end)
	if !siftDown(h, i, end) {
		siftUp(h, i)
	}
	return h.Pop()
}

// Fix restores heap order after the element at index i changed, in
// O(log n): cheaper than Remove followed by Push.
func Fix(h Interface, i int) {
	if siftDown(h, i, h.Len()) {
		return
	}
	siftUp(h, i)
}

// siftUp swaps element k with its parent for as long as it is Less.
func siftUp(h Interface, k int) {
	for k > 0 {
		up := (k - 1) / 2
		if !h.Less(k, up) {
			break
		}
		h.Swap(up, k)
		k = up
	}
}

// siftDown swaps element start of the first size elements with its
// smaller child for as long as that child is Less, and tells whether it
// moved at all.
func siftDown(h Interface, start, size int) bool {
	k := start
	for {
		c := 2*k + 1
		if c < 0 || c >= size { // c < 0 when 2*k+1 overflowed
			break
		}
		if c+1 < size && h.Less(c+1, c) {
			c++
		}
		if !h.Less(c, k) {
			break
		}
		h.Swap(k, c)
		k = c
	}
	return k > start
}
