// run

// fmt's Scan, Scanln and Scanf over stdin (scan_stdin.in): each call
// reads standard input a byte at a time, so it takes nothing beyond the
// rune it stopped at (that rune is lost, as in gc); Fscan over a
// bufio.Reader gives its last rune back to the reader.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scanln(&a, &b)
	fmt.Println("Scanln", n, err, a, b)
	n, err = fmt.Scan(&s)
	fmt.Println("Scan", n, err, s)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("Scanf", n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println("Scanln", n, err, a)
	n, err = fmt.Scanln(&s)
	fmt.Println("Scanln", n, err, s)
	n, err = fmt.Scan(&s, &a)
	fmt.Println("Scan", n, err, s, a)
	// A bufio.Reader is a RuneScanner: Fscan takes back the rune it
	// stopped at, and the reader keeps what it buffered.
	br := bufio.NewReader(os.Stdin)
	var words []string
	for {
		var w string
		if _, err := fmt.Fscan(br, &w); err != nil {
			fmt.Println("Fscan stops:", err)
			break
		}
		words = append(words, w)
		if w == "stop" {
			break
		}
	}
	fmt.Println(strings.Join(words, "|"))
	rest, err := io.ReadAll(br)
	fmt.Printf("rest %q %v\n", rest, err)
	n, err = fmt.Scan(&a)
	fmt.Println("Scan", n, err)
}
