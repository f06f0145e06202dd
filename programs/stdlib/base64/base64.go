// run

// encoding/base64: the four RFC 4648 encodings, custom alphabets and
// padding, Strict, lengths, every CorruptInputError offset rule, newlines
// in the input, and the streaming encoder and decoder.
package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
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

func catch(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover()) }()
	f()
}

func main() {
	encs := []struct {
		name string
		e    *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "Hello, 世界"}
	for _, e := range encs {
		for _, in := range inputs {
			s := e.e.EncodeToString([]byte(in))
			back, err := e.e.DecodeString(s)
			fmt.Printf("%-6s %q -> %q (%d) -> %q %v\n", e.name, in, s, e.e.EncodedLen(len(in)), back, err)
		}
		fmt.Println(e.name, "decoded lengths", e.e.DecodedLen(0), e.e.DecodedLen(3), e.e.DecodedLen(4), e.e.DecodedLen(7), e.e.DecodedLen(8))
	}

	bad := []string{
		"Zm9v!", "Zm9vYg", "Zm9vYg=", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmE", "Z", "Zm==Zm9v",
		"Zm9v\nYmFy", "Zm9v\r\nYmE=\n", "Zm=\n=", "Zm=\nx", "=Zm9", "Z===", "Zm9vYg==\n\n",
		"Zm9vYg==x", "Zm8=", "Zm9=", "Zh==", "YQ==", "YR==", "\n\n", "Zm9vYmFy\n",
	}
	strict := base64.StdEncoding.Strict()
	rawStrict := base64.RawStdEncoding.Strict()
	for _, in := range bad {
		b1, e1 := base64.StdEncoding.DecodeString(in)
		b2, e2 := base64.RawStdEncoding.DecodeString(in)
		b3, e3 := strict.DecodeString(in)
		b4, e4 := rawStrict.DecodeString(in)
		fmt.Printf("%q: std %q %v | raw %q %v | strict %q %v | rawstrict %q %v\n", in, b1, e1, b2, e2, b3, e3, b4, e4)
	}
	var cie base64.CorruptInputError
	_, err := base64.StdEncoding.DecodeString("ab!d")
	fmt.Println(errors.As(err, &cie), int64(cie))

	dst := make([]byte, 12)
	n, err := base64.StdEncoding.Decode(dst, []byte("aGVsbG8gd29ybGQ="))
	fmt.Println(n, err, string(dst[:n]))
	out := make([]byte, 8)
	base64.URLEncoding.Encode(out, []byte{0xfb, 0xff, 0xbf, 0x01})
	fmt.Println(string(out))

	// Custom alphabets and padding.
	rev := "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210+/"
	custom := base64.NewEncoding(rev).WithPadding('*')
	s := custom.EncodeToString([]byte("custom!"))
	back, err := custom.DecodeString(s)
	fmt.Println(s, string(back), err, custom.EncodedLen(7))
	fmt.Println(base64.StdEncoding.WithPadding(base64.StdPadding).EncodeToString([]byte("ab")))
	catch("short", func() { base64.NewEncoding("abc") })
	catch("newline", func() { base64.NewEncoding(strings.Repeat("a", 63) + "\n") })
	catch("padding", func() { base64.StdEncoding.WithPadding('A') })
	catch("padding2", func() { base64.StdEncoding.WithPadding('\n') })
	catch("padding3", func() { base64.StdEncoding.WithPadding(0x100) })

	// The streaming encoder: partial groups carried across writes.
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	for _, part := range []string{"a", "bc", "defg", "", "hijklmnop", strings.Repeat("x", 2000), "yz"} {
		n, err := w.Write([]byte(part))
		fmt.Print(n, err, buf.Len(), "; ")
	}
	fmt.Println(w.Close(), buf.Len())
	text := buf.String()
	fmt.Println(text[:20], text[len(text)-12:])

	// The streaming decoder, in one go and a byte at a time, with
	// newlines, without padding, truncated and corrupt.
	all, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(text)))
	fmt.Println(len(all), err, string(all[:16]), string(all[len(all)-4:]))
	wrapped := ""
	for i := 0; i < len(text); i += 76 {
		end := i + 76
		if end > len(text) {
			end = len(text)
		}
		wrapped += text[i:end] + "\r\n"
	}
	all, err = io.ReadAll(oneByte{base64.NewDecoder(base64.StdEncoding, oneByte{strings.NewReader(wrapped)})})
	fmt.Println(len(all), err)
	for _, c := range []struct {
		e  *base64.Encoding
		in string
	}{
		{base64.StdEncoding, "Zm9vYmFy"},
		{base64.StdEncoding, "Zm9vYmE="},
		{base64.StdEncoding, "Zm9vYmE"},
		{base64.StdEncoding, "Zm9v!mFy"},
		{base64.RawStdEncoding, "Zm9vYmE"},
		{base64.RawStdEncoding, "Zm9vY"},
		{base64.StdEncoding, "Zm9v\n\nYmFy\n"},
		{base64.URLEncoding, "-_-_"},
	} {
		got, err := io.ReadAll(base64.NewDecoder(c.e, strings.NewReader(c.in)))
		got2, err2 := io.ReadAll(base64.NewDecoder(c.e, oneByte{strings.NewReader(c.in)}))
		fmt.Printf("stream %q -> %q %v | %q %v\n", c.in, got, err, got2, err2)
	}
}
