// errorcheck

package main

// cap applied to a map.

func main() {
	m := map[string]int{}
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
}
