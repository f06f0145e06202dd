// fatal

package main

// panic(err) of a value that needs no allocation is a call of the panic
// service, which never returns: the helper is inlined, and the trace
// shows it as gc's does.

import "errors"

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	check(nil)
	check(errors.New("boom"))
}
