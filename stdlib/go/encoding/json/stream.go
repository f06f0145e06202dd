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

// Encoder writes values to a writer, each as JSON text and a newline.
type Encoder struct {
	w              io.Writer
	err            error
	html           bool
	prefix, indent string
}

// NewEncoder makes an Encoder writing to w, escaping HTML by default.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, html: true}
}

// Encode writes v's JSON and a newline. After a write error, every
// later call answers that error.
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

// SetIndent makes later values be laid out as Indent lays them out
// with prefix and indent; two empty strings turn that off.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

// SetEscapeHTML chooses whether <, > and & in strings are written as
// \u003c, \u003e and \u0026 (the default, so that the text is safe
// inside HTML) or as themselves.
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.html = on
}

// Decoder reads a stream of JSON values from a reader, one at a time.
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

// NewDecoder makes a Decoder reading from r. It reads ahead in blocks,
// so r may be read past the last value decoded.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes numbers stored in an interface{} Numbers rather than
// float64s.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields makes a key that names no field of the
// destination struct an error rather than something skipped.
func (dec *Decoder) DisallowUnknownFields() { dec.d.strictKeys = true }

// Decode reads the next whole value of the stream and stores it in
// what v points to, as Unmarshal would.
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
				dec.scan.count--
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
				ended := dec.scan.step(' ') == evDone
				dec.scan.count--
				if ended {
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
	have := len(dec.buf)
	got, err := dec.r.Read(dec.buf[have:cap(dec.buf)])
	dec.buf = dec.buf[:have+got]
	return err
}

// peek skips space and returns the next byte without consuming it.
func (dec *Decoder) nextByte() (byte, error) {
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

// More tells whether the array or object Token is inside has another
// element or member to come.
func (dec *Decoder) More() bool {
	c, err := dec.nextByte()
	if err != nil {
		return false
	}
	return c != ']' && c != '}'
}

// Buffered gives what the Decoder has read from its reader but not
// consumed; it is only good until the next Decode.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.at:])
}

// InputOffset is how many bytes of the stream the Decoder has
// consumed.
func (dec *Decoder) InputOffset() int64 {
	return dec.dropped + int64(dec.at)
}

// RawMessage is JSON text kept as it is: decoding stores a copy of the
// value's text, encoding writes the text back (compacted).
type RawMessage []byte

// MarshalJSON gives m itself, or null for a nil m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON keeps a copy of data in *m.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[:0], data...)
	return nil
}
