// run

// io's helpers over Readers and Writers of the program's own, and a Pipe
// between two goroutines: counts, errors and bytes as gc.
package main

import (
	"fmt"
	"io"
)

type strReader struct {
	s string
	i int
}

func (r *strReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

type sink struct{ got []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.got = append(s.got, p...)
	return len(p), nil
}

func main() {
	buf := make([]byte, 5)
	n, err := io.ReadFull(&strReader{s: "hello world"}, buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadFull(&strReader{s: "hi"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&strReader{s: ""}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&strReader{s: "abc"}, buf[:2], 3)
	fmt.Println(n, err)
	lr := io.LimitReader(&strReader{s: "abcdefgh"}, 3)
	n, err = lr.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = lr.Read(buf)
	fmt.Println(n, err)
	s := &sink{}
	tr := io.TeeReader(&strReader{s: "tee"}, s)
	n, _ = tr.Read(buf)
	fmt.Println(n, string(s.got))
	mr := io.MultiReader(&strReader{s: "ab"}, &strReader{s: "cd"})
	for {
		n, err := mr.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
		if err != nil {
			break
		}
	}
	mw := io.MultiWriter(s, s)
	mw.Write([]byte("XY"))
	fmt.Println(string(s.got))
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("through the pipe"))
		pw.Close()
	}()
	for {
		n, err := pr.Read(buf)
		fmt.Printf("%d %v %q\n", n, err, buf[:n])
		if err != nil {
			break
		}
	}
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err, io.ErrShortWrite, io.ErrUnexpectedEOF, io.ErrNoProgress, io.ErrShortBuffer, io.SeekEnd)
	n2, err := io.Discard.Write([]byte("abc"))
	fmt.Println(n2, err)
}
