// run

// strconv.FormatComplex and ParseComplex: forms, signs, infinities, NaN,
// hexadecimal parts, underscores, range errors and syntax errors.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []complex128{1 + 2i, -1.5 - 0i, complex(1e300, -1e-300)} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64), strconv.FormatComplex(c, 'e', 3, 64))
	}
	for _, s := range []string{"1+2i", "(3.5-1e3i)", "2i", "i", "-i", "+Infi", "NaN+NaNi", "1e400+1i", "1++2i", "0x1p3-0x1.8p1i", "1_000+2i", "0x1_0p0i", "1e+i", "infi", "(1)", "1+2", "1.5e10", " 1+2i", "1-Infi", "1+nani", "1+NaNi"} {
		c, err := strconv.ParseComplex(s, 128)
		d, err2 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, d, err2)
	}
}
