// run

// bufio.Reader: sizes, Read's direct path, ReadByte/UnreadByte,
// ReadRune/UnreadRune, ReadSlice/ReadLine with lines longer than the
// buffer, ReadString/ReadBytes, Peek, Discard, Reset, WriteTo, and errors
// from the source.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunks gives its pieces one per Read, then io.EOF; a piece that does
// not fit is cut.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

// plain hides every method but Read.
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

// errAfter gives data, then err along with the last bytes.
type errAfter struct {
	data string
	err  error
}

func (e *errAfter) Read(p []byte) (int, error) {
	n := copy(p, e.data)
	e.data = e.data[n:]
	if e.data == "" {
		return n, e.err
	}
	return n, nil
}

type stalled struct{}

func (stalled) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReader(strings.NewReader("x"))
	fmt.Println("sizes", r.Size(), bufio.NewReaderSize(nil, 0).Size(), bufio.NewReaderSize(nil, 100).Size())
	same := bufio.NewReaderSize(r, 16)
	fmt.Println("reuse", same == r, bufio.NewReaderSize(r, 8192) == r)

	// Read: from the buffer, and straight into a large p.
	src := &chunks{[]string{"hello ", "world", strings.Repeat("!", 40)}}
	r = bufio.NewReaderSize(src, 16)
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %q %v buffered=%d\n", n, p[:n], err, r.Buffered())
	n, err = r.Read(p)
	fmt.Printf("%d %q %v buffered=%d\n", n, p[:n], err, r.Buffered())
	big := make([]byte, 32)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	b, err := r.ReadByte()
	fmt.Printf("%q %v\n", b, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)

	// Bytes and runes, read and put back.
	r = bufio.NewReader(strings.NewReader("aé😀\xffz"))
	fmt.Println(r.UnreadRune(), r.UnreadByte())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end", err)
			break
		}
		fmt.Printf("%q %d ", c, size)
		if c == 'é' {
			fmt.Print(r.UnreadRune(), " ", r.UnreadRune(), " ")
			c, size, _ = r.ReadRune()
			fmt.Printf("again %q %d ", c, size)
			r.UnreadByte()
			bb, _ := r.ReadByte()
			fmt.Printf("last byte %x ", bb)
		}
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("ab"))
	r.ReadByte()
	fmt.Println("unread rune after byte:", r.UnreadRune())
	r.Peek(1)
	fmt.Println("unread byte after peek:", r.UnreadByte())

	// ReadSlice and ReadLine over lines longer than the 16-byte buffer.
	text := "short\nthis line is longer than sixteen\r\ncrlf\r\n\nlast"
	r = bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		line, err := r.ReadSlice('\n')
		fmt.Printf("slice %q %v\n", line, err)
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("line %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	// A "\r\n" cut by the buffer's end still goes as one.
	r = bufio.NewReaderSize(strings.NewReader("0123456789abcde\r\nnext"), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("cut %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	// ReadString and ReadBytes keep the delimiter and grow past the buffer.
	r = bufio.NewReaderSize(&chunks{[]string{"a,", strings.Repeat("b", 50), ",c"}}, 16)
	for {
		s, err := r.ReadString(',')
		fmt.Printf("string %d %q %v\n", len(s), s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("k=v;x=y"))
	for {
		bs, err := r.ReadBytes(';')
		fmt.Printf("bytes %q %v\n", bs, err)
		if err != nil {
			break
		}
	}
	boom := errors.New("boom")
	r = bufio.NewReader(&errAfter{"abc\ndef", boom})
	s1, e1 := r.ReadString('\n')
	s2, e2 := r.ReadString('\n')
	s3, e3 := r.ReadString('\n')
	fmt.Printf("%q %v %q %v %q %v\n", s1, e1, s2, e2, s3, e3)

	// Peek and Discard.
	r = bufio.NewReaderSize(&chunks{[]string{"abc", "defgh", "ijklmnopqrstuvwxyz"}}, 16)
	pk, err := r.Peek(5)
	fmt.Printf("peek %q %v\n", pk, err)
	pk, err = r.Peek(17)
	fmt.Printf("peek %q %v\n", pk, err)
	pk, err = r.Peek(-1)
	fmt.Printf("peek %q %v\n", pk, err)
	d, err := r.Discard(3)
	fmt.Println("discard", d, err, r.Buffered())
	d, err = r.Discard(20)
	fmt.Println("discard", d, err)
	d, err = r.Discard(-1)
	fmt.Println("discard", d, err)
	pk, err = r.Peek(2)
	fmt.Printf("peek %q %v\n", pk, err)
	d, err = r.Discard(5)
	fmt.Println("discard", d, err)

	// A source that never answers: io.ErrNoProgress.
	r = bufio.NewReader(stalled{})
	_, err = r.ReadByte()
	fmt.Println("stalled:", err)

	// Reset keeps the buffer; a zero Reader gets one.
	r.Reset(strings.NewReader("again"))
	line, _ := r.ReadString(0)
	fmt.Println("reset", line, r.Size())
	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero"))
	line, err = zero.ReadString('x')
	fmt.Println("zero", line, err, zero.Size())

	// WriteTo: through the source's WriteTo, the destination's ReadFrom,
	// or the buffer.
	r = bufio.NewReaderSize(strings.NewReader("written to a buffer"), 16)
	r.ReadByte()
	var buf bytes.Buffer
	m, err := r.WriteTo(&buf)
	fmt.Printf("writeto %d %v %q\n", m, err, buf.String())
	r = bufio.NewReaderSize(plain{strings.NewReader(strings.Repeat("0123456789", 5))}, 16)
	var sb strings.Builder
	m, err = r.WriteTo(&sb)
	fmt.Printf("writeto %d %v %q\n", m, err, sb.String())
	r = bufio.NewReaderSize(&errAfter{"partial", boom}, 16)
	sb.Reset()
	m, err = r.WriteTo(&sb)
	fmt.Printf("writeto %d %v %q\n", m, err, sb.String())

	fmt.Println(bufio.ErrBufferFull, "|", bufio.ErrNegativeCount, "|", bufio.ErrInvalidUnreadByte, "|", bufio.ErrInvalidUnreadRune)
}
