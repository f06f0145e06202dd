// run

// The strings Error and String methods return are copied byte for byte,
// valid UTF-8 or not (shown here in hex, so the expected output is text).
package main

import (
	"errors"
	"fmt"
)

type S string

func (s S) String() string { return "<" + string(s) + ">" }

func main() {
	fmt.Printf("%x\n", fmt.Sprint(errors.New("a\xffb")))
	fmt.Printf("%x\n", fmt.Sprintf("%v|%s|%-5s|", S("\xfe"), S("x\x80"), S("\xff")))
	fmt.Printf("%q\n", fmt.Sprintf("%q", S("\xff")))
	fmt.Printf("%x\n", fmt.Sprint([]error{errors.New("\xc0")}))
	fmt.Printf("%x\n", fmt.Errorf("wrap: %w", errors.New("\xe2\x82")).Error())
}
