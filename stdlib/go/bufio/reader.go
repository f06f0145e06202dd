// Package bufio puts a buffer in front of an io.Reader or io.Writer, so
// that many small reads or writes cost few calls of the underlying one, and
// splits input into tokens (lines, words, runes) with Scanner.
//
// This file holds Reader; writer.go holds Writer and ReadWriter, scan.go
// Scanner and split.go the split functions it comes with.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// defaultSize is the buffer size of NewReader and NewWriter.
const defaultSize = 4096

// minReadBufferSize is the smallest buffer NewReaderSize makes.
const minReadBufferSize = 16

// emptyReadLimit is how many times in a row a source may answer
// a read with no bytes and no error before it counts as stuck
// (io.ErrNoProgress).
const emptyReadLimit = 100

// The errors of Reader and Writer, with gc's texts.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// errNegativeRead is the panic value when the source reports reading a
// negative number of bytes.
var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// Reader reads through a buffer from another io.Reader. The bytes not yet
// handed out are data[head:tail]; an error from the source waits in
// pending until those are gone.
type Reader struct {
	data       []byte
	src        io.Reader
	head, tail int
	pending    error

	// What the last operation read, for UnreadByte and UnreadRune: the
	// byte (-1 when unreading is not allowed) and the width of the rune
	// (-1 when the last operation was not ReadRune).
	prevByte  int
	prevWidth int
}

// NewReaderSize gives a Reader over rd with a buffer of at least size
// bytes (16 at the least). When rd is already a *Reader with a buffer that
// large, rd itself comes back.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.data) >= size {
		return already
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	b := new(Reader)
	b.restart(make([]byte, size), rd)
	return b
}

// NewReader gives a Reader over rd with the default buffer size.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultSize)
}

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.data) }

// Reset drops everything buffered and makes b read from r, keeping the
// buffer (a zero Reader gets one of the default size).
func (b *Reader) Reset(r io.Reader) {
	if b.data == nil {
		b.data = make([]byte, defaultSize)
	}
	b.restart(b.data, r)
}

// restart makes b a fresh reader of r over the buffer buf.
func (b *Reader) restart(buf []byte, r io.Reader) {
	*b = Reader{data: buf, src: r, prevByte: -1, prevWidth: -1}
}

// forgetPrev makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forgetPrev() {
	b.prevByte = -1
	b.prevWidth = -1
}

// refill slides the unread bytes to the start of the buffer and reads
// into the room after them until the source gives bytes or an error, or
// has given nothing emptyReadLimit times.
func (b *Reader) refill() {
	if b.head > 0 {
		b.tail = copy(b.data, b.data[b.head:b.tail])
		b.head = 0
	}
	if b.tail >= len(b.data) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		got, err := b.src.Read(b.data[b.tail:])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.tail += got
		if err != nil {
			b.pending = err
			return
		}
		if got > 0 {
			return
		}
	}
	b.pending = io.ErrNoProgress
}

// takeErr hands out the pending error once.
func (b *Reader) takeErr() error {
	err := b.pending
	b.pending = nil
	return err
}

// Buffered is how many bytes can be read without calling the source.
func (b *Reader) Buffered() int { return b.tail - b.head }

// Peek shows the next n bytes without consuming them; the slice is the
// buffer's own and stays valid until the next read. Fewer than n bytes
// come with the reason: the source's error, or ErrBufferFull when n
// exceeds the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetPrev()
	for b.Buffered() < n && b.Buffered() < len(b.data) && b.pending == nil {
		b.refill()
	}
	if n > len(b.data) {
		return b.data[b.head:b.tail], ErrBufferFull
	}
	if b.Buffered() < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.data[b.head:b.tail], err
	}
	return b.data[b.head : b.head+n], nil
}

// Discard skips the next n bytes; fewer skipped come with the source's
// error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forgetPrev()
	left := n
	for {
		if b.head == b.tail {
			b.refill()
		}
		step := b.Buffered()
		if step > left {
			step = left
		}
		b.head += step
		left -= step
		if left == 0 {
			return n, nil
		}
		if b.pending != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read gives what is buffered, or, with an empty buffer, the result of at
// most one read of the source: into p directly when p is at least as big
// as the buffer. At the end of the input it answers 0, io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.pending != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.data) {
			n, b.pending = b.src.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.prevByte = int(p[n-1])
				b.prevWidth = -1
			}
			return n, b.takeErr()
		}
		b.head, b.tail = 0, 0
		n, b.pending = b.src.Read(b.data)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail = n
	}
	n = copy(p, b.data[b.head:b.tail])
	b.head += n
	b.prevByte = int(b.data[b.head-1])
	b.prevWidth = -1
	return n, nil
}

// ReadByte gives the next byte, or the source's error when none is left.
func (b *Reader) ReadByte() (byte, error) {
	b.prevWidth = -1
	for b.head == b.tail {
		if b.pending != nil {
			return 0, b.takeErr()
		}
		b.refill()
	}
	c := b.data[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read by the last operation; only a
// reading operation allows it (Peek, Discard and WriteTo do not).
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head == 0 {
		// The buffer is empty: the byte becomes its only content.
		b.tail = 1
	} else {
		b.head--
	}
	b.data[b.head] = byte(b.prevByte)
	b.forgetPrev()
	return nil
}

// ReadRune decodes the next UTF-8 rune; an invalid encoding gives
// U+FFFD of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.data[b.head:b.tail]) &&
		b.pending == nil && b.Buffered() < len(b.data) {
		b.refill()
	}
	b.prevWidth = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.data[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.data[b.head:b.tail])
	}
	b.head += size
	b.prevByte = int(b.data[b.head-1])
	b.prevWidth = size
	return r, size, nil
}

// UnreadRune puts back the rune the last operation read, which must have
// been ReadRune.
func (b *Reader) UnreadRune() error {
	if b.prevWidth < 0 || b.head < b.prevWidth {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevWidth
	b.forgetPrev()
	return nil
}

// ReadSlice reads up to and including the first delim and gives those
// bytes as a slice of the buffer, valid until the next read. Without a
// delim it gives what there is and the source's error, or the full buffer
// and ErrBufferFull when the buffer fills first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0
	for {
		if i := bytes.IndexByte(b.data[b.head+searched:b.tail], delim); i >= 0 {
			end := b.head + searched + i + 1
			line = b.data[b.head:end]
			b.head = end
			break
		}
		if b.pending != nil {
			line = b.data[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.data) {
			b.head = b.tail
			line = b.data
			err = ErrBufferFull
			break
		}
		// The refill keeps the bytes already searched: start after them.
		searched = b.Buffered()
		b.refill()
	}
	if len(line) > 0 {
		b.prevByte = int(line[len(line)-1])
		b.prevWidth = -1
	}
	return line, err
}

// ReadLine gives the next line without its "\n" or "\r\n". A line longer
// than the buffer comes in pieces, all but the last with isPrefix set. The
// line is a slice of the buffer, valid until the next read. At the end of
// the input it gives nil and io.EOF; a last line without newline comes
// first, with a nil error.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// A '\r' ending the piece may start a "\r\n": leave it for the
		// next call so that the pair is dropped together.
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if n := len(line); line[n-1] == '\n' {
		if n > 1 && line[n-2] == '\r' {
			line = line[:n-2]
		} else {
			line = line[:n-1]
		}
	}
	return line, false, nil
}

// untilDelim reads up to and including delim, or to an error, keeping
// copies of the full buffers met on the way; last is the final piece
// (still in the buffer) and total the length of all of them.
func (b *Reader) untilDelim(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		if e == ErrBufferFull {
			kept := make([]byte, len(piece))
			copy(kept, piece)
			full = append(full, kept)
			total += len(kept)
			continue
		}
		return full, piece, total + len(piece), e
	}
}

// gather joins the pieces of untilDelim into one new slice.
func gather(full [][]byte, last []byte, total int) []byte {
	out := make([]byte, total)
	at := 0
	for _, piece := range full {
		at += copy(out[at:], piece)
	}
	copy(out[at:], last)
	return out
}

// ReadBytes reads up to and including delim into a new slice; without a
// delim before an error, it gives what came and the error.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.untilDelim(delim)
	return gather(full, last, total), err
}

// ReadString is ReadBytes giving a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.untilDelim(delim)
	if len(full) == 0 {
		return string(last), err
	}
	return string(gather(full, last, total)), err
}

// errNegativeWrite is the panic value when a writer reports writing a
// negative number of bytes.
var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// flushTo writes the buffered bytes to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.data[b.head:b.tail])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}

// WriteTo copies everything left, buffered then unread, to w until the end
// of the input (which is not an error) or an error. It lets the source's
// WriteTo or w's ReadFrom do the copy when they have one.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetPrev()
	n, err = b.flushTo(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.src.(io.WriterTo); ok {
		more, err := wt.WriteTo(w)
		return n + more, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		more, err := rf.ReadFrom(b.src)
		return n + more, err
	}
	if b.Buffered() < len(b.data) {
		b.refill()
	}
	for b.head < b.tail {
		more, err := b.flushTo(w)
		n += more
		if err != nil {
			return n, err
		}
		b.refill()
	}
	if b.pending == io.EOF {
		b.pending = nil
	}
	return n, b.takeErr()
}
