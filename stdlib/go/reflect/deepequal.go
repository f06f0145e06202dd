package reflect

// seenPair keys a comparison already under way: the two addresses being
// compared and their type. Meeting it again means a cycle, counted as equal.
type seenPair struct {
	left, right *byte
	t           *rtype
}

// deepCmp carries the cycle memory through one DeepEqual call.
type deepCmp struct {
	seen map[seenPair]bool
}

// remember marks the pair (a, b) as in progress; it reports true when the
// pair was already marked (a cycle), so the caller can stop there.
func (c *deepCmp) remember(a, b Value) bool {
	var pa, pb *byte
	switch a.Kind() {
	case Interface:
		if a.IsNil() {
			return false
		}
		pa, pb = a.ptr, b.ptr
	case Map, Slice, Pointer:
		pa, pb = loadPtr(a.ptr), loadPtr(b.ptr)
	default:
		return false
	}
	if pa == nil || pb == nil {
		return false
	}
	key := seenPair{pa, pb, a.typ}
	if c.seen[key] {
		return true
	}
	c.seen[key] = true
	return false
}

// elems compares a and b position by position: struct fields when
// fields is set, otherwise array or slice elements.
func (c *deepCmp) elems(a, b Value, fields bool) bool {
	var n int
	if fields {
		n = a.NumField()
	} else {
		n = a.Len()
	}
	for i := 0; i < n; i++ {
		var x, y Value
		if fields {
			x, y = a.Field(i), b.Field(i)
		} else {
			x, y = a.Index(i), b.Index(i)
		}
		if !c.eq(x, y) {
			return false
		}
	}
	return true
}

// sameHeader handles the common start of slice and map comparison: the
// nil-ness and the length must agree; one shared backing store settles it.
// done is true when the result is already known.
func sameHeader(a, b Value) (result, done bool) {
	if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
		return false, true
	}
	if loadPtr(a.ptr) == loadPtr(b.ptr) {
		return true, true
	}
	return false, false
}

// eq is the recursive deep comparison of two values.
func (c *deepCmp) eq(a, b Value) bool {
	okA, okB := a.IsValid(), b.IsValid()
	if !okA || !okB {
		return okA == okB
	}
	if a.typ != b.typ {
		return false
	}
	if c.remember(a, b) {
		return true
	}
	switch k := a.Kind(); k {
	case Array:
		return c.elems(a, b, false)
	case Struct:
		return c.elems(a, b, true)
	case Slice:
		if r, done := sameHeader(a, b); done {
			return r
		}
		return c.elems(a, b, false)
	case Map:
		if r, done := sameHeader(a, b); done {
			return r
		}
		for _, key := range a.MapKeys() {
			ea, eb := a.MapIndex(key), b.MapIndex(key)
			if !ea.IsValid() || !eb.IsValid() || !c.eq(ea, eb) {
				return false
			}
		}
		return true
	case Pointer:
		return loadPtr(a.ptr) == loadPtr(b.ptr) || c.eq(a.Elem(), b.Elem())
	case Interface:
		na, nb := a.IsNil(), b.IsNil()
		if na || nb {
			return na == nb
		}
		return c.eq(a.Elem(), b.Elem())
	case Func:
		// Functions only match when both are nil.
		return a.IsNil() && b.IsNil()
	case Bool:
		return a.Bool() == b.Bool()
	case String:
		return a.String() == b.String()
	case Float32, Float64:
		// NaN is unequal to itself, as ==.
		return a.Float() == b.Float()
	case Complex64, Complex128:
		return a.Complex() == b.Complex()
	default:
		if k >= Int && k <= Int64 {
			return a.Int() == b.Int()
		}
		if k >= Uint && k <= Uintptr {
			return a.Uint() == b.Uint()
		}
	}
	// Channels and unsafe pointers: plain ==.
	return valuesEqual(a.typ, a.ptr, b.ptr)
}

// DeepEqual reports whether x and y are "deeply equal": values of
// identical type whose parts are deeply equal, as gc's reflect defines it.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	a, b := ValueOf(x), ValueOf(y)
	if a.typ != b.typ {
		return false
	}
	c := &deepCmp{seen: map[seenPair]bool{}}
	return c.eq(a, b)
}
