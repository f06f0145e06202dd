package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader reads from a fixed string. It serves io.Reader, io.ReaderAt,
// io.ByteScanner, io.RuneScanner, io.Seeker and io.WriterTo. A zero Reader
// reads as if from "".
type Reader struct {
	src  string
	pos  int64 // next byte to read; may lie past the end after Seek
	last int   // where the rune just read by ReadRune began, else -1
}

// NewReader starts a Reader at the beginning of s.
func NewReader(s string) *Reader { return &Reader{src: s, last: -1} }

// Reset points r at the beginning of s.
func (r *Reader) Reset(s string) { *r = Reader{src: s, last: -1} }

// left is the unread tail of the string ("" once pos is at or past the end).
func (r *Reader) left() string {
	if r.pos >= int64(len(r.src)) {
		return ""
	}
	return r.src[r.pos:]
}

// Len is how many bytes remain unread.
func (r *Reader) Len() int { return len(r.left()) }

// Size is the length of the whole string, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.src)) }

// Read copies unread bytes into b; at the end it gives 0, io.EOF.
func (r *Reader) Read(b []byte) (n int, err error) {
	rest := r.left()
	if rest == "" {
		return 0, io.EOF
	}
	r.last = -1
	n = copy(b, rest)
	r.pos += int64(n)
	return n, nil
}

// ReadAt copies from offset off without moving the read position. Fewer
// bytes than len(b) come with io.EOF.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	case off >= int64(len(r.src)):
		return 0, io.EOF
	}
	n = copy(b, r.src[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte gives the next byte, or io.EOF at the end.
func (r *Reader) ReadByte() (byte, error) {
	r.last = -1
	rest := r.left()
	if rest == "" {
		return 0, io.EOF
	}
	r.pos++
	return rest[0], nil
}

// UnreadByte steps back one byte; it fails at position 0.
func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.last = -1
	r.pos--
	return nil
}

// ReadRune decodes the next UTF-8 sequence (a bad one reads as U+FFFD of
// size 1), or gives io.EOF at the end.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	rest := r.left()
	if rest == "" {
		r.last = -1
		return 0, 0, io.EOF
	}
	r.last = int(r.pos)
	ch, size = utf8.DecodeRuneInString(rest)
	r.pos += int64(size)
	return ch, size, nil
}

// UnreadRune goes back to where the preceding ReadRune started; only
// valid right after a ReadRune.
func (r *Reader) UnreadRune() error {
	switch {
	case r.pos <= 0:
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	case r.last < 0:
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos, r.last = int64(r.last), -1
	return nil
}

// Seek moves the read position relative to the start, the current spot or
// the end. Positions past the end are allowed; negative ones are not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.last = -1
	var base int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = r.pos
	case io.SeekEnd:
		base = int64(len(r.src))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	to := base + offset
	if to < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.pos = to
	return to, nil
}

// WriteTo sends all unread bytes to w. A writer that takes fewer bytes
// without an error yields io.ErrShortWrite; one that claims more panics.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.last = -1
	rest := r.left()
	if rest == "" {
		return 0, nil
	}
	done, err := io.WriteString(w, rest)
	if done > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.pos += int64(done)
	if err == nil && done != len(rest) {
		err = io.ErrShortWrite
	}
	return int64(done), err
}
