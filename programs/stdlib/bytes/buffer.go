// run

// bytes.Buffer and bytes.Reader: reads, unreads, growth (capacities as gc's)
// and the panic of a bad Truncate.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	n, _ := b.WriteRune('é')
	fmt.Println(n, b.Len(), b.Cap(), b.String())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p))
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	fmt.Printf("%q\n", b.Next(3))
	s, err := b.ReadString('!')
	fmt.Printf("%q %v\n", s, err)
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", line, err)
	n, err = b.Read(p)
	fmt.Println(n, err, b.Len())
	n, err = b.Read(nil)
	fmt.Println(n, err)
	_, err = b.ReadByte()
	fmt.Println(err)
	_, _, err = b.ReadRune()
	fmt.Println(err)
	b2 := bytes.NewBufferString("line1\nline2\nrest")
	for {
		l, err := b2.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer(make([]byte, 0, 10))
	for i := 0; i < 20; i++ {
		b3.WriteString("abcdefg")
		fmt.Print(b3.Cap(), " ")
	}
	fmt.Println()
	b3.Truncate(5)
	fmt.Println(b3.String())
	b3.Reset()
	fmt.Println(b3.Len(), b3.Cap())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	var big bytes.Buffer
	for i := 0; i < 1000; i++ {
		big.WriteByte(byte('a' + i%26))
		if i%97 == 0 {
			big.Next(10)
		}
	}
	fmt.Println(big.Len(), big.Cap())
	rd := bytes.NewReader([]byte("héllo"))
	fmt.Println(rd.Len(), rd.Size())
	ch, sz, _ := rd.ReadRune()
	ch2, sz2, _ := rd.ReadRune()
	fmt.Println(ch, sz, ch2, sz2, rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	pos, err := rd.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = rd.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = rd.ReadAt(p, 3)
	fmt.Println(n, err, string(p[:n]))
	_, err = rd.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	b3.Truncate(3)
}
