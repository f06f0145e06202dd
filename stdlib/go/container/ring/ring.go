// Package ring provides circular doubly linked lists.
package ring

// Ring is one node of a circular list; any node stands for the whole
// circle. A nil *Ring is the empty ring, and a zero Ring is a ring of one
// node whose Value is nil.
type Ring struct {
	next, prev *Ring
	Value      any // free for the caller; never read or written here
}

// selfLoop makes a zero node a circle of its own.
func (r *Ring) selfLoop() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next gives the following node. r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next != nil {
		return r.next
	}
	return r.selfLoop()
}

// Prev gives the preceding node. r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next != nil {
		return r.prev
	}
	return r.selfLoop()
}

// Move steps n nodes forward (or -n backward when n < 0) and returns the
// node reached. r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.selfLoop()
	}
	p := r
	if n >= 0 {
		for k := 0; k < n; k++ {
			p = p.next
		}
		return p
	}
	for k := n; k < 0; k++ {
		p = p.prev
	}
	return p
}

// New builds a ring of n nodes with nil Values; nil when n <= 0.
func New(n int) *Ring {
	if n < 1 {
		return nil
	}
	head := &Ring{}
	tail := head
	for k := n - 1; k > 0; k-- {
		node := &Ring{prev: tail}
		tail.next = node
		tail = node
	}
	tail.next, head.prev = head, tail
	return head
}

// Link makes s follow r and returns the node that followed r before.
// With s in another ring, s's ring is spliced in after r. With s in the
// same ring, the nodes strictly between r and s are cut out and the
// returned node heads that cut-off ring (r.Next() itself, unchanged, when
// nothing lay between). A nil s changes nothing. r must not be nil.
func (r *Ring) Link(s *Ring) *Ring {
	oldNext := r.Next()
	if s == nil {
		return oldNext
	}
	sLast := s.Prev()
	r.next, s.prev = s, r
	oldNext.prev, sLast.next = sLast, oldNext
	return oldNext
}

// Unlink cuts out the n % r.Len() nodes following r and returns them as a
// ring (nil when n <= 0). r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len counts the nodes of r by walking it (0 for nil).
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	p := r.Next()
	for p != r {
		count++
		p = p.next
	}
	return count
}

// Do calls f with each node's Value, from r forward. f must not change r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	p := r.Next()
	for p != r {
		f(p.Value)
		p = p.next
	}
}
