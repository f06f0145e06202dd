package json

// The syntax of JSON as a machine fed one byte at a time. Everything
// that must know where a value begins and ends without decoding it
// uses it: Valid and Unmarshal's first pass, Compact and Indent (which
// must tell structure from string contents), and the Decoder (which
// must find where one value of a stream ends before more input has
// arrived). Its errors, and the offsets they carry, are gc's.

import "strconv"

// What a byte meant, as step reports it.
const (
	evMore        = iota // continues the literal (string, number, word) in progress
	evLiteral            // begins a string, number, true, false or null
	evOpenObject         // '{'
	evColon              // ':' after an object key
	evObjectComma        // ',' between members
	evCloseObject        // '}'
	evOpenArray          // '['
	evArrayComma         // ',' between elements
	evCloseArray         // ']'
	evSpace              // white space between tokens
	evDone               // the top-level value ended before this byte
	evError              // the byte is not JSON here; see scanner.err
)

// What the next byte may be.
const (
	stValue        = iota // a value, after optional space
	stValueOrClose        // a value or ']' (just after '[')
	stKeyOrClose          // a key string or '}' (just after '{')
	stKey                 // a key string (after ',' in an object)
	stEndValue            // what follows a complete value
	stTop                 // only space: the top-level value is complete
	stString              // inside a string
	stEscape              // after a backslash in a string
	stHex                 // among the four hex digits of \u
	stMinus               // after a leading '-'
	stZero                // after a leading 0
	stDigits              // among the integer digits
	stPoint               // after the decimal point
	stFraction            // among the fraction digits
	stExpMark             // after 'e' or 'E'
	stExpSign             // after the exponent's sign
	stExpDigits           // among the exponent digits
	stWord                // inside true, false or null
	stFailed              // an error was seen: every byte is refused
)

// What an open container expects next.
const (
	inArray       = iota
	inObjectKey   // the member's key (then ':')
	inObjectValue // the member's value (then ',' or '}')
)

// deepest is how many containers may be open at once, as in gc.
const deepest = 10000

type scanner struct {
	state  int
	nest   []int // the open containers, innermost last
	word   string
	wordAt int // how much of word has been seen
	hexes  int // \u digits still to come
	err    error
	// count is the number of bytes stepped over; a SyntaxError's
	// Offset is the count after the offending byte.
	count int64
}

// reset readies s for another value. The count goes on: a Decoder's
// errors give offsets in the whole stream.
func (s *scanner) reset() {
	s.state = stValue
	s.nest = s.nest[:0]
	s.err = nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// fail records the syntax error for byte c in the given context.
func (s *scanner) fail(c byte, context string) int {
	s.state = stFailed
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.count}
	return evError
}

// quoteChar spells byte c in single quotes, as gc's messages do.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// step consumes byte c and says what it meant.
func (s *scanner) step(c byte) int {
	s.count++
	switch s.state {
	case stValue:
		return s.beginValue(c)
	case stValueOrClose:
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stKeyOrClose:
		if c == '}' {
			// Closing an empty object ends it as a member would.
			s.nest[len(s.nest)-1] = inObjectValue
			return s.endValue(c)
		}
		return s.beginKey(c)
	case stKey:
		return s.beginKey(c)
	case stEndValue:
		return s.endValue(c)
	case stTop:
		return s.afterTop(c)
	case stString:
		switch {
		case c == '"':
			s.state = stEndValue
		case c == '\\':
			s.state = stEscape
		case c < 0x20:
			return s.fail(c, "in string literal")
		}
		return evMore
	case stEscape:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stString
			return evMore
		case 'u':
			s.state = stHex
			s.hexes = 4
			return evMore
		}
		return s.fail(c, "in string escape code")
	case stHex:
		if !isHex(c) {
			return s.fail(c, "in \\u hexadecimal character escape")
		}
		s.hexes--
		if s.hexes == 0 {
			s.state = stString
		}
		return evMore
	case stMinus:
		if c == '0' {
			s.state = stZero
			return evMore
		}
		if '1' <= c && c <= '9' {
			s.state = stDigits
			return evMore
		}
		return s.fail(c, "in numeric literal")
	case stDigits:
		if '0' <= c && c <= '9' {
			return evMore
		}
		return s.afterInteger(c)
	case stZero:
		return s.afterInteger(c)
	case stPoint:
		if '0' <= c && c <= '9' {
			s.state = stFraction
			return evMore
		}
		return s.fail(c, "after decimal point in numeric literal")
	case stFraction:
		if '0' <= c && c <= '9' {
			return evMore
		}
		if c == 'e' || c == 'E' {
			s.state = stExpMark
			return evMore
		}
		return s.endValue(c)
	case stExpMark:
		if c == '+' || c == '-' {
			s.state = stExpSign
			return evMore
		}
		return s.expDigit(c)
	case stExpSign:
		return s.expDigit(c)
	case stExpDigits:
		if '0' <= c && c <= '9' {
			return evMore
		}
		return s.endValue(c)
	case stWord:
		want := s.word[s.wordAt]
		if c != want {
			return s.fail(c, "in literal "+s.word+" (expecting "+quoteChar(want)+")")
		}
		s.wordAt++
		if s.wordAt == len(s.word) {
			s.state = stEndValue
		}
		return evMore
	}
	return evError
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// afterInteger handles the byte after an integer part: a fraction, an
// exponent, or the end of the number.
func (s *scanner) afterInteger(c byte) int {
	switch c {
	case '.':
		s.state = stPoint
		return evMore
	case 'e', 'E':
		s.state = stExpMark
		return evMore
	}
	return s.endValue(c)
}

func (s *scanner) expDigit(c byte) int {
	if '0' <= c && c <= '9' {
		s.state = stExpDigits
		return evMore
	}
	return s.fail(c, "in exponent of numeric literal")
}

// open pushes a container, refusing to nest deeper than gc does.
func (s *scanner) open(c byte, what int) bool {
	if len(s.nest) >= deepest {
		s.fail(c, "exceeded max depth")
		return false
	}
	s.nest = append(s.nest, what)
	return true
}

func (s *scanner) beginValue(c byte) int {
	switch {
	case isSpace(c):
		return evSpace
	case c == '{':
		if !s.open(c, inObjectKey) {
			return evError
		}
		s.state = stKeyOrClose
		return evOpenObject
	case c == '[':
		if !s.open(c, inArray) {
			return evError
		}
		s.state = stValueOrClose
		return evOpenArray
	case c == '"':
		s.state = stString
	case c == '-':
		s.state = stMinus
	case c == '0':
		s.state = stZero
	case '1' <= c && c <= '9':
		s.state = stDigits
	case c == 't':
		s.startWord("true")
	case c == 'f':
		s.startWord("false")
	case c == 'n':
		s.startWord("null")
	default:
		return s.fail(c, "looking for beginning of value")
	}
	return evLiteral
}

func (s *scanner) startWord(w string) {
	s.state = stWord
	s.word = w
	s.wordAt = 1
}

func (s *scanner) beginKey(c byte) int {
	if isSpace(c) {
		return evSpace
	}
	if c == '"' {
		s.state = stString
		return evLiteral
	}
	return s.fail(c, "looking for beginning of object key string")
}

// endValue handles the byte after a complete value (or the ']' or '}'
// of an empty container), according to the innermost open container.
func (s *scanner) endValue(c byte) int {
	n := len(s.nest)
	if n == 0 {
		s.state = stTop
		return s.afterTop(c)
	}
	if isSpace(c) {
		s.state = stEndValue
		return evSpace
	}
	switch s.nest[n-1] {
	case inObjectKey:
		if c == ':' {
			s.nest[n-1] = inObjectValue
			s.state = stValue
			return evColon
		}
		return s.fail(c, "after object key")
	case inObjectValue:
		if c == ',' {
			s.nest[n-1] = inObjectKey
			s.state = stKey
			return evObjectComma
		}
		if c == '}' {
			s.nest = s.nest[:n-1]
			s.state = stEndValue
			return evCloseObject
		}
		return s.fail(c, "after object key:value pair")
	}
	if c == ',' {
		s.state = stValue
		return evArrayComma
	}
	if c == ']' {
		s.nest = s.nest[:n-1]
		s.state = stEndValue
		return evCloseArray
	}
	return s.fail(c, "after array element")
}

// afterTop handles a byte after the top-level value. The value is
// complete whatever the byte is, so it answers evDone even for one that
// is not space; that byte's error is then what the next step or eof
// reports (a Decoder stops before the byte and never sees it).
func (s *scanner) afterTop(c byte) int {
	if !isSpace(c) {
		s.fail(c, "after top-level value")
	}
	return evDone
}

// complete reports whether the top-level value has ended (a number or
// word needs the byte after it, or the end of input, to end).
func (s *scanner) complete() bool {
	return s.state == stTop || s.state == stEndValue && len(s.nest) == 0
}

// eof tells the machine the input has ended: evDone when it held one
// complete value, else evError with err set.
func (s *scanner) eof() int {
	if s.err != nil {
		return evError
	}
	if s.state == stTop {
		return evDone
	}
	// A space ends a number or a word as the end of input does. It is
	// not counted: the error's offset is the length of the input.
	s.count--
	r := s.step(' ')
	if r == evDone {
		return evDone
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.count}
	}
	return evError
}

// checkValid runs data through s: nil if data is one JSON value with
// optional space around it, else the first syntax error.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	s.count = 0
	for _, c := range data {
		if s.step(c) == evError {
			return s.err
		}
	}
	if s.eof() == evError {
		return s.err
	}
	return nil
}

// Valid tells whether data is exactly one JSON value (space around it
// allowed).
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}
