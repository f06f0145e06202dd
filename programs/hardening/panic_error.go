// fatal

package main

// panic with an error value prints its Error method's text, as gc does
// (before, the runtime printed the value's type and address:
// "panic: (*errors.errorString) 0x7f..."). The method runs on the
// panicking goroutine before the trace is printed.

import "errors"

func main() {
	panic(errors.New("boom"))
}
