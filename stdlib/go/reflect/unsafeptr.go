package reflect

// The API of reflect that speaks unsafe.Pointer. Every other file of the
// package works on *byte; only this one imports unsafe, to convert.

import "unsafe"

// NewAt returns a Value of type *typ holding p: a pointer to the typ
// value at that address.
func NewAt(typ Type, p unsafe.Pointer) Value {
	cell := allocWords(1, 1)
	storePtr(cell, (*byte)(p))
	return Value{typ.common().ptrType(), cell, 0}
}

// UnsafePointer returns v's value as an unsafe.Pointer: the address a
// pointer, channel, map or unsafe.Pointer holds, a slice's array, a
// func's code.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Slice:
		return unsafe.Pointer(loadPtr(v.ptr))
	case Func:
		c := loadPtr(v.ptr)
		if c == nil {
			return nil
		}
		return unsafe.Pointer(loadPtr(c))
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// SetPointer stores x in v, a settable Value of kind UnsafePointer.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	storePtr(v.ptr, (*byte)(x))
}
