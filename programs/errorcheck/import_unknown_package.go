// errorcheck

package main

// Importing a package that does not exist.

import _ "foo/bar" // ERROR "not in std|not in GOROOT|cannot find package|could not import|unknown package"

func main() {
}
