// run

// Every imported package is initialized before main (Go spec, "Package
// initialization"), whether or not main names its variables: os.Stdout is
// set though only this program reads it, strconv.ErrSyntax though only
// strconv's own code does. Within main: variables in dependency order,
// then the init functions in source order. splitgo used to initialize only
// the packages whose variables main's code named, so os.Stdout and
// os.ErrInvalid were nil and NumError.Error faulted on strconv's nil
// ErrSyntax.

package main

import (
	"fmt"
	"os"
	"strconv"
)

var order []string

func note(s string) string {
	order = append(order, s)
	return s
}

var b = note("main var b, after a: " + a)
var a = note("main var a")

func init() { note("main init 1") }

func init() { note("main init 2") }

func main() {
	fmt.Println(os.ErrInvalid == nil, os.Stdin == nil, os.Stdout == nil, os.Stderr == nil)
	fmt.Println(strconv.ErrSyntax == nil, strconv.ErrRange == nil)
	fmt.Println(os.ErrInvalid.Error())
	_, err := strconv.Atoi("x")
	fmt.Println(err.Error())
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err.Error())
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
	n, err := os.Stdout.WriteString("written through os.Stdout\n")
	fmt.Println(n, err == nil)
	fmt.Println(os.Stdout.Fd(), os.Stderr.Fd())
	for _, s := range order {
		fmt.Println(s)
	}
}
