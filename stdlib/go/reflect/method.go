package reflect

// Methods, over the method records of the descriptors (typedesc.rs): a
// concrete type's records are its method set as interfaces and reflect
// need it (every exported method when the program loads reflect), each
// with its itab wrapper, whose receiver argument is a pointer to the
// value; an interface type's records are its methods, without functions.

// methodRec mirrors a method record word for word.
type methodRec struct {
	name     string
	fn       *byte
	pkg      uintptr
	sig      uintptr
	stringer uintptr
	typ      *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported is true when the method name starts upper case (no PkgPath).
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// exportedMethods returns the records reflect shows, sorted by name: for
// an interface all of them, for a concrete type its exported ones.
func (t *rtype) exportedMethods() []*methodRec {
	if t.borrowsMethods() {
		return t.elem.exportedMethods()
	}
	var out []*methodRec
	for i := 0; i < t.nmethods; i++ {
		r := methodAt(t, i)
		if t.Kind() == Interface || r.pkg == 0 && r.fn != nil && r.typ != nil {
			out = append(out, r)
		}
	}
	return out
}

// borrowsMethods reports whether t is a pointer type made at run time
// (PointerTo of a type whose pointer type the program never has): its
// method set is then its element's value methods, called through the
// element.
func (t *rtype) borrowsMethods() bool {
	return t.Kind() == Pointer && t.link == nil && t.nmethods == 0 && t.elem.Kind() != Interface
}

// NumMethod returns the number of methods reflect's Method shows.
func (t *rtype) NumMethod() int {
	return len(t.exportedMethods())
}

// Method gives entry i of t's sorted exported method set.
func (t *rtype) Method(i int) Method {
	ms := t.exportedMethods()
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	r := ms[i]
	m := Method{Name: r.name, Index: i}
	if t.Kind() == Interface {
		m.Type = toType(r.typ)
		return m
	}
	// The method expression's type: the receiver, then the parameters.
	mt := r.typ
	in := []Type{t}
	for j := 0; j < mt.nin; j++ {
		in = append(in, paramAt(mt, j))
	}
	out := []Type{}
	for j := 0; j < mt.nout; j++ {
		out = append(out, paramAt(mt, mt.nin+j))
	}
	ft := FuncOf(in, out, mt.tflags&tflagVariadic != 0)
	m.Type = ft
	m.Func = MakeFunc(ft, func(args []Value) []Value {
		return args[0].Method(i).Call(args[1:])
	})
	return m
}

// MethodByName returns the method with that name in the type's method
// set and whether there is one.
func (t *rtype) MethodByName(name string) (Method, bool) {
	for i, r := range t.exportedMethods() {
		if r.name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Implements tells whether t's method set covers every method of interface u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// implements reports whether values of type v satisfy interface type t:
// each of t's methods is one of v's, by name, package and signature.
func implements(t, v *rtype) bool {
	if t.Kind() != Interface {
		return false
	}
	for i := 0; i < t.nmethods; i++ {
		want := methodAt(t, i)
		found := false
		for j := 0; j < v.nmethods; j++ {
			r := methodAt(v, j)
			if r.name == want.name && r.pkg == want.pkg && r.sig == want.sig &&
				(r.fn != nil || v.Kind() == Interface) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// NumMethod returns the number of methods in the value's method set (for
// an interface Value, of its static interface type).
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns a function value for v's i'th method, bound to v: its
// arguments do not include a receiver.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	r := v.typ.exportedMethods()[i]
	fv := MakeFunc(r.typ, func(in []Value) []Value {
		return v.callMethod(r.name, in)
	})
	fv.flag |= v.flag & flagRO
	return fv
}

// MethodByName returns a function value for v's method of that name,
// bound to v, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	for i, r := range v.typ.exportedMethods() {
		if r.name == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// callMethod calls v's exported method name with the arguments in: the
// itab wrapper of v's (dynamic) type is called with a pointer to the
// value as its receiver word, then the arguments laid out as for any
// call.
func (v Value) callMethod(name string, in []Value) []Value {
	if v.Kind() == Interface || v.typ.borrowsMethods() {
		v = v.Elem()
	}
	var r *methodRec
	for _, m := range v.typ.exportedMethods() {
		if m.name == name {
			r = m
		}
	}
	if r == nil {
		panic("reflect: method " + name + " not found")
	}
	t := r.typ
	// The receiver word, then the parameters: frameOffsets with a word
	// in front.
	var off uintptr = ptrSize
	offs := make([]uintptr, t.nin+t.nout)
	for i := 0; i < t.nin; i++ {
		pt := paramAt(t, i)
		off = alignUp(off, pt.align)
		offs[i] = off
		off += pt.size
	}
	off = alignUp(off, ptrSize)
	for i := 0; i < t.nout; i++ {
		rt := paramAt(t, t.nin+i)
		off = alignUp(off, rt.align)
		offs[t.nin+i] = off
		off += rt.size
	}
	size := alignUp(off, ptrSize)
	args := allocFrame(frameSize(size))
	// The receiver word is a pointer.
	markWords(args, 1)
	markFrame(t, args, offs)
	// A copy of the value, so that a value method cannot change v.
	recv := v.ptr
	if v.flag&flagAddr == 0 {
		recv = newOf(v.typ)
		memmove(recv, v.ptr, v.typ.size)
	}
	storePtr(args, recv)
	for i := 0; i < t.nin; i++ {
		x := in[i].assignTo("reflect.Value.Call", paramAt(t, i))
		memmove(add(args, offs[i]), x.ptr, x.typ.size)
	}
	// The wrapper's static closure: the record's func value.
	callFrame(r.fn, args, size)
	out := make([]Value, t.nout)
	for i := range out {
		out[i] = Value{paramAt(t, t.nin+i), add(args, offs[t.nin+i]), 0}
	}
	return out
}
