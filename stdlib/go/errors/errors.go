// Package errors implements functions to manipulate errors.
//
// New, Unwrap and Is are plain Go. As needs to inspect dynamic types, so it
// relies on two small functions declared without a body below: those are
// implemented by the runtime (natives).
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error.
// Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
//
// An error is considered to match a target if it is equal to that target or
// if it implements a method Is(error) bool such that Is(target) returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}

	isComparable := isComparableType(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface {
			Is(error) bool
		}); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it
// returns false.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if msg := asCheck(target); msg != "" {
		panic(msg)
	}
	for err != nil {
		if asAssign(err, target) {
			return true
		}
		if x, ok := err.(interface {
			As(any) bool
		}); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// Natives (implemented by the runtime):

// isComparableType reports whether the dynamic type of x is comparable with ==
// (x is not nil).
func isComparableType(x any) bool

// asCheck validates an As target (not nil): it returns "" when target is a
// non-nil pointer to an interface type or to a type implementing error, and
// otherwise the panic message Go uses ("errors: target must be a non-nil
// pointer" or "errors: *target must be interface or implement error").
func asCheck(target any) string

// asAssign stores err in *target and returns true if the dynamic type of err
// (not nil) is assignable to the element type of target; otherwise it
// returns false and leaves *target alone.
func asAssign(err error, target any) bool
