// run
// args: -level=warn -h

// -h on the command line prints the usage, TextVar flags included, and
// exits with status 0 (the usage goes to standard output here).
package main

import (
	"flag"
	"fmt"
	"os"
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

func main() {
	var lv, quiet level
	flag.TextVar(&lv, "level", level(1), "the `severity` to log")
	flag.TextVar(&quiet, "quiet", level(0), "the level below which nothing is shown")
	flag.Int("n", 0, "how many")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage = func() {
		fmt.Println("usage: prog [flags]; level is now", lv)
		flag.PrintDefaults()
	}
	flag.Parse()
	fmt.Println("not reached")
}
