package reflect

// Value.Call: the arguments are laid out in a heap block as the compiler
// lays out a call's argument area (each parameter at its alignment, the
// results from the next word), and one of the trampolines below makes the
// call. The compiler gives each its body (lang/src/ir/lower/reflectcall.rs):
// it copies N bytes from args into its outgoing area, calls fn, and copies
// them back with the results.

func call16(fn, args *byte)
func call32(fn, args *byte)
func call64(fn, args *byte)
func call128(fn, args *byte)
func call256(fn, args *byte)
func call512(fn, args *byte)
func call1024(fn, args *byte)
func call4096(fn, args *byte)
func call16384(fn, args *byte)
func call65536(fn, args *byte)

// callFrame calls the func value fn with the argument block args of size
// bytes (allocated at least as large as the trampoline's frame).
func callFrame(fn, args *byte, size uintptr) {
	switch {
	case size <= 16:
		call16(fn, args)
	case size <= 32:
		call32(fn, args)
	case size <= 64:
		call64(fn, args)
	case size <= 128:
		call128(fn, args)
	case size <= 256:
		call256(fn, args)
	case size <= 512:
		call512(fn, args)
	case size <= 1024:
		call1024(fn, args)
	case size <= 4096:
		call4096(fn, args)
	case size <= 16384:
		call16384(fn, args)
	case size <= 65536:
		call65536(fn, args)
	default:
		panic("reflect: Call with arguments of more than 65536 bytes is not yet supported by splitgo")
	}
}

// frameSize returns the block size callFrame needs for size bytes.
func frameSize(size uintptr) uintptr {
	n := uintptr(16)
	for n < size && n < 65536 {
		if n == 1024 || n == 4096 || n == 16384 {
			n *= 4
		} else {
			n *= 2
		}
	}
	return n
}

func alignUp(x, a uintptr) uintptr {
	if a == 0 {
		return x
	}
	return (x + a - 1) / a * a
}

// Call calls the function v with the input arguments in. For a variadic
// function, the extra arguments are gathered into the final slice.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice is Call for a variadic v whose final argument already is
// the slice of variadic values (like f(a, b, s...)).
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	t := v.typ
	fn := loadPtr(v.ptr)
	if fn == nil {
		panic("reflect.Value." + op + ": call of nil function")
	}
	isSlice := op == "CallSlice"
	n := t.nin
	isVariadic := t.tflags&tflagVariadic != 0
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].typ, paramAt(t, i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// Gather the extra arguments into a new slice.
		m := len(in) - n
		st := paramAt(t, n)
		slice := MakeSlice(st, m, m)
		elem := st.elem
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.typ; !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	offs, size := frameOffsets(t)
	args := allocFrame(frameSize(size))
	markFrame(t, args, offs)
	for i := 0; i < t.nin; i++ {
		x := in[i].assignTo("reflect.Value.Call", paramAt(t, i))
		memmove(add(args, offs[i]), x.ptr, x.typ.size)
	}
	callFrame(fn, args, size)
	out := make([]Value, t.nout)
	for i := range out {
		out[i] = Value{paramAt(t, t.nin+i), add(args, offs[t.nin+i]), 0}
	}
	return out
}

// markFrame tells the heap where func type t's parameters and results
// lie in the argument area at args (offs from frameOffsets), so that
// their pointers are known while the area holds them.
func markFrame(t *rtype, args *byte, offs []uintptr) {
	for i := 0; i < t.nin+t.nout; i++ {
		markAt(add(args, offs[i]), paramAt(t, i))
	}
}

// frameOffsets returns where each parameter, then each result, of func
// type t lies in a call's argument area, and the area's size: parameters
// at their alignment, results from the next word (the IR's frame_layout).
func frameOffsets(t *rtype) ([]uintptr, uintptr) {
	var off uintptr
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
	return offs, alignUp(off, ptrSize)
}
