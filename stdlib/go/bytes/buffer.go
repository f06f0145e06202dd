package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// firstAlloc is the capacity given to a Buffer that had no storage and
// needs only a little.
const firstAlloc = 64

// Buffer is a growable byte queue: writes append at the back, reads take
// from the front. A zero Buffer is empty and usable.
type Buffer struct {
	data []byte // data[head:] is unread; writes append to data
	head int
	last readOp // lets UnreadByte/UnreadRune know what the last read was
}

// readOp tells what the latest operation was: a ReadRune (its width, 1
// to 4), some other read that took bytes, or anything else.
type readOp int8

const (
	opRead    readOp = -1
	opInvalid readOp = 0
)

// ErrTooLarge is the panic value when a Buffer cannot get enough memory.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var (
	errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
	errUnreadByte   = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	errUnreadRune   = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
)

// largestInt is the maximum value of int on this platform.
const largestInt = int(^uint(0) >> 1)

// Bytes gives the unread bytes, sharing the Buffer's storage: the next
// change to the Buffer may overwrite them.
func (bf *Buffer) Bytes() []byte { return bf.data[bf.head:] }

// String gives the unread bytes as a string; a nil *Buffer gives "<nil>".
func (bf *Buffer) String() string {
	if bf != nil {
		return string(bf.data[bf.head:])
	}
	return "<nil>"
}

// drained reports whether nothing is left to read.
func (bf *Buffer) drained() bool { return bf.head >= len(bf.data) }

// Len is the count of unread bytes.
func (bf *Buffer) Len() int { return len(bf.data) - bf.head }

// Cap is the capacity of the storage, read part included.
func (bf *Buffer) Cap() int { return cap(bf.data) }

// Truncate keeps only the first n unread bytes, in the same storage.
// n outside [0, Len()] panics.
func (bf *Buffer) Truncate(n int) {
	if n == 0 {
		bf.Reset()
		return
	}
	bf.last = opInvalid
	if n < 0 || bf.Len() < n {
		panic("bytes.Buffer: truncation out of range")
	}
	bf.data = bf.data[:bf.head+n]
}

// Reset empties the Buffer and keeps its storage for later writes.
func (bf *Buffer) Reset() {
	bf.data, bf.head, bf.last = bf.data[:0], 0, opInvalid
}

// lengthen adds n bytes at the end of data if the capacity allows, giving
// the offset where they begin.
func (bf *Buffer) lengthen(n int) (int, bool) {
	at := len(bf.data)
	if cap(bf.data)-at < n {
		return 0, false
	}
	bf.data = bf.data[:at+n]
	return at, true
}

// enlarge adds n bytes at the end of data, allocating if need be, and
// gives the offset where they begin. An emptied Buffer restarts at the
// front; otherwise the unread bytes are moved to the front when half the
// capacity suffices, else to new storage of at least double capacity.
func (bf *Buffer) enlarge(n int) int {
	unread := bf.Len()
	if unread == 0 && bf.head != 0 {
		bf.Reset()
	}
	if at, ok := bf.lengthen(n); ok {
		return at
	}
	if bf.data == nil && n <= firstAlloc {
		bf.data = make([]byte, n, firstAlloc)
		return 0
	}
	size := cap(bf.data)
	if n <= size/2-unread {
		copy(bf.data, bf.data[bf.head:])
	} else if size > largestInt-size-n {
		panic(ErrTooLarge)
	} else {
		bf.data = reallocate(bf.data[bf.head:], bf.head+n)
	}
	bf.head = 0
	bf.data = bf.data[:unread+n]
	return unread
}

// reallocate copies p into new storage with room for extra more bytes,
// at least double p's capacity; an allocation failure becomes ErrTooLarge.
func reallocate(p []byte, extra int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	want := 2 * cap(p)
	if len(p)+extra > want {
		want = len(p) + extra
	}
	fresh := append([]byte(nil), make([]byte, want)...)
	return fresh[:copy(fresh, p)]
}

// Grow makes sure n more bytes can be written without allocating again.
// A negative n panics; so does running out of memory, with ErrTooLarge.
func (bf *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	end := bf.enlarge(n)
	bf.data = bf.data[:end]
}

// space readies n bytes at the back for a write and gives where they start.
func (bf *Buffer) space(n int) int {
	bf.last = opInvalid
	if at, ok := bf.lengthen(n); ok {
		return at
	}
	return bf.enlarge(n)
}

// Write appends p; it always gives len(p) and nil, or panics with
// ErrTooLarge when memory runs out.
func (bf *Buffer) Write(p []byte) (n int, err error) {
	at := bf.space(len(p))
	return copy(bf.data[at:], p), nil
}

// WriteString appends s; it always gives len(s) and nil, or panics with
// ErrTooLarge when memory runs out.
func (bf *Buffer) WriteString(s string) (n int, err error) {
	at := bf.space(len(s))
	return copy(bf.data[at:], s), nil
}

// MinRead is the room ReadFrom asks for before each Read call: a Buffer
// with that much spare capacity past its contents does not grow.
const MinRead = 512

// ReadFrom appends all of src until io.EOF, which it does not return; any
// other error stops it and is returned. n is the count appended.
func (bf *Buffer) ReadFrom(src io.Reader) (n int64, err error) {
	bf.last = opInvalid
	for {
		at := bf.enlarge(MinRead)
		bf.data = bf.data[:at]
		got, rerr := src.Read(bf.data[at:cap(bf.data)])
		if got < 0 {
			panic(errNegativeRead)
		}
		bf.data = bf.data[:at+got]
		n += int64(got)
		switch rerr {
		case nil:
		case io.EOF:
			return n, nil
		default:
			return n, rerr
		}
	}
}

// WriteTo hands the unread bytes to dst in one Write and consumes what it
// took; a short write without error gives io.ErrShortWrite.
func (bf *Buffer) WriteTo(dst io.Writer) (n int64, err error) {
	bf.last = opInvalid
	pending := bf.Len()
	if pending == 0 {
		bf.Reset()
		return 0, nil
	}
	wrote, werr := dst.Write(bf.data[bf.head:])
	if wrote > pending {
		panic("bytes.Buffer.WriteTo: invalid Write count")
	}
	bf.head += wrote
	n = int64(wrote)
	if werr != nil {
		return n, werr
	}
	if wrote < pending {
		return n, io.ErrShortWrite
	}
	bf.Reset()
	return n, nil
}

// WriteByte appends c; the error is always nil.
func (bf *Buffer) WriteByte(c byte) error {
	at := bf.space(1)
	bf.data[at] = c
	return nil
}

// WriteRune appends r encoded in UTF-8 and gives the encoded length; the
// error is always nil.
func (bf *Buffer) WriteRune(r rune) (n int, err error) {
	if 0 <= r && r < utf8.RuneSelf {
		bf.WriteByte(byte(r))
		return 1, nil
	}
	at := bf.space(utf8.UTFMax)
	n = utf8.EncodeRune(bf.data[at:at+utf8.UTFMax], r)
	bf.data = bf.data[:at+n]
	return n, nil
}

// Read takes up to len(p) unread bytes into p. With nothing left it gives
// io.EOF, except that an empty p always gets nil.
func (bf *Buffer) Read(p []byte) (n int, err error) {
	bf.last = opInvalid
	if bf.drained() {
		bf.Reset()
		if len(p) > 0 {
			err = io.EOF
		}
		return 0, err
	}
	n = copy(p, bf.data[bf.head:])
	bf.head += n
	if n != 0 {
		bf.last = opRead
	}
	return n, nil
}

// Next consumes up to n bytes and returns them, sharing the Buffer's
// storage (valid until the next read or write).
func (bf *Buffer) Next(n int) []byte {
	bf.last = opInvalid
	if left := bf.Len(); left < n {
		n = left
	}
	from := bf.head
	bf.head += n
	if n != 0 {
		bf.last = opRead
	}
	return bf.data[from:bf.head]
}

// ReadByte consumes one byte, or gives io.EOF when there is none.
func (bf *Buffer) ReadByte() (byte, error) {
	if bf.drained() {
		bf.Reset()
		return 0, io.EOF
	}
	bf.head++
	bf.last = opRead
	return bf.data[bf.head-1], nil
}

// ReadRune consumes one UTF-8 sequence; an invalid byte comes back as
// U+FFFD of size 1. With nothing left it gives io.EOF.
func (bf *Buffer) ReadRune() (r rune, size int, err error) {
	if bf.drained() {
		bf.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(bf.data[bf.head:])
	bf.head += size
	bf.last = readOp(size)
	return r, size, nil
}

// UnreadRune puts back the rune of the last operation, which has to have
// been a successful ReadRune.
func (bf *Buffer) UnreadRune() error {
	if bf.last < 1 {
		return errUnreadRune
	}
	if width := int(bf.last); bf.head >= width {
		bf.head -= width
	}
	bf.last = opInvalid
	return nil
}

// UnreadByte puts back the last byte of the last operation, which has to
// have been a read that took at least one byte.
func (bf *Buffer) UnreadByte() error {
	if bf.last == opInvalid {
		return errUnreadByte
	}
	bf.last = opInvalid
	if bf.head != 0 {
		bf.head--
	}
	return nil
}

// ReadBytes consumes bytes through the first delim and returns a copy of
// them. Without a delim it returns the rest and io.EOF: err is nil exactly
// when the result ends in delim.
func (bf *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := bf.upTo(delim)
	return append([]byte(nil), part...), err
}

// upTo consumes through the first delim, or all with io.EOF, and returns
// that part of the storage itself.
func (bf *Buffer) upTo(delim byte) ([]byte, error) {
	from, stop := bf.head, len(bf.data)
	var err error
	if k := IndexByte(bf.data[from:], delim); k < 0 {
		err = io.EOF
	} else {
		stop = from + k + 1
	}
	bf.head = stop
	bf.last = opRead
	return bf.data[from:stop], err
}

// ReadString is ReadBytes giving a string.
func (bf *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := bf.upTo(delim)
	return string(part), err
}

// NewBuffer gives a Buffer whose contents are p; the Buffer owns p from
// then on. An empty p with some capacity presets the room for writes.
func NewBuffer(p []byte) *Buffer { return &Buffer{data: p} }

// NewBufferString gives a Buffer holding a copy of s, ready to be read.
func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }
