package json

// The error types of the package, with gc's texts.

import (
	"reflect"
	"strconv"
)

// SyntaxError is invalid JSON text: what was wrong, and where.
type SyntaxError struct {
	msg    string
	Offset int64 // how many bytes were read when it was found
}

func (e *SyntaxError) Error() string { return e.msg }

// UnmarshalTypeError is a JSON value that does not fit the Go value
// it was to be stored in.
type UnmarshalTypeError struct {
	Value  string       // what the JSON value was: "string", "object", "number 1e99"...
	Type   reflect.Type // the Go type it did not fit
	Offset int64        // how many bytes were read when it was found
	Struct string       // the struct type holding the field, if any
	Field  string       // the JSON names of the fields leading to it, dotted
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct == "" && e.Field == "" {
		return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
}

// UnmarshalFieldError was once the error for a key naming an unexported
// field; such keys are now ignored.
//
// Deprecated: nothing returns it; it stays for programs that name it.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// InvalidUnmarshalError is Unmarshal's answer to a destination that is
// not a non-nil pointer.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	switch {
	case e.Type == nil:
		return "json: Unmarshal(nil)"
	case e.Type.Kind() != reflect.Pointer:
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// UnsupportedTypeError is Marshal's answer to a type JSON has no form
// for (channels, functions, complex numbers, maps with other keys).
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// UnsupportedValueError is Marshal's answer to a value of a supported
// type that still has no JSON form: NaN, infinities, cycles.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// InvalidUTF8Error was Marshal's error for invalid UTF-8 in a string
// before Go 1.2; such bytes now become U+FFFD.
//
// Deprecated: nothing returns it; it stays for programs that name it.
type InvalidUTF8Error struct {
	S string // the string holding the bad bytes
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// MarshalerError wraps the error of a type's MarshalJSON or MarshalText
// method (or the syntax error in what MarshalJSON returned).
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	method := "MarshalJSON"
	if e.sourceFunc != "" {
		method = e.sourceFunc
	}
	return "json: error calling " + method + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap gives the method's own error.
func (e *MarshalerError) Unwrap() error { return e.Err }
