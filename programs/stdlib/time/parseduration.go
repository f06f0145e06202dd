// run

// time.ParseDuration: units, fractions, signs, overflow at 1<<63 and gc's
// error texts (with their quoting of odd bytes).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "", "1h", "300ms", "-1.5h", "2h45m", "1.h", ".5s", "1", ".", "1.2.3s", "10xs", "1µs", "1μs", "3us", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h", "2562048h", "0.0000000000000000000001s", "1.00000000000000000000001h", "1\"s", "1\x01s", "1é", "1\xffs", "5m0.5s", "-", "+5s", "1ns2us3ms4s5m6h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %d %v %v\n", s, int64(d), d, err)
	}
}
