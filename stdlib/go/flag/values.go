package flag

// The Value types behind Bool, Int, String and the rest. Each is a named
// version of the variable's own type, so a *intValue is the *int that the
// flag writes through. Set stores whatever the parser produced, even when
// it also reports an error (as gc's flag does).

import (
	"errors"
	"strconv"
	"time"
)

// Sentinels for a rejected flag value; Parse puts them into a longer
// message naming the flag.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// convErr maps strconv's syntax and range failures to errParse and errRange;
// nil and any other error come back as they are.
func convErr(err error) error {
	ne, isNum := err.(*strconv.NumError)
	switch {
	case !isNum:
	case ne.Err == strconv.ErrSyntax:
		return errParse
	case ne.Err == strconv.ErrRange:
		return errRange
	}
	return err
}

// boolFlag is implemented by Values that may stand alone on the command
// line, "-x" meaning "-x=true", when IsBoolFlag says so.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type boolValue bool

func (v *boolValue) Set(text string) error {
	b, err := strconv.ParseBool(text)
	*v = boolValue(b)
	if err != nil {
		return errParse
	}
	return nil
}
func (v *boolValue) Get() any         { return bool(*v) }
func (v *boolValue) String() string   { return strconv.FormatBool(bool(*v)) }
func (v *boolValue) IsBoolFlag() bool { return true }

type intValue int

func (v *intValue) Set(text string) error {
	n, err := strconv.ParseInt(text, 0, strconv.IntSize)
	*v = intValue(n)
	return convErr(err)
}
func (v *intValue) Get() any       { return int(*v) }
func (v *intValue) String() string { return strconv.Itoa(int(*v)) }

type int64Value int64

func (v *int64Value) Set(text string) error {
	n, err := strconv.ParseInt(text, 0, 64)
	*v = int64Value(n)
	return convErr(err)
}
func (v *int64Value) Get() any       { return int64(*v) }
func (v *int64Value) String() string { return strconv.FormatInt(int64(*v), 10) }

type uintValue uint

func (v *uintValue) Set(text string) error {
	n, err := strconv.ParseUint(text, 0, strconv.IntSize)
	*v = uintValue(n)
	return convErr(err)
}
func (v *uintValue) Get() any       { return uint(*v) }
func (v *uintValue) String() string { return strconv.FormatUint(uint64(*v), 10) }

type uint64Value uint64

func (v *uint64Value) Set(text string) error {
	n, err := strconv.ParseUint(text, 0, 64)
	*v = uint64Value(n)
	return convErr(err)
}
func (v *uint64Value) Get() any       { return uint64(*v) }
func (v *uint64Value) String() string { return strconv.FormatUint(uint64(*v), 10) }

type stringValue string

func (v *stringValue) Set(text string) error { *v = stringValue(text); return nil }
func (v *stringValue) Get() any              { return string(*v) }
func (v *stringValue) String() string        { return string(*v) }

type float64Value float64

func (v *float64Value) Set(text string) error {
	x, err := strconv.ParseFloat(text, 64)
	*v = float64Value(x)
	return convErr(err)
}
func (v *float64Value) Get() any { return float64(*v) }
func (v *float64Value) String() string {
	return strconv.FormatFloat(float64(*v), 'g', -1, 64)
}

type durationValue time.Duration

func (v *durationValue) Set(text string) error {
	d, err := time.ParseDuration(text)
	*v = durationValue(d)
	if err != nil {
		return errParse
	}
	return nil
}
func (v *durationValue) Get() any       { return time.Duration(*v) }
func (v *durationValue) String() string { return time.Duration(*v).String() }

// funcValue is the Value of Func: Set hands the text to the function, and
// there is no stored value to show or Get.
type funcValue func(string) error

func (fn funcValue) Set(text string) error { return fn(text) }
func (fn funcValue) String() string        { return "" }
