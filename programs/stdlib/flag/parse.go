// run

// flag: FlagSets with every kind of flag, the forms of the command line,
// the errors with their usage messages (to a buffer), ErrHelp, Visit and
// PrintDefaults with user Values.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type list []string

func (l *list) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *list) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type level int

func (l level) String() string { return fmt.Sprint("level", int(l)) }
func (l level) Set(string) error { return errors.New("levels are fixed") }

func newSet(out *bytes.Buffer) (*flag.FlagSet, func() string) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(out)
	b := fs.Bool("v", false, "verbose")
	i := fs.Int("n", 3, "a `count` of things")
	i64 := fs.Int64("big", -1, "big one")
	u := fs.Uint("u", 0, "unsigned")
	u64 := fs.Uint64("u64", 7, "unsigned 64")
	s := fs.String("name", "gopher", "the name\nover two lines")
	f := fs.Float64("ratio", 0.5, "a ratio")
	d := fs.Duration("wait", 1500*time.Millisecond, "how long")
	var l list
	fs.Var(&l, "item", "repeatable")
	fs.Var(level(2), "level", "fixed level")
	var seen []string
	fs.Func("hook", "called with each `value`", func(v string) error {
		if v == "bad" {
			return errors.New("hook says no")
		}
		seen = append(seen, v)
		return nil
	})
	return fs, func() string {
		return fmt.Sprint(*b, *i, *i64, *u, *u64, *s, *f, *d, l, seen)
	}
}

func main() {
	for _, args := range [][]string{
		{},
		{"-v", "-n", "5", "--big=-9", "-u=3", "-u64", "0x10", "-name", "x", "-ratio=2.5e3", "-wait", "2m3s", "-item", "a", "-item=b", "-hook", "h1", "rest", "-n", "9"},
		{"-v=false", "--", "-n", "1"},
		{"-n", "abc"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-v=maybe"},
		{"-wait", "forever"},
		{"-level", "3"},
		{"-hook", "bad"},
		{"-nosuch"},
		{"-n"},
		{"---n", "1"},
		{"-=x"},
		{"-h"},
		{"-help"},
		{"-", "x"},
	} {
		var out bytes.Buffer
		fs, state := newSet(&out)
		err := fs.Parse(args)
		fmt.Printf("%q: err=%v parsed=%v nflag=%d args=%q\n", args, err, fs.Parsed(), fs.NFlag(), fs.Args())
		fmt.Println("  state:", state())
		if err == flag.ErrHelp || strings.Contains(fmt.Sprint(err), "abc") {
			fmt.Print(out.String())
		} else if out.Len() > 0 {
			fmt.Printf("  output: %q\n", strings.SplitN(out.String(), "\n", 2)[0])
		}
		if len(args) > 1 && args[1] == "-n" {
			fs.Visit(func(f *flag.Flag) { fmt.Print(" ", f.Name, "=", f.Value) })
			fmt.Println()
		}
	}
	var out bytes.Buffer
	fs, _ := newSet(&out)
	fmt.Println(fs.Set("n", "42"), fs.Set("nosuch", "1"), fs.Lookup("n").Value, fs.Lookup("zz") == nil, fs.Name(), fs.NArg(), fs.Arg(0) == "")
	g := fs.Lookup("n").Value.(flag.Getter)
	fmt.Println(g.Get())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Bool("-x", false, "")
	}()
	ps := flag.NewFlagSet("", flag.PanicOnError)
	ps.SetOutput(&out)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ps.Parse([]string{"-x"})
	}()
}
