// run

// strings.Reader: reads, runes, unreads, seeks and ReadAt, through io's
// helpers too.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	b := make([]byte, 3)
	n, err := io.ReadFull(r, b)
	fmt.Printf("%d %v %q %d\n", n, err, b, r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err, r.UnreadRune(), r.UnreadRune())
	by, _ := r.ReadByte()
	fmt.Println(by, r.UnreadByte())
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest := make([]byte, 20)
	n, err = r.Read(rest)
	fmt.Printf("%d %v %q\n", n, err, rest[:n])
	n, err = r.Read(rest)
	fmt.Println(n, err)
	n, err = r.ReadAt(rest[:4], 1)
	fmt.Printf("%d %v %q\n", n, err, rest[:n])
	n, err = r.ReadAt(rest, 10)
	fmt.Printf("%d %v %q\n", n, err, rest[:n])
	_, err = r.ReadAt(rest, -1)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	r.Reset("again")
	fmt.Println(r.Len(), r.UnreadByte())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	n, _ = io.ReadAtLeast(lr, rest, 2)
	fmt.Printf("%q\n", rest[:n])
}
