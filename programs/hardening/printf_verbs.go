// run

package main

// fmt's verbs and flags as gc 1.19 prints them, for every kind. Before,
// the runtime's Printf ignored the verbs and flags it did not implement
// and printed something plausible: %#v as %v (`{1 x}` for main.T{A:1,
// B:"x"}), %+q and %q with Rust's escapes, % x without spaces, %X of a
// []byte as a bad verb, %#b without 0b, %O and %X of a float refused,
// %06s padded with spaces, %*d and %[2]d unsupported, %.3q untruncated.

import "fmt"

type T struct {
	A int
	B string
}

type inner struct{ X, Y int }

type outer struct {
	inner
	P    *inner
	I    interface{}
	E    error
	M    map[string]int
	S    []int
	N    []int
	F    float64
	b    byte
	Arr  [2]bool
	Name string
}

type celsius float64

type myBytes []byte

type named int

type gs struct{ v int }

func (g gs) GoString() string { return fmt.Sprintf("gs(%d)", g.v) }

type str struct{ s string }

func (s str) String() string { return "<" + s.s + ">" }

func main() {
	t := T{1, "x"}
	fmt.Printf("%v|%+v|%#v|%T\n", t, t, t, t)
	fmt.Printf("%#v %#v %#v\n", 3, "s", []int{1})
	fmt.Printf("%+q|%#q|%#q|%q\n", "日本", "a`b", "ab", "tab\there\x00é")
	fmt.Printf("% x|%X|%x|% X|%#x|%# x\n", "hi", []byte("hi"), []byte("hi"), "hi", "hi", "hi")
	fmt.Printf("%#b|%O|%G|%06s|%X|%d\n", 5, 8, 1e21, "ab", 3.5, []byte("ab"))
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d|%.3q|%[1]*[2]d\n", 1, 2, "abcdef")
	fmt.Printf("%[3]v %v|%[5]d|%[0]d|%[x]d\n", 1, 2, 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "x", nil)
	fmt.Printf("%!|%z|%-|%.|%", 1)
	fmt.Println()
	fmt.Printf("%*d|%.*d\n", "x", 1, -1, 2)
	fmt.Printf("%-*d|\n", -5, 3)

	// Integers.
	for _, f := range []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%c", "%q", "%U", "%#U", "%.3d", "%8.3d", "%08.3d", "%+.0d", "%v", "%#v", "%s", "%t", "%e"} {
		fmt.Printf(f+" ", 65)
		fmt.Printf(f+" ", -7)
		fmt.Printf(f+" ", uint8(200))
		fmt.Printf(f+"\n", named(0))
	}
	fmt.Printf("%d %d %x %o\n", int64(-9223372036854775808), uint64(18446744073709551615), int8(-128), int16(-1))
	fmt.Printf("%c|%q|%U|%#U|%q|%+q\n", 0x1F600, 0x1F600, 0x10FFFF+1, 'x', '\'', 'é')

	// Floats.
	for _, f := range []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+.1e", "% g", "%#g", "%#.3g", "%.3g", "%x", "%X", "%.2x", "%#v", "%b", "%10.4v", "%d", "%s"} {
		fmt.Printf(f+" ", 3.0)
		fmt.Printf(f+" ", -1234.5678)
		fmt.Printf(f+" ", 1e-7)
		fmt.Printf(f+" ", float32(0.1))
		fmt.Printf(f+"\n", celsius(1e21))
	}
	inf, nan := 1.0, 0.0
	inf /= 0
	nan = nan / nan
	fmt.Printf("%v %f %+v %05v % v %v %+f %08.2f|%-6v|\n", inf, -inf, inf, -inf, inf, nan, nan, -inf, nan)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.000001, 1e-5, float32(1)/3, -0.0)

	// Strings and bytes.
	for _, f := range []string{"%s", "%v", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%8s|", "%-8s|", "%08s", "%.2s", "%.1q", "%5.1x", "%d", "%c", "%#v", "%T"} {
		fmt.Printf(f+" ", "héllo")
		fmt.Printf(f+" ", []byte("ab"))
		fmt.Printf(f+" ", myBytes("c\n"))
		fmt.Printf(f+"\n", [2]byte{1, 255})
	}
	fmt.Printf("%q|%q|%#q|%x|%q\n", "\xff\x7f", "\u2028\ufeff", "\ufeff", "", []string{"a", "b"})

	// Bools, nil, pointers, composites.
	fmt.Printf("%t %v %5t %-6v| %d %s %#v\n", true, false, true, false, true, true, true)
	fmt.Printf("%v %d %s %#v %T %p %+v\n", nil, nil, nil, nil, nil, nil, nil)
	var np *T
	var ni interface{}
	var nm map[string]int
	var ns []int
	fmt.Printf("%v %#v %+v %d %#v %#v %#v %v\n", np, np, np, np, nm, ns, []string{}, ns)
	fmt.Printf("%#v %v %#v\n", ni, []interface{}{ni, 1, "a"}, []interface{}{ni, 1, "a", nil})
	fmt.Printf("%v|%+v|%#v\n", &t, &t, &t)
	fmt.Printf("%v %+v %#v\n", &[]int{1}, &[2]string{"a"}, &map[string]int{"a": 1})
	o := outer{inner: inner{1, 2}, I: 5, M: map[string]int{"b": 2, "a": 1}, S: []int{}, F: 2.5, b: 'z', Name: "n"}
	fmt.Printf("%v\n%+v\n", o, o)
	s := fmt.Sprintf("%#v", o)
	fmt.Println(s[:50], len(s) > 50)
	fmt.Printf("%d|%x|%s|%q|%5v|%05d\n", o.S, []int{10, 11}, []int{1}, []string{"a"}, []int{1, 2}, []int{3})
	fmt.Printf("%d|%x|%v|%#v\n", map[string]int{"z": 26, "a": 1}, map[int]string{255: "ff"}, map[bool]int{true: 1, false: 0}, map[string]int{"a": 1})
	fmt.Printf("%x %X %d %s\n", T{255, "hi"}, T{255, "hi"}, T{255, "hi"}, T{255, "hi"})
	fmt.Printf("%#v %#v %#v %#v\n", inner{}, [2]int{}, struct{ A, b int }{1, 2}, [][]int{{1}, nil})
	fmt.Printf("%#v %#v %#v %#v\n", uint(7), uint8(0), int8(-1), celsius(2))
	fmt.Printf("%#v %#v %v %#v\n", float32(1.5), 1e21, 1e-7, []float64{1, 0.5, 1e6})
	fmt.Printf("%v %#v %s %#v %v\n", gs{1}, gs{2}, gs{3}, []gs{{4}}, []gs{{5}})
	fmt.Printf("%v %s %q %x %d %#v %v\n", str{"a"}, str{"b"}, str{"c"}, str{"d"}, str{"e"}, str{"f"}, []str{{"g"}})
	fmt.Printf("%10v|%-10s|%10q|%.2v\n", str{"a"}, str{"b"}, str{"c"}, str{"abc"})
	fmt.Printf("%v %d %x\n", []interface{}{1, "a", nil, 2.5, []int{1}}, []interface{}{1, "a"}, []interface{}{"hi", 255})

	// Print and Println spacing.
	fmt.Print(1, 2, "a", "b", 3, nil, 4.5, t, "\n")
	fmt.Print("x", 1, 2, "\n")
	fmt.Println("a", 1, nil, []byte("hi"), t, &t)
	fmt.Print(celsius(1), celsius(2), "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprintln("x", 1) == "x 1\n")
}
