// errorcheck

package main

// A goto that jumps over a variable declaration.

func main() {
	goto end // ERROR "goto end jumps over (variable )?declaration"
	x := 1
	_ = x
end:
	println("done")
}
