package reflect

import "errors"

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
	cell := allocWords(1, 1)
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

// OverflowInt tells whether x falls outside the range of v's signed
// integer type.
func (v Value) OverflowInt(x int64) bool {
	if !v.CanInt() {
		panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
	}
	bits := v.typ.size * 8
	if bits >= 64 {
		return false
	}
	half := int64(1) << (bits - 1)
	return x < -half || x >= half
}

// OverflowUint tells whether x has bits set above the width of v's
// unsigned integer type.
func (v Value) OverflowUint(x uint64) bool {
	if !v.CanUint() {
		panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
	}
	bits := v.typ.size * 8
	return bits < 64 && x>>bits != 0
}

// OverflowFloat tells whether x is finite but too large in magnitude for
// v's float type (only float32 can overflow).
func (v Value) OverflowFloat(x float64) bool {
	k := v.kind()
	if !v.CanFloat() {
		panic(&ValueError{"reflect.Value.OverflowFloat", k})
	}
	return k == Float32 && beyondFloat32(x)
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
	f, found := v.typ.FieldByNameFunc(match)
	if !found {
		return Value{}
	}
	return v.FieldByIndex(f.Index)
}

// CanConvert reports whether v.Convert(t) would succeed: the types must
// be convertible, and a slice must be long enough for the array a
// pointer-to-array type asks for.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() != Slice || t.Kind() != Pointer {
		return true
	}
	if arr := t.Elem(); arr.Kind() == Array {
		return arr.Len() <= v.Len()
	}
	return true
}

// FieldByIndexErr is FieldByIndex answering an error, instead of
// panicking, when the path goes through a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				return Value{}, errors.New("reflect: indirection through nil pointer to embedded struct field " + v.typ.elem.Name())
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// InterfaceData returns the two words of the interface value v.
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe(Interface, "reflect.Value.InterfaceData")
	return [2]uintptr{uintptr(load(v.ptr, ptrSize)), uintptr(load(add(v.ptr, ptrSize), ptrSize))}
}
