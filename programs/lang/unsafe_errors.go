// errorcheck

package main

// What the checker refuses in uses of package unsafe, in gc's words.

import "unsafe"

type E struct{ x int }

type S struct {
	a byte
	*E
	b int16
}

func (S) M() {}

func main() {
	var s S
	var p unsafe.Pointer
	var f float64
	unsafe.Sizeof()           // ERROR "not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Alignof(1, 2)  // ERROR "too many arguments for unsafe.Alignof\(1, 2\) \(expected 1, found 2\)"
	_ = unsafe.Sizeof(nil)    // ERROR "use of untyped nil in argument to unsafe.Sizeof"
	_ = unsafe.Offsetof(s)    // ERROR "invalid argument: s is not a selector expression"
	_ = unsafe.Offsetof(s.x)  // ERROR "invalid argument: field x is embedded via a pointer in S"
	_ = unsafe.Offsetof(s.M)  // ERROR "invalid argument: s.M is a method value"
	_ = unsafe.Offsetof(s.zz) // ERROR "invalid argument: S has no single field zz"
	_ = unsafe.Add(1, 2)      // ERROR "cannot use 1 \(untyped int constant\) as unsafe.Pointer value in argument to unsafe.Add"
	_ = unsafe.Add(p, 2.5)    // ERROR "2.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Add(p, f)      // ERROR "invalid argument: length f \(variable of type float64\) must be integer"
	_ = unsafe.Slice(p, 1)    // ERROR "invalid argument: p \(variable of type unsafe.Pointer\) is not a pointer"
	_ = unsafe.Slice(&s, -1)  // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	unsafe.Sizeof(s)          // ERROR "unsafe.Sizeof\(s\) \(constant 24 of type uintptr\) is not used|is not used"
	_ = float64(p)            // ERROR "cannot convert p \(variable of type unsafe.Pointer\) to type float64"
	_ = unsafe.Pointer(f)     // ERROR "cannot convert f \(variable of type float64\) to type unsafe.Pointer"
	_ = (*int)(uintptr(0))    // ERROR "cannot convert uintptr\(0\) \(constant 0 of type uintptr\) to type \*int"
	var g = unsafe.Sizeof     // ERROR "unsafe.Sizeof \(built-in\) must be called"
	_ = g
	_ = unsafe.Foo // ERROR "undefined: unsafe.Foo"
}

type P unsafe.Pointer

func (p P) M() {} // ERROR "invalid receiver type P \(unsafe.Pointer\)"

func (p unsafe.Pointer) N() {} // ERROR "cannot define new methods on non-local type unsafe.Pointer"

func compare(p, q unsafe.Pointer) bool {
	return p < q // ERROR "invalid operation: p < q \(operator < not defined on unsafe.Pointer\)"
}
