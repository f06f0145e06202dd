// run

package main

// Package variables are initialized in dependency order, not declaration
// order: each after the variables its initializer uses, directly or
// through the functions and methods it calls; among the ready ones, the
// earliest declared goes first.

import "fmt"

type T int

func (T) A() int { return a }

var total = sum()        // needs a and b through sum
var viaMethod = T(0).A() // needs a through a method
var viaExpr = T.A(0) + 1 // and through a method expression
var c = b * 10           // needs b
var a, b = pair()        // two at once
var d = func() int { return c + 1 }()

var order []string

func pair() (int, int) {
	order = append(order, "pair")
	return 1, 2
}

func sum() int {
	order = append(order, "sum")
	return a + b
}

func main() {
	fmt.Println(total, viaMethod, viaExpr, c, a, b, d)
	fmt.Println(order)
}
