// Package errors makes simple errors and walks chains of wrapped ones.
//
// New, Unwrap and Is are ordinary Go. As must look at dynamic types, which
// it leaves to the runtime natives asCheck and asAssign declared at the
// end, as Is does for isComparableType.
package errors

// New makes an error whose text is text. Two calls never give equal
// errors, whatever their texts.
func New(text string) error { return &errorString{s: text} }

// errorString is New's error type.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// wrapper is an error that wraps a single other error.
type wrapper interface {
	Unwrap() error
}

// Unwrap gives what err wraps, through its Unwrap() error method; nil when
// it has none.
func Unwrap(err error) error {
	if w, ok := err.(wrapper); ok {
		return w.Unwrap()
	}
	return nil
}

// Is walks err, then what it wraps, and so on, looking for target: a link
// matches when it equals target or when its own Is(error) bool method
// says so.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	// == on an uncomparable dynamic type would panic; such targets can
	// only be matched through Is methods.
	canCompare := isComparableType(target)
	for link := err; link != nil; link = Unwrap(link) {
		if canCompare && link == target {
			return true
		}
		if m, ok := link.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
	}
	return false
}

// As walks err's chain like Is and stops at the first link that can be
// stored in *target (or whose As(any) bool method accepts target), and
// reports whether it found one. target must be a non-nil pointer to an
// interface type or to a type implementing error; anything else panics.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if bad := asCheck(target); bad != "" {
		panic(bad)
	}
	for link := err; link != nil; link = Unwrap(link) {
		if asAssign(link, target) {
			return true
		}
		if m, ok := link.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
	}
	return false
}

// The natives below are implemented by the runtime.

// isComparableType tells whether x's dynamic type (x is not nil) allows ==.
func isComparableType(x any) bool

// asCheck gives "" for a valid As target (not nil here), else gc's panic
// text: "errors: target must be a non-nil pointer" or "errors: *target
// must be interface or implement error".
func asCheck(target any) string

// asAssign stores err (not nil) in *target when err's dynamic type is
// assignable to target's element type, and tells whether it did.
func asAssign(err error, target any) bool
