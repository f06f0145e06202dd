// fatal

// MustCompile panics with Compile's error and the pattern quoted.
package main

import "regexp"

func main() {
	regexp.MustCompile("ok")
	regexp.MustCompile("tab\tand (unclosed")
}
