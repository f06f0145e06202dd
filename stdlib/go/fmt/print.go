// Package fmt formats values as text (Printf-style verbs, or default
// formats) and prints it.
//
// The formatting itself needs the runtime's type information, so the
// Print, Sprint and errorf functions are runtime natives. They follow
// gc: the same verbs and flags, calls of Error and String methods, and
// "%!verb(type=value)" for misused verbs. Errorf, the Fprint family and the
// Append family are Go here; an Fprint call formats first and then does a
// single Write, as gc does.
package fmt

import (
	"errors"
	"io"
)

// Stringer is a value that supplies its own text through String. That text
// is what %v, %s and the Print functions show for it.
type Stringer interface {
	String() string
}

// GoStringer is a value that supplies its own Go-syntax form, used by %#v.
type GoStringer interface {
	GoString() string
}

// The S forms build a string; the plain forms print it to standard output
// and report the byte count and any write error; the F forms do the same
// for an io.Writer. Print-style functions put a space between two operands
// only when neither is a string; Println-style ones always separate
// operands by spaces and end with a newline.

// Print writes its operands in their default formats to standard output.
func Print(a ...any) (n int, err error)

// Println writes its operands, spaced, plus a newline, to standard output.
func Println(a ...any) (n int, err error)

// Printf writes format, with the operands filled in, to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint is Print into a string.
func Sprint(a ...any) string

// Sprintln is Println into a string.
func Sprintln(a ...any) string

// Sprintf is Printf into a string.
func Sprintf(format string, a ...any) string

// Fprint is Print to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	text := Sprint(a...)
	return w.Write([]byte(text))
}

// Fprintln is Println to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	text := Sprintln(a...)
	return w.Write([]byte(text))
}

// Fprintf is Printf to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	text := Sprintf(format, a...)
	return w.Write([]byte(text))
}

// errorf is Sprintf plus the %w verb, which prints its operand as %v
// does. wrapped is the position in a of the one error that %w named, or -1.
// As in Go 1.19, a %w whose operand is no error, or a second %w, prints as
// "%!w(...)" and leaves wrapped at -1.
func errorf(format string, a []any) (s string, wrapped int)

// Errorf builds an error whose text is the formatted string. When format
// has one %w and its operand is an error, the result's Unwrap gives that
// operand back; otherwise %w means %v and nothing is wrapped.
func Errorf(format string, a ...any) error {
	text, at := errorf(format, a)
	if at >= 0 {
		return &wrapError{msg: text, err: a[at].(error)}
	}
	return errors.New(text)
}

// wrapError is Errorf's result when a %w named an error.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// Append is Sprint onto the end of b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendf is Sprintf onto the end of b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln is Sprintln onto the end of b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }
