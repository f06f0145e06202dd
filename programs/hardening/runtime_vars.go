// run

// runtime.GOARCH is a constant of the target, as in gc (it was a variable
// nothing set, so it was ""), and runtime.MemProfileRate starts at 0, as
// gc's does in a program that never calls runtime.MemProfile.

package main

import (
	"fmt"
	"runtime"
)

const arch = runtime.GOARCH

func main() {
	fmt.Println(arch == "amd64" || arch == "386" || arch == "arm64", len(runtime.GOARCH) > 0)
	fmt.Println(runtime.GOOS, runtime.MemProfileRate)
}
