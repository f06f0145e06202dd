package hex

// Dump and Dumper: lines of sixteen bytes, each with its offset in eight
// hex digits, the bytes in hex (an extra space after the eighth), and the
// printable ones between bars:
//
//	00000000  68 65 6c 6c 6f 0a                                 |hello.|

import (
	"errors"
	"io"
	"strings"
)

// Dump gives the hex dump of data ("" for no data).
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var out strings.Builder
	// A full line is 79 bytes.
	out.Grow((len(data) + 15) / 16 * 79)
	d := Dumper(&out)
	d.Write(data)
	d.Close()
	return out.String()
}

// Dumper gives a WriteCloser that writes the hex dump of its input to w;
// Close completes the last line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{dst: w}
}

// dumper writes a dump as its input arrives: the offset when a line
// starts, each byte's column as it comes, the text column when the line
// is full (or at Close).
type dumper struct {
	dst    io.Writer
	text   [18]byte // the line's characters, then "|\n"
	cell   [14]byte // scratch for one offset or one byte's column
	inLine int      // bytes in the current line
	total  uint     // bytes dumped in all
	closed bool
}

// shown is c as the text column shows it: printable ASCII, else '.'.
func shown(c byte) byte {
	if c >= ' ' && c <= '~' {
		return c
	}
	return '.'
}

// column is how wide the column of the k-th byte of a line is: its two
// digits and a space, one more space after the eighth, and the opening
// bar after the sixteenth.
func column(k int) int {
	switch k {
	case 7:
		return 4
	case 15:
		return 5
	}
	return 3
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		if h.inLine == 0 {
			// The offset: the low 32 bits of the count, eight digits.
			for k := 0; k < 8; k++ {
				h.cell[k] = lowerHex[h.total>>uint(28-4*k)&15]
			}
			h.cell[8], h.cell[9] = ' ', ' '
			if _, err = h.dst.Write(h.cell[:10]); err != nil {
				return n, err
			}
		}
		h.cell[0], h.cell[1] = lowerHex[c>>4], lowerHex[c&15]
		h.cell[2], h.cell[3], h.cell[4] = ' ', ' ', '|'
		if _, err = h.dst.Write(h.cell[:column(h.inLine)]); err != nil {
			return n, err
		}
		n++
		h.text[h.inLine] = shown(c)
		h.inLine++
		h.total++
		if h.inLine == 16 {
			h.text[16], h.text[17] = '|', '\n'
			if _, err = h.dst.Write(h.text[:]); err != nil {
				return n, err
			}
			h.inLine = 0
		}
	}
	return n, nil
}

// Close pads a partial last line and writes its text column. Closing
// twice does nothing; writing after Close is an error.
func (h *dumper) Close() (err error) {
	if h.closed {
		return nil
	}
	h.closed = true
	if h.inLine == 0 {
		return nil
	}
	h.cell[0], h.cell[1], h.cell[2], h.cell[3], h.cell[4] = ' ', ' ', ' ', ' ', '|'
	used := h.inLine
	for k := used; k < 16; k++ {
		if _, err = h.dst.Write(h.cell[:column(k)]); err != nil {
			return err
		}
	}
	h.text[used], h.text[used+1] = '|', '\n'
	_, err = h.dst.Write(h.text[:used+2])
	return err
}
