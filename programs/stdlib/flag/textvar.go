// run

// flag.TextVar and FlagSet.TextVar: variables that read their text with
// UnmarshalText and show it with MarshalText, with value and pointer
// receivers, defaults given as values and as pointers, bad values with
// their usage text, PrintDefaults with and without defaults, and the
// panics of a misused TextVar (recovered).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// level: MarshalText on the value, UnmarshalText on the pointer. Its zero
// value shows as "debug", yet a TextVar default of level(0) is printed by
// PrintDefaults, since a textValue's own zero shows as "".
type level int

var levelNames = []string{"debug", "info", "warn", "error"}

func (l level) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("level %d out of range", int(l))
	}
	return []byte(levelNames[l]), nil
}

func (l *level) UnmarshalText(text []byte) error {
	for i, name := range levelNames {
		if strings.EqualFold(name, string(text)) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", text)
}

// point: both methods on the pointer.
type point struct{ X, Y int }

func (p *point) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil
}

func (p *point) UnmarshalText(text []byte) error {
	xs, ys, ok := strings.Cut(string(text), ",")
	if !ok {
		return errors.New("want x,y")
	}
	x, err := strconv.Atoi(xs)
	if err != nil {
		return err
	}
	y, err := strconv.Atoi(ys)
	if err != nil {
		return err
	}
	p.X, p.Y = x, y
	return nil
}

// names: a struct holding a string and a slice, so that the copy of the
// default carries pointers.
type names struct {
	sep   string
	items []string
}

func (n names) MarshalText() ([]byte, error) {
	return []byte(strings.Join(n.items, n.sep)), nil
}

func (n *names) UnmarshalText(text []byte) error {
	n.items = append(n.items, string(text))
	return nil
}

// secret: MarshalText fails unless the value is empty, so String is ""
// and PrintDefaults shows no default.
type secret string

func (s *secret) UnmarshalText(text []byte) error { *s = secret(text); return nil }
func (s secret) MarshalText() ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	return nil, errors.New("not shown")
}

// tags: a map, whose methods have value receivers; not a pointer.
type tags map[string]bool

func (t tags) MarshalText() ([]byte, error) { return []byte(fmt.Sprint(len(t))), nil }
func (t tags) UnmarshalText(text []byte) error {
	t[string(text)] = true
	return nil
}

// unit has no bytes at all.
type unit struct{}

func (unit) MarshalText() ([]byte, error)     { return []byte("unit"), nil }
func (*unit) UnmarshalText(text []byte) error { return nil }

// other is a type that does not match the variables above.
type other int

func (other) MarshalText() ([]byte, error) { return []byte("other"), nil }
func (*other) UnmarshalText([]byte) error  { return nil }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", what)
}

func parse(fs *flag.FlagSet, args ...string) {
	err := fs.Parse(args)
	fmt.Printf("%q: err=%v args=%q\n", args, err, fs.Args())
}

func main() {
	var out strings.Builder
	fs := flag.NewFlagSet("texts", flag.ContinueOnError)
	fs.SetOutput(&out)

	var lv level
	fs.TextVar(&lv, "level", level(2), "the `severity` to log")
	var zero level = 3
	fs.TextVar(&zero, "zlevel", level(0), "a level whose default is the zero level")

	var pt point
	def := &point{X: 1, Y: 2}
	fs.TextVar(&pt, "at", def, "where to start")
	def.X = 99 // the variable holds a copy of the default
	var origin point
	fs.TextVar(&origin, "origin", &point{}, "a zero default")

	var ns names
	fs.TextVar(&ns, "name", names{sep: "+", items: []string{"a", "b"}}, "names, repeatable")
	var sec secret
	fs.TextVar(&sec, "secret", secret("hidden"), "its MarshalText fails")
	var u unit
	fs.TextVar(&u, "unit", &unit{}, "a zero-sized variable")

	fmt.Println("after TextVar:", lv, zero, pt, origin, ns.items, sec, u)
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Printf("  %s: DefValue=%q String=%q\n", f.Name, f.DefValue, f.Value.String())
	})
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()

	parse(fs, "-level", "ERROR", "-at=3,4", "--name", "c", "-name=d", "-secret", "s3", "rest")
	fmt.Println("values:", lv, pt, ns.items, ns.sep, sec)
	fs.Visit(func(f *flag.Flag) {
		g := f.Value.(flag.Getter).Get()
		fmt.Printf("  set %s = %s (Get %T)\n", f.Name, f.Value, g)
	})
	if g, ok := fs.Lookup("at").Value.(flag.Getter); ok {
		p := g.Get().(*point)
		fmt.Println("Get is the variable:", p == &pt)
	}
	err := fs.Set("level", "info")
	fmt.Println("Set info:", err, lv)
	err = fs.Set("level", "loud")
	fmt.Println("Set loud:", err, lv)

	for _, args := range [][]string{
		{"-level", "loud"},
		{"-at", "5"},
		{"-at=x,1"},
		{"-origin"},
	} {
		parse(fs, args...)
		fmt.Print(out.String())
		out.Reset()
		// The whole usage once is enough.
		fs.Usage = func() { fmt.Fprintln(fs.Output(), "(usage)") }
	}

	// The panics of a misused TextVar. The default is stored before the
	// name is checked: a redefinition still overwrites the variable.
	fs.Set("level", "error")
	var other1 other
	try("not a pointer", func() { fs.TextVar(tags{}, "p1", tags{}, "") })
	try("nil variable", func() { fs.TextVar(nil, "p2", level(1), "") })
	try("type mismatch", func() { fs.TextVar(&lv, "p3", other(1), "") })
	try("pointer mismatch", func() { fs.TextVar(&pt, "p4", &other1, "") })
	try("nil default", func() { fs.TextVar(&lv, "p5", nil, "") })
	try("nil pointer default", func() { fs.TextVar(&pt, "p6", (*point)(nil), "") })
	try("nil pointer variable", func() { fs.TextVar((*point)(nil), "p7", &point{}, "") })
	try("redefined", func() { fs.TextVar(&lv, "level", level(1), "") })
	fmt.Print(out.String())
	out.Reset()
	fmt.Println("level after the redefinition:", lv)

	// The package-level form, on the command line's set.
	var cl point
	flag.TextVar(&cl, "cl", &point{7, 8}, "a command-line point")
	flag.CommandLine.SetOutput(os.Stdout)
	fmt.Println(flag.CommandLine.Parse([]string{"-cl", "9,10"}), cl)
	flag.PrintDefaults()
}
