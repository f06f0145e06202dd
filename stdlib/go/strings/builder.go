package strings

import "unicode/utf8"

// Builder accumulates bytes and hands them out as a string. Its zero value
// is an empty builder; once written to, it must not be copied by value
// (the methods panic if they notice a copy).
//
// String copies the bytes here; gc's version shares them through unsafe.
type Builder struct {
	self  *Builder // the address first used, to catch by-value copies
	bytes []byte
}

// own records b's address on first use and panics if b is a by-value copy
// of a builder that was already used elsewhere.
func (b *Builder) own() {
	switch {
	case b.self == nil:
		b.self = b
	case b.self != b:
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String gives the text written so far.
func (b *Builder) String() string { return string(b.bytes) }

// Len is the count of bytes written so far.
func (b *Builder) Len() int { return len(b.bytes) }

// Cap is the size of the storage reserved, written bytes included.
func (b *Builder) Cap() int { return cap(b.bytes) }

// Reset empties b and forgets its address, so it may be copied again.
func (b *Builder) Reset() {
	*b = Builder{}
}

// Grow makes sure n more bytes fit without reallocating. A negative n
// panics.
func (b *Builder) Grow(n int) {
	b.own()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	used := len(b.bytes)
	if cap(b.bytes)-used >= n {
		return
	}
	bigger := make([]byte, used, n+cap(b.bytes)*2)
	copy(bigger, b.bytes)
	b.bytes = bigger
}

// Write adds p; it reports len(p) and never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.own()
	b.bytes = append(b.bytes, p...)
	return len(p), nil
}

// WriteByte adds one byte; the error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.own()
	b.bytes = append(b.bytes, c)
	return nil
}

// WriteRune adds r encoded as UTF-8 (invalid runes become U+FFFD) and
// reports how many bytes that took.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.own()
	before := len(b.bytes)
	b.bytes = utf8.AppendRune(b.bytes, r)
	return len(b.bytes) - before, nil
}

// WriteString adds s; it reports len(s) and never fails.
func (b *Builder) WriteString(s string) (int, error) {
	b.own()
	b.bytes = append(b.bytes, s...)
	return len(s), nil
}
