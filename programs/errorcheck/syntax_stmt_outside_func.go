// errorcheck

package main

// Syntax: a statement at top level of a file with a package clause.

var x = 1

x++ // ERROR "non-declaration statement outside function body"

func main() {}
