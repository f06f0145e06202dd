// run

// io.Copy and its relatives through the fast paths (WriterTo, ReaderFrom,
// StringWriter) and without them, short writes, read errors, NopCloser,
// MultiWriter.WriteString, rand.New, and os errors through errors.Is/As.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"strings"
)

type plainReader struct{ r io.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

type plainWriter struct{ w io.Writer }

func (p plainWriter) Write(b []byte) (int, error) { return p.w.Write(b) }

type shortWriter struct{}

func (shortWriter) Write(b []byte) (int, error) { return len(b) / 2, nil }

type badReader struct{}

func (badReader) Read(b []byte) (int, error) { return 0, errors.New("bad read") }

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("via WriterTo"))
	fmt.Println(n, err, buf.String())
	buf.Reset()
	n, err = io.Copy(&buf, plainReader{strings.NewReader("via ReaderFrom")})
	fmt.Println(n, err, buf.String())
	var sb strings.Builder
	n, err = io.Copy(plainWriter{&sb}, plainReader{strings.NewReader("plain copy")})
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(plainWriter{&sb}, plainReader{strings.NewReader("0123456789")}, 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(plainWriter{&sb}, plainReader{strings.NewReader("ab")}, 4)
	fmt.Println(n, err)
	n, err = io.CopyBuffer(plainWriter{&sb}, plainReader{strings.NewReader("buffered")}, make([]byte, 3))
	fmt.Println(n, err, sb.String())
	n, err = io.Copy(shortWriter{}, plainReader{strings.NewReader("short")})
	fmt.Println(n, err)
	n, err = io.Copy(plainWriter{&sb}, badReader{})
	fmt.Println(n, err)
	k, err := io.WriteString(&sb, "!")
	fmt.Println(k, err, sb.String())
	k, err = io.WriteString(plainWriter{&sb}, "?")
	fmt.Println(k, err, sb.String())
	rc := io.NopCloser(strings.NewReader("nop"))
	_, isWT := rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	rc = io.NopCloser(plainReader{strings.NewReader("nop")})
	_, isWT = rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	all, err := io.ReadAll(plainReader{strings.NewReader(strings.Repeat("x", 2000))})
	fmt.Println(len(all), cap(all), err)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, plainWriter{&b2}, io.MultiWriter(io.Discard))
	k, err = io.WriteString(mw, "multi")
	fmt.Println(k, err, b1.String(), b2.String())
	mr := io.MultiReader(strings.NewReader("a"), io.MultiReader(strings.NewReader("b"), strings.NewReader("c")))
	n, err = io.Copy(&buf, mr)
	fmt.Println(n, err, buf.String())
	n, err = io.Copy(io.Discard, plainReader{strings.NewReader(strings.Repeat("d", 10000))})
	fmt.Println(n, err)
	n, err = buf.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(n, err)
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(100), r.Uint64())
	e := fmt.Errorf("wrapped: %w", io.EOF)
	fmt.Println(e, errors.Is(e, io.EOF), errors.Unwrap(e) == io.EOF)
	_, err = os.Open("/nonexistent/file")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(&buf, strings.NewReader("x"), make([]byte, 0))
}
