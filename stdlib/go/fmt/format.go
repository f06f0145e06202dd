package fmt

// Values that print themselves: Formatter and the State it writes to.
//
// The printer is native (runtime/src/printf.rs). When it meets a value
// whose type has a Format method, it has the goroutine call runFormat
// below with the value, the verb and the directive's flags; runFormat
// hands Format a State that collects what it writes, and the printer puts
// that text where the value goes.

// State is what a Formatter writes to, and what it learns the directive's
// flags, width and precision from.
type State interface {
	// Write adds b to the text of the value being formatted.
	Write(b []byte) (n int, err error)
	// Width is the directive's width, and whether it had one.
	Width() (wid int, ok bool)
	// Precision is the directive's precision, and whether it had one.
	Precision() (prec int, ok bool)

	// Flag tells whether the directive has the flag c: '-', '+', '#',
	// ' ' or '0'.
	Flag(c int) bool
}

// Formatter is a value that formats itself, for every verb. Format writes
// the value's text to f as verb and f's flags ask.
type Formatter interface {
	Format(f State, verb rune)
}

// The bits of runFormat's flags (runtime/src/methods.rs: STATE_*).
const (
	stateMinus = 1 << iota
	statePlus
	stateSharp
	stateSpace
	stateZero
	stateWid
	statePrec
	// The value is a nil pointer: a panicking Format prints "<nil>".
	stateNil
)

// formatState is the State a Format method gets.
type formatState struct {
	buf   []byte
	flags int
	wid   int
	prec  int
}

func (s *formatState) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// WriteString lets io.WriteString skip a conversion, as gc's State does.
func (s *formatState) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatState) Width() (wid int, ok bool) {
	return s.wid, s.flags&stateWid != 0
}

func (s *formatState) Precision() (prec int, ok bool) {
	return s.prec, s.flags&statePrec != 0
}

func (s *formatState) Flag(c int) bool {
	bit := 0
	switch c {
	case '-':
		bit = stateMinus
	case '+':
		bit = statePlus
	case '#':
		bit = stateSharp
	case ' ':
		bit = stateSpace
	case '0':
		bit = stateZero
	}
	return s.flags&bit != 0
}

// setFormatHook tells the runtime which function calls Format methods.
func setFormatHook(hook func(v any, verb, flags, wid, prec int) string)

func init() {
	setFormatHook(runFormat)
}

// runFormat calls v's Format method with verb and a State reporting flags,
// wid and prec, and returns what it wrote. A panic in Format keeps what
// was written before it and adds gc's note, "%!v(PANIC=Format method:
// value)"; a nil pointer's panic adds "<nil>".
func runFormat(v any, verb, flags, wid, prec int) (text string) {
	s := &formatState{flags: flags, wid: wid, prec: prec}
	defer func() {
		e := recover()
		if e == nil {
			return
		}
		if flags&stateNil != 0 {
			s.buf = append(s.buf, "<nil>"...)
		} else {
			s.buf = append(s.buf, "%!"...)
			s.buf = append(s.buf, string(rune(verb))...)
			s.buf = append(s.buf, "(PANIC=Format method: "...)
			s.buf = append(s.buf, Sprint(e)...)
			s.buf = append(s.buf, ')')
		}
		text = string(s.buf)
	}()
	v.(Formatter).Format(s, rune(verb))
	return string(s.buf)
}
