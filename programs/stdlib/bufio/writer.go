// run

// bufio.Writer: what reaches the destination and when (a recording
// writer shows every call), large writes that bypass the buffer,
// WriteString's StringWriter path, WriteRune, sticky errors and short
// writes, Reset, ReadFrom, AvailableBuffer, and a ReadWriter.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// recorder prints every Write it gets.
type recorder struct{ name string }

func (r *recorder) Write(p []byte) (int, error) {
	fmt.Printf("  %s.Write(%q)\n", r.name, p)
	return len(p), nil
}

// strRecorder also has WriteString.
type strRecorder struct{ recorder }

func (r *strRecorder) WriteString(s string) (int, error) {
	fmt.Printf("  %s.WriteString(%q)\n", r.name, s)
	return len(s), nil
}

// limited accepts up to room bytes, then fails; short says whether it
// reports a short write without an error instead.
type limited struct {
	room  int
	short bool
	got   []byte
}

var errFull = errors.New("device full")

func (l *limited) Write(p []byte) (int, error) {
	n := len(p)
	if n > l.room {
		n = l.room
	}
	l.room -= n
	l.got = append(l.got, p[:n]...)
	if n < len(p) && !l.short {
		return n, errFull
	}
	return n, nil
}

// fromReader has a ReadFrom of its own.
type fromReader struct{ recorder }

func (f *fromReader) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	fmt.Printf("  %s.ReadFrom gave %q\n", f.name, b)
	return int64(len(b)), err
}

// onlyRead hides the source's WriteTo.
type onlyRead struct{ r io.Reader }

func (o onlyRead) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	rec := &recorder{"rec"}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println("size", w.Size(), "available", w.Available())
	w.WriteString("abc")
	w.Write([]byte("defg"))
	fmt.Println("buffered", w.Buffered(), "available", w.Available())
	w.WriteString("hij")
	fmt.Println("buffered", w.Buffered())
	w.Write([]byte("a long write past the buffer"))
	fmt.Println("buffered", w.Buffered())
	w.Flush()
	w.Write([]byte("0123456789 direct when empty"))
	w.Flush()
	fmt.Println("flush empty:", w.Flush())

	fmt.Println("WriteString to a StringWriter:")
	sw := &strRecorder{recorder{"srec"}}
	w = bufio.NewWriterSize(sw, 8)
	w.WriteString("a long string goes straight")
	w.WriteString("ab")
	w.WriteString("then this one fills first")
	w.Flush()

	fmt.Println("runes:")
	w = bufio.NewWriterSize(&recorder{"r"}, 5)
	for _, c := range []rune{'x', 'é', '€', '😀', -1, 0x110000} {
		n, err := w.WriteRune(c)
		fmt.Println(" ", n, err, w.Buffered())
	}
	w.Flush()
	w = bufio.NewWriterSize(&recorder{"tiny"}, 2)
	fmt.Println(w.WriteRune('€'))
	w.Flush()

	fmt.Println("bytes:")
	w = bufio.NewWriterSize(&recorder{"b"}, 3)
	for _, c := range []byte("hello") {
		w.WriteByte(c)
	}
	w.Flush()

	fmt.Println("errors stick:")
	dst := &limited{room: 10}
	w = bufio.NewWriterSize(dst, 4)
	n, err := w.WriteString("0123456789abcdef")
	fmt.Println(n, err, w.Buffered(), w.Available())
	fmt.Println(w.Flush(), w.WriteByte('x'))
	fmt.Println(w.WriteRune('é'))
	fmt.Println(w.Write([]byte("z")))
	fmt.Printf("got %q\n", dst.got)
	w.Reset(&recorder{"after-reset"})
	w.WriteString("fine")
	fmt.Println(w.Flush())

	short := &limited{room: 3, short: true}
	w = bufio.NewWriterSize(short, 8)
	w.WriteString("abcde")
	fmt.Println("short:", w.Flush(), w.Buffered())
	fmt.Println("short again:", w.Flush())

	fmt.Println("ReadFrom:")
	w = bufio.NewWriterSize(&recorder{"rf"}, 8)
	w.WriteString("pre")
	m, err := w.ReadFrom(strings.NewReader("some text from a reader"))
	fmt.Println(" ", m, err, w.Buffered())
	w.Flush()
	w = bufio.NewWriterSize(&recorder{"exact"}, 4)
	m, err = w.ReadFrom(strings.NewReader("12345678"))
	fmt.Println(" ", m, err, w.Buffered())
	fr := &fromReader{recorder{"fr"}}
	w = bufio.NewWriterSize(fr, 8)
	m, err = w.ReadFrom(onlyRead{strings.NewReader("handed over")})
	fmt.Println(" ", m, err)
	w.WriteString("xy")
	m, err = w.ReadFrom(strings.NewReader("after xy"))
	fmt.Println(" ", m, err)
	w.Flush()

	fmt.Println("AvailableBuffer:")
	w = bufio.NewWriterSize(&recorder{"ab"}, 16)
	ab := w.AvailableBuffer()
	fmt.Println(" ", len(ab), cap(ab))
	ab = append(ab, "appended"...)
	w.Write(ab)
	w.Flush()

	var zero bufio.Writer
	zero.Reset(&recorder{"zero"})
	zero.WriteString("zero value")
	fmt.Println("zero size", zero.Size())
	zero.Flush()
	same := bufio.NewWriterSize(w, 8)
	fmt.Println("reuse", same == w, bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(nil, -1).Size())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	fmt.Fprintf(rw, "%d bytes buffered\n", rw.Writer.Buffered())
	rw.Flush()
}
