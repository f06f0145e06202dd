// errorcheck

package main

// A goto that jumps into a block.

func main() {
	goto inner // ERROR "goto inner jumps into block"
	{
	inner:
		println("in")
	}
}
