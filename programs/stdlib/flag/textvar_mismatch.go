// fatal

// A TextVar whose default is of another type than the variable panics
// with both types' names.
package main

import (
	"flag"
	"fmt"
)

type celsius float64

func (c celsius) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%gC", float64(c))), nil }
func (c *celsius) UnmarshalText(text []byte) error {
	_, err := fmt.Sscanf(string(text), "%gC", (*float64)(c))
	return err
}

type kelvin float64

func (k kelvin) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%gK", float64(k))), nil }

func main() {
	var c celsius
	k := kelvin(300)
	flag.TextVar(&c, "temp", &k, "the temperature")
	flag.Parse()
}
