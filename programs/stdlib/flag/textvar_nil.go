// fatal

// A TextVar whose default is nil panics (with reflect's text under gc).
package main

import (
	"flag"
	"strconv"
)

type count int

func (c count) MarshalText() ([]byte, error) { return []byte(strconv.Itoa(int(c))), nil }
func (c *count) UnmarshalText(text []byte) error {
	n, err := strconv.Atoi(string(text))
	*c = count(n)
	return err
}

func main() {
	var c count
	flag.TextVar(&c, "count", nil, "how many")
	flag.Parse()
}
