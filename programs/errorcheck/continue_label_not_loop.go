// errorcheck

package main

// A continue naming the label of a switch.

func main() {
	for i := 0; i < 2; i++ {
	S:
		switch i {
		case 0:
			continue S // ERROR "invalid continue label S"
		}
	}
}
