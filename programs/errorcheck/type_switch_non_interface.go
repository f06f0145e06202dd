// errorcheck

package main

// A type switch on a value of concrete type.

func main() {
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	case int:
	}
}
