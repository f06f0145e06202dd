// run

// log's Loggers and the standard one: prefixes, Lmsgprefix, the shape of
// a timestamp, SetOutput, and the values Panic* panics with.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pfx: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("x=%d", 5)
	l.Println("line", 3)
	l.SetFlags(log.Lmsgprefix)
	l.Print("after")
	l.SetPrefix("[p] ")
	l.Print("end\n")
	fmt.Print(buf.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == &buf, log.Flags(), log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Flags())
	var b2 bytes.Buffer
	l2 := log.New(&b2, "", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	l2.Print("timed")
	s := b2.String()
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', s[19] == '.', strings.HasSuffix(s, " timed\n"))
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("to stdout")
	log.SetPrefix("std: ")
	log.Printf("%q", "quoted")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("bad", 8)
	}()
	fmt.Print(buf.String())
}
