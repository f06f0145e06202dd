// Package base64 implements base64 encodings (RFC 4648): every three
// bytes become four characters of a 64-letter alphabet, the last group
// padded with '=' unless the encoding has no padding.
//
// This file holds Encoding and its one-shot methods; stream.go the
// streaming encoder and decoder.
package base64

import "strconv"

// Encoding is one alphabet and padding choice. Those of RFC 4648 are
// StdEncoding, URLEncoding and their unpadded Raw forms.
type Encoding struct {
	alphabet [64]byte
	value    [256]byte // sextet of each byte, invalid for the rest
	pad      rune      // NoPadding for none
	strict   bool      // unused trailing bits must be zero
}

// invalid marks bytes outside the alphabet in Encoding.value.
const invalid = 0xFF

// The padding choices for WithPadding.
const (
	StdPadding rune = '=' // the usual '='
	NoPadding  rune = -1  // no padding at all
)

// NewEncoding makes a padded encoding from a 64-byte alphabet, which must
// not contain '\n' or '\r' (decoders skip those).
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{pad: StdPadding}
	for i := range e.value {
		e.value[i] = invalid
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		e.alphabet[i] = c
		e.value[c] = byte(i)
	}
	return e
}

// WithPadding gives a copy of enc that pads with padding (NoPadding for
// none), which must be a byte-sized rune other than '\r', '\n' and the
// letters of the alphabet.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding > 0xff || padding == '\n' || padding == '\r' {
		panic("invalid padding")
	}
	for _, c := range enc.alphabet {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.pad = padding
	return &enc
}

// Strict gives a copy of enc whose decoding refuses a last group with
// nonzero unused bits, so that every input decodes from one text only.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The encodings of RFC 4648: the standard alphabet (ending "+/") and the
// one safe in URLs and file names (ending "-_"), padded and not.
var (
	StdEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	URLEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		// Six bits a character, the last one partly used.
		return (8*n + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the most bytes n characters of the encoding can decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.pad == NoPadding {
		return 6 * n / 8
	}
	return n / 4 * 3
}

// Encode writes the encoding of src into dst, which must hold
// EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	out := 0
	for len(src) > 0 {
		// Up to three bytes as a 24-bit group, missing bytes zero.
		group := uint(src[0]) << 16
		take := len(src)
		if take > 3 {
			take = 3
		}
		if take > 1 {
			group |= uint(src[1]) << 8
		}
		if take > 2 {
			group |= uint(src[2])
		}
		// take bytes give take+1 characters, then padding to four.
		for k := 0; k <= take; k++ {
			dst[out+k] = enc.alphabet[group>>uint(18-6*k)&63]
		}
		used := take + 1
		if take < 3 && enc.pad != NoPadding {
			for ; used < 4; used++ {
				dst[out+used] = byte(enc.pad)
			}
		}
		out += used
		src = src[take:]
	}
}

// EncodeToString gives the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// CorruptInputError is the offset in the input of the first byte that
// cannot be decoded.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines is the index of the first byte at or after i in src that
// is not '\r' or '\n'.
func skipNewlines(src []byte, i int) int {
	for i < len(src) && (src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// group decodes the four characters of src from index at on (newlines
// are skipped, padding ends the group early) into dst. It gives the index
// after them, how many bytes it wrote and an error.
func (enc *Encoding) group(dst, src []byte, at int) (next, n int, err error) {
	var sextet [4]byte
	got := 0
	for got < 4 {
		if at == len(src) {
			// The input ends inside the group: fine only without padding
			// and with at least two characters (one full byte).
			if got == 0 {
				return at, 0, nil
			}
			if got == 1 || enc.pad != NoPadding {
				return at, 0, CorruptInputError(at - got)
			}
			break
		}
		c := src[at]
		at++
		if v := enc.value[c]; v != invalid {
			sextet[got] = v
			got++
			continue
		}
		if c == '\n' || c == '\r' {
			continue
		}
		if rune(c) != enc.pad || got < 2 {
			return at, 0, CorruptInputError(at - 1)
		}
		if got == 2 {
			// Two characters need two padding characters.
			at = skipNewlines(src, at)
			if at == len(src) {
				return at, 0, CorruptInputError(len(src))
			}
			if rune(src[at]) != enc.pad {
				return at, 0, CorruptInputError(at - 1)
			}
			at++
		}
		// Padding ends the input: only newlines may follow.
		at = skipNewlines(src, at)
		if at < len(src) {
			err = CorruptInputError(at)
		}
		break
	}
	bits := uint(sextet[0])<<18 | uint(sextet[1])<<12 | uint(sextet[2])<<6 | uint(sextet[3])
	b0, b1, b2 := byte(bits>>16), byte(bits>>8), byte(bits)
	// got characters carry got-1 bytes; in strict mode the bits of a
	// byte that is not there must be zero.
	if got == 4 {
		dst[2] = b2
		b2 = 0
	}
	if got >= 3 {
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return at, 0, CorruptInputError(at - 1)
		}
		b1 = 0
	}
	dst[0] = b0
	if enc.strict && (b1 != 0 || b2 != 0) {
		return at, 0, CorruptInputError(at - 2)
	}
	return at, got - 1, err
}

// Decode writes the bytes that src encodes into dst (DecodedLen(len(src))
// bytes) and reports how many it wrote. '\r' and '\n' in src are skipped.
// An error is a CorruptInputError, after the bytes decoded before it.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	at := 0
	for at < len(src) {
		var k int
		at, k, err = enc.group(dst[n:], src, at)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// DecodeString gives the bytes that s encodes; on an error, the bytes
// decoded before it.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}
