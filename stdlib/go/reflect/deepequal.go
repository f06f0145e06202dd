package reflect

import "math"

// visit records a comparison in progress, so that cyclic values end.
type visit struct {
	a1  *byte
	a2  *byte
	typ *rtype
}

// deepValueEqual tests for deep equality of two values of the same type.
func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	// Values reached through references may form cycles: a pair already
	// being compared is taken as equal, as gc's DeepEqual does.
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		if v1.Kind() != Interface || !v1.IsNil() {
			p1, p2 := loadPtr(v1.ptr), loadPtr(v2.ptr)
			if v1.Kind() == Interface {
				p1, p2 = v1.ptr, v2.ptr
			}
			if p1 != nil && p2 != nil {
				k := visit{p1, p2, v1.typ}
				if visited[k] {
					return true
				}
				visited[k] = true
			}
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if loadPtr(v1.ptr) == loadPtr(v2.ptr) {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if loadPtr(v1.ptr) == loadPtr(v2.ptr) {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if loadPtr(v1.ptr) == loadPtr(v2.ptr) {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1 := v1.MapIndex(k)
			val2 := v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		// Equal only if both are nil.
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		f1, f2 := v1.Float(), v2.Float()
		return f1 == f2 && !math.IsNaN(f1)
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	// Other kinds (channels, unsafe pointers): ==.
	return valuesEqual(v1.typ, v1.ptr, v2.ptr)
}

// DeepEqual reports whether x and y are "deeply equal": values of
// identical type whose parts are deeply equal, as gc's reflect defines it.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}
