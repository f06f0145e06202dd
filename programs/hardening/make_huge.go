// fatal

package main

// A slice larger than the machine can back (1 TiB here: more than RAM
// plus swap) is refused when it is made, as gc refuses it on this machine:
// `fatal error: runtime: out of memory` and the trace, exit status 2 (Go's
// sysMap, when the kernel will not commit the memory). Before, splitgo's
// heap mapped it with MAP_NORESERVE, the make "succeeded" and the program
// printed 1099511627776. (A host with vm.overcommit_memory=1 grants it,
// gc's too.)

import "fmt"

func main() {
	b := make([]byte, 1<<40)
	fmt.Println(len(b))
}
