package json

// Number, the literal text of a JSON number kept as it was written.

import "strconv"

// Number is a JSON number as it was written, for exact round trips and
// for numbers a float64 would not hold exactly.
type Number string

// String gives the number's text.
func (n Number) String() string { return string(n) }

// Float64 parses the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 parses the number as a decimal int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// isNumberText reports whether s is one JSON number and nothing else.
func isNumberText(s string) bool {
	if s == "" {
		return false
	}
	var sc scanner
	sc.reset()
	for i := 0; i < len(s); i++ {
		c := s[i]
		ev := sc.step(c)
		if ev == evError || ev == evDone || ev == evSpace {
			return false
		}
		if i == 0 && c != '-' && (c < '0' || c > '9') {
			return false
		}
	}
	return sc.eof() == evDone
}
