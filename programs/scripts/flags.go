// run
// args: -n 3 -greeting=Hi -shout -delay 1.5s Ann Bob

// Command-line flags of every common kind, and the positional arguments.
package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 1, "how many times")
	greeting := flag.String("greeting", "Hello", "what to say")
	shout := flag.Bool("shout", false, "upper-case the output")
	delay := flag.Duration("delay", 0, "pause between greetings (not taken)")
	var level int
	flag.IntVar(&level, "level", 2, "verbosity")
	flag.Parse()
	fmt.Println("args:", flag.Args(), "NArg:", flag.NArg(), "NFlag:", flag.NFlag())
	fmt.Println("delay:", *delay, "level:", level)
	for _, name := range flag.Args() {
		for i := 0; i < *n; i++ {
			msg := fmt.Sprintf("%s, %s! (%d)", *greeting, name, i+1)
			if *shout {
				msg = strings.ToUpper(msg)
			}
			fmt.Println(msg)
		}
	}
	flag.VisitAll(func(f *flag.Flag) {
		fmt.Printf("-%s=%v (default %q)\n", f.Name, f.Value, f.DefValue)
	})
	_ = time.Second
}
