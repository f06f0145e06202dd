// errorcheck

package main

// A range over a float64, which is not rangeable.

func main() {
	f := 2.5
	for i := range f { // ERROR "cannot range over f \(variable of type float64\)"
		_ = i
	}
}
