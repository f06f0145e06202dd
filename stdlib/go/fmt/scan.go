package fmt

// Scanning: the Scan, Fscan and Sscan families read text into the values
// their operands point at, the ln forms stopping at a newline and the f
// forms following a format. Input is taken one rune at a time, and a plain
// io.Reader is read one byte at a time, so a scan never consumes input
// beyond what it used (the rune it looked at and gave back excepted, for a
// reader that cannot take it back).

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// ScanState is what a Scanner reads its text through.
type ScanState interface {
	// ReadRune gives the next rune of the input; io.EOF at its end, at
	// the operand's width, or (for Scanln) after a newline.
	ReadRune() (r rune, size int, err error)
	// UnreadRune puts the last rune read back.
	UnreadRune() error
	// SkipSpace passes over spaces (and newlines where the call allows
	// them).
	SkipSpace()
	// Token skips spaces if asked and then gathers the runes that satisfy
	// f (non-space ones when f is nil). The slice is reused by the next
	// call.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width is the operand's width in the format, and whether it had one.
	Width() (wid int, ok bool)
	// Read is there to make a ScanState an io.Reader; it always fails:
	// use ReadRune.
	Read(buf []byte) (n int, err error)
}

// Scanner is a value that scans its own text, for the verb given.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into the
// operands; newlines count as spaces. It returns how many it filled.
func Scan(a ...any) (n int, err error) { return Fscan(stdin{}, a...) }

// Scanln is Scan stopping at a newline; the operands must all be filled
// before it, and only spaces may follow the last one.
func Scanln(a ...any) (n int, err error) { return Fscanln(stdin{}, a...) }

// Scanf reads standard input as format says.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(stdin{}, format, a...) }

// stdin is the process's standard input, file descriptor 0, read as
// os.Stdin reads it. fmt does not load package os for it: checking os and
// what it imports costs several times what fmt itself does, in every
// program that prints. So a program that sets os.Stdin to another file
// does not change what Scan reads.
type stdin struct{}

func (stdin) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, e := readFd(0, b)
	switch {
	case e != 0:
		return n, errors.New("read /dev/stdin: " + errnoText(e))
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

// readFd is read(2) on fd (package os's native): the count, and the
// errno of a failure.
func readFd(fd int, b []byte) (n int, e int)

// errnoText names the errors reading standard input may meet.
func errnoText(e int) string {
	switch e {
	case 5:
		return "input/output error"
	case 9:
		return "bad file descriptor"
	case 21:
		return "is a directory"
	}
	return "errno " + strconv.Itoa(e)
}

// Sscan is Scan over str.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringRunes{s: str, prev: -1}, a...)
}

// Sscanln is Scanln over str.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringRunes{s: str, prev: -1}, a...)
}

// Sscanf is Scanf over str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringRunes{s: str, prev: -1}, format, a...)
}

// Fscan is Scan over r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, true, false)
	return s.scanAll(a)
}

// Fscanln is Scanln over r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, false, true)
	return s.scanAll(a)
}

// Fscanf is Scanf over r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanner(r, false, false)
	return s.scanFormat(format, a)
}

// stringRunes is the input of the Sscan functions: the string, where the
// next rune starts, and where the last one read started (-1 when it cannot
// be given back).
type stringRunes struct {
	s    string
	at   int
	prev int
}

func (r *stringRunes) Read(b []byte) (n int, err error) {
	if r.at >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.at:])
	r.at += n
	r.prev = -1
	return n, nil
}

func (r *stringRunes) ReadRune() (ch rune, size int, err error) {
	if r.at >= len(r.s) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.at:])
	r.prev = r.at
	r.at += size
	return ch, size, nil
}

func (r *stringRunes) UnreadRune() error {
	if r.prev < 0 {
		return errNoUnread
	}
	r.at, r.prev = r.prev, -1
	return nil
}

var errNoUnread = errors.New("fmt: scanning called UnreadRune with no rune available")

// byteRunes turns a plain io.Reader into runes, reading a byte at a time.
// The bytes after an invalid UTF-8 start are kept for the next runes.
type byteRunes struct {
	r     io.Reader
	extra []byte
	one   [1]byte
	last  rune
	// last was read and may be unread (taken back once).
	canUnread bool
	// last was unread: the next ReadRune gives it again.
	unread bool
}

func (b *byteRunes) nextByte() (byte, error) {
	if len(b.extra) > 0 {
		c := b.extra[0]
		b.extra = b.extra[1:]
		return c, nil
	}
	if n, err := io.ReadFull(b.r, b.one[:]); n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRunes) ReadRune() (ch rune, size int, err error) {
	if b.unread {
		b.unread = false
		b.canUnread = true
		return b.last, utf8.RuneLen(b.last), nil
	}
	b.canUnread = false
	var seq [utf8.UTFMax]byte
	c, err := b.nextByte()
	if err != nil {
		return 0, 0, err
	}
	seq[0] = c
	n := 1
	for c >= utf8.RuneSelf && n < utf8.UTFMax && !utf8.FullRune(seq[:n]) {
		next, err := b.nextByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		seq[n] = next
		n++
	}
	ch, size = utf8.DecodeRune(seq[:n])
	if size < n {
		b.extra = append(append([]byte(nil), seq[size:n]...), b.extra...)
	}
	b.last, b.canUnread = ch, true
	return ch, size, nil
}

func (b *byteRunes) UnreadRune() error {
	if !b.canUnread {
		return errNoUnread
	}
	b.canUnread, b.unread = false, true
	return nil
}

// noWidth is the width limit of an operand without a width.
const noWidth = 1 << 30

// scanner is one scanning call's state, and the ScanState Scanners get.
type scanner struct {
	in io.RuneScanner
	// tok gathers the current token.
	tok []byte
	// read counts the runes taken so far (minus those given back).
	read int
	// ended: the input ended, or (nlEnds) a newline was read.
	ended bool
	// nlSpace: newlines are spaces (Scan); else they end operands.
	nlSpace bool
	// nlEnds: a newline ends the input (Scanln).
	nlEnds bool
	// stop: read may not reach past this for the current operand.
	stop int
	// width: the current operand's width, or noWidth.
	width int
}

func newScanner(r io.Reader, nlSpace, nlEnds bool) *scanner {
	s := &scanner{nlSpace: nlSpace, nlEnds: nlEnds, stop: noWidth, width: noWidth}
	if runes, ok := r.(io.RuneScanner); ok {
		s.in = runes
	} else {
		s.in = &byteRunes{r: r}
	}
	return s
}

// scanFailure carries a scanning error up to the call that reports it.
type scanFailure struct {
	err error
}

func (s *scanner) fail(err error) {
	panic(scanFailure{err})
}

func (s *scanner) failText(text string) {
	panic(scanFailure{errors.New(text)})
}

// stopScan turns a scanning panic into the call's error: a scanFailure's
// error, or io.EOF when the input ran out before an operand; other panics
// go on.
func stopScan(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if f, ok := e.(scanFailure); ok {
		*errp = f.err
		return
	}
	if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.ended || s.read >= s.stop {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	switch {
	case err == nil:
		s.read++
		if r == '\n' && s.nlEnds {
			s.ended = true
		}
	case err == io.EOF:
		s.ended = true
	}
	return r, size, err
}

func (s *scanner) UnreadRune() error {
	s.in.UnreadRune()
	s.ended = false
	s.read--
	return nil
}

func (s *scanner) Width() (wid int, ok bool) {
	if s.width == noWidth {
		return 0, false
	}
	return s.width, true
}

// endOfInput is what next returns at the end of the input.
const endOfInput = -1

// next reads a rune, endOfInput at the end; read errors fail the scan.
func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err == io.EOF {
		return endOfInput
	}
	if err != nil {
		s.fail(err)
	}
	return r
}

// needNext is next where the input may not end.
func (s *scanner) needNext() rune {
	r := s.next()
	if r == endOfInput {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// back gives the rune just read back, unless the input had ended.
func (s *scanner) back(r rune) {
	if r != endOfInput {
		s.UnreadRune()
	}
}

func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		switch {
		case r == endOfInput:
			return
		case r == '\r' && s.lookingAt("\n"):
			// "\r\n" is a newline, judged at the '\n'.
		case r == '\n':
			if !s.nlSpace {
				s.failText("unexpected newline")
			}
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			fail, ok := e.(scanFailure)
			if !ok {
				panic(e)
			}
			err = fail.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.tok = s.tok[:0]
	return s.gather(skipSpace, f), nil
}

// gather adds to the token the runes that satisfy f, after spaces if
// skipSpace.
func (s *scanner) gather(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == endOfInput {
			return s.tok
		}
		if !f(r) {
			s.UnreadRune()
			return s.tok
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
}

// spaceRanges are the code points scanning counts as space, as closed
// ranges in order.
var spaceRanges = [...][2]rune{
	{'\t', '\r'}, {' ', ' '}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680},
	{0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
	{0x3000, 0x3000},
}

func isSpace(r rune) bool {
	for _, rg := range spaceRanges {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// in tells whether r is one of the runes of set.
func in(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// take reads a rune and keeps it in the token if it is in set, else gives
// it back; whether it was.
func (s *scanner) take(set string) bool {
	r := s.next()
	if r == endOfInput {
		return false
	}
	if in(set, r) {
		s.tok = utf8.AppendRune(s.tok, r)
		return true
	}
	s.UnreadRune()
	return false
}

// skipRune reads a rune and tells whether it is in set; the rune is used
// up either way.
func (s *scanner) skipRune(set string) bool {
	r := s.next()
	return r != endOfInput && in(set, r)
}

// lookingAt tells whether the next rune is in set, leaving it unread.
func (s *scanner) lookingAt(set string) bool {
	r := s.next()
	s.back(r)
	return r != endOfInput && in(set, r)
}

// mustHaveInput panics with io.EOF (the call's error) at the end of the
// input.
func (s *scanner) mustHaveInput() {
	r := s.next()
	if r == endOfInput {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// checkVerb fails the scan unless verb is one of verbs, for what.
func (s *scanner) checkVerb(verb rune, verbs, what string) bool {
	if !in(verbs, verb) {
		s.failText("bad verb '%" + string(verb) + "' for " + what)
	}
	return true
}

var errBool = errors.New("syntax error scanning boolean")

var errComplex = errors.New("syntax error scanning complex number")

// rest requires the rest of a boolean word, each rune one of a pair of
// cases, once its second rune came.
func (s *scanner) rest(pairs ...string) {
	for _, p := range pairs {
		if !s.take(p) {
			s.fail(errBool)
		}
	}
}

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.mustHaveInput()
	s.checkVerb(verb, "tv", "boolean")
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		if s.take("rR") {
			s.rest("uU", "eE")
		}
		return true
	case 'f', 'F':
		if s.take("aA") {
			s.rest("lL", "sS", "eE")
		}
	}
	return false
}

const (
	digits2  = "01"
	digits8  = "01234567"
	digits10 = "0123456789"
	digits16 = "0123456789aAbBcCdDeEfF"
)

// radix gives the base and digits of an integer verb.
func (s *scanner) radix(verb rune) (int, string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, digits2
	case 'o':
		return 8, digits8
	case 'x', 'X', 'U':
		return 16, digits16
	}
	return 10, digits10
}

// digitsToken gathers a run of digits; unless some were already taken it
// must not be empty.
func (s *scanner) digitsToken(digits string, some bool) string {
	if !some {
		s.mustHaveInput()
		if !s.take(digits) {
			s.failText("expected integer")
		}
	}
	for s.take(digits) {
	}
	return string(s.tok)
}

// charValue is %c: one rune, whatever it is, which must fit bits.
func (s *scanner) charValue(bits int) int64 {
	s.mustHaveInput()
	r := s.next()
	if !fitsSigned(int64(r), bits) {
		s.failText("overflow on character value " + string(r))
	}
	return int64(r)
}

func fitsSigned(x int64, bits int) bool {
	shift := uint(64 - bits)
	return x<<shift>>shift == x
}

func fitsUnsigned(x uint64, bits int) bool {
	shift := uint(64 - bits)
	return x<<shift>>shift == x
}

// prefixed is %v's integer start: a 0 may bring a base prefix (0b, 0o,
// 0x) or mean octal; strconv then reads the token with base 0.
// Underscores may separate digits.
func (s *scanner) prefixed() (digits string, some bool) {
	if !s.lookingAt("0") {
		return digits10 + "_", false
	}
	s.take("0")
	for _, p := range [...]struct{ marks, digits string }{
		{"bB", digits2}, {"oO", digits8}, {"xX", digits16},
	} {
		if s.lookingAt(p.marks) {
			s.take(p.marks)
			return p.digits + "_", true
		}
	}
	return digits8 + "_", true
}

// intToken reads an integer's text for verb (after a sign if signed),
// with the base strconv should parse it in.
func (s *scanner) intToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.mustHaveInput()
	base, digits := s.radix(verb)
	some := false
	switch {
	case verb == 'U':
		if !s.skipRune("U") || !s.skipRune("+") {
			s.failText("bad unicode format ")
		}
	default:
		if signed {
			s.take("+-")
		}
		if verb == 'v' {
			base = 0
			digits, some = s.prefixed()
		}
	}
	return s.digitsToken(digits, some), base
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.charValue(bits)
	}
	tok, base := s.intToken(verb, true)
	x, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	if !fitsSigned(x, bits) {
		s.failText("integer overflow on token " + tok)
	}
	return x
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.charValue(bits))
	}
	tok, base := s.intToken(verb, false)
	x, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	if !fitsUnsigned(x, bits) {
		s.failText("unsigned integer overflow on token " + tok)
	}
	return x
}

// floatText gathers a float's text: nan, a signed inf, or digits (hex
// after 0x) with a fraction and an exponent (p for hex).
func (s *scanner) floatText() string {
	s.tok = s.tok[:0]
	if s.take("nN") && s.take("aA") && s.take("nN") {
		return string(s.tok)
	}
	s.take("+-")
	if s.take("iI") && s.take("nN") && s.take("fF") {
		return string(s.tok)
	}
	digits, exp := digits10+"_", "eEpP"
	if s.take("0") && s.take("xX") {
		digits, exp = digits16+"_", "pP"
	}
	for s.take(digits) {
	}
	if s.take(".") {
		for s.take(digits) {
		}
	}
	if s.take(exp) {
		s.take("+-")
		for s.take(digits10 + "_") {
		}
	}
	return string(s.tok)
}

// toFloat converts float text of bits bits; a decimal number may have a
// binary exponent (1.5p3), which strconv does not read.
func (s *scanner) toFloat(text string, bits int) float64 {
	p, hex := -1, false
	for i := range text {
		switch c := text[i]; {
		case c == 'x' || c == 'X':
			hex = true
		case c == 'p' && p < 0:
			p = i
		}
	}
	if p < 0 || hex {
		x, err := strconv.ParseFloat(text, bits)
		if err != nil {
			s.fail(err)
		}
		return x
	}
	mant, err := strconv.ParseFloat(text[:p], bits)
	if err == nil {
		var e int
		e, err = strconv.Atoi(text[p+1:])
		if err == nil {
			return scaleByTwo(mant, e)
		}
	}
	if numErr, ok := err.(*strconv.NumError); ok {
		numErr.Num = text
	}
	s.fail(err)
	return 0
}

// scaleByTwo is x·2^e, rounded once: x's exact hex form, its binary
// exponent moved by e, read back.
func scaleByTwo(x float64, e int) float64 {
	if x == 0 || x != x || x-x != 0 || e == 0 {
		return x
	}
	hex := strconv.FormatFloat(x, 'x', -1, 64)
	p := len(hex) - 1
	for hex[p] != 'p' {
		p--
	}
	old, _ := strconv.Atoi(hex[p+1:])
	y, _ := strconv.ParseFloat(hex[:p+1]+strconv.Itoa(old+e), 64)
	return y
}

func (s *scanner) scanFloat(bits int) float64 {
	s.SkipSpace()
	s.mustHaveInput()
	return s.toFloat(s.floatText(), bits)
}

// scanComplex reads (re+imi), the parentheses optional.
func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	s.checkVerb(verb, floatVerbs, "complex")
	s.SkipSpace()
	s.mustHaveInput()
	paren := s.take("(")
	re := s.floatText()
	s.tok = s.tok[:0]
	if !s.take("+-") {
		s.fail(errComplex)
	}
	sign := string(s.tok)
	im := sign + s.floatText()
	if !s.take("i") || paren && !s.take(")") {
		s.fail(errComplex)
	}
	return complex(s.toFloat(re, bits/2), s.toFloat(im, bits/2))
}

const floatVerbs = "beEfFgGv"

// scanString reads a string: a word (%s %v), a Go quoted string (%q) or
// hex pairs (%x %X).
func (s *scanner) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.mustHaveInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.gather(true, notSpace))
}

func (s *scanner) quoted() string {
	s.mustHaveInput()
	switch open := s.next(); open {
	case '`':
		for {
			r := s.needNext()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8.AppendRune(s.tok, r)
		}
	case '"':
		s.tok = append(s.tok, '"')
		for {
			r := s.needNext()
			s.tok = utf8.AppendRune(s.tok, r)
			if r == '"' {
				break
			}
			if r == '\\' {
				s.tok = utf8.AppendRune(s.tok, s.needNext())
			}
		}
		str, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failText("expected quoted string")
	return ""
}

func hexValue(r rune) (byte, bool) {
	switch {
	case '0' <= r && r <= '9':
		return byte(r - '0'), true
	case 'a' <= r && r <= 'f':
		return byte(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return byte(r-'A') + 10, true
	}
	return 0, false
}

// hexBytes reads pairs of hex digits as bytes, up to the first rune that
// starts no pair.
func (s *scanner) hexBytes() string {
	s.mustHaveInput()
	for {
		r := s.next()
		hi, ok := hexValue(r)
		if !ok {
			s.back(r)
			break
		}
		lo, ok := hexValue(s.needNext())
		if !ok {
			s.failText("illegal hex digit")
		}
		s.tok = append(s.tok, hi<<4|lo)
	}
	if len(s.tok) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(s.tok)
}

// The reflect.Kind numbers of the kinds scanning stores.
const (
	kindBool       = 1
	kindInt        = 2
	kindInt64      = 6
	kindUint       = 7
	kindUint8      = 8
	kindUintptr    = 12
	kindFloat32    = 13
	kindFloat64    = 14
	kindComplex64  = 15
	kindComplex128 = 16
	kindSlice      = 23
	kindString     = 24
)

// pointee tells what the pointer arg points at: its kind (0 when arg is no
// pointer) and size, the kind of its elements if it is a slice, and the
// name of arg's type.
func pointee(arg any) (kind, size, elem int, name string)

// storeScanned stores v, an int64, uint64, float64, complex128, bool,
// string or []byte, where the pointer arg points, converted to the
// pointee's kind of the same family.
func storeScanned(arg, v any)

// scanOne fills the operand arg as verb says.
func (s *scanner) scanOne(verb rune, arg any) {
	s.tok = s.tok[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *int:
		*p = int(s.scanInt(verb, intBits))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, intBits))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, uintptrBits))
	case *float32:
		s.checkVerb(verb, floatVerbs, "float32")
		*p = float32(s.scanFloat(32))
	case *float64:
		s.checkVerb(verb, floatVerbs, "float64")
		*p = s.scanFloat(64)
	case *complex64:
		*p = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*p = s.scanComplex(verb, 128)
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	default:
		s.scanDefined(verb, arg)
	}
}

// The widths of int and uintptr: the same on every target splitgo has.
const (
	intBits     = strconv.IntSize
	uintptrBits = strconv.IntSize
)

// scanDefined fills an operand the type switch did not know: a pointer to
// a defined type of a basic kind, or to a defined []byte.
func (s *scanner) scanDefined(verb rune, arg any) {
	kind, size, elem, name := pointee(arg)
	bits := size * 8
	switch {
	case arg == nil:
		// gc's fmt asks reflect for the type of the zero Value here, and
		// that panics (not a scanning error).
		panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	case kind == 0:
		s.failText("type not a pointer: " + name)
	case kind == kindBool:
		storeScanned(arg, s.scanBool(verb))
	case kindInt <= kind && kind <= kindInt64:
		storeScanned(arg, s.scanInt(verb, bits))
	case kindUint <= kind && kind <= kindUintptr:
		storeScanned(arg, s.scanUint(verb, bits))
	case kind == kindString:
		storeScanned(arg, s.scanString(verb))
	case kind == kindSlice && elem == kindUint8:
		storeScanned(arg, []byte(s.scanString(verb)))
	case kind == kindFloat32 || kind == kindFloat64:
		storeScanned(arg, s.scanFloat(bits))
	case kind == kindComplex64 || kind == kindComplex128:
		storeScanned(arg, s.scanComplex(verb, bits))
	default:
		s.failText("can't scan type: " + name)
	}
}

// scanAll is Scan and Scanln: each operand with %v, then for Scanln
// nothing but spaces up to the newline.
func (s *scanner) scanAll(a []any) (n int, err error) {
	defer stopScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if !s.nlEnds {
		return n, nil
	}
	for {
		r := s.next()
		if r == '\n' || r == endOfInput {
			return n, nil
		}
		if !isSpace(r) {
			s.failText("expected newline")
		}
	}
}

// matchSpace matches a run of spaces of the format against the input: each newline in it needs one in the input
// (or its end), with spaces around; spaces after the last newline allow
// spaces in the input, and, in a run without newlines, need at least one
// (or the end).
func (s *scanner) matchSpace(run string) {
	newlines := countByte(run, '\n')
	trailing := len(run) > 0 && run[len(run)-1] != '\n'
	for ; newlines > 0; newlines-- {
		r := s.next()
		for r != '\n' && isSpace(r) {
			r = s.next()
		}
		if r != '\n' && r != endOfInput {
			s.failText("newline in format does not match input")
		}
	}
	if !trailing {
		return
	}
	r := s.next()
	if !in(run, '\n') {
		if r != endOfInput && !isSpace(r) {
			s.failText("expected space in input to match format")
		}
		if r == '\n' {
			s.failText("newline in input does not match format")
		}
	}
	for r != '\n' && isSpace(r) {
		r = s.next()
	}
	s.back(r)
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// literal matches the format's text before its next verb against the
// input: the length of format matched, or -1 when an input rune differed
// (it is given back).
func (s *scanner) literal(format string) int {
	n := 0
	for n < len(format) {
		c, size := utf8.DecodeRuneInString(format[n:])
		if isSpace(c) {
			end := n
			for end < len(format) {
				c2, size2 := utf8.DecodeRuneInString(format[end:])
				if !isSpace(c2) {
					break
				}
				end += size2
			}
			s.matchSpace(format[n:end])
			n = end
			continue
		}
		if c == '%' {
			if n+size == len(format) {
				s.failText("missing verb: % at end of format string")
			}
			if format[n+size] != '%' {
				return n
			}
			// "%%" matches a '%' of the input.
			n += size
		}
		r := s.needNext()
		if r != c {
			s.UnreadRune()
			return -1
		}
		n += size
	}
	return n
}

// scanFormat is Scanf: literal text and spaces of the format match the
// input, and each verb (with an optional width) fills the next operand.
func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer stopScan(&err)
	last := len(format) - 1
	i := 0
	for i <= last {
		k := s.literal(format[i:])
		if k > 0 {
			i += k
			continue
		}
		if format[i] != '%' {
			if k < 0 {
				s.failText("input does not match format")
			}
			break
		}
		i++
		s.width = noWidth
		var wid int
		var ok bool
		if wid, ok, i = leadingNumber(format, i, last); ok {
			s.width = wid
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.mustHaveInput()
			if !s.take("%") {
				s.failText("missing literal %")
			}
			continue
		}
		s.stop = noWidth
		if s.read+s.width < s.stop {
			s.stop = s.read + s.width
		}
		if n >= len(a) {
			s.failText("too few operands for format '%" + format[i-size:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.stop = noWidth
	}
	if n < len(a) {
		s.failText("too many operands")
	}
	return n, nil
}

// leadingNumber reads the decimal number at format[i:end] (end excluded),
// as a width: whether there was one, and where it stopped. A number over a
// million is no width, and the format is read on from end.
func leadingNumber(format string, i, end int) (n int, ok bool, j int) {
	if i >= end {
		return 0, false, end
	}
	for j = i; j < end && '0' <= format[j] && format[j] <= '9'; j++ {
		if n > 1e6 {
			return 0, false, end
		}
		n = n*10 + int(format[j]-'0')
		ok = true
	}
	return n, ok, j
}
