package hex

// NewEncoder and NewDecoder: hex over io.Writer and io.Reader, through a
// fixed buffer.

import "io"

// chunk is the size of the streams' buffers.
const chunk = 1024

// hexWriter encodes what is written to it and passes the digits on.
type hexWriter struct {
	dst    io.Writer
	failed error
	digits [chunk]byte
}

// NewEncoder gives a writer that writes the hex text of its input to w.
func NewEncoder(w io.Writer) io.Writer {
	return &hexWriter{dst: w}
}

// Write encodes p half a buffer at a time; the count is of input bytes
// whose digits were written in full.
func (e *hexWriter) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.failed == nil {
		take := len(p)
		if take > chunk/2 {
			take = chunk / 2
		}
		size := Encode(e.digits[:], p[:take])
		var sent int
		sent, e.failed = e.dst.Write(e.digits[:size])
		n += sent / 2
		p = p[take:]
	}
	return n, e.failed
}

// hexReader decodes the hex text it reads. pending holds digits read but
// not yet decoded (a slice of store); failed the error that ends the
// stream once pending is used up.
type hexReader struct {
	src     io.Reader
	failed  error
	pending []byte
	store   [chunk]byte
}

// NewDecoder gives a reader of the bytes whose hex text r gives.
func NewDecoder(r io.Reader) io.Reader {
	return &hexReader{src: r}
}

// Read decodes as many whole digit pairs as p has room for, reading more
// text when fewer than two digits are pending. An odd digit at the end of
// the input is io.ErrUnexpectedEOF (or an InvalidByteError if it is not
// a digit).
func (d *hexReader) Read(p []byte) (n int, err error) {
	if len(d.pending) < 2 && d.failed == nil {
		// Keep the odd digit, if any, at the front.
		kept := copy(d.store[:], d.pending)
		var got int
		got, d.failed = d.src.Read(d.store[kept:])
		d.pending = d.store[:kept+got]
		if d.failed == io.EOF && len(d.pending)%2 == 1 {
			last := d.pending[len(d.pending)-1]
			if _, ok := nibble(last); ok {
				d.failed = io.ErrUnexpectedEOF
			} else {
				d.failed = InvalidByteError(last)
			}
		}
	}
	if pairs := len(d.pending) / 2; len(p) > pairs {
		p = p[:pairs]
	}
	n, err = Decode(p, d.pending[:2*len(p)])
	d.pending = d.pending[2*n:]
	if err != nil {
		// The rest of the text is not worth decoding.
		d.pending, d.failed = nil, err
	}
	if len(d.pending) >= 2 {
		return n, nil
	}
	return n, d.failed
}
