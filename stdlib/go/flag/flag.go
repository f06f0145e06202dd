// Package flag parses command-line options into variables.
//
// A program declares its options (Bool, Int, String, Duration, Func, Var,
// ...; the ...Var forms bind an existing variable) and then calls Parse.
// An option is written -name, -name=value or -name value (the last form
// is not for booleans), with one or two leading minus signs. Options end
// at the first argument that is not one, or just after a lone "--".
//
// Messages, errors and the PrintDefaults layout follow gc 1.19. TextVar
// (text.go) binds a variable with UnmarshalText and MarshalText methods.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// ErrHelp is what Parse returns for -h or -help when the set has no such
// flag of its own.
var ErrHelp = errors.New("flag: help requested")

// Value is what a flag holds. Set receives each occurrence's text, in the
// order of the command line; String shows the value (also for the default
// in usage messages) and must cope with a zero receiver, a nil pointer
// included. A Value with an IsBoolFlag method that returns true may be
// given without an argument, "-x" then meaning "-x=true".
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose content can be read back with Get. Every Value
// of this package is one, except Func's.
type Getter interface {
	Value
	Get() any
}

// ErrorHandling selects what FlagSet.Parse does on a bad command line.
type ErrorHandling int

// The three ways to handle a parse failure.
const (
	ContinueOnError ErrorHandling = iota // Parse returns the error
	ExitOnError                          // exit status 2 (0 for -h/-help)
	PanicOnError                         // panic with the error
)

// A FlagSet is a named collection of flags with its own parsing state.
// Its zero value is usable: no name, ContinueOnError. Defining a name
// twice in one set panics.
type FlagSet struct {
	// Usage prints the help text; Parse calls it on errors and for
	// -h/-help. Programs may replace it. What follows the call is up
	// to the set's ErrorHandling.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag // given on the command line or by Set
	formal        map[string]*Flag // every defined flag, by name
	args          []string         // what is left after the flags
	errorHandling ErrorHandling
	output        io.Writer // where messages go; nil for os.Stderr
}

// A Flag is one defined flag.
type Flag struct {
	Name     string // without the minus sign
	Usage    string // the help text
	Value    Value  // the current value
	DefValue string // the default, as String gave it at definition
}

// byName lists the flags of m in increasing order of name.
func byName(m map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		list = append(list, fl)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].Name < list[b].Name })
	return list
}

// Output is where the set prints usage and error messages: what SetOutput
// gave, or os.Stderr if that was nil or never called.
func (fs *FlagSet) Output() io.Writer {
	if w := fs.output; w != nil {
		return w
	}
	return os.Stderr
}

// Name is the name the set was made with.
func (fs *FlagSet) Name() string { return fs.name }

// ErrorHandling tells what Parse does on failure.
func (fs *FlagSet) ErrorHandling() ErrorHandling { return fs.errorHandling }

// SetOutput redirects usage and error messages; nil means os.Stderr.
func (fs *FlagSet) SetOutput(output io.Writer) { fs.output = output }

// VisitAll calls fn on every defined flag, set or not, sorted by name.
func (fs *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range byName(fs.formal) {
		fn(fl)
	}
}

// VisitAll is CommandLine.VisitAll.
func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit calls fn, in name order, on the flags that have been set.
func (fs *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range byName(fs.actual) {
		fn(fl)
	}
}

// Visit is CommandLine.Visit.
func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

// Lookup finds a defined flag by name; nil if there is none.
func (fs *FlagSet) Lookup(name string) *Flag { return fs.formal[name] }

// Lookup is CommandLine.Lookup.
func Lookup(name string) *Flag { return CommandLine.formal[name] }

// markSet records fl as given.
func (fs *FlagSet) markSet(fl *Flag) {
	if fs.actual == nil {
		fs.actual = map[string]*Flag{}
	}
	fs.actual[fl.Name] = fl
}

// Set gives the named flag a value as if it were on the command line. An
// unknown name or a value that Set rejects is an error.
func (fs *FlagSet) Set(name, value string) error {
	fl := fs.formal[name]
	if fl == nil {
		return fmt.Errorf("no such flag -%v", name)
	}
	err := fl.Value.Set(value)
	if err == nil {
		fs.markSet(fl)
	}
	return err
}

// Set is CommandLine.Set.
func Set(name, value string) error { return CommandLine.Set(name, value) }

// zeroLike gives a zeroed value of v's dynamic type; for a pointer type,
// a pointer to a fresh zeroed element. Implemented by the runtime.
func zeroLike(v Value) Value

// elemTypeName names x's dynamic type as reflect.Type prints it, or its
// element type when that is a pointer (%T writes a pointer type as "*"
// and the element's name), for messages that gc words with reflect.
func elemTypeName(x any) string {
	name := fmt.Sprintf("%T", x)
	if name[0] == '*' {
		return name[1:]
	}
	return name
}

// zeroStringPanic, deferred by isZeroValue, turns a panic of the String
// method of fl's zero value into *err, the message naming the value's type
// (without a pointer's star) and the flag.
func zeroStringPanic(fl *Flag, err *error) {
	if r := recover(); r != nil {
		// errors.New rather than fmt.Errorf: Parse already reaches it, so
		// a program's start-up lowers nothing more for this message.
		*err = errors.New(fmt.Sprintf("panic calling String method on zero %v for flag %s: %v",
			elemTypeName(fl.Value), fl.Name, r))
	}
}

// isZeroValue says whether text is what the zero value of the flag's
// Value type shows; PrintDefaults leaves such defaults out. A user type's
// String may panic on a zero receiver: that is caught and comes back as
// an error naming the type and the flag, for PrintDefaults to list.
func isZeroValue(fl *Flag, text string) (zero bool, err error) {
	switch fl.Value.(type) {
	case *boolValue:
		return text == "false", nil
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return text == "0", nil
	case *stringValue, funcValue:
		return text == "", nil
	case *durationValue:
		return text == "0s", nil
	}
	// Other types, TextVar's textValue included (its zero value has no
	// variable, so its String is ""), are asked. Naming textValue in the
	// switch would make every program that parses flags compile its
	// methods.
	defer zeroStringPanic(fl, &err)
	return text == zeroLike(fl.Value).String(), nil
}

// UnquoteUsage splits a flag's usage into the placeholder for its
// argument and the text to print. A `back-quoted` word in the usage is
// the placeholder (and loses its quotes); otherwise the placeholder comes
// from the Value's type: "" for boolean kinds, "int", "string" and so on,
// and "value" for anything else.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	text := flag.Usage
	if open := strings.IndexByte(text, '`'); open >= 0 {
		tail := text[open+1:]
		if n := strings.IndexByte(tail, '`'); n >= 0 {
			word := tail[:n]
			return word, text[:open] + word + tail[n+1:]
		}
	}
	kind := "value"
	switch flag.Value.(type) {
	case boolFlag:
		kind = ""
	case *durationValue:
		kind = "duration"
	case *float64Value:
		kind = "float"
	case *intValue, *int64Value:
		kind = "int"
	case *stringValue:
		kind = "string"
	case *uintValue, *uint64Value:
		kind = "uint"
	}
	return kind, text
}

// PrintDefaults writes, to Output, one entry per defined flag in name
// order: "  -name placeholder", then the indented usage and any default
// that is not the type's zero value. The panics of String methods on
// zero values (see isZeroValue) follow, after an empty line, one a line.
func (fs *FlagSet) PrintDefaults() {
	const indent = "\n    \t"
	var panics []error
	fs.VisitAll(func(fl *Flag) {
		placeholder, text := UnquoteUsage(fl)
		line := "  -" + fl.Name
		if placeholder != "" {
			line += " " + placeholder
		}
		// "  -x" alone is short enough to keep the usage beside it.
		if len(line) > 4 {
			line += indent
		} else {
			line += "\t"
		}
		line += strings.ReplaceAll(text, "\n", indent)
		if zero, err := isZeroValue(fl, fl.DefValue); err != nil {
			panics = append(panics, err)
		} else if !zero {
			format := " (default %v)"
			if _, quoted := fl.Value.(*stringValue); quoted {
				format = " (default %q)"
			}
			line += fmt.Sprintf(format, fl.DefValue)
		}
		fmt.Fprint(fs.Output(), line, "\n")
	})
	if len(panics) > 0 {
		fmt.Fprintln(fs.Output())
		for _, err := range panics {
			fmt.Fprintln(fs.Output(), err)
		}
	}
}

// PrintDefaults is CommandLine.PrintDefaults.
func PrintDefaults() { CommandLine.PrintDefaults() }

// standardUsage is the Usage a new FlagSet starts with: a heading, then
// PrintDefaults.
func (fs *FlagSet) standardUsage() {
	out := fs.Output()
	if fs.name != "" {
		fmt.Fprintf(out, "Usage of %s:\n", fs.name)
	} else {
		fmt.Fprintf(out, "Usage:\n")
	}
	fs.PrintDefaults()
}

// Usage is the help text of the command line: a heading with the program's
// name, then the defaults. Programs may assign their own function;
// CommandLine calls whichever is current.
var Usage = func() {
	program := os.Args[0]
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", program)
	PrintDefaults()
}

// NFlag counts the flags that have been set.
func (fs *FlagSet) NFlag() int { return len(fs.actual) }

// NFlag is CommandLine.NFlag.
func NFlag() int { return len(CommandLine.actual) }

// Arg returns the i-th argument left after the flags, counting from 0,
// or "" when there is no such argument.
func (fs *FlagSet) Arg(i int) string {
	if i >= 0 && i < len(fs.args) {
		return fs.args[i]
	}
	return ""
}

// Arg is CommandLine.Arg.
func Arg(i int) string { return CommandLine.Arg(i) }

// NArg counts the arguments left after the flags.
func (fs *FlagSet) NArg() int { return len(fs.args) }

// NArg is CommandLine.NArg.
func NArg() int { return len(CommandLine.args) }

// Args returns the arguments left after the flags.
func (fs *FlagSet) Args() []string { return fs.args }

// Args is CommandLine.Args.
func Args() []string { return CommandLine.args }

// BoolVar defines flag name of type bool in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	fs.Var((*boolValue)(p), name, usage)
}

// BoolVar is CommandLine.BoolVar.
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}

// Bool defines flag name of type bool in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Bool(name string, value bool, usage string) *bool {
	cell := new(bool)
	fs.BoolVar(cell, name, value, usage)
	return cell
}

// Bool is CommandLine.Bool.
func Bool(name string, value bool, usage string) *bool { return CommandLine.Bool(name, value, usage) }

// IntVar defines flag name of type int in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	fs.Var((*intValue)(p), name, usage)
}

// IntVar is CommandLine.IntVar.
func IntVar(p *int, name string, value int, usage string) { CommandLine.IntVar(p, name, value, usage) }

// Int defines flag name of type int in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Int(name string, value int, usage string) *int {
	cell := new(int)
	fs.IntVar(cell, name, value, usage)
	return cell
}

// Int is CommandLine.Int.
func Int(name string, value int, usage string) *int { return CommandLine.Int(name, value, usage) }

// Int64Var defines flag name of type int64 in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	fs.Var((*int64Value)(p), name, usage)
}

// Int64Var is CommandLine.Int64Var.
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}

// Int64 defines flag name of type int64 in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Int64(name string, value int64, usage string) *int64 {
	cell := new(int64)
	fs.Int64Var(cell, name, value, usage)
	return cell
}

// Int64 is CommandLine.Int64.
func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

// UintVar defines flag name of type uint in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	fs.Var((*uintValue)(p), name, usage)
}

// UintVar is CommandLine.UintVar.
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}

// Uint defines flag name of type uint in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Uint(name string, value uint, usage string) *uint {
	cell := new(uint)
	fs.UintVar(cell, name, value, usage)
	return cell
}

// Uint is CommandLine.Uint.
func Uint(name string, value uint, usage string) *uint { return CommandLine.Uint(name, value, usage) }

// Uint64Var defines flag name of type uint64 in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	fs.Var((*uint64Value)(p), name, usage)
}

// Uint64Var is CommandLine.Uint64Var.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}

// Uint64 defines flag name of type uint64 in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	cell := new(uint64)
	fs.Uint64Var(cell, name, value, usage)
	return cell
}

// Uint64 is CommandLine.Uint64.
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

// StringVar defines flag name of type string in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	fs.Var((*stringValue)(p), name, usage)
}

// StringVar is CommandLine.StringVar.
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}

// String defines flag name of type string in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) String(name string, value string, usage string) *string {
	cell := new(string)
	fs.StringVar(cell, name, value, usage)
	return cell
}

// String is CommandLine.String.
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

// Float64Var defines flag name of type float64 in the set, stored in *p, which
// is first given value.
func (fs *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	fs.Var((*float64Value)(p), name, usage)
}

// Float64Var is CommandLine.Float64Var.
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}

// Float64 defines flag name of type float64 in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Float64(name string, value float64, usage string) *float64 {
	cell := new(float64)
	fs.Float64Var(cell, name, value, usage)
	return cell
}

// Float64 is CommandLine.Float64.
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

// DurationVar defines flag name of type time.Duration in the set, stored in *p, which
// is first given value. The text is read by time.ParseDuration.
func (fs *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	fs.Var((*durationValue)(p), name, usage)
}

// DurationVar is CommandLine.DurationVar.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

// Duration defines flag name of type time.Duration in the set and returns a new
// variable holding its value, value until the flag is set.
func (fs *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	cell := new(time.Duration)
	fs.DurationVar(cell, name, value, usage)
	return cell
}

// Duration is CommandLine.Duration.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// Func defines a flag whose every occurrence calls fn with its text; an
// error from fn is reported like a bad value.
func (fs *FlagSet) Func(name, usage string, fn func(string) error) {
	fs.Var(funcValue(fn), name, usage)
}

// Func is CommandLine.Func.
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

// Var defines a flag backed by any Value, such as a user type whose Set
// appends to a list. Its default is value.String() at this call. A name
// that starts with "-", contains "=", or is already defined makes Var
// print a message to Output and panic with it.
func (fs *FlagSet) Var(value Value, name string, usage string) {
	switch {
	case strings.HasPrefix(name, "-"):
		panic(fs.announce("flag %q begins with -", name))
	case strings.Contains(name, "="):
		panic(fs.announce("flag %q contains =", name))
	}
	fl := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if fs.formal[name] != nil {
		if fs.name != "" {
			panic(fs.announce("%s flag redefined: %s", fs.name, name))
		}
		panic(fs.announce("flag redefined: %s", name))
	}
	if fs.formal == nil {
		fs.formal = map[string]*Flag{}
	}
	fs.formal[name] = fl
}

// Var is CommandLine.Var.
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }

// announce formats a message, writes it as a line to Output, and returns it.
func (fs *FlagSet) announce(format string, a ...any) string {
	text := fmt.Sprintf(format, a...)
	fmt.Fprintln(fs.Output(), text)
	return text
}

// fail reports a command-line error: the message, then the usage text;
// the message is also returned as an error.
func (fs *FlagSet) fail(format string, a ...any) error {
	text := fs.announce(format, a...)
	fs.usage()
	return errors.New(text)
}

// usage runs the set's Usage, or standardUsage when that field is nil.
func (fs *FlagSet) usage() {
	if show := fs.Usage; show != nil {
		show()
		return
	}
	fs.standardUsage()
}

// next consumes one flag (and its argument, if it takes one) from fs.args.
// done is true when there is no flag to take: no arguments left, a
// non-flag argument, after "--" (which is dropped), or on an error.
func (fs *FlagSet) next() (done bool, err error) {
	if len(fs.args) == 0 {
		return true, nil
	}
	arg := fs.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return true, nil
	}
	body := arg[1:]
	if body[0] == '-' {
		if len(body) == 1 {
			fs.args = fs.args[1:]
			return true, nil
		}
		body = body[1:]
	}
	if body == "" || body[0] == '-' || body[0] == '=' {
		return true, fs.fail("bad flag syntax: %s", arg)
	}
	fs.args = fs.args[1:]

	name, value := body, ""
	attached := false
	if eq := strings.IndexByte(body[1:], '='); eq >= 0 {
		name, value, attached = body[:eq+1], body[eq+2:], true
	}

	fl := fs.formal[name]
	if fl == nil {
		if name == "h" || name == "help" {
			fs.usage()
			return true, ErrHelp
		}
		return true, fs.fail("flag provided but not defined: -%s", name)
	}

	if bf, isBool := fl.Value.(boolFlag); isBool && bf.IsBoolFlag() {
		if !attached {
			if e := bf.Set("true"); e != nil {
				return true, fs.fail("invalid boolean flag %s: %v", name, e)
			}
		} else if e := bf.Set(value); e != nil {
			return true, fs.fail("invalid boolean value %q for -%s: %v", value, name, e)
		}
	} else {
		if !attached {
			if len(fs.args) == 0 {
				return true, fs.fail("flag needs an argument: -%s", name)
			}
			value = fs.args[0]
			fs.args = fs.args[1:]
		}
		if e := fl.Value.Set(value); e != nil {
			return true, fs.fail("invalid value %q for flag -%s: %v", value, name, e)
		}
	}
	fs.markSet(fl)
	return false, nil
}

// Parse reads flags from arguments (the command name excluded) until the
// first non-flag, leaving the rest for Args. Define every flag first. On
// failure it follows the set's ErrorHandling; with ContinueOnError the
// error is returned, ErrHelp for an undefined -h or -help.
func (fs *FlagSet) Parse(arguments []string) error {
	fs.parsed = true
	fs.args = arguments
	var err error
	for done := false; !done; {
		done, err = fs.next()
	}
	if err == nil {
		return nil
	}
	switch fs.errorHandling {
	case ContinueOnError:
		return err
	case ExitOnError:
		code := 2
		if err == ErrHelp {
			code = 0
		}
		os.Exit(code)
	case PanicOnError:
		panic(err)
	}
	return nil
}

// Parsed tells whether Parse has run on the set.
func (fs *FlagSet) Parsed() bool { return fs.parsed }

// Parse parses os.Args[1:] into CommandLine, which exits on errors.
func Parse() { _ = CommandLine.Parse(os.Args[1:]) }

// Parsed is CommandLine.Parsed.
func Parsed() bool { return CommandLine.Parsed() }

// CommandLine is the set behind the package-level functions, named after
// os.Args[0] and exiting on errors.
var CommandLine = NewFlagSet(os.Args[0], ExitOnError)

func init() {
	// Go through the Usage variable at call time, so that a program's
	// own Usage, assigned later, is the one used.
	CommandLine.Usage = func() { Usage() }
}

// NewFlagSet makes an empty set. A non-empty name appears in the default
// usage heading and in redefinition panics.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	fs := &FlagSet{name: name, errorHandling: errorHandling}
	fs.Usage = fs.standardUsage
	return fs
}

// Init gives a set (typically a zero FlagSet) its name and error handling.
func (fs *FlagSet) Init(name string, errorHandling ErrorHandling) {
	fs.name, fs.errorHandling = name, errorHandling
}
