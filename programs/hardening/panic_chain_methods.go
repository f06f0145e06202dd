// fatal

package main

// Every panic of an unrecovered chain is printed by its Error or String
// method, the recovered one marked [recovered], as gc prints them; the
// methods run after the last deferred call, newest panic first.

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S#", s.n) }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	defer func() {
		panic(code(3))
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(S{7})
	}()
	panic(errors.New("boom"))
}
