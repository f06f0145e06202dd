package base64

// NewEncoder and NewDecoder: base64 over io.Writer and io.Reader.

import "io"

// streamBuf is the size of the streams' buffers of encoded text.
const streamBuf = 1024

// streamEncoder encodes whole groups as they come and keeps up to two
// bytes of a partial group for the next Write or Close.
type streamEncoder struct {
	enc     *Encoding
	dst     io.Writer
	failed  error
	partial [3]byte
	held    int // bytes in partial
	text    [streamBuf]byte
}

// NewEncoder gives a writer that writes the encoding of its input to w.
// Close it to write the last partial group (and its padding); closing
// does not close w.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &streamEncoder{enc: enc, dst: w}
}

func (e *streamEncoder) Write(p []byte) (n int, err error) {
	if e.failed != nil {
		return 0, e.failed
	}
	if e.held > 0 {
		// Complete the group held back from the last Write first.
		for e.held < 3 && len(p) > 0 {
			e.partial[e.held] = p[0]
			e.held++
			p = p[1:]
			n++
		}
		if e.held < 3 {
			return n, nil
		}
		e.enc.Encode(e.text[:], e.partial[:])
		if _, e.failed = e.dst.Write(e.text[:4]); e.failed != nil {
			return n, e.failed
		}
		e.held = 0
	}
	for len(p) >= 3 {
		// As many whole groups as the text buffer holds.
		take := streamBuf / 4 * 3
		if take > len(p) {
			take = len(p) - len(p)%3
		}
		e.enc.Encode(e.text[:], p[:take])
		if _, e.failed = e.dst.Write(e.text[:take/3*4]); e.failed != nil {
			return n, e.failed
		}
		n += take
		p = p[take:]
	}
	e.held = copy(e.partial[:], p)
	return n + len(p), nil
}

// Close writes the held partial group, if any.
func (e *streamEncoder) Close() error {
	if e.failed == nil && e.held > 0 {
		e.enc.Encode(e.text[:], e.partial[:e.held])
		_, e.failed = e.dst.Write(e.text[:e.enc.EncodedLen(e.held)])
		e.held = 0
	}
	return e.failed
}

// streamDecoder reads text into in (held characters not yet decoded) and
// decodes whole groups; decoded bytes that did not fit the caller's
// buffer wait in left, a slice of spare.
type streamDecoder struct {
	enc     *Encoding
	src     io.Reader
	failed  error // the decoder's own error, final
	readErr error // the source's error, not yet reported
	in      [streamBuf]byte
	held    int
	left    []byte
	spare   [streamBuf / 4 * 3]byte
}

// NewDecoder gives a reader of the bytes whose encoding r gives (newlines
// in it are skipped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &streamDecoder{enc: enc, src: &noNewlines{r}}
}

func (d *streamDecoder) Read(p []byte) (n int, err error) {
	if len(d.left) > 0 {
		n = copy(p, d.left)
		d.left = d.left[n:]
		return n, nil
	}
	if d.failed != nil {
		return 0, d.failed
	}
	// Read until a whole group is held, asking for about as much text as
	// p can take once decoded.
	for d.held < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.in) {
			want = len(d.in)
		}
		var got int
		got, d.readErr = d.src.Read(d.in[d.held:want])
		d.held += got
	}
	if d.held < 4 {
		// The input ended inside a group: an unpadded encoding may end
		// so; otherwise it is cut short.
		if d.enc.pad == NoPadding && d.held > 0 {
			var made int
			made, d.failed = d.enc.Decode(d.spare[:], d.in[:d.held])
			d.held = 0
			d.left = d.spare[:made]
			n = copy(p, d.left)
			d.left = d.left[n:]
			if n > 0 || len(p) == 0 && len(d.left) > 0 {
				return n, nil
			}
			if d.failed != nil {
				return 0, d.failed
			}
		}
		d.failed = d.readErr
		if d.failed == io.EOF && d.held > 0 {
			d.failed = io.ErrUnexpectedEOF
		}
		return 0, d.failed
	}
	// Decode the whole groups held, into p when they fit.
	whole := d.held / 4 * 4
	if whole/4*3 > len(p) {
		var made int
		made, d.failed = d.enc.Decode(d.spare[:], d.in[:whole])
		d.left = d.spare[:made]
		n = copy(p, d.left)
		d.left = d.left[n:]
	} else {
		n, d.failed = d.enc.Decode(p, d.in[:whole])
	}
	d.held = copy(d.in[:], d.in[whole:d.held])
	return n, d.failed
}

// noNewlines drops '\r' and '\n' from what it reads, so that the decoder
// counts only characters of the encoding.
type noNewlines struct {
	r io.Reader
}

func (f *noNewlines) Read(p []byte) (int, error) {
	for {
		n, err := f.r.Read(p)
		if n == 0 {
			return 0, err
		}
		kept := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		// Nothing but newlines: read on, as if they never came.
	}
}
