// errorcheck

package main

// Float constants beyond float64's range are values until something typed
// is made of them; beyond the constant range itself (a 32-bit binary
// exponent) they have no value at all.

const huge = 1e646456992

var _ = huge * 10      // ERROR "constant result is not representable"
var _ = 1e646456993    // ERROR "malformed constant: 1e646456993"
var _ = 0x1p2147483647 // ERROR "malformed constant: 0x1p2147483647"
var _ float64 = huge   // ERROR "cannot use huge \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)"
var _ int = huge       // ERROR "truncated"
var _ = -1e1000        // ERROR "constant -1e\+1000 overflows float64"
var _ = 0x1p2147483646 // ERROR "constant 4.40403e\+646456992 overflows float64"
var _ = huge / huge    // ok: 1
var _ = 1e-646456993   // ok: a tiny nonzero constant, 0 as a float64
var _ = 1e-700000000   // ok: below the range, exactly 0

func main() {}
