// fatal
// args: -at 1,2 -level loud rest

// A bad TextVar value on the command line: CommandLine reports it with
// the usage on standard error and exits with status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

type level int

var levelNames = []string{"debug", "info", "warn"}

func (l level) MarshalText() ([]byte, error) { return []byte(levelNames[l]), nil }

func (l *level) UnmarshalText(text []byte) error {
	for i, name := range levelNames {
		if name == string(text) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", text)
}

type point struct{ X, Y int }

func (p *point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }

func (p *point) UnmarshalText(text []byte) error {
	xs, ys, ok := strings.Cut(string(text), ",")
	if !ok {
		return errors.New("want x,y")
	}
	_, err := fmt.Sscan(xs+" "+ys, &p.X, &p.Y)
	return err
}

func main() {
	var lv level
	var at point
	flag.TextVar(&lv, "level", level(1), "the `severity` to log")
	flag.TextVar(&at, "at", &point{}, "where to start")
	flag.Parse()
	fmt.Println("not reached", lv, at)
}
