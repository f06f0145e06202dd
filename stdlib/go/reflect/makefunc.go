package reflect

// MakeFunc: the func value is a closure object whose code is
// makeFuncStub and whose next word points at a makeFuncImpl. The
// compiler gives makeFuncStub its body (lang/src/ir/lower/reflectcall.rs):
// it calls callReflect with that object and the address of the caller's
// argument area, where callReflect reads the arguments and writes the
// results, laid out as the compiler lays out every call.

type makeFuncImpl struct {
	ftyp *rtype
	fn   func([]Value) []Value
}

// callReflect runs the function behind a MakeFunc value: ctx is its
// closure object, frame the caller's argument area. It must be declared
// before makeFuncStub.
func callReflect(ctx, frame *byte) {
	impl := Value{implPtrType, add(ctx, ptrSize), 0}.Interface().(*makeFuncImpl)
	t := impl.ftyp
	offs, _ := frameOffsets(t)
	in := make([]Value, t.nin)
	for i := range in {
		pt := paramAt(t, i)
		c := newOf(pt)
		memmove(c, add(frame, offs[i]), pt.size)
		in[i] = Value{pt, c, 0}
	}
	out := impl.fn(in)
	if len(out) != t.nout {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for i, v := range out {
		rt := paramAt(t, t.nin+i)
		if v.typ == nil {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
		}
		if !v.typ.AssignableTo(rt) {
			panic("reflect: function created by MakeFunc using closure returned wrong type: have " +
				v.typ.String() + " for " + rt.String())
		}
		v = v.assignTo("reflect.MakeFunc", rt)
		memmove(add(frame, offs[t.nin+i]), v.ptr, rt.size)
	}
}

// makeFuncStub has no body: see above.
func makeFuncStub()

var implPtrType = TypeOf(&makeFuncImpl{}).common()

// MakeFunc returns a new function of the given Type that wraps the
// function fn: calling it converts its arguments to Values, runs fn and
// stores fn's results as its own.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	impl := &makeFuncImpl{typ.common(), fn}
	// The stub's code address: the first word of its static closure.
	stub := loadPtr(ValueOf(makeFuncStub).ptr)
	// The code word, then the context: a pointer.
	obj := allocWords(2, 2)
	storePtr(obj, loadPtr(stub))
	storePtr(add(obj, ptrSize), loadPtr(ValueOf(impl).ptr))
	cell := allocWords(1, 1)
	storePtr(cell, obj)
	return Value{typ.common(), cell, 0}
}
