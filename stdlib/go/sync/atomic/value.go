// Value: an interface value read and written atomically.
//
// An interface is two words, (type, data), and no instruction stores both
// at once. The type word is therefore the one that publishes: it goes from
// nil to the type of the first value stored, and never changes after, so
// later stores only replace the data word. While the first store is under
// way the type word holds a marker (the address of claimed, which is no
// type descriptor); readers treat it as "not stored yet", writers wait.
// In splitgo the data word of an interface always points at a boxed copy,
// so both words are pointers and live in unsafe.Pointer slots.
package atomic

import "unsafe"

// A Value holds one value, loaded and stored atomically; every value
// stored in it must have the same dynamic type. The zero Value holds
// nothing (Load answers nil). A Value must not be copied after first use.
type Value struct {
	v any
}

// words is how an interface value is laid out.
type words struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// claimed's address marks a first store in progress.
var claimed byte

func (v *Value) words() *words { return (*words)(unsafe.Pointer(v)) }

func inProgress(typ unsafe.Pointer) bool { return typ == unsafe.Pointer(&claimed) }

// Load answers the value most recently stored, or nil if none was.
func (v *Value) Load() (val any) {
	w := v.words()
	typ := LoadPointer(&w.typ)
	if typ == nil || inProgress(typ) {
		return nil
	}
	data := LoadPointer(&w.data)
	out := (*words)(unsafe.Pointer(&val))
	out.typ = typ
	out.data = data
	return val
}

// publish makes the first value of v: it claims the type word, sets the
// data and then the type. It answers false if another store claimed it
// first (the caller looks again).
func (w *words) publish(n *words) bool {
	if !CompareAndSwapPointer(&w.typ, nil, unsafe.Pointer(&claimed)) {
		return false
	}
	StorePointer(&w.data, n.data)
	StorePointer(&w.typ, n.typ)
	return true
}

// Store sets v's value to val. It panics if val is nil or of another
// dynamic type than the values stored before.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	w := v.words()
	n := (*words)(unsafe.Pointer(&val))
	for {
		typ := LoadPointer(&w.typ)
		if typ == nil {
			if w.publish(n) {
				return
			}
			continue
		}
		if inProgress(typ) {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&w.data, n.data)
		return
	}
}

// Swap sets v's value to new and answers the value it replaced (nil if
// v held none). It panics as Store does.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	w := v.words()
	n := (*words)(unsafe.Pointer(&new))
	for {
		typ := LoadPointer(&w.typ)
		if typ == nil {
			if w.publish(n) {
				return nil
			}
			continue
		}
		if inProgress(typ) {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		o := (*words)(unsafe.Pointer(&old))
		o.typ = typ
		o.data = SwapPointer(&w.data, n.data)
		return old
	}
}

// CompareAndSwap sets v's value to new if it is equal (==) to old, and
// tells whether it did. A nil old matches a Value that holds nothing. It
// panics if new is nil, if old and new differ in dynamic type, or if new's
// type is not the type of the values stored before.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	w := v.words()
	n := (*words)(unsafe.Pointer(&new))
	o := (*words)(unsafe.Pointer(&old))
	if o.typ != nil && o.typ != n.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		typ := LoadPointer(&w.typ)
		if typ == nil {
			if old != nil {
				return false
			}
			if w.publish(n) {
				return true
			}
			continue
		}
		if inProgress(typ) {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare with the current value as == does (by value, not by
		// box), then swap only if the data word did not change meanwhile.
		data := LoadPointer(&w.data)
		var cur any
		c := (*words)(unsafe.Pointer(&cur))
		c.typ = typ
		c.data = data
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&w.data, data, n.data)
	}
}
