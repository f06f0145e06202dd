// errorcheck

package main

// Shifting a floating-point value.

func main() {
	f := 1.5
	_ = f << 2 // ERROR "shifted operand f \(variable of type float64\) must be integer|shift of type float64"
}
