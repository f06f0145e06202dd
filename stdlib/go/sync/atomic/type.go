// The typed atomic values: each holds its value in a field the package
// functions operate on.
package atomic

// noCopy marks a struct that must not be copied after first use (for go
// vet's -copylocks); it has no effect.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 marks a struct that gc aligns to 8 bytes on 32-bit targets.
type align64 struct{}

// A Bool is a boolean read and written atomically; its zero value is false.
type Bool struct {
	_ noCopy

	v uint32
}

// Load reads x's value as one access.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store writes val to x as one access.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 is 1 for true and 0 for false.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an int32 read and written atomically; its zero value is 0.
type Int32 struct {
	_ noCopy

	v int32
}

// Load reads x's value as one access.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store writes val to x as one access.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add increases x by delta (wrapping) in one step and answers the sum.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an int64 read and written atomically; its zero value is 0.
type Int64 struct {
	_ noCopy
	_ align64

	v int64
}

// Load reads x's value as one access.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store writes val to x as one access.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add increases x by delta (wrapping) in one step and answers the sum.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// A Uint32 is a uint32 read and written atomically; its zero value is 0.
type Uint32 struct {
	_ noCopy

	v uint32
}

// Load reads x's value as one access.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store writes val to x as one access.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add increases x by delta (wrapping) in one step and answers the sum.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// A Uint64 is a uint64 read and written atomically; its zero value is 0.
type Uint64 struct {
	_ noCopy
	_ align64

	v uint64
}

// Load reads x's value as one access.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store writes val to x as one access.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add increases x by delta (wrapping) in one step and answers the sum.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// A Uintptr is a uintptr read and written atomically; its zero value is 0.
type Uintptr struct {
	_ noCopy

	v uintptr
}

// Load reads x's value as one access.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store writes val to x as one access.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap puts new in x and answers the value it replaced, in one step.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap puts new in x if x holds old, in one step, and tells
// whether it did.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add increases x by delta (wrapping) in one step and answers the sum.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }
