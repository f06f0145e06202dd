// run

// fmt.Formatter: a value with a Format method prints itself under every
// verb, with the State reporting the directive's width, precision and
// flags, at any depth, and panics inside Format are reported as gc does.
package main

import (
	"errors"
	"fmt"
)

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "F[%c n=%d", verb, f.n)
	if w, ok := s.Width(); ok {
		fmt.Fprintf(s, " w=%d", w)
	}
	if p, ok := s.Precision(); ok {
		fmt.Fprintf(s, " p=%d", p)
	}
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, " %c", c)
		}
	}
	s.Write([]byte("]"))
}

type P struct{ s string }

func (p *P) Format(s fmt.State, verb rune) {
	s.Write([]byte("part"))
	if p.s == "boom" {
		panic("boom")
	}
	fmt.Fprint(s, p.s)
}

type E struct{}

func (E) Format(s fmt.State, verb rune) { panic(errors.New("bad")) }
func (E) Error() string                 { return "E!" }

type S struct {
	A F
	B []F
	C map[F]F
	d F
	I interface{}
}

type G struct{ x float64 }

func (g G) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(s, "G(%g)", g.x)
	default:
		fmt.Fprintf(s, "%!"+string(verb)+"(G)")
	}
}

func main() {
	f := F{3}
	for _, d := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%X", "%q", "%5.2f", "%-8v", "%08d", "% d", "%+#v", "%T", "%p", "%w", "%!", "%[2]*[1]d", "%ä", "%.3v", "%*.*v", "%6.v"} {
		fmt.Printf(d+"|\n", f, 7, 2)
	}
	fmt.Println(f, []F{{1}, {2}}, S{A: f, B: []F{{4}}, C: map[F]F{{5}: {6}}, d: F{9}, I: F{10}})
	fmt.Printf("%+v\n", S{A: f})
	fmt.Printf("%#v\n", []interface{}{f, G{1.5}})
	fmt.Printf("%v %s\n", &P{"ok"}, &P{"boom"})
	var np *P
	fmt.Printf("[%v] [%8v] [%-7v]\n", np, np, np)
	fmt.Println(E{})
	fmt.Println(fmt.Errorf("wrap: %w", E{}))
	fmt.Println(errors.Unwrap(fmt.Errorf("wrap: %w", E{})) != nil)
	fmt.Println(fmt.Sprint(f), fmt.Sprintln(f))
	var fo fmt.Formatter = f
	fmt.Printf("%v %d\n", fo, G{2})
	var i interface{} = &f
	fmt.Printf("%v\n", i)
	fmt.Printf("%v %x\n", map[string]G{"a": {1}}, [2]G{})
}
