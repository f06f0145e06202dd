// errorcheck

package main

// complex takes two floats of one type; real and imag take a complex
// number.

func main() {
	var f float64 = 1
	var i int = 1
	_ = complex(f, float32(1)) // ERROR "invalid operation: complex\(f, float32\(1\)\) \(mismatched types float64 and float32\)"
	_ = complex(i, i)          // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = real(f)                // ERROR "invalid argument: argument has type float64, expected complex type"
	_ = imag(i)                // ERROR "invalid argument: argument has type int, expected complex type"
	_ = complex(1, 2i)          // ERROR "complex\(1, 2i\) \(mismatched types untyped float and untyped complex\)"
}
