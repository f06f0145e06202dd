// Package tabwriter implements a write filter (tabwriter.Writer) that
// translates tabbed columns in input into properly aligned text.
//
// The package is using the Elastic Tabstops algorithm described at
// http://nickgravgaard.com/elastictabstops/index.html.
//
// Text is cut into cells at tabs (and vertical tabs); a column is a run
// of adjacent lines that have a cell at that index, and its width is the
// widest of those cells plus padding. Lines are buffered until a line
// with a single cell (or a form feed, or Flush) ends the block.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// cell is a piece of a line: its text's bytes in Writer.buf, its width in
// runes (escapes and HTML as the flags count them), and whether a tab
// (rather than a vertical tab or the end of the line) ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that inserts padding around tab-delimited
// columns in its input to align them in the output.
//
// The Writer treats incoming bytes as UTF-8-encoded text consisting
// of cells terminated by horizontal ('\t') or vertical ('\v') tabs,
// and newline ('\n') or formfeed ('\f') characters; both newline and
// formfeed act as line breaks.
//
// The text of a cell may not contain tabs, and the Writer assumes that
// all characters have the same width, except for tabs for which a
// tabwidth must be specified.
type Writer struct {
	// settings
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // the text of the block's cells, tabs and line breaks left out
	pos     int      // buf[:pos] is counted in cell.width
	cell    cell     // the cell being written
	endChar byte     // what ends the escape or HTML being read, or 0
	lines   [][]cell // the block's lines
	widths  []int    // the widths of the enclosing columns while formatting
}

// addLine starts a new line. Within a block (not just flushed) it
// reserves room for as many cells as the line before has.
func (b *Writer) addLine(flushed bool) {
	if n := len(b.lines) + 1; n <= cap(b.lines) {
		b.lines = b.lines[:n]
		b.lines[n-1] = b.lines[n-1][:0]
	} else {
		b.lines = append(b.lines, nil)
	}
	if flushed {
		return
	}
	if n := len(b.lines); n >= 2 {
		if prev := len(b.lines[n-2]); prev > cap(b.lines[n-1]) {
			b.lines[n-1] = make([]cell, 0, prev)
		}
	}
}

// reset empties the buffered block.
func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.addLine(true)
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&'
	// and ending in ';') as single characters (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments
	// instead of passing them through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content.
	// Default is left-alignment.
	AlignRight

	// Handle empty columns as if they were not present in
	// the input in the first place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of
	// leading empty cells on the left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting).
	// Discarded columns appear as zero-width columns ("||").
	Debug
)

// A Writer must be initialized with a call to Init. The first parameter (output)
// specifies the filter output. The remaining parameters control the formatting:
//
//	minwidth	minimal cell width including any padding
//	tabwidth	width of tab characters (equivalent number of spaces)
//	padding		padding added to a cell before computing its width
//	padchar		ASCII char used for padding
//			if padchar == '\t', the Writer will assume that the
//			width of a '\t' in the formatted output is tabwidth,
//			and cells are left-aligned independent of align_left
//			(for correct-looking results, tabwidth must correspond
//			to the tab width in the viewer displaying the result)
//	flags		formatting control
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Tab padding enforces left-alignment.
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// osError wraps an error of the output's Write, panicked through the
// formatting and recovered by Write and Flush.
type osError struct {
	err error
}

// write0 writes buf to the output, panicking with an osError on failure.
func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

// writeN writes n bytes repeating src.
func (b *Writer) writeN(src []byte, n int) {
	for n > len(src) {
		b.write0(src)
		n -= len(src)
	}
	b.write0(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// writePadding pads a cell of text width textw to the column width
// cellw: with the pad character, or with tabs (rounding the column up to
// a tab stop) when that is a tab or useTabs holds.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] != '\t' && !useTabs {
		b.writeN(b.padbytes[:], cellw-textw)
		return
	}
	if b.tabwidth == 0 {
		return // tabs have no width: no padding possible
	}
	cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	n := cellw - textw
	if n < 0 {
		panic("internal error")
	}
	b.writeN(tabs, (n+b.tabwidth-1)/b.tabwidth)
}

// writeLines writes lines[line0:line1], whose text starts at buf[pos0],
// padding each cell to its column's width, and returns where the text
// after them starts.
func (b *Writer) writeLines(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Leading empty cells are indentation: tabs with TabIndent.
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0(vbar)
			}
			switch {
			case c.size == 0:
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
			case b.flags&AlignRight == 0:
				useTabs = false
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			default:
				useTabs = false
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last line: its unterminated cell, without a newline.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0(newline)
		}
	}
	return
}

// format writes lines[line0:line1]: for the column at index len(widths),
// each run of lines that have a cell there (a terminated one: the last
// cell of a line is not in a column) gets its width, and the columns to
// its right are formatted within that run, recursively.
func (b *Writer) format(pos0 int, line0, line1 int) (pos int) {
	pos = pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// A run of lines with this column starts here: write what
		// precedes it.
		pos = b.writeLines(pos, line0, this)
		line0 = this

		width := b.minwidth
		discardable := true // every cell empty and ended by a vertical tab
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}

		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// append adds text to the current cell.
func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes added to the cell since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// To escape a text segment, bracket it with Escape characters.
// For instance, the tab in this string "Ignore this tab: \xff\t\xff"
// does not terminate a cell and constitutes a single character of
// width one for formatting purposes.
//
// The value 0xff was chosen because it cannot appear in a valid UTF-8 sequence.
const Escape = '\xff'

// startEscape begins an escaped segment, an HTML tag or an entity.
func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends it: escaped text counts its runes (less the two
// Escapes when they are kept), a tag counts nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the current cell and returns the number of cells
// of the line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cell)
	b.cell = cell{}
	return len(*line)
}

// handlePanic turns a recovered osError into the error of op; any other
// panic becomes "tabwriter: panic during op". A Flush that failed drops
// the block.
func (b *Writer) handlePanic(err *error, op string) {
	e := recover()
	if e == nil {
		return
	}
	if op == "Flush" {
		b.reset()
	}
	if oe, ok := e.(osError); ok {
		*err = oe.err
		return
	}
	panic("tabwriter: panic during " + op)
}

// Flush should be called after the last call to Write to ensure
// that any data buffered in the Writer is written to output. Any
// incomplete escape sequence at the end is considered
// complete for formatting purposes.
func (b *Writer) Flush() error {
	return b.flush()
}

func (b *Writer) flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

// flushNoDefers writes the buffered block.
func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b.
// The only errors returned are ones encountered
// while writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0 // buf[:n] is in cells already
	for i, ch := range buf {
		if b.endChar != 0 {
			// Inside an escape, a tag or an entity: only its end counts.
			if ch == b.endChar {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.append(buf[n:end])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.append(buf[n:i])
			b.updateWidth()
			n = i + 1
			ncells := b.terminateCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.addLine(ch == '\f')
				// A line of one cell ends the block: nothing below can
				// change the widths of the columns above.
				if ch == '\f' || ncells == 1 {
					b.flushNoDefers()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write0(hbar)
					}
				}
			}
		case Escape:
			b.append(buf[n:i])
			b.updateWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}

// NewWriter allocates and initializes a new tabwriter.Writer.
// The parameters are the same as for the Init function.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}
