// run

// fmt.Printf and Sprintf: integer, string, float, bool and %v/%+v/%T verbs
// with flags, width and precision, and the notes for bad or missing args.
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	fmt.Printf("%d %5d %-5d| %05d %x %X %#x %o %b %c %q %U\n", 42, 7, 7, -42, 255, 255, 255, 8, 5, 'A', 'z', 0x1F600)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x\n", "go", "right", "left", "trunc", "quo\"te", "hi")
	fmt.Printf("%f %.2f %8.3f %e %.3E %g %.3g %g %g\n", 3.14159, 2.71828, 1.5, 123456.789, 0.000123, 1e21, 3.14159, 0.0001, 100.0)
	fmt.Printf("%v %+v %+v %T %T %t %v %v\n", pt{1, 2}, 7, pt{3, 4}, pt{}, 3.5, true, []int{1, 2}, nil)
	s := fmt.Sprintf("%d-%s", 3, "x")
	fmt.Println(s, len(s))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("100%%\n")
}
