// Package io defines the byte-stream interfaces (Reader, Writer and the
// rest), the errors they report, and helpers that move data between
// streams: Copy, CopyN, ReadFull, ReadAll and friends.
//
// Helpers look for optional methods (WriterTo, ReaderFrom, StringWriter)
// with type assertions and use them when present.
package io

import (
	"errors"
	"sync"
)

// Values for the whence argument of Seek.
const (
	SeekStart   = 0 // from the beginning
	SeekCurrent = 1 // from the present position
	SeekEnd     = 2 // from the end
)

// ErrShortWrite: a Write stored fewer bytes than given yet gave no error.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite: a Write claimed a negative or too-large count.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer: the caller's buffer cannot hold what must be read.
var ErrShortBuffer = errors.New("short buffer")

// EOF signals that a stream has no more data; it marks a normal end,
// not a failure.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF: the stream ended partway through something that
// needed a fixed number of bytes.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress: a Reader kept returning neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// Reader reads up to len(p) bytes into p, giving the count and any error.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer writes p, giving how many bytes were taken and any error.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer releases a resource.
type Closer interface {
	Close() error
}

// Seeker moves the position for the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter has Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser has Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser has Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser has Read, Write and Close.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker has Read and Seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser has Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker has Write and Seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker has Read, Write and Seek.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom drains a Reader into its receiver.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo sends its receiver's data to a Writer.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads at a given offset, independent of any position.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes at a given offset, independent of any position.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader yields one byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can step back one byte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter accepts one byte at a time.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader yields one UTF-8 encoded rune at a time with its size.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is a RuneReader that can step back one rune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string without a conversion to []byte.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's own WriteString when it has
// one, else through a single w.Write.
func WriteString(w Writer, s string) (n int, err error) {
	sw, direct := w.(StringWriter)
	if !direct {
		return w.Write([]byte(s))
	}
	return sw.WriteString(s)
}

// ReadAtLeast fills buf from r until at least min bytes are in. The
// result is nil exactly when that many arrived (a later error is then
// dropped); EOF when nothing came; ErrUnexpectedEOF when the stream
// ended early; ErrShortBuffer, reading nothing, when min > len(buf).
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	got := 0
	var rerr error
	for got < min {
		k, e := r.Read(buf[got:])
		got += k
		if e != nil {
			rerr = e
			break
		}
	}
	if got >= min {
		return got, nil
	}
	if got > 0 && rerr == EOF {
		return got, ErrUnexpectedEOF
	}
	return got, rerr
}

// ReadFull is ReadAtLeast with min = len(buf).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN moves exactly n bytes from src to dst; err is nil exactly when
// all n were moved, and EOF when src ran out first.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	moved, cerr := Copy(dst, &LimitedReader{R: src, N: n})
	switch {
	case moved == n:
		return n, nil
	case moved < n && cerr == nil:
		// Copy swallows EOF; here it means src was too short.
		return moved, EOF
	}
	return moved, cerr
}

// Copy moves data from src to dst until src reports EOF (not returned:
// err is nil then) or something fails. It prefers src.WriteTo, then
// dst.ReadFrom, and otherwise loops through a buffer of its own.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return transfer(dst, src, nil)
}

// CopyBuffer is Copy using buf for staging when staging is needed. A
// nil buf gets allocated; a non-nil one of length zero makes it panic.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if len(buf) == 0 && buf != nil {
		panic("empty buffer in CopyBuffer")
	}
	return transfer(dst, src, buf)
}

// copyBuffer is kept under this name for the package's other files.
func copyBuffer(dst Writer, src Reader, buf []byte) (int64, error) {
	return transfer(dst, src, buf)
}

// transfer does the work of Copy and CopyBuffer.
func transfer(dst Writer, src Reader, buf []byte) (int64, error) {
	if srcTo, ok := src.(WriterTo); ok {
		return srcTo.WriteTo(dst)
	}
	if dstFrom, ok := dst.(ReaderFrom); ok {
		return dstFrom.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, stagingSize(src))
	}
	var total int64
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[0:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			total += int64(nw)
			if werr != nil {
				return total, werr
			}
			if nw != nr {
				return total, ErrShortWrite
			}
		}
		if rerr == EOF {
			return total, nil
		}
		if rerr != nil {
			return total, rerr
		}
	}
}

// stagingSize is 32 KiB, or less when src is a LimitedReader with less
// left (never below 1).
func stagingSize(src Reader) int {
	const full = 32 << 10
	lr, ok := src.(*LimitedReader)
	if !ok || lr.N >= full {
		return full
	}
	if lr.N < 1 {
		return 1
	}
	return int(lr.N)
}

// LimitReader wraps r in a *LimitedReader that gives at most n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

// LimitedReader reads from R while N, the count still allowed, is
// positive, then reports EOF. Each Read lowers N by what it returned.
type LimitedReader struct {
	R Reader // the source
	N int64  // bytes still allowed
}

// Read reads from R, never more than N bytes.
func (lr *LimitedReader) Read(p []byte) (n int, err error) {
	if lr.N <= 0 {
		return 0, EOF
	}
	if lr.N < int64(len(p)) {
		p = p[:lr.N]
	}
	k, e := lr.R.Read(p)
	lr.N -= int64(k)
	return k, e
}

// NewSectionReader gives a view of the n bytes of r from offset off. If
// off+n would overflow int64 the view runs to the largest offset.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const top = int64(^uint64(0) >> 1)
	end := top // off+n overflows: read up to the largest offset
	if off <= top-n {
		end = off + n
	}
	return &SectionReader{r: r, base: off, off: off, limit: end}
}

// SectionReader reads a window [base, limit) of a ReaderAt, with Read,
// Seek and ReadAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // first offset of the window
	off   int64 // where the next Read starts
	limit int64 // first offset past the window
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Read reads from the current position, stopping at the window's end.
func (sr *SectionReader) Read(p []byte) (n int, err error) {
	left := sr.limit - sr.off
	if left <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	k, e := sr.r.ReadAt(p, sr.off)
	sr.off += int64(k)
	return k, e
}

// Seek moves the position; offsets are relative to the window. Moving
// before its start is an error; moving past its end is allowed.
func (sr *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var from int64
	switch whence {
	case SeekStart:
		from = sr.base
	case SeekCurrent:
		from = sr.off
	case SeekEnd:
		from = sr.limit
	default:
		return 0, errWhence
	}
	pos := from + offset
	if pos < sr.base {
		return 0, errOffset
	}
	sr.off = pos
	return pos - sr.base, nil
}

// ReadAt reads at off within the window; a read cut short by the
// window's end reports EOF.
func (sr *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	size := sr.limit - sr.base
	if off < 0 || off >= size {
		return 0, EOF
	}
	left := size - off
	at := sr.base + off
	if int64(len(p)) <= left {
		return sr.r.ReadAt(p, at)
	}
	k, e := sr.r.ReadAt(p[:left], at)
	if e == nil {
		e = EOF
	}
	return k, e
}

// Size is the window's length in bytes.
func (sr *SectionReader) Size() int64 { return sr.limit - sr.base }

// TeeReader gives a Reader over r that also writes everything it reads
// to w, unbuffered, before returning; a write failure becomes the
// Read's error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{src: r, copyTo: w}
}

type teeReader struct {
	src    Reader
	copyTo Writer
}

func (tr *teeReader) Read(p []byte) (n int, err error) {
	n, err = tr.src.Read(p)
	if n <= 0 {
		return n, err
	}
	if k, werr := tr.copyTo.Write(p[:n]); werr != nil {
		return k, werr
	}
	return n, err
}

// Discard accepts every write and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// scratch holds the 8 KiB buffers that discard.ReadFrom reads into.
var scratch = sync.Pool{
	New: func() any {
		b := make([]byte, 8<<10)
		return &b
	},
}

// ReadFrom reads r to its end and throws the data away; EOF is success.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	bp := scratch.Get().(*[]byte)
	defer scratch.Put(bp)
	for {
		k, e := r.Read(*bp)
		n += int64(k)
		if e == EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// NopCloser wraps r with a Close that does nothing. The result keeps a
// WriteTo method when r has one.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct{ Reader }

func (nopCloser) Close() error {
	return nil
}

type nopCloserWriterTo struct{ Reader }

func (nopCloserWriterTo) Close() error {
	return nil
}

func (nc nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	inner := nc.Reader.(WriterTo)
	return inner.WriteTo(w)
}

// ReadAll reads r to its end and returns everything read. Reaching EOF
// counts as success (nil error); any other error is returned with the
// data read before it.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if cap(data) == len(data) {
			// Grow by appending one byte and dropping it again, so
			// the runtime chooses the new capacity.
			data = append(data, 0)[:len(data)]
		}
		k, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+k]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}
