// Package strconv turns booleans, numbers and quoted strings into text and
// back.
//
// Integers, booleans and quoting are plain Go (quoting decides which
// non-ASCII runes are printable approximately: see quote.go).
// Floating-point conversion is done by natives (functions declared without
// a body, in float.go), implemented by the runtime.
package strconv

import "errors"

// lower folds an ASCII upper-case letter to lower case by setting bit 0x20;
// lower-case letters are unchanged, other bytes may turn into anything.
func lower(c byte) byte {
	return c | 0x20
}

// ErrRange is the reason given when a value does not fit its target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the reason given when the input is not a well-formed value.
var ErrSyntax = errors.New("invalid syntax")

// NumError describes a conversion that failed.
type NumError struct {
	Func string // name of the parser that failed, as "ParseInt"
	Num  string // the text it was given
	Err  error  // why: ErrRange, ErrSyntax or another error
}

// Error reads like: strconv.ParseInt: parsing "x": invalid syntax.
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap gives the reason, e.Err.
func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, text string) *NumError {
	return &NumError{Func: fn, Num: text, Err: ErrSyntax}
}

func rangeError(fn, text string) *NumError {
	return &NumError{Func: fn, Num: text, Err: ErrRange}
}

// IntSize is the width in bits of int and uint on this platform.
const IntSize = 32 << (^uint(0) >> 63)

// digitValue gives the value of c as a digit of a base up to 36, or 36 and
// more when c is no such digit.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= c && c <= 'z':
		return uint64(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return uint64(c-'A') + 10
	}
	return 99
}

// ParseUint reads an unsigned integer: the rules are those of ParseInt, but
// no sign may lead. Too large a value gives the largest one of bitSize bits
// with ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const who = "ParseUint"
	if len(s) == 0 {
		return 0, syntaxError(who, s)
	}
	orig := s
	guessBase := base == 0
	if guessBase {
		base = 10
		if s[0] == '0' {
			base = 8
			skip := 1
			if len(s) > 2 {
				switch lower(s[1]) {
				case 'b':
					base, skip = 2, 2
				case 'o':
					skip = 2
				case 'x':
					base, skip = 16, 2
				}
			}
			s = s[skip:]
		}
	} else if base < 2 || base > 36 {
		return 0, &NumError{who, orig, errors.New("invalid base " + Itoa(base))}
	}

	switch {
	case bitSize == 0:
		bitSize = IntSize
	case bitSize < 0 || bitSize > 64:
		return 0, &NumError{who, orig, errors.New("invalid bit size " + Itoa(bitSize))}
	}

	top := ^uint64(0) >> uint(64-bitSize)
	radix := uint64(base)
	limit := top / radix // largest value that can still take one more digit
	var acc uint64
	sawUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && guessBase {
			sawUnderscore = true
			continue
		}
		d := digitValue(c)
		if d >= radix {
			return 0, syntaxError(who, orig)
		}
		if acc > limit {
			return top, rangeError(who, orig)
		}
		acc *= radix
		if d > top-acc {
			return top, rangeError(who, orig)
		}
		acc += d
	}
	if sawUnderscore && !separatorsOK(orig) {
		return 0, syntaxError(who, orig)
	}
	return acc, nil
}

// ParseInt reads an integer written in base 2 to 36, after an optional "+"
// or "-", that must fit in a signed integer of bitSize bits (0 meaning int's
// size, at most 64).
//
// Base 0 takes the base from the prefix: "0b" binary, "0o" or "0" octal,
// "0x" hexadecimal, none decimal; only then may underscores separate digits,
// as in Go literals.
//
// Errors are *NumError with Num set to s. Bad syntax returns 0 and ErrSyntax;
// a value out of range returns the bound nearest to it and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const who = "ParseInt"
	if len(s) == 0 {
		return 0, syntaxError(who, s)
	}
	digits := s
	minus := s[0] == '-'
	if minus || s[0] == '+' {
		digits = s[1:]
	}

	var mag uint64
	mag, err = ParseUint(digits, base, bitSize)
	if err != nil {
		if ne := err.(*NumError); ne.Err != ErrRange {
			ne.Func, ne.Num = who, s
			return 0, ne
		}
	}

	if bitSize == 0 {
		bitSize = IntSize
	}
	edge := uint64(1) << uint(bitSize-1) // magnitude of the most negative value
	if minus {
		if mag > edge {
			return -int64(edge), rangeError(who, s)
		}
		return -int64(mag), nil
	}
	if mag >= edge {
		return int64(edge - 1), rangeError(who, s)
	}
	return int64(mag), nil
}

// Atoi reads a decimal int, as ParseInt(s, 10, 0) does; its errors name
// Atoi.
func Atoi(s string) (int, error) {
	const who = "Atoi"
	// Up to 18 characters (9 for a 32-bit int) nothing can overflow, so a
	// plain loop will do.
	short := 19
	if IntSize == 32 {
		short = 10
	}
	if n := len(s); n > 0 && n < short {
		body := s
		if c := s[0]; c == '-' || c == '+' {
			body = s[1:]
			if body == "" {
				return 0, syntaxError(who, s)
			}
		}
		v := 0
		for i := 0; i < len(body); i++ {
			d := body[i] - '0'
			if d > 9 {
				return 0, syntaxError(who, s)
			}
			v = v*10 + int(d)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, nil
	}

	v, err := ParseInt(s, 10, 0)
	if ne, ok := err.(*NumError); ok {
		ne.Func = who
	}
	return int(v), err
}

// States of separatorsOK's scan: what the last character was.
const (
	usStart = iota
	usDigit
	usUnderscore
	usOther
)

// separatorsOK tells whether every underscore of the literal s stands
// between two digits, a base prefix counting as a digit.
func separatorsOK(s string) bool {
	state := usStart
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	hex := false
	if len(s) > 1 && s[0] == '0' {
		switch lower(s[1]) {
		case 'x':
			hex = true
			fallthrough
		case 'b', 'o':
			s = s[2:]
			state = usDigit
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		isDigit := '0' <= c && c <= '9'
		if hex && 'a' <= lower(c) && lower(c) <= 'f' {
			isDigit = true
		}
		switch {
		case isDigit:
			state = usDigit
		case c == '_':
			if state != usDigit {
				return false
			}
			state = usUnderscore
		case state == usUnderscore:
			return false
		default:
			state = usOther
		}
	}
	return state != usUnderscore
}
