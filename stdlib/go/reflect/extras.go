package reflect

// SliceHeader is the run-time representation of a slice: its words in
// order. Use it only with package unsafe, as in gc.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the run-time representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// UnsafeAddr returns the address of v's value; v must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	cell := alloc(ptrSize)
	storePtr(cell, v.ptr)
	return uintptr(load(cell, ptrSize))
}

// CanInt is true for the signed integer kinds, those Int accepts.
func (v Value) CanInt() bool {
	k := v.kind()
	return k >= Int && k <= Int64
}

// CanUint is true for the unsigned kinds and uintptr, those Uint accepts.
func (v Value) CanUint() bool {
	k := v.kind()
	return k >= Uint && k <= Uintptr
}

// CanFloat is true for float32 and float64, the kinds Float accepts.
func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

// OverflowInt reports whether the int64 x cannot be represented by v's
// type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's
// type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by
// v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// SetIterKey is v.Set(iter.Key()): the key at the iterator's position.
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue is v.Set(iter.Value()): the element at the iterator's position.
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}

// FieldByNameFunc returns the struct field with a name satisfying match.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

