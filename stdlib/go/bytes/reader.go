package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader reads, seeks and unreads over a fixed byte slice without
// changing it. Its zero value reads as an empty slice.
type Reader struct {
	data   []byte
	pos    int64 // offset of the next byte to read; may be past the end
	runeAt int   // where the last ReadRune began, or -1 when UnreadRune may not
}

// remaining is the unread part of the slice, empty once pos is past the end.
func (rd *Reader) remaining() []byte {
	if rd.pos >= int64(len(rd.data)) {
		return nil
	}
	return rd.data[rd.pos:]
}

// Len is the count of bytes not yet read.
func (rd *Reader) Len() int { return len(rd.remaining()) }

// Size is the length of the whole slice, whatever has been read; only
// Reset changes it.
func (rd *Reader) Size() int64 { return int64(len(rd.data)) }

// Read copies unread bytes into p; at the end it gives io.EOF.
func (rd *Reader) Read(p []byte) (n int, err error) {
	rest := rd.remaining()
	if rest == nil {
		return 0, io.EOF
	}
	rd.runeAt = -1
	n = copy(p, rest)
	rd.pos += int64(n)
	return n, nil
}

// ReadAt copies the bytes from offset at into p without moving the read
// position; io.EOF comes with a short copy.
func (rd *Reader) ReadAt(p []byte, at int64) (n int, err error) {
	switch {
	case at < 0:
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	case at >= int64(len(rd.data)):
		return 0, io.EOF
	}
	n = copy(p, rd.data[at:])
	if n != len(p) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte gives the next byte, or io.EOF at the end.
func (rd *Reader) ReadByte() (byte, error) {
	rd.runeAt = -1
	rest := rd.remaining()
	if rest == nil {
		return 0, io.EOF
	}
	rd.pos++
	return rest[0], nil
}

// UnreadByte steps back one byte; it fails only at offset 0.
func (rd *Reader) UnreadByte() error {
	if rd.pos < 1 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	rd.runeAt = -1
	rd.pos--
	return nil
}

// ReadRune decodes the next UTF-8 sequence (an invalid byte is U+FFFD of
// size 1), or gives io.EOF at the end.
func (rd *Reader) ReadRune() (ch rune, size int, err error) {
	rest := rd.remaining()
	if rest == nil {
		rd.runeAt = -1
		return 0, 0, io.EOF
	}
	rd.runeAt = int(rd.pos)
	ch, size = utf8.DecodeRune(rest)
	rd.pos += int64(size)
	return ch, size, nil
}

// UnreadRune goes back to where the last ReadRune started, provided
// nothing else moved the position since.
func (rd *Reader) UnreadRune() error {
	if rd.pos < 1 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if rd.runeAt < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	rd.pos, rd.runeAt = int64(rd.runeAt), -1
	return nil
}

// Seek sets the read position relative to the start, the current position
// or the end (whence as in io); a position past the end is allowed, a
// negative one is not.
func (rd *Reader) Seek(offset int64, whence int) (int64, error) {
	rd.runeAt = -1
	base := int64(0)
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = rd.pos
	case io.SeekEnd:
		base = int64(len(rd.data))
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	to := base + offset
	if to < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	rd.pos = to
	return to, nil
}

// WriteTo hands all unread bytes to w in one Write, consuming what w took.
func (rd *Reader) WriteTo(w io.Writer) (n int64, err error) {
	rd.runeAt = -1
	rest := rd.remaining()
	if rest == nil {
		return 0, nil
	}
	wrote, err := w.Write(rest)
	if wrote > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	rd.pos += int64(wrote)
	if err == nil && wrote < len(rest) {
		err = io.ErrShortWrite
	}
	return int64(wrote), err
}

// Reset makes rd read p from its start.
func (rd *Reader) Reset(p []byte) { *rd = Reader{data: p, runeAt: -1} }

// NewReader gives a Reader positioned at the start of p.
func NewReader(p []byte) *Reader { return &Reader{data: p, runeAt: -1} }
