// run

// A tagless switch compares each case with true: a case of interface type
// holding a bool matches only when it holds true (Go issue 3980). The
// descriptor's address must play no part, so many packages are imported.
package main
import (
	"encoding/json"
	"os"
)

var _ = json.Valid
var _ = os.Args
func main() {
	i := interface{}(true)
	var f interface{} = false
	var n interface{}
	var s interface{} = "x"
	switch {
	case f:
		println("bad f")
	case n:
		println("bad n")
	case s:
		println("bad s")
	case i:
		println("ok")
	case false:
		println("bad1")
	default:
		println("bad2")
	}
}
