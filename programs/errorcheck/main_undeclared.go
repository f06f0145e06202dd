// errorcheck

package main // ERROR "function main is undeclared in the main package"

// A package main without a main function.

func helper() {}
