// run

// Lshortfile and Llongfile name the caller of the logging function
// (through runtime.Caller).
package main

import (
	"log"
	"os"
	"strings"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Print("here")
	l := log.New(os.Stdout, "pre ", log.Lshortfile|log.Lmsgprefix)
	l.Println("there")
	log.SetFlags(log.Llongfile)
	log.SetOutput(new(strings.Builder))
	log.Output(1, "deep")
}
