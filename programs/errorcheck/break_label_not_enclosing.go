// errorcheck

package main

// A break naming a label that does not label an enclosing loop.

func main() {
L:
	for i := 0; i < 2; i++ {
	}
	for j := 0; j < 2; j++ {
		break L // ERROR "invalid break label L"
	}
}
