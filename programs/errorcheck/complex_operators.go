// errorcheck

package main

// Complex numbers are not ordered, have no remainder, complement or
// shift, and a constant divisor of 0 is refused.

func main() {
	var c complex128 = 1i
	_ = c < c  // ERROR "invalid operation: c < c \(operator < not defined on complex128\)"
	_ = c % c  // ERROR "invalid operation: operator % not defined on c \(variable of type complex128\)"
	_ = ^c     // ERROR "invalid operation: operator \^ not defined on c \(variable of type complex128\)"
	_ = c << 1 // ERROR "invalid operation: shifted operand c \(variable of type complex128\) must be integer"
	_ = 1i / 0 // ERROR "invalid operation: division by zero"
	_ = float64(c) // ERROR "cannot convert c \(variable of type complex128\) to type float64"
}
