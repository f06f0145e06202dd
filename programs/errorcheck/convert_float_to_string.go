// errorcheck

package main

// Converting a float to string (string(int) is allowed, string(float) is not).

func main() {
	f := 65.0
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
}
