// errorcheck

package main

// A break outside any loop, switch or select.

func main() {
	x := 1
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
}
