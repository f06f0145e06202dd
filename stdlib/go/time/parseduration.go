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

// ParseDuration parses a duration string.
// A duration string is a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	var d uint64 // the magnitude so far, in nanoseconds
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return invalid()
		}
		// The integer part, then an optional fraction: at least one digit
		// in all.
		n := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return invalid()
		}
		s = rest
		digits := n != len(s)
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			f, scale, s = leadingFraction(s)
			digits = digits || n != len(s)
		}
		if !digits {
			return invalid()
		}
		// The unit: up to the next number.
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := durationUnits[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return invalid()
		}
		v *= unit
		if f > 0 {
			// The fraction in float64, as gc computes it.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return invalid()
			}
		}
		d += v
		if d > 1<<63 {
			return invalid()
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return invalid()
	}
	return Duration(d), nil
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
