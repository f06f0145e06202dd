// Package hex converts bytes to and from their hexadecimal text (two
// lowercase digits a byte on output; either case accepted on input), and
// prints hex dumps in the layout of `hexdump -C`.
//
// This file holds the one-shot functions; stream.go the streaming
// encoder and decoder, dump.go Dump and Dumper.
package hex

import (
	"errors"
	"fmt"
)

// lowerHex holds the output digits, by value.
const lowerHex = "0123456789abcdef"

// ErrLength reports input with an odd number of hex digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte of the input that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// nibble is the value of hex digit c, and whether c is one.
func nibble(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// EncodedLen is the length of the encoding of n bytes.
func EncodedLen(n int) int { return 2 * n }

// DecodedLen is the number of bytes x hex digits decode to.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src into dst, which must hold
// EncodedLen(len(src)) bytes, and reports how many it wrote.
func Encode(dst, src []byte) int {
	at := 0
	for _, b := range src {
		dst[at] = lowerHex[b>>4]
		dst[at+1] = lowerHex[b&15]
		at += 2
	}
	return 2 * len(src)
}

// Decode writes the bytes that the hex digits of src stand for into dst
// (DecodedLen(len(src)) bytes; dst may be src itself) and reports how many
// it wrote. A non-digit stops it with an InvalidByteError; an odd count
// of digits ends with ErrLength once the pairs are decoded.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, ok := nibble(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		lo, ok := nibble(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		// The unpaired last byte is reported as invalid before the length.
		last := src[len(src)-1]
		if _, ok := nibble(last); !ok {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// EncodeToString gives the hex text of src.
func EncodeToString(src []byte) string {
	out := make([]byte, EncodedLen(len(src)))
	Encode(out, src)
	return string(out)
}

// DecodeString gives the bytes the hex text s stands for; on an error,
// the bytes decoded before it.
func DecodeString(s string) ([]byte, error) {
	// Decoding never writes ahead of what it reads: work in place.
	buf := []byte(s)
	n, err := Decode(buf, buf)
	return buf[:n], err
}
