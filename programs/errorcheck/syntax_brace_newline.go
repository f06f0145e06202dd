// errorcheck

package main

// Syntax: the opening brace of a function body on its own line.

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
