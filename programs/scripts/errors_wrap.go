// run

// Wrapped errors: a custom error type, %w, errors.Is and errors.As
// through layers, and os errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func find(id int) error {
	if id > 100 {
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	if id < 0 {
		return &ValidationError{"id", id}
	}
	return nil
}

func handler(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{7, 300, -2} {
		err := handler(id)
		fmt.Printf("%d: %v\n", id, err)
		fmt.Println("  is not found:", errors.Is(err, ErrNotFound))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation field:", ve.Field, ve.Value)
		}
		fmt.Println("  unwrapped:", errors.Unwrap(err))
	}
	_, err := os.Open("/no/such/file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
}
