// errorcheck

package main

// Comparing two functions with == (comparing with nil is fine).

func main() {
	f := func() {}
	g := func() {}
	_ = f == nil
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
}
