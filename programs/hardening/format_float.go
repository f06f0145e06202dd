// run

// strconv.FormatFloat and AppendFloat, a native the runtime did not
// implement ("not yet supported by the runtime: strconv.formatFloat"):
// every format at several precisions, for float64 and float32, the
// extremes and an unknown format byte, as gc 1.19.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 0.1, 2.5, 1.0 / 3, 5e-324, 1.7976931348623157e308}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, p := range []int{-1, 0, 3, 17} {
				fmt.Print(strconv.FormatFloat(v, f, p, 64), " ", strconv.FormatFloat(v, f, p, 32), "|")
			}
		}
		fmt.Println()
	}
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 2.5, 'g', -1, 64)), strconv.FormatFloat(1.5, 'z', 2, 64))
	s := strconv.FormatFloat(0.1, 'g', -1, 32)
	f, err := strconv.ParseFloat(s, 32)
	fmt.Println(s, f, err)
}
