package reflect

import "math"

// Complex numbers: a complex64 is two float32 words' worth of bits (real
// then imaginary), a complex128 two float64.

// Complex widens a complex64 or complex128 value to complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		re := math.Float32frombits(uint32(load(v.ptr, 4)))
		im := math.Float32frombits(uint32(load(add(v.ptr, 4), 4)))
		return complex(float64(re), float64(im))
	case Complex128:
		re := math.Float64frombits(load(v.ptr, 8))
		im := math.Float64frombits(load(add(v.ptr, 8), 8))
		return complex(re, im)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// SetComplex stores x (narrowed for complex64) into the settable v.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		store(v.ptr, 4, uint64(math.Float32bits(float32(real(x)))))
		store(add(v.ptr, 4), 4, uint64(math.Float32bits(float32(imag(x)))))
		return
	case Complex128:
		store(v.ptr, 8, math.Float64bits(real(x)))
		store(add(v.ptr, 8), 8, math.Float64bits(imag(x)))
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
}

// CanComplex is true for the two complex kinds, those Complex accepts.
func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

// OverflowComplex reports whether the complex128 x cannot be represented
// by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.kind() {
	case Complex64:
		return beyondFloat32(real(x)) || beyondFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

// beyondFloat32 is true for finite x whose magnitude exceeds the
// largest float32 (infinities and NaN convert without overflow).
func beyondFloat32(x float64) bool {
	m := math.Abs(x)
	return m > math.MaxFloat32 && m <= math.MaxFloat64
}
