// fatal

package main

// close of a nil channel panics: `panic: close of nil channel`.

func shut(c chan bool) {
	close(c)
}

func main() {
	var c chan bool
	shut(c)
}
