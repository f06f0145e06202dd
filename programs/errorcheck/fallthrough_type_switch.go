// errorcheck

package main

// A fallthrough in a type switch.

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}
}
