// run

// encoding/hex: encoding, decoding (either case, odd lengths, bad bytes),
// the streaming encoder and decoder, Dump and Dumper.
package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	data := []byte("Hello, Gopher!\x00\xff\x10")
	s := hex.EncodeToString(data)
	fmt.Println(s, hex.EncodedLen(len(data)), hex.DecodedLen(len(s)), hex.DecodedLen(7))
	dst := make([]byte, 4)
	fmt.Println(hex.Encode(dst, []byte{0xde, 0xad}), string(dst))

	for _, in := range []string{"48656c6C6F", "DEADbeef", "", "abc", "zz", "a", "ag", "0g12", "123", "12g", "1\x00", "é0"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q -> %q len=%d err=%v\n", in, b, len(b), err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf("  invalid byte %#x\n", byte(ib))
		}
	}
	fmt.Println(errors.Is(hex.ErrLength, hex.ErrLength), hex.ErrLength)
	out := make([]byte, 8)
	n, err := hex.Decode(out, []byte("0102zz04"))
	fmt.Println(n, out[:n], err)

	// The streams.
	var buf bytes.Buffer
	enc := hex.NewEncoder(&buf)
	n, err = enc.Write([]byte(strings.Repeat("ab", 600)))
	fmt.Println(n, err, buf.Len(), buf.String()[:16])
	dec := hex.NewDecoder(&buf)
	all, err := io.ReadAll(dec)
	fmt.Println(len(all), err, string(all[:6]))
	for _, in := range []string{"414243", "41424", "4142zz43", "41x", "414"} {
		got, err := io.ReadAll(hex.NewDecoder(oneByte{strings.NewReader(in)}))
		fmt.Printf("stream %q -> %q %v\n", in, got, err)
		got, err = io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("       %q -> %q %v\n", in, got, err)
	}

	// Dumps.
	fmt.Print(hex.Dump([]byte("hello\n")))
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	var bin []byte
	for i := 0; i < 40; i++ {
		bin = append(bin, byte(i*7))
	}
	fmt.Print(hex.Dump(bin))
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, k := range []int{7, 8, 9, 15, 17} {
		fmt.Print(hex.Dump(bin[:k]))
	}
	d := hex.Dumper(os.Stdout)
	for i := 0; i < 5; i++ {
		d.Write([]byte("abcdefg"))
	}
	fmt.Println(d.Close(), d.Close())
	_, err = d.Write([]byte("x"))
	fmt.Println(err)
}
