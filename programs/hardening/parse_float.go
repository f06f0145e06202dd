// run

// strconv.ParseFloat, a native the runtime did not implement ("not yet
// supported by the runtime: strconv.parseFloat" for a program check
// accepted): decimal and hexadecimal literals, separators, inf and nan,
// range errors and float32 rounding, as gc 1.19.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1.5", "-0.25e2", "1_000.5", "1__0", ".5", "1e400", "-1e400", "1e-400",
		"0x1p-2", "0x1.8p1", "0X_1FFFP-16", "0x1p-1074", "0x15", "Inf", "-infinity", "+nan", "nan",
		"1e", "", "x", "1.2.3", "3.4028235e38", "3.5e38", "123456789012345678901234567890",
		"0.000000000000000000000000000001", "2.2250738585072011e-308", "4.9e-324", "0x1.fffffffffffffp1023"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err32)
	}
}
