// run

// os.Stdin, os.Stdout and os.Stderr as *os.File: writes keep their order with
// fmt's and print's, Read ends with io.EOF (stdin is empty under the
// corpus), and closed or nil files give gc's errors.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println("one")
	os.Stdout.WriteString("two\n")
	print("three\n")
	os.Stderr.Write([]byte("four\n"))
	fmt.Fprintln(os.Stdout, "five", 5)
	fmt.Fprintf(os.Stderr, "six %d\n", 6)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	var r io.Reader = os.Stdin
	buf := make([]byte, 8)
	var all []byte
	for {
		n, err := r.Read(buf)
		all = append(all, buf[:n]...)
		if err != nil {
			fmt.Println("err:", err, err == io.EOF)
			break
		}
	}
	fmt.Printf("%q\n", all)
	var w io.Writer = os.Stdout
	w.Write([]byte("via interface\n"))
	f := os.NewFile(7, "seven")
	_, err := f.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(os.Stdin.Close(), os.Stdin.Close())
	_, err = os.Stdin.Read(buf)
	fmt.Println(err, os.Stdin.Fd() == ^uintptr(0))
	var nf *os.File
	_, err = nf.Write(nil)
	fmt.Println(err, nf.Close())
	os.Stderr.Close()
	_, err = os.Stderr.WriteString("gone\n")
	fmt.Println(err)
}
