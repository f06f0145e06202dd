// Package tabwriter aligns columns of tab-separated text, using the
// "elastic tabstops" idea (http://nickgravgaard.com/elastictabstops/).
//
// Input is split into cells at tabs and vertical tabs. A column is a run
// of consecutive lines that all have a terminated cell at the same index;
// its width is that of its widest cell plus padding. Text is held back
// until a line with only one cell, a form feed or a Flush closes the block.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// cell describes one cell of a line: how many bytes of Writer.text it
// holds, its display width, and whether a '\t' ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer reformats the text written to it so that tab-separated cells
// line up in columns, then passes it on to an underlying writer.
//
// Input is UTF-8; cells end at '\t' or '\v', lines at '\n' or '\f'. Every
// character is taken to be one column wide; a tab character inside the
// output counts as tabwidth columns.
type Writer struct {
	out      io.Writer
	minwidth int
	tabwidth int
	padding  int
	pad      [8]byte // the padding character, repeated
	flags    uint

	text    []byte   // bytes of the pending cells, separators removed
	counted int      // text[:counted] has been measured into cur.width
	cur     cell     // the cell being filled
	closer  byte     // the byte that ends the open escape, tag or entity; 0 if none
	lines   [][]cell // pending lines, the last one still open
	widths  []int    // widths of the columns being formatted, outermost first
}

// newLine opens another line, reusing storage left from earlier blocks.
func (b *Writer) newLine() {
	k := len(b.lines)
	if k < cap(b.lines) {
		b.lines = b.lines[:k+1]
		b.lines[k] = b.lines[k][:0]
		return
	}
	b.lines = append(b.lines, nil)
}

// reset forgets the pending block.
func (b *Writer) reset() {
	b.text = b.text[:0]
	b.counted = 0
	b.cur = cell{}
	b.closer = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.newLine()
}

// Flags for Init and NewWriter.
const (
	// FilterHTML: an HTML tag takes no width and an entity such as
	// "&amp;" takes one.
	FilterHTML uint = 1 << iota

	// StripEscape: leave the Escape bytes out of the output.
	StripEscape

	// AlignRight: pad cells on the left instead of the right.
	AlignRight

	// DiscardEmptyColumns: a column whose cells are all empty and ended
	// by '\v' gets zero width.
	DiscardEmptyColumns

	// TabIndent: pad the leading empty cells of a line with tabs, whatever
	// the padding character.
	TabIndent

	// Debug: write '|' between the cells of a line.
	Debug
)

// Init sets b up to write to output and returns b. A column is at least
// minwidth wide; padding is added to the widest cell of a column; padchar
// fills the gaps. With padchar '\t' the gaps are tabs, taken as tabwidth
// columns each (so this should match the viewer's tab stops) and cells are
// always left-aligned. flags is a combination of the constants above.
// Negative minwidth, tabwidth or padding panic.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.out = output
	b.minwidth, b.tabwidth, b.padding = minwidth, tabwidth, padding
	for k := 0; k < len(b.pad); k++ {
		b.pad[k] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// writeFailure carries an error of the output through a panic up to
// Write or Flush, which return it.
type writeFailure struct {
	err error
}

// emit hands p to the output; a failed or short write panics with a
// writeFailure.
func (b *Writer) emit(p []byte) {
	n, err := b.out.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeFailure{err})
	}
}

// emitRepeated writes n bytes taken from unit over and over, in chunks of
// len(unit) and a final, possibly empty, remainder.
func (b *Writer) emitRepeated(unit []byte, n int) {
	for ; n > len(unit); n -= len(unit) {
		b.emit(unit)
	}
	b.emit(unit[:n])
}

var (
	lineEnd  = []byte{'\n'}
	tabRun   = []byte("\t\t\t\t\t\t\t\t")
	bar      = []byte{'|'}
	ruleLine = []byte("---\n")
)

// fill pads a cell whose text is have columns wide up to want columns.
// Tab padding (the pad character is a tab, or withTabs) rounds want up to
// a multiple of tabwidth and writes whole tabs.
func (b *Writer) fill(have, want int, withTabs bool) {
	if b.pad[0] == '\t' || withTabs {
		tw := b.tabwidth
		if tw == 0 {
			return
		}
		want = (want + tw - 1) / tw * tw
		gap := want - have
		if gap < 0 {
			panic("internal error")
		}
		b.emitRepeated(tabRun, (gap+tw-1)/tw)
		return
	}
	b.emitRepeated(b.pad[:], want-have)
}

// emitLine writes the cells of line, whose text begins at text[at], and
// returns the offset past them.
func (b *Writer) emitLine(line []cell, at int) int {
	leading := b.flags&TabIndent != 0 // still in the line's leading empty cells
	for j, c := range line {
		if j > 0 && b.flags&Debug != 0 {
			b.emit(bar)
		}
		hasCol := j < len(b.widths)
		if c.size == 0 {
			if hasCol {
				b.fill(c.width, b.widths[j], leading)
			}
			continue
		}
		leading = false
		body := b.text[at : at+c.size]
		at += c.size
		right := b.flags&AlignRight != 0
		if right && hasCol {
			b.fill(c.width, b.widths[j], false)
		}
		b.emit(body)
		if !right && hasCol {
			b.fill(c.width, b.widths[j], false)
		}
	}
	return at
}

// emitLines writes lines[from:to] starting at text offset at, and returns
// the offset past them. The open last line of the block gets its pending
// cell instead of a newline.
func (b *Writer) emitLines(at, from, to int) int {
	for i := from; i < to; i++ {
		at = b.emitLine(b.lines[i], at)
		if i == len(b.lines)-1 {
			b.emit(b.text[at : at+b.cur.size])
			at += b.cur.size
		} else {
			b.emit(lineEnd)
		}
	}
	return at
}

// inColumn tells whether line i has a terminated cell in column col.
func (b *Writer) inColumn(i, col int) bool {
	return col < len(b.lines[i])-1
}

// layout writes lines[from:to], text starting at offset at. Column
// len(b.widths) is sized separately over each run of lines that have it,
// and the columns further right are laid out within the run by recursion.
func (b *Writer) layout(at, from, to int) int {
	col := len(b.widths)
	done := from // lines before done are written
	i := from
	for i < to {
		if !b.inColumn(i, col) {
			i++
			continue
		}
		at = b.emitLines(at, done, i)
		start := i
		w := b.minwidth
		allEmpty := true
		for ; i < to && b.inColumn(i, col); i++ {
			c := b.lines[i][col]
			if c.width+b.padding > w {
				w = c.width + b.padding
			}
			allEmpty = allEmpty && c.width == 0 && !c.htab
		}
		if allEmpty && b.flags&DiscardEmptyColumns != 0 {
			w = 0
		}
		b.widths = append(b.widths, w)
		at = b.layout(at, start, i)
		b.widths = b.widths[:col]
		done = i
	}
	return b.emitLines(at, done, to)
}

// add puts p into the current cell.
func (b *Writer) add(p []byte) {
	b.text = append(b.text, p...)
	b.cur.size += len(p)
}

// measure adds the runes not yet counted to the current cell's width.
func (b *Writer) measure() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// Escape brackets text that the Writer passes through as it is: inside a
// pair of Escape bytes, tabs and line breaks do not split cells and every
// rune counts one column. 0xff never occurs in valid UTF-8.
const Escape = '\xff'

// openSpan starts an escaped segment (ch is Escape), an HTML tag ('<') or
// an entity ('&').
func (b *Writer) openSpan(ch byte) {
	switch ch {
	case Escape:
		b.closer = Escape
	case '<':
		b.closer = '>'
	case '&':
		b.closer = ';'
	}
}

// closeSpan ends the open segment and accounts for its width: escaped
// text its runes (without the two Escapes, if they were kept), a tag
// nothing, an entity one column.
func (b *Writer) closeSpan() {
	if b.closer == Escape {
		b.measure()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2
		}
	} else if b.closer == ';' {
		b.cur.width++
	}
	b.counted = len(b.text)
	b.closer = 0
}

// endCell closes the current cell, htab telling whether a '\t' ended it,
// and returns how many cells its line now has.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cur)
	b.cur = cell{}
	return len(b.lines[last])
}

// recoverFailure, deferred by Write and Flush, turns a writeFailure panic
// into *err. Any other panic is replaced by "tabwriter: panic during "
// plus op. After a failed Flush the pending text is dropped.
func (b *Writer) recoverFailure(err *error, op string) {
	r := recover()
	if r == nil {
		return
	}
	if op == "Flush" {
		b.reset()
	}
	f, ok := r.(writeFailure)
	if !ok {
		panic("tabwriter: panic during " + op)
	}
	*err = f.err
}

// Flush writes out all pending text, closing any unfinished escape or
// cell; call it when done writing.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.recoverFailure(&err, "Flush")
	b.writeBlock()
	return nil
}

// writeBlock formats and writes the pending lines, then starts afresh.
func (b *Writer) writeBlock() {
	if b.cur.size > 0 {
		if b.closer != 0 {
			b.closeSpan()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.reset()
}

// Write takes in buf, writing out whatever blocks it completes. Its only
// errors are those of the underlying writer.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverFailure(&err, "Write")
	n = 0 // buf[:n] has been moved into cells
	for i, ch := range buf {
		if b.closer != 0 {
			if ch != b.closer {
				continue
			}
			stop := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				stop = i
			}
			b.add(buf[n:stop])
			n = i + 1
			b.closeSpan()
			continue
		}
		special := ch == '\t' || ch == '\v' || ch == '\n' || ch == '\f' ||
			ch == Escape || (b.flags&FilterHTML != 0 && (ch == '<' || ch == '&'))
		if !special {
			continue
		}
		b.add(buf[n:i])
		b.measure()
		switch ch {
		case Escape:
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.openSpan(ch)
		case '<', '&':
			n = i
			b.openSpan(ch)
		default:
			n = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\t' || ch == '\v' {
				continue
			}
			b.newLine()
			// A line of a single cell cannot widen any column above it,
			// so the block is complete; a form feed ends it anyway.
			if ch == '\f' || cells == 1 {
				b.writeBlock()
				if ch == '\f' && b.flags&Debug != 0 {
					b.emit(ruleLine)
				}
			}
		}
	}
	b.add(buf[n:])
	n = len(buf)
	return
}

// NewWriter returns a new Writer set up by Init with these arguments.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}
