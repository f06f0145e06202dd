// run

package main

// Malformed directives (bad indexes, lone flags, huge widths, invalid
// UTF-8 verbs) and extreme floats print what gc prints. Before, the
// runtime had no argument indexes or `*`, and formatted floats with
// Rust's rules, and %w printed its operand.

import (
	"errors"
	"fmt"
)

type S struct{ A int }

func main() {
	fs := []string{"%\xff", "%[", "%[1", "%[99999999999999999999]d", "%.[", "%*[2]d", "%-+# 0*.*[3]x", "%[1]", "%[]d", "%[-1]d", "%.", "%5.", "%99999999999d", "%.99999999999f", "%[2]*[3].*[1]f", "%[1]d%d%d%d", "%0*d", "% -08.3x", "%+#0 16.8X", "%\x00", "%ǅ", "%[1]!", "%-", "%#", "%0"}
	for _, f := range fs {
		fmt.Printf("%q => %q\n", f, fmt.Sprintf(f, 1, 2.5, "s"))
		fmt.Printf("%q => %q\n", f, fmt.Sprintf(f))
		fmt.Printf("%q => %q\n", f, fmt.Sprintf(f, []byte("x"), nil))
	}
	fmt.Printf("%.300f|%.60e|%.40g\n", 1e-300, 1.0/3, 2.0/3)
	fmt.Printf("%1000.2f|\n", 1.5)
	fmt.Printf("%x %X %.0x %#.3X\n", 5e-324, 1.7976931348623157e308, 1.5, float32(-2.5))
	// %w wraps only in Errorf: a bad verb in Printf, whatever the operand.
	e := errors.New("inner")
	fmt.Printf("%w|%w|%w|%w|%w|%w|%w\n", e, 3, "s", S{1}, []S{{2}}, nil, []byte("ab"))
	// Values nested 100 deep print whole (the old printer cut at 32).
	var deep interface{} = 1
	for i := 0; i < 100; i++ {
		deep = []interface{}{deep, map[int]interface{}{i: i}}
	}
	fmt.Println(deep)
	fmt.Printf("%b %b %e %g\n", float32(1), 5e-324, float32(1e-45), float32(3.4e38))
}
