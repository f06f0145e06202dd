// Package list is a doubly linked list of values of any type.
//
// Walk it front to back with
//
//	for n := l.Front(); n != nil; n = n.Next() {
//		// use n.Value
//	}
package list

// Element is one node of a List.
type Element struct {
	// Links of the circular chain through the owning List's sentinel node.
	next, prev *Element

	// Owner; nil once the node has been taken out.
	list *List

	// Value is the payload carried by the node.
	Value any
}

// Next gives the node after e, or nil at the end (or when e is detached).
func (e *Element) Next() *Element {
	owner := e.list
	if owner == nil || e.next == &owner.root {
		return nil
	}
	return e.next
}

// Prev gives the node before e, or nil at the start (or when e is detached).
func (e *Element) Prev() *Element {
	owner := e.list
	if owner == nil || e.prev == &owner.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list; its zero value is an empty, usable list.
type List struct {
	root Element // sentinel closing the circle; carries no value
	len  int     // count of real nodes
}

// Init empties l and returns it.
func (l *List) Init() *List {
	s := &l.root
	s.next, s.prev = s, s
	l.len = 0
	return l
}

// New makes an empty list.
func New() *List {
	l := &List{}
	return l.Init()
}

// Len is the number of nodes in l, in constant time.
func (l *List) Len() int { return l.len }

// Front is the first node of l, nil when l is empty.
func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

// Back is the last node of l, nil when l is empty.
func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// ensureRing turns a zero List into an empty circle.
func (l *List) ensureRing() {
	if l.root.next == nil {
		l.Init()
	}
}

// link splices n in right after pos and makes l its owner.
func (l *List) link(n, pos *Element) *Element {
	after := pos.next
	n.prev, n.next = pos, after
	pos.next = n
	after.prev = n
	n.list = l
	l.len++
	return n
}

// linkValue wraps v in a fresh node and splices it in after pos.
func (l *List) linkValue(v any, pos *Element) *Element {
	n := &Element{Value: v}
	return l.link(n, pos)
}

// unlink takes n, a node of l, out of the chain and clears its links.
func (l *List) unlink(n *Element) {
	before, after := n.prev, n.next
	before.next = after
	after.prev = before
	n.next, n.prev, n.list = nil, nil, nil
	l.len--
}

// relink moves n, a node of l, to just after pos.
func (l *List) relink(n, pos *Element) {
	if n == pos {
		return
	}
	n.prev.next, n.next.prev = n.next, n.prev
	after := pos.next
	n.prev, n.next = pos, after
	pos.next = n
	after.prev = n
}

// Remove takes e out of l when e belongs to l, and returns e.Value either
// way. e must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront adds v as the new first node and returns that node.
func (l *List) PushFront(v any) *Element {
	l.ensureRing()
	return l.linkValue(v, &l.root)
}

// PushBack adds v as the new last node and returns that node.
func (l *List) PushBack(v any) *Element {
	l.ensureRing()
	return l.linkValue(v, l.root.prev)
}

// InsertBefore adds v just ahead of mark and returns the new node; when
// mark is not in l it does nothing and returns nil. mark must not be nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list == l {
		return l.linkValue(v, mark.prev)
	}
	return nil
}

// InsertAfter adds v just behind mark and returns the new node; when mark
// is not in l it does nothing and returns nil. mark must not be nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list == l {
		return l.linkValue(v, mark)
	}
	return nil
}

// MoveToFront makes e the first node; no-op when e is not in l.
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

// MoveToBack makes e the last node; no-op when e is not in l.
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore puts e just ahead of mark; no-op when either is not in l or
// they are the same node.
func (l *List) MoveBefore(e, mark *Element) {
	if e == mark || e.list != l || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter puts e just behind mark; no-op when either is not in l or
// they are the same node.
func (l *List) MoveAfter(e, mark *Element) {
	if e == mark || e.list != l || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends copies of other's values to l; other may be l
// itself (its values then appear twice). Neither may be nil.
func (l *List) PushBackList(other *List) {
	l.ensureRing()
	// The count is taken first so that copying l onto itself ends.
	count := other.Len()
	for n := other.Front(); count > 0; count-- {
		l.linkValue(n.Value, l.root.prev)
		n = n.Next()
	}
}

// PushFrontList prepends copies of other's values to l, keeping their
// order; other may be l itself. Neither may be nil.
func (l *List) PushFrontList(other *List) {
	l.ensureRing()
	count := other.Len()
	for n := other.Back(); count > 0; count-- {
		l.linkValue(n.Value, &l.root)
		n = n.Prev()
	}
}
