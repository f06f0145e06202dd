package json

// Streams of JSON values: the Encoder writes one value per line, the
// Decoder reads whole values one after the other from a reader,
// reading only as far as each value needs; and RawMessage, a value
// kept as its text.

import (
	"bytes"
	"errors"
	"io"
	"reflect"
)

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w              io.Writer
	err            error
	html           bool
	prefix, indent string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, html: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a
// newline character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encoder{html: enc.html}
	if err := e.value(reflect.ValueOf(v), false); err != nil {
		return err
	}
	// The newline goes before indenting: Indent keeps trailing space.
	out := append(e.buf, '\n')
	if enc.prefix != "" || enc.indent != "" {
		var err error
		if out, err = appendIndent(nil, out, enc.prefix, enc.indent); err != nil {
			return err
		}
	}
	if _, err := enc.w.Write(out); err != nil {
		enc.err = err
		return err
	}
	return nil
}

// SetIndent instructs the encoder to format each subsequent encoded
// value as if indented by the package-level function Indent(dst, src,
// prefix, indent). Calling SetIndent("", "") disables indentation.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be
// escaped inside JSON quoted strings. The default behavior is to escape
// &, <, and > to \u0026, \u003c, and \u003e to avoid certain safety
// problems that can arise when embedding JSON in HTML.
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.html = on
}

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r       io.Reader
	buf     []byte
	at      int   // buf[at:] is not consumed yet
	dropped int64 // bytes consumed and dropped from buf before it
	err     error // a read or syntax error ends the stream
	d       decoder
	scan    scanner
	// Where Token is in the stream's structure.
	tokState int
	tokStack []int
}

// NewDecoder returns a new decoder that reads from r. The decoder may
// read data from r beyond the JSON values requested.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber causes the Decoder to unmarshal a number into an interface{}
// as a Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the
// destination is a struct and the input contains object keys which do
// not match any non-ignored, exported fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.d.strictKeys = true }

// Decode reads the next JSON-encoded value from its input and stores it
// in the value pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.beforeValue(); err != nil {
		return err
	}
	if !dec.valueAllowed() {
		return &SyntaxError{"not at beginning of value", dec.InputOffset()}
	}
	n, err := dec.nextValue()
	if err != nil {
		return err
	}
	dec.d.data = dec.buf[dec.at : dec.at+n]
	dec.at += n
	// A mismatch does not end the stream: the value was read whole.
	err = dec.d.unmarshal(v)
	dec.afterValue()
	return err
}

// nextValue makes buf[at:at+n] hold the next whole value (with the
// space before it), reading as needed, and returns n.
func (dec *Decoder) nextValue() (int, error) {
	dec.scan.reset()
	i := dec.at
	var rerr error
	for {
		for ; i < len(dec.buf); i++ {
			switch dec.scan.step(dec.buf[i]) {
			case evDone:
				// The byte after the value is not part of it.
				return i - dec.at, nil
			case evCloseObject, evCloseArray:
				// A container's end is the value's end: do not
				// wait for another byte that may never come.
				if len(dec.scan.nest) == 0 {
					return i + 1 - dec.at, nil
				}
			case evError:
				dec.err = dec.scan.err
				return 0, dec.err
			}
		}
		if rerr != nil {
			if rerr == io.EOF {
				if dec.scan.step(' ') == evDone {
					return i - dec.at, nil
				}
				if hasNonSpace(dec.buf) {
					rerr = io.ErrUnexpectedEOF
				}
			}
			dec.err = rerr
			return 0, rerr
		}
		done := i - dec.at
		rerr = dec.fill()
		i = dec.at + done
	}
}

func hasNonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// fill drops the consumed bytes and reads more; the read's error is
// for the caller to act on after scanning what came with it.
func (dec *Decoder) fill() error {
	if dec.at > 0 {
		dec.dropped += int64(dec.at)
		n := copy(dec.buf, dec.buf[dec.at:])
		dec.buf = dec.buf[:n]
		dec.at = 0
	}
	const least = 512
	if cap(dec.buf)-len(dec.buf) < least {
		bigger := make([]byte, len(dec.buf), 2*cap(dec.buf)+least)
		copy(bigger, dec.buf)
		dec.buf = bigger
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[:len(dec.buf)+n]
	return err
}

// peek skips space and returns the next byte without consuming it.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.at; i < len(dec.buf); i++ {
			if c := dec.buf[i]; !isSpace(c) {
				dec.at = i
				return c, nil
			}
		}
		if err != nil {
			return 0, err
		}
		err = dec.fill()
	}
}

// More reports whether there is another element in the current array
// or object being parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// Buffered returns a reader of the data remaining in the Decoder's
// buffer. The reader is valid until the next call to Decode.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.at:])
}

// InputOffset returns the input stream byte offset of the current
// decoder position.
func (dec *Decoder) InputOffset() int64 {
	return dec.dropped + int64(dec.at)
}

// RawMessage is a raw encoded JSON value. It implements Marshaler and
// Unmarshaler and can be used to delay JSON decoding or precompute a
// JSON encoding.
type RawMessage []byte

// MarshalJSON returns m as the JSON encoding of m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON sets *m to a copy of data.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}
