// run

// fmt.Errorf with %w, errors.Unwrap, Is and As, written as Go writes
// them: they assert errors to interface types at run time.

package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type timeout interface{ Timeout() bool }

type tErr struct{}

func (tErr) Error() string { return "timeout!" }
func (tErr) Timeout() bool { return true }

var ErrBase = errors.New("base")

func main() {
	e1 := fmt.Errorf("wrap: %w", ErrBase)
	fmt.Println(e1, errors.Unwrap(e1) == ErrBase, errors.Is(e1, ErrBase))
	e2 := fmt.Errorf("outer: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrBase), errors.Unwrap(errors.Unwrap(e2)) == ErrBase)
	fmt.Printf("%T %T\n", e1, fmt.Errorf("plain %d", 3))
	e3 := fmt.Errorf("two: %w %w", ErrBase, ErrBase)
	fmt.Println(e3, errors.Unwrap(e3))
	e4 := fmt.Errorf("notanerror: %w", 5)
	fmt.Println(e4, errors.Unwrap(e4))
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5)
	var me *MyErr
	w := fmt.Errorf("ctx: %w", &MyErr{7})
	fmt.Println(errors.As(w, &me), me.Code)
	var to timeout
	w2 := fmt.Errorf("x: %w", tErr{})
	fmt.Println(errors.As(w2, &to), to.Timeout(), errors.As(e1, &to))
	var te tErr
	fmt.Println(errors.As(w2, &te))
	func() {
		defer func() { fmt.Println(recover()) }()
		errors.As(w2, nil)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i int
		errors.As(w2, &i)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		errors.As(w2, me)
	}()
	var pe *os.PathError
	fmt.Println(errors.As(w2, &pe))
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(e1, nil), errors.Is(nil, nil))
}
