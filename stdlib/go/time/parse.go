package time

// Reading a Time back from text in a layout (Parse, ParseInLocation) and
// the errors doing so gives, with gc's texts.

import "errors"

// ParseError describes a failed Parse: the layout and value parsed, the
// element of the layout and the text of the value that did not match, and
// a message when the problem is another (a field out of range, extra
// text).
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error gives the text gc's time package gives for e.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quoteForError(e.Value) + e.Message
	}
	return "parsing time " + quoteForError(e.Value) + " as " + quoteForError(e.Layout) +
		": cannot parse " + quoteForError(e.ValueElem) + " as " + quoteForError(e.LayoutElem)
}

// quoteForError puts s in double quotes, escaping quotes and backslashes,
// and writing each byte of a control or non-ASCII character as \xNN (a
// bad UTF-8 byte too).
func quoteForError(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i, r := range s {
		if r >= 0x80 || r < ' ' {
			n := len(string(r))
			if r == 0xFFFD {
				// A decoding error consumed one byte, unless the text
				// really holds U+FFFD.
				n = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					n = 3
				}
			}
			for j := 0; j < n; j++ {
				c := s[i+j]
				b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
			}
			continue
		}
		if r == '"' || r == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(r))
	}
	return string(append(b, '"'))
}

// errSyntax marks a value that does not match its layout element; Parse
// turns it into a ParseError.
var errSyntax = errors.New("bad value for field")

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortWeekdayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// matchName finds which of names value starts with, ignoring ASCII case:
// its index and the rest of value.
func matchName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && sameLetters(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errSyntax
}

// sameLetters compares a and b (of one length) ignoring the case of
// ASCII letters.
func sameLetters(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 0x20
		y |= 0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// twoDigits takes a one- or two-digit number off value; fixed demands
// two digits.
func twoDigits(value string, fixed bool) (int, string, error) {
	if !digitAt(value, 0) {
		return 0, value, errSyntax
	}
	if !digitAt(value, 1) {
		if fixed {
			return 0, value, errSyntax
		}
		return int(value[0] - '0'), value[1:], nil
	}
	return int(value[0]-'0')*10 + int(value[1]-'0'), value[2:], nil
}

// threeDigits takes a number of up to three digits off value; fixed
// demands three.
func threeDigits(value string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && digitAt(value, i) {
		n = n*10 + int(value[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, value, errSyntax
	}
	return n, value[i:], nil
}

// leadingDigits takes a run of digits off s as a number; overflow past
// 1<<63 is an error.
func leadingDigits(s string) (x uint64, rest string, err error) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errSyntax
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errSyntax
		}
	}
	return x, s[i:], nil
}

// toInt reads s, an optionally signed decimal number, whole.
func toInt(s string) (int, error) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	u, rest, err := leadingDigits(s)
	if err != nil || rest != "" {
		return 0, errSyntax
	}
	x := int(u)
	if neg {
		x = -x
	}
	return x, nil
}

// matchLiteral takes the layout's literal text lit off value. A space in
// lit matches any run of spaces (at least one, unless value has ended).
func matchLiteral(value, lit string) (string, error) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errSyntax
			}
			lit = trimSpaces(lit)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, errSyntax
		}
		lit, value = lit[1:], value[1:]
	}
	return value, nil
}

// trimSpaces drops leading spaces.
func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// isSep tells whether c separates seconds from their fraction.
func isSep(c byte) bool { return c == '.' || c == ',' }

// fraction reads the first n bytes of value, a separator and digits, as
// nanoseconds (digits past the ninth are ignored).
func fraction(value string, n int) (ns int, outOfRange string, err error) {
	if !isSep(value[0]) {
		return 0, "", errSyntax
	}
	if n > 10 {
		n = 10
	}
	if ns, err = toInt(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLength gives the length of the zone abbreviation value starts
// with: UTC-style runs of capitals (3 letters, or 4 or 5 ending in T, or
// WITA), ChST and MeST, GMT with an optional signed hour, or a signed
// hour alone.
func zoneNameLength(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefixAt(value, 0, "ChST") || hasPrefixAt(value, 0, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedHourLength(value[3:]), true
	}
	if c := value[0]; c == '-' || c == '+' {
		n := signedHourLength(value)
		return n, n > 0
	}
	caps := 0
	for caps < 6 && caps < len(value) && value[caps] >= 'A' && value[caps] <= 'Z' {
		caps++
	}
	switch caps {
	case 3:
		return 3, true
	case 4:
		if value[:4] == "WITA" || value[3] == 'T' {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedHourLength gives the length of the sign and hour (0..23) value
// starts with, 0 when it does not.
func signedHourLength(value string) int {
	if value == "" || value[0] != '+' && value[0] != '-' {
		return 0
	}
	h, rest, err := leadingDigits(value[1:])
	if err != nil || len(rest) == len(value)-1 || h > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// Parse reads value as a time written in layout (see Format). Without a
// zone in the value, the time is in UTC; with an offset or a name that is
// the local zone's, it is in Local; other offsets and names give a
// FixedZone (whose offset is 0 for an unknown name).
func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of both UTC (for values
// without a zone) and Local (for the zone names and offsets recognised).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

// parsed holds the fields read so far; -1 marks a field not given.
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	pm, am                 bool
	zone                   *Location // set by Z and UTC
	offset                 int       // -1 when no numeric zone was read
	zoneName               string
}

func parseTime(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, offset: -1}
	for {
		before, e, after := nextElem(layout)
		elemText := layout[len(before) : len(layout)-len(after)]
		var err error
		if value, err = matchLiteral(value, before); err != nil {
			return Time{}, &ParseError{origLayout, origValue, before, value, ""}
		}
		if e.kind == elemNone {
			if value != "" {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quoteForError(value)}
			}
			break
		}
		layout = after
		var outOfRange string
		value, outOfRange, err = p.field(e, value, layout)
		if outOfRange != "" {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ": " + outOfRange + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ""}
		}
	}
	return p.build(origLayout, origValue, defaultLoc, local)
}

// field reads the value of element e off value; rest is the layout after
// e. It gives what is left of value, and the name of a field out of range
// or a syntax error.
func (p *parsed) field(e layoutElem, value, rest string) (string, string, error) {
	var err error
	switch e.kind {
	case elem06:
		if len(value) < 2 {
			return value, "", errSyntax
		}
		y, err := toInt(value[:2])
		if err != nil {
			return value, "", err
		}
		// Two-digit years from 69 are the 1900s (a Unix time of
		// December 31, 1969 in some zones); the others are the 2000s.
		if y >= 69 {
			y += 1900
		} else {
			y += 2000
		}
		p.year = y
		return value[2:], "", nil
	case elem2006:
		if len(value) < 4 || !digitAt(value, 0) {
			return value, "", errSyntax
		}
		p.year, err = toInt(value[:4])
		return value[4:], "", err
	case elemJan, elemJanuary:
		names := shortMonthNames
		if e.kind == elemJanuary {
			names = monthNames[:]
		}
		p.month, value, err = matchName(names, value)
		p.month++
		return value, "", err
	case elem1, elem01:
		p.month, value, err = twoDigits(value, e.kind == elem01)
		if err == nil && (p.month <= 0 || p.month > 12) {
			return value, "month", nil
		}
		return value, "", err
	case elemMon:
		_, value, err = matchName(shortWeekdayNames, value)
		return value, "", err
	case elemMonday:
		_, value, err = matchName(weekdayNames[:], value)
		return value, "", err
	case elem2, elem_2, elem02:
		if e.kind == elem_2 && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		p.day, value, err = twoDigits(value, e.kind == elem02)
		return value, "", err
	case elem__2, elem002:
		if e.kind == elem__2 {
			for i := 0; i < 2 && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
		}
		p.yday, value, err = threeDigits(value, e.kind == elem002)
		return value, "", err
	case elem15:
		p.hour, value, err = twoDigits(value, false)
		if p.hour >= 24 {
			return value, "hour", nil
		}
		return value, "", err
	case elem3, elem03:
		p.hour, value, err = twoDigits(value, e.kind == elem03)
		if p.hour > 12 {
			return value, "hour", nil
		}
		return value, "", err
	case elem4, elem04:
		p.min, value, err = twoDigits(value, e.kind == elem04)
		if p.min >= 60 {
			return value, "minute", nil
		}
		return value, "", err
	case elem5, elem05:
		p.sec, value, err = twoDigits(value, e.kind == elem05)
		if p.sec >= 60 {
			return value, "second", nil
		}
		if err != nil {
			return value, "", err
		}
		// A fraction the layout does not mention is read here, unless
		// a fraction element comes next to read it.
		if len(value) >= 2 && isSep(value[0]) && digitAt(value, 1) {
			_, next, _ := nextElem(rest)
			if next.kind == elemFrac0 || next.kind == elemFrac9 {
				return value, "", nil
			}
			n := 2
			for digitAt(value, n) {
				n++
			}
			var bad string
			p.nsec, bad, err = fraction(value, n)
			return value[n:], bad, err
		}
		return value, "", nil
	case elemPM, elempm:
		if len(value) < 2 {
			return value, "", errSyntax
		}
		am, pm := "AM", "PM"
		if e.kind == elempm {
			am, pm = "am", "pm"
		}
		switch value[:2] {
		case pm:
			p.pm = true
		case am:
			p.am = true
		default:
			return value[2:], "", errSyntax
		}
		return value[2:], "", nil
	case elemMST:
		if hasPrefixAt(value, 0, "UTC") {
			p.zone = UTC
			return value[3:], "", nil
		}
		n, ok := zoneNameLength(value)
		if !ok {
			return value, "", errSyntax
		}
		p.zoneName = value[:n]
		return value[n:], "", nil
	case elemFrac0:
		n := 1 + e.digits
		if len(value) < n {
			return value, "", errSyntax
		}
		var bad string
		p.nsec, bad, err = fraction(value, n)
		return value[n:], bad, err
	case elemFrac9:
		if len(value) < 2 || !isSep(value[0]) || !digitAt(value, 1) {
			return value, "", nil
		}
		i := 0
		for i < 9 && digitAt(value, i+1) {
			i++
		}
		var bad string
		p.nsec, bad, err = fraction(value, 1+i)
		return value[1+i:], bad, err
	}
	return p.numericZone(e.kind, value)
}

// numericZone reads a numeric zone element (or Z, for the Z forms that
// allow it) off value.
func (p *parsed) numericZone(kind int, value string) (string, string, error) {
	if (kind == elemZ0700 || kind == elemZ07 || kind == elemZ07colon) && value != "" && value[0] == 'Z' {
		p.zone = UTC
		return value[1:], "", nil
	}
	// The positions of hours, minutes and seconds in the element's text,
	// and the colons it demands.
	var need int
	var hh, mm, ss string
	switch kind {
	case elemZ07colon, elemNum07colon:
		need = 6
		if len(value) >= need && value[3] != ':' {
			return value, "", errSyntax
		}
		if len(value) >= need {
			hh, mm, ss = value[1:3], value[4:6], "00"
		}
	case elemZ07, elemNum07:
		need = 3
		if len(value) >= need {
			hh, mm, ss = value[1:3], "00", "00"
		}
	case elemZ07colonSecs, elemNum07colon2:
		need = 9
		if len(value) >= need && (value[3] != ':' || value[6] != ':') {
			return value, "", errSyntax
		}
		if len(value) >= need {
			hh, mm, ss = value[1:3], value[4:6], value[7:9]
		}
	case elemZ070000, elemNum070000:
		need = 7
		if len(value) >= need {
			hh, mm, ss = value[1:3], value[3:5], value[5:7]
		}
	default:
		need = 5
		if len(value) >= need {
			hh, mm, ss = value[1:3], value[3:5], "00"
		}
	}
	if len(value) < need {
		return value, "", errSyntax
	}
	sign := value[0]
	value = value[need:]
	h, err := toInt(hh)
	var m, s int
	if err == nil {
		m, err = toInt(mm)
	}
	if err == nil {
		s, err = toInt(ss)
	}
	p.offset = (h*60+m)*60 + s
	switch sign {
	case '+':
	case '-':
		p.offset = -p.offset
	default:
		err = errSyntax
	}
	return value, "", err
}

// build makes the Time of the fields read.
func (p *parsed) build(layout, value string, defaultLoc, local *Location) (Time, error) {
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}
	if p.yday >= 0 {
		yday := p.yday
		m, d := 0, 0
		if isLeap(p.year) {
			if yday == 31+29 {
				m, d = 2, 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{layout, value, "", "", ": day-of-year out of range"}
		}
		if m == 0 {
			// The month and day of a common year's day yday.
			m = 1
			for yday > monthLengths[m-1] {
				yday -= monthLengths[m-1]
				m++
			}
			d = yday
		}
		if p.month >= 0 && p.month != m {
			return Time{}, &ParseError{layout, value, "", "", ": day-of-year does not match month"}
		}
		if p.day >= 0 && p.day != d {
			return Time{}, &ParseError{layout, value, "", "", ": day-of-year does not match day"}
		}
		p.month, p.day = m, d
	} else {
		if p.month < 0 {
			p.month = 1
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > monthDays(Month(p.month), p.year) {
		return Time{}, &ParseError{layout, value, "", "", ": day out of range"}
	}

	if p.zone != nil {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, p.zone), nil
	}
	if p.offset != -1 {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		t.sec -= int64(p.offset)
		// The local zone when it has this offset (and name) then.
		z := local.zoneAt(t.Unix())
		if z.offset == p.offset && (p.zoneName == "" || z.name == p.zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(p.zoneName, p.offset))
		return t, nil
	}
	if p.zoneName != "" {
		t := Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, UTC)
		if off, ok := local.offsetOfName(p.zoneName, t.Unix()); ok {
			t.sec -= int64(off)
			t.setLoc(local)
			return t, nil
		}
		// An unknown name: offset 0, but GMT+h says its hours.
		off := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			off, _ = toInt(p.zoneName[3:])
			off *= 3600
		}
		t.setLoc(FixedZone(p.zoneName, off))
		return t, nil
	}
	return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, defaultLoc), nil
}
