package reflect

import (
	"math"
	"strconv"
)

// Value is the reflection interface to a Go value. Unlike gc's, a
// Value always holds its value indirectly: ptr is the address of the
// value's memory (a boxed copy for a value that came from an interface,
// the variable itself for one reached through a pointer, an element or
// a field).
type Value struct {
	typ  *rtype
	ptr  *byte
	flag flag
}

type flag uintptr

const (
	// flagAddr: the value is addressable (CanAddr).
	flagAddr flag = 1
	// flagStickyRO: the value was reached through an unexported field
	// that is not embedded: it may be read but not set or turned into an
	// interface, nor may anything reached from it.
	flagStickyRO flag = 2
	// flagEmbedRO: the value was reached through an unexported embedded
	// field. It is read-only as flagStickyRO is, but an exported field
	// selected from it is writable again, as the language's promotion of
	// exported fields through an unexported embedded struct allows.
	flagEmbedRO flag = 4
	// flagRO is either kind of read-only.
	flagRO = flagStickyRO | flagEmbedRO
)

// A ValueError occurs when a Value method is invoked on a Value that
// does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	what := "zero"
	if e.Kind != Invalid {
		what = e.Kind.String()
	}
	return "reflect: call of " + e.Method + " on " + what + " Value"
}

// ValueOf returns a new Value for the concrete value stored in i;
// ValueOf(nil) is the zero Value.
func ValueOf(i any) Value {
	t, p := unpackEface(i)
	if t == nil {
		return Value{}
	}
	return Value{t, p, 0}
}

func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

// Kind returns v's Kind; Invalid for the zero Value.
func (v Value) Kind() Kind { return v.kind() }

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// IsValid reports whether v represents a value (is not the zero Value).
func (v Value) IsValid() bool { return v.typ != nil }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// CanAddr is true when v refers to storage (element, field, *p) Addr can take.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet is true for addressable values not obtained via unexported fields.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface is false for values reached through unexported fields.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface boxes v's value back into an any.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v.typ, v.ptr)
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return load(v.ptr, 1) != 0
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int64:
		return int64(load(p, 8))
	case Int:
		if ptrSize == 4 {
			return int64(int32(load(p, 4)))
		}
		return int64(load(p, 8))
	case Int8:
		return int64(int8(load(p, 1)))
	case Int16:
		return int64(int16(load(p, 2)))
	case Int32:
		return int64(int32(load(p, 4)))
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return load(v.ptr, v.typ.size)
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(math.Float32frombits(uint32(load(v.ptr, 4))))
	case Float64:
		return math.Float64frombits(load(v.ptr, 8))
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// String returns the string v's underlying value, as a string; for
// other kinds a string of the form "<T Value>".
func (v Value) String() string {
	if v.typ == nil {
		return "<invalid Value>"
	}
	if v.kind() == String {
		return loadString(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns v's underlying value: a slice of bytes, or an
// addressable array of bytes.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return loadBytes(v.ptr)
	case Array:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		var b []byte
		hdr := allocWords(3, 1)
		storePtr(hdr, v.ptr)
		store(add(hdr, ptrSize), ptrSize, uint64(v.typ.len))
		store(add(hdr, 2*ptrSize), ptrSize, uint64(v.typ.len))
		b = loadBytes(hdr)
		return b
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// ptrSize is the size of a pointer, an int and a descriptor word.
const ptrSize = 4 << (^uintptr(0) >> 63)

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return int(v.typ.len)
	case Slice, String:
		return int(load(add(v.ptr, ptrSize), ptrSize))
	case Map, Chan:
		// The count is the first word of the map or channel object.
		m := loadPtr(v.ptr)
		if m == nil {
			return 0
		}
		return int(load(m, ptrSize))
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return int(load(add(v.ptr, 2*ptrSize), ptrSize))
	case Chan:
		// A channel's capacity is its object's second word.
		c := loadPtr(v.ptr)
		if c == nil {
			return 0
		}
		return int(load(add(c, ptrSize), ptrSize))
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		e := v.typ.elem
		return Value{e, add(v.ptr, uintptr(i)*e.size), v.flag & (flagAddr | flagRO)}
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
		e := v.typ.elem
		return Value{e, add(loadPtr(v.ptr), uintptr(i)*e.size), flagAddr | v.flag&flagRO}
	case String:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, add(loadPtr(v.ptr), uintptr(i)), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// NumField counts the fields of struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.typ.nfields
}

// Field gives field number i of struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(v.typ.nfields) {
		panic("reflect: Field index out of range")
	}
	r := fieldAt(v.typ, i)
	fl := v.flag & (flagAddr | flagStickyRO)
	if r.flags&fieldExported == 0 {
		if r.flags&fieldEmbedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{r.typ, add(v.ptr, r.offset), fl}
}

// FieldByIndex follows a path of field numbers through nested structs.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name, or the zero
// Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	f, found := v.typ.FieldByName(name)
	if !found {
		return Value{}
	}
	return v.FieldByIndex(f.Index)
}

// Elem returns the value that the interface v contains or that the
// pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t, p := unpackEface(packEface(v.typ, v.ptr))
		if t == nil {
			return Value{}
		}
		return Value{t, p, v.flag & flagRO}
	case Pointer:
		p := loadPtr(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagAddr | v.flag&flagRO}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Addr gives a *T Value pointing at the addressable v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	cell := allocWords(1, 1)
	storePtr(cell, v.ptr)
	return Value{v.typ.ptrType(), cell, v.flag & flagRO}
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice, Interface:
		return loadPtr(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero tells whether v equals its type's zero value.
func (v Value) IsZero() bool {
	k := v.kind()
	switch {
	case k == Bool:
		return !v.Bool()
	case k == String:
		return v.Len() == 0
	case v.CanInt():
		return v.Int() == 0
	case v.CanUint():
		return v.Uint() == 0
	case v.CanFloat():
		return positiveZero(v.Float())
	case v.CanComplex():
		c := v.Complex()
		return positiveZero(real(c)) && positiveZero(imag(c))
	case k == Array:
		return v.partsZero(v.Len(), false)
	case k == Struct:
		return v.partsZero(v.NumField(), true)
	}
	switch k {
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// positiveZero is true only for +0: a float is zero-valued when all its
// bits are clear, so -0 does not count.
func positiveZero(f float64) bool {
	return f == 0 && !math.Signbit(f)
}

// partsZero tells whether the first n fields (struct) or elements (array)
// of v are all zero values.
func (v Value) partsZero(n int, fields bool) bool {
	for i := 0; i < n; i++ {
		var part Value
		if fields {
			part = v.Field(i)
		} else {
			part = v.Index(i)
		}
		if !part.IsZero() {
			return false
		}
	}
	return true
}

// Pointer gives the address held by v as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Slice:
		return uintptr(load(v.ptr, ptrSize))
	case Func:
		// The code address of the closure the func value points at.
		c := loadPtr(v.ptr)
		if c == nil {
			return 0
		}
		return uintptr(load(c, ptrSize))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ)
	memmove(v.ptr, x.ptr, v.typ.size)
}

// assignTo returns x as a value of type dst (boxing it when dst is an
// interface type), or panics if it is not assignable.
func (x Value) assignTo(context string, dst *rtype) Value {
	switch {
	case directlyAssignable(dst, x.typ):
		return Value{dst, x.ptr, x.flag &^ flagAddr}
	case implements(dst, x.typ):
		cell := newOf(dst)
		if x.Kind() == Interface && x.IsNil() {
			return Value{dst, cell, 0}
		}
		e := packEface(x.typ, x.ptr)
		if dst.len != 0 {
			// An interface with methods: its first word is the itab.
			t, _ := unpackEface(e)
			storeEface(cell, e)
			storePtr(cell, getitab(dst, t))
			return Value{dst, cell, 0}
		}
		storeEface(cell, e)
		return Value{dst, cell, 0}
	}
	panic(context + ": value of type " + x.typ.String() + " is not assignable to type " + dst.String())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	var b uint64
	if x {
		b = 1
	}
	store(v.ptr, 1, b)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		store(v.ptr, v.typ.size, uint64(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		store(v.ptr, v.typ.size, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		store(v.ptr, 4, uint64(math.Float32bits(float32(x))))
		return
	case Float64:
		store(v.ptr, 8, math.Float64bits(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	storeString(v.ptr, x)
}

// SetBytes sets v's underlying value, a []byte.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	storeBytes(v.ptr, x)
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if uint(n) > uint(v.Cap()) {
		panic("reflect: slice length out of range in SetLen")
	}
	store(add(v.ptr, ptrSize), ptrSize, uint64(n))
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	if n < v.Len() || n > v.Cap() {
		panic("reflect: slice capacity out of range in SetCap")
	}
	store(add(v.ptr, 2*ptrSize), ptrSize, uint64(n))
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	return v.slice3(i, j, -1, "reflect.Value.Slice")
}

// Slice3 returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	return v.slice3(i, j, k, "reflect.Value.Slice3")
}

func (v Value) slice3(i, j, k int, method string) Value {
	var base *byte
	var cap int
	var typ *rtype
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic(method + ": slice of unaddressable array")
		}
		base, cap = v.ptr, int(v.typ.len)
		typ = SliceOf(v.typ.elem).common()
	case Slice:
		base, cap, typ = loadPtr(v.ptr), v.Cap(), v.typ
	case String:
		if k >= 0 {
			panic(&ValueError{method, v.kind()})
		}
		s := loadString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		cell := allocWords(2, 1)
		storeString(cell, s[i:j])
		return Value{v.typ, cell, v.flag & flagRO}
	default:
		panic(&ValueError{method, v.kind()})
	}
	if k < 0 {
		k = cap
		if i < 0 || j < i || j > cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
	} else if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	hdr := allocWords(3, 1)
	if k-i > 0 {
		storePtr(hdr, add(base, uintptr(i)*typ.elem.size))
	} else {
		storePtr(hdr, base)
	}
	store(add(hdr, ptrSize), ptrSize, uint64(j-i))
	store(add(hdr, 2*ptrSize), ptrSize, uint64(k-i))
	return Value{typ, hdr, v.flag & flagRO}
}

// MapKeys returns the keys of map v, in no particular order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	m := loadPtr(v.ptr)
	var keys []Value
	pos := 0
	for {
		k, _, next := mapNext(m, pos)
		if k == nil {
			break
		}
		keys = append(keys, v.copyOf(v.typ.key, k))
		pos = next
	}
	if keys == nil {
		return []Value{}
	}
	return keys
}

// copyOf returns a non-addressable Value of type t holding a copy of
// the value at p, read-only if v is.
func (v Value) copyOf(t *rtype, p *byte) Value {
	c := newOf(t)
	memmove(c, p, t.size)
	return Value{t, c, v.flag & flagRO}
}

// MapIndex returns the value associated with key in the map v, or the
// zero Value.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", v.typ.key)
	vp, ok := mapAccess(loadPtr(v.ptr), key.ptr)
	if !ok {
		return Value{}
	}
	return v.copyOf(v.typ.elem, vp)
}

// SetMapIndex sets the element associated with key in the map v to
// elem; a zero elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", v.typ.key)
	m := loadPtr(v.ptr)
	if elem.typ == nil {
		mapDelete(m, key.ptr)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.typ.elem)
	cell := mapAssign(m, key.ptr)
	if cell == nil {
		panic("assignment to entry in nil map")
	}
	memmove(cell, elem.ptr, v.typ.elem.size)
}

// MapIter walks the entries of a map Value, one per Next.
type MapIter struct {
	m    Value
	pos  int
	k, v *byte
	done bool
}

// MapRange starts an iterator over map v's entries.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	k, v, next := mapNext(loadPtr(it.m.ptr), it.pos)
	it.k, it.v, it.pos = k, v, next
	if k == nil {
		it.done = true
		return false
	}
	return true
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	if it.k == nil {
		panic("MapIter.Key called before Next")
	}
	return it.m.copyOf(it.m.typ.key, it.k)
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	if it.v == nil {
		panic("MapIter.Value called before Next")
	}
	return it.m.copyOf(it.m.typ.elem, it.v)
}

// Reset modifies it to iterate over v.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	it.m, it.pos, it.k, it.v, it.done = v, 0, nil, nil, false
}

// New returns a Value representing a pointer to a new zero value for
// the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	cell := allocWords(1, 1)
	storePtr(cell, newOf(t))
	return Value{t.ptrType(), cell, 0}
}

// Zero returns a Value representing the zero value for the specified
// type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, newOf(t), 0}
}

// Indirect returns the value that v points to (v itself if it is not a
// pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value for the
// specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	hdr := allocWords(3, 1)
	storePtr(hdr, newArray(t.elem, cap))
	store(add(hdr, ptrSize), ptrSize, uint64(len))
	store(add(hdr, 2*ptrSize), ptrSize, uint64(cap))
	return Value{t, hdr, 0}
}

// MakeMap is MakeMapWithSize(typ, 0).
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial
// space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	cell := allocWords(1, 1)
	storePtr(cell, makeMap(t.key, t.elem))
	return Value{t, cell, 0}
}

// Append appends the values x to a slice s and returns the resulting
// slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extendSlice(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting
// slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if !haveIdenticalType(s.typ.elem, t.typ.elem) {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	ns, nt := s.Len(), t.Len()
	s = s.extendSlice(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// extendSlice returns a copy of slice v with n more elements, grown as
// append grows it.
func (v Value) extendSlice(n int) Value {
	hdr := allocWords(3, 1)
	memmove(hdr, v.ptr, 3*ptrSize)
	l := v.Len() + n
	growslice(v.typ.elem, hdr, l)
	store(add(hdr, ptrSize), ptrSize, uint64(l))
	return Value{v.typ, hdr, 0}
}

// Copy copies the contents of src into dst until either dst has been
// filled or src has been exhausted; it returns the number of elements
// copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	switch dk {
	case Array, Slice:
	default:
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	if sk != Array && sk != Slice && !(sk == String && dst.typ.elem.Kind() == Uint8) {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported("reflect.Copy")
	if sk != String && !haveIdenticalType(dst.typ.elem, src.typ.elem) {
		panic("reflect.Copy: " + dst.typ.String() + " != " + src.typ.String())
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	dp, sp := dst.ptr, src.ptr
	if dk == Slice {
		dp = loadPtr(dp)
	}
	if sk != Array {
		sp = loadPtr(sp)
	}
	if n > 0 {
		memmove(dp, sp, uintptr(n)*dst.typ.elem.size)
	}
	return n
}

// Swapper gives a func(i, j) that exchanges two elements of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	n := v.Len()
	size := v.typ.elem.size
	data := loadPtr(v.ptr)
	tmp := newOf(v.typ.elem)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		pi, pj := add(data, uintptr(i)*size), add(data, uintptr(j)*size)
		memmove(tmp, pi, size)
		memmove(pi, pj, size)
		memmove(pj, tmp, size)
	}
}

// Convert applies the Go conversion T(v) with T = t, panicking if illegal.
func (v Value) Convert(t Type) Value {
	dst := t.common()
	if !convertible(v.typ, dst) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	out := Value{dst, newOf(dst), v.flag & flagRO}
	sk, dk := v.kind(), dst.Kind()
	switch {
	case sk >= Complex64 && sk <= Complex128 && dk >= Complex64 && dk <= Complex128:
		out.flag |= flagAddr
		out.SetComplex(v.Complex())
		out.flag &^= flagAddr
		return out
	case isNumeric(sk) && isNumeric(dk) && sk != dk || isNumeric(sk) && isNumeric(dk) && v.typ.size != dst.size:
		out.flag |= flagAddr
		switch {
		case sk >= Int && sk <= Int64:
			out.setNumber(float64(v.Int()), v.Int(), uint64(v.Int()), 0)
		case sk >= Uint && sk <= Uintptr:
			out.setNumber(float64(v.Uint()), int64(v.Uint()), v.Uint(), 1)
		default:
			out.setNumber(v.Float(), 0, 0, 2)
		}
		out.flag &^= flagAddr
		return out
	case dk == String && isInteger(sk):
		var s string
		if sk >= Uint && sk <= Uintptr {
			x := v.Uint()
			if x > 0x10FFFF {
				x = 0xFFFD
			}
			s = string(rune(x))
		} else {
			x := v.Int()
			if x < 0 || x > 0x10FFFF {
				x = 0xFFFD
			}
			s = string(rune(x))
		}
		storeString(out.ptr, s)
		return out
	case dk == String && sk == Slice:
		if v.typ.elem.Kind() == Uint8 {
			storeString(out.ptr, string(loadBytes(v.ptr)))
		} else {
			storeString(out.ptr, string(loadRunes(v.ptr)))
		}
		return out
	case sk == String && dk == Slice:
		if dst.elem.Kind() == Uint8 {
			storeBytes(out.ptr, []byte(loadString(v.ptr)))
		} else {
			storeRunes(out.ptr, []rune(loadString(v.ptr)))
		}
		return out
	case dk == Interface:
		return v.assignTo("reflect.Value.Convert", dst)
	case sk == Slice && dk == Pointer:
		n := dst.elem.len
		if uintptr(v.Len()) < n {
			panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to pointer to array with length " + strconv.Itoa(int(n)))
		}
		storePtr(out.ptr, loadPtr(v.ptr))
		return out
	}
	memmove(out.ptr, v.ptr, dst.size)
	return out
}

// setNumber stores a number into the numeric value v: from is 0 when the
// source is signed (i), 1 unsigned (u), 2 floating (f).
func (v Value) setNumber(f float64, i int64, u uint64, from int) {
	switch k := v.kind(); {
	case k >= Int && k <= Int64:
		switch from {
		case 2:
			i = int64(f)
		case 1:
			i = int64(u)
		}
		store(v.ptr, v.typ.size, uint64(i))
	case k >= Uint && k <= Uintptr:
		switch from {
		case 2:
			u = uint64(f)
		case 0:
			u = uint64(i)
		}
		store(v.ptr, v.typ.size, u)
	case k == Float32 || k == Float64:
		switch from {
		case 0:
			f = float64(i)
		case 1:
			f = float64(u)
		}
		v.SetFloat(f)
	}
}
