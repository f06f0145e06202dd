// run

// PrintDefaults calls String on a zero value of each user Value type to
// decide whether to show the default; a String that panics there does not
// stop it: the panics are listed after the flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

// ref's String follows a pointer that its zero value lacks.
type ref struct{ p *int }

func (r *ref) String() string     { return fmt.Sprint(*r.p) }
func (r *ref) Set(s string) error { return nil }

// named has value receivers; its zero value has no name to show.
type named struct{ n *string }

func (v named) String() string {
	if v.n == nil {
		panic("no name")
	}
	return *v.n
}
func (v named) Set(string) error { return nil }

// picky panics with an error on its zero value.
type picky int

func (p *picky) String() string {
	if *p == 0 {
		panic(errors.New("zero is not allowed"))
	}
	return fmt.Sprint(int(*p))
}
func (p *picky) Set(string) error { return nil }

// calm has a String that copes with its zero value.
type calm struct{ s []string }

func (c *calm) String() string     { return fmt.Sprint(len(c.s)) }
func (c *calm) Set(s string) error { c.s = append(c.s, s); return nil }

func main() {
	fs := flag.NewFlagSet("z", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := 5
	fs.Var(&ref{&n}, "ref", "a ref")
	s := "x"
	fs.Var(named{&s}, "named", "a `name`")
	p := picky(3)
	fs.Var(&p, "picky", "a picky number")
	fs.Var(&calm{[]string{"a", "b"}}, "calm", "a calm list")
	fs.Int("n", 1, "n")
	fs.PrintDefaults()
	fmt.Println("-- a set without such types:")
	fs2 := flag.NewFlagSet("y", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Var(&calm{}, "calm", "a calm list")
	fs2.PrintDefaults()
	fmt.Println("done")
}
