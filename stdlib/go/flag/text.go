package flag

// TextVar: flags whose variable reads its text with UnmarshalText and
// shows itself with MarshalText. gc checks and copies the default with
// package reflect; here a runtime native, copyDefault, does that part, so
// that flag (which every script's start-up lowers) does not pull reflect
// in.

import (
	"encoding"
	"errors"
	"fmt"
)

// copyDefault stores value (or *value, when value is a pointer) in *p,
// after gc's checks, and answers how it went: 0 done, 1 p is not a
// pointer, 2 value is nil or a nil pointer, 3 value's type is not p's
// element type, 4 p is a nil pointer. Implemented by the runtime
// (runtime/src/textdefault.rs).
func copyDefault(p, value any) int

// textValue is the Value of a TextVar flag: the variable itself, reached
// through its UnmarshalText.
type textValue struct{ target encoding.TextUnmarshaler }

// newTextValue gives *p the default and wraps p; a misuse panics as gc's
// flag does (two of the panics come from reflect there: their values here
// are plain errors with reflect's texts).
func newTextValue(value encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	switch copyDefault(p, value) {
	case 1:
		panic("variable value type must be a pointer")
	case 2:
		panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	case 3:
		panic(fmt.Sprintf("default type does not match variable type: %v != %v",
			elemTypeName(value), elemTypeName(p)))
	case 4:
		panic(errors.New("reflect: call of reflect.Value.Set on zero Value"))
	}
	return textValue{target: p}
}

func (tv textValue) Set(text string) error { return tv.target.UnmarshalText([]byte(text)) }

func (tv textValue) Get() any { return tv.target }

// String is what the variable's MarshalText gives, or "" when it has no
// such method or it fails (and for the zero textValue, which
// isZeroValue asks).
func (tv textValue) String() string {
	if tm, ok := tv.target.(encoding.TextMarshaler); ok {
		if text, err := tm.MarshalText(); err == nil {
			return string(text)
		}
	}
	return ""
}

// TextVar defines flag name in the set, backed by p, which must be a
// pointer to a variable implementing encoding.TextUnmarshaler: each
// occurrence's text goes to p's UnmarshalText. The variable first gets
// value, which must be of the variable's type (or a pointer to it).
func (fs *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	fs.Var(newTextValue(value, p), name, usage)
}

// TextVar is CommandLine.TextVar.
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}
