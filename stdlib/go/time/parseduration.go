package time

import "errors"

// durationUnits are the units ParseDuration accepts, in nanoseconds.
var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek small letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration reads a duration written as an optional sign followed by
// one or more number-unit pairs, like "1h30m", "-2.5s" or "250us". Numbers
// are decimal and may have a fraction; the units are "ns", "us" (also
// "µs"/"μs"), "ms", "s", "m" and "h". A lone "0" needs no unit.
func ParseDuration(s string) (Duration, error) {
	text := s
	negative := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if len(s) == 0 {
		return 0, durationError("invalid duration", "", text)
	}
	var total uint64 // nanoseconds summed so far
	for len(s) > 0 {
		term, rest, err := durationTerm(s, text)
		if err != nil {
			return 0, err
		}
		s = rest
		total += term
		if total > 1<<63 {
			return 0, durationError("invalid duration", "", text)
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total >= 1<<63 {
		return 0, durationError("invalid duration", "", text)
	}
	return Duration(total), nil
}

// durationError builds ParseDuration's error: "time: <what> <full>",
// with the offending unit quoted into the middle when unit is set.
func durationError(what, unit, full string) error {
	msg := "time: " + what
	if unit != "" {
		msg += " " + quote(unit) + " in duration"
	}
	return errors.New(msg + " " + quote(full))
}

// durationTerm reads one number-unit pair from the front of s and returns
// its length in nanoseconds (at most 1<<63) and what follows it. text is
// the whole input, for the error messages.
func durationTerm(s, text string) (ns uint64, rest string, err error) {
	bad := durationError("invalid duration", "", text)
	if c := s[0]; c != '.' && !('0' <= c && c <= '9') {
		return 0, "", bad
	}
	whole, after, ok := leadingInt(s)
	if !ok {
		return 0, "", bad
	}
	sawDigit := len(after) < len(s)
	s = after
	var frac uint64
	denom := 1.0
	if len(s) > 0 && s[0] == '.' {
		before := len(s) - 1
		frac, denom, s = leadingFraction(s[1:])
		sawDigit = sawDigit || len(s) < before
	}
	if !sawDigit {
		return 0, "", bad
	}
	// The unit runs up to the next digit or point.
	end := 0
	for end < len(s) && s[end] != '.' && (s[end] < '0' || '9' < s[end]) {
		end++
	}
	if end == 0 {
		return 0, "", durationError("missing unit in duration", "", text)
	}
	name := s[:end]
	unit, known := durationUnits[name]
	if !known {
		return 0, "", durationError("unknown unit", name, text)
	}
	if whole > 1<<63/unit {
		return 0, "", bad
	}
	ns = whole * unit
	if frac > 0 {
		// Done in float64, rounding exactly as gc's ParseDuration does.
		ns += uint64(float64(frac) * (float64(unit) / denom))
		if ns > 1<<63 {
			return 0, "", bad
		}
	}
	return ns, s[end:], nil
}

// leadingInt consumes the leading decimal digits of s; false if their
// value passes 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading decimal digits of s as the digits
// of a fraction x/scale; digits past what fits in 63 bits are consumed
// and ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is s in double quotes for an error message: '"' and '\' escaped,
// control and non-ASCII bytes as \x escapes (a RuneError that is really
// in s as three bytes as all three).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			n := len(string(c))
			if c == 0xFFFD {
				n = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					n = 3
				}
			}
			for j := 0; j < n; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(c))
	}
	return string(append(b, '"'))
}
