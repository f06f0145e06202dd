package bufio

// Writer gathers small writes into a buffer and passes them on in
// buffer-sized writes; ReadWriter pairs a Reader with a Writer.

import (
	"io"
	"unicode/utf8"
)

// Writer buffers output to another io.Writer. Once a write to it fails,
// the error sticks: every later write and Flush answers it. Call Flush
// after the last write so that nothing stays in the buffer.
type Writer struct {
	failed error
	data   []byte
	used   int // data[:used] waits to be written
	dst    io.Writer
}

// NewWriterSize gives a Writer to w with a buffer of size bytes (the
// default size when size is not positive). When w is already a *Writer
// with a buffer that large, w itself comes back.
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.data) >= size {
		return already
	}
	if size <= 0 {
		size = defaultSize
	}
	return &Writer{data: make([]byte, size), dst: w}
}

// NewWriter gives a Writer to w with the default buffer size.
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultSize)
}

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.data) }

// Reset drops what is buffered and any error, and makes b write to w (a
// zero Writer gets a buffer of the default size).
func (b *Writer) Reset(w io.Writer) {
	if b.data == nil {
		b.data = make([]byte, defaultSize)
	}
	b.failed = nil
	b.used = 0
	b.dst = w
}

// Flush writes the buffered bytes out. A short write without an error is
// io.ErrShortWrite; what was not written stays buffered.
func (b *Writer) Flush() error {
	if b.failed != nil {
		return b.failed
	}
	if b.used == 0 {
		return nil
	}
	n, err := b.dst.Write(b.data[:b.used])
	if err == nil && n < b.used {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.used = 0
		return nil
	}
	if n > 0 && n < b.used {
		copy(b.data, b.data[n:b.used])
	}
	b.used -= n
	b.failed = err
	return err
}

// Available is the free room in the buffer.
func (b *Writer) Available() int { return len(b.data) - b.used }

// AvailableBuffer is an empty slice over the free room, to append to and
// pass to the next Write without a copy.
func (b *Writer) AvailableBuffer() []byte {
	return b.data[b.used:][:0]
}

// Buffered is how many bytes wait in the buffer.
func (b *Writer) Buffered() int { return b.used }

// Write stores p, writing out full buffers as needed; with an empty
// buffer, a p larger than the room goes to the writer directly. Fewer
// than len(p) bytes taken come with the reason.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.failed == nil {
		var n int
		if b.used == 0 {
			n, b.failed = b.dst.Write(p)
		} else {
			n = copy(b.data[b.used:], p)
			b.used += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.failed != nil {
		return nn, b.failed
	}
	b.used += copy(b.data[b.used:], p)
	return nn + len(p), nil
}

// WriteByte stores one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.failed != nil {
		return b.failed
	}
	if b.used == len(b.data) && b.Flush() != nil {
		return b.failed
	}
	b.data[b.used] = c
	b.used++
	return nil
}

// WriteRune stores r in UTF-8 and says how many bytes that took.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.failed != nil {
		return 0, b.failed
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.failed != nil {
			return 0, b.failed
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than a rune: let WriteString cut it.
			one := string(r)
			return b.WriteString(one)
		}
	}
	size = utf8.EncodeRune(b.data[b.used:], r)
	b.used += size
	return size, nil
}

// WriteString is Write for a string. With an empty buffer, a string
// larger than the room goes to the writer's WriteString, if it has one.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	var direct io.StringWriter
	asked := false
	for len(s) > b.Available() && b.failed == nil {
		if b.used == 0 && !asked {
			direct, _ = b.dst.(io.StringWriter)
			asked = true
		}
		var n int
		if b.used == 0 && direct != nil {
			n, b.failed = direct.WriteString(s)
		} else {
			n = copy(b.data[b.used:], s)
			b.used += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.failed != nil {
		return nn, b.failed
	}
	b.used += copy(b.data[b.used:], s)
	return nn + len(s), nil
}

// ReadFrom reads r to its end into the buffer, flushing whenever it is
// full; when the buffer is empty and the writer has a ReadFrom, that does
// the copy. The end of r is not an error.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.failed != nil {
		return 0, b.failed
	}
	rf, hasReadFrom := b.dst.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.used == 0 {
			more, rerr := rf.ReadFrom(r)
			b.failed = rerr
			return n + more, rerr
		}
		got := 0
		empties := 0
		for {
			got, err = r.Read(b.data[b.used:])
			if got != 0 || err != nil {
				break
			}
			empties++
			if empties == emptyReadLimit {
				return n, io.ErrNoProgress
			}
		}
		b.used += got
		n += int64(got)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A full buffer goes out now; otherwise it waits for Flush.
		if b.Available() == 0 {
			return n, b.Flush()
		}
		return n, nil
	}
	return n, err
}

// ReadWriter is a Reader and a Writer in one value, with the methods of
// both.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter pairs r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
