package time

// Layouts: a layout is the reference time, Mon Jan 2 15:04:05 MST 2006,
// written the way the times it describes should look. This file finds the
// elements of the reference time in a layout (nextElem) and writes a Time
// in a layout (AppendFormat); parse.go reads one back.

// The predefined layouts.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The elements of a layout, each named after how it shows the reference
// time.
const (
	elemNone         = iota
	elemJanuary      // January
	elemJan          // Jan
	elem1            // 1 (month)
	elem01           // 01 (month)
	elemMonday       // Monday
	elemMon          // Mon
	elem2            // 2 (day)
	elem_2           // _2 (day, space-padded)
	elem02           // 02 (day)
	elem__2          // __2 (day of year, space-padded)
	elem002          // 002 (day of year)
	elem15           // 15 (hour of 24)
	elem3            // 3 (hour of 12)
	elem03           // 03 (hour of 12)
	elem4            // 4 (minute)
	elem04           // 04 (minute)
	elem5            // 5 (second)
	elem05           // 05 (second)
	elem2006         // 2006
	elem06           // 06
	elemPM           // PM
	elempm           // pm
	elemMST          // MST (zone name)
	elemZ0700        // Z0700: Z for UTC, else -0700
	elemZ070000      // Z070000
	elemZ07          // Z07
	elemZ07colon     // Z07:00
	elemZ07colonSecs // Z07:00:00
	elemNum0700      // -0700
	elemNum070000    // -070000
	elemNum07        // -07
	elemNum07colon   // -07:00
	elemNum07colon2  // -07:00:00
	elemFrac0        // .000 or ,000: that many fraction digits
	elemFrac9        // .999 or ,999: up to that many, zeros trimmed
)

// layoutElem is an element found in a layout; fractions also carry their
// number of digits and separator.
type layoutElem struct {
	kind   int
	digits int
	sep    byte
}

// zeroElems maps the digit after a '0' to its element: 01 to 06.
var zeroElems = [...]int{elem01, elem02, elem03, elem04, elem05, elem06}

// zoneElems lists the numeric zone elements by their text, longest of
// each family first, so that a prefix never hides a longer element.
var zoneElems = []struct {
	text string
	kind int
}{
	{"-070000", elemNum070000}, {"-07:00:00", elemNum07colon2}, {"-0700", elemNum0700},
	{"-07:00", elemNum07colon}, {"-07", elemNum07},
	{"Z070000", elemZ070000}, {"Z07:00:00", elemZ07colonSecs}, {"Z0700", elemZ0700},
	{"Z07:00", elemZ07colon}, {"Z07", elemZ07},
}

// hasPrefixAt tells whether s[i:] begins with p.
func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// lowerAt tells whether s[i] is an ASCII lower-case letter.
func lowerAt(s string, i int) bool {
	return i < len(s) && s[i] >= 'a' && s[i] <= 'z'
}

// digitAt tells whether s[i] is an ASCII digit.
func digitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// nextElem splits layout at its first element: the literal text before
// it, the element (kind elemNone when there is none, before being all of
// layout) and the text after it.
func nextElem(layout string) (before string, e layoutElem, after string) {
	for i := 0; i != len(layout); i++ {
		found, n := elemNone, 0
		switch c := layout[i]; c {
		case 'J':
			if hasPrefixAt(layout, i, "January") {
				found, n = elemJanuary, 7
			} else if hasPrefixAt(layout, i, "Jan") && !lowerAt(layout, i+3) {
				found, n = elemJan, 3
			}
		case 'M':
			if hasPrefixAt(layout, i, "Monday") {
				found, n = elemMonday, 6
			} else if hasPrefixAt(layout, i, "Mon") && !lowerAt(layout, i+3) {
				found, n = elemMon, 3
			} else if hasPrefixAt(layout, i, "MST") {
				found, n = elemMST, 3
			}
		case '0':
			if i+1 < len(layout) && layout[i+1] >= '1' && layout[i+1] <= '6' {
				found, n = zeroElems[layout[i+1]-'1'], 2
			} else if hasPrefixAt(layout, i, "002") {
				found, n = elem002, 3
			}
		case '1':
			if hasPrefixAt(layout, i, "15") {
				found, n = elem15, 2
			} else {
				found, n = elem1, 1
			}
		case '2':
			if hasPrefixAt(layout, i, "2006") {
				found, n = elem2006, 4
			} else {
				found, n = elem2, 1
			}
		case '_':
			if hasPrefixAt(layout, i, "_2006") {
				// A literal underscore, then the year.
				return layout[:i+1], layoutElem{kind: elem2006}, layout[i+5:]
			} else if hasPrefixAt(layout, i, "_2") {
				found, n = elem_2, 2
			} else if hasPrefixAt(layout, i, "__2") {
				found, n = elem__2, 3
			}
		case '3':
			found, n = elem3, 1
		case '4':
			found, n = elem4, 1
		case '5':
			found, n = elem5, 1
		case 'P':
			if hasPrefixAt(layout, i, "PM") {
				found, n = elemPM, 2
			}
		case 'p':
			if hasPrefixAt(layout, i, "pm") {
				found, n = elempm, 2
			}
		case '-', 'Z':
			for _, z := range zoneElems {
				if hasPrefixAt(layout, i, z.text) {
					found, n = z.kind, len(z.text)
					break
				}
			}
		case '.', ',':
			// A run of 0s or of 9s after the separator, not followed by
			// another digit, is a fraction of a second.
			if d := i + 1; d < len(layout) && (layout[d] == '9' || layout[d] == '0') {
				j := i + 1
				for j < len(layout) && layout[j] == layout[i+1] {
					j++
				}
				if !digitAt(layout, j) {
					e := layoutElem{kind: elemFrac0, digits: j - i - 1, sep: c}
					if layout[i+1] == '9' {
						e.kind = elemFrac9
					}
					return layout[:i], e, layout[j:]
				}
			}
		}
		if found != elemNone {
			return layout[:i], layoutElem{kind: found}, layout[i+n:]
		}
	}
	return layout, layoutElem{}, ""
}

// Format gives t written in layout; see the layout constants, e.g.
// t.Format(time.RFC3339).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat appends t written in layout to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	z := t.location().zoneAt(t.Unix())
	days, secs := splitDays(t.sec + int64(z.offset))
	year, mon, day := civil(days)
	month := Month(mon)
	yday, _ := yearDayOf(days)
	hour, min, sec := secs/3600, secs%3600/60, secs%60
	for layout != "" {
		before, e, after := nextElem(layout)
		b = append(b, before...)
		if e.kind == elemNone {
			break
		}
		layout = after
		switch e.kind {
		case elem06:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y, 2)
		case elem2006:
			b = appendInt(b, year, 4)
		case elemJan:
			b = append(b, shortMonthNames[month-1]...)
		case elemJanuary:
			b = append(b, month.String()...)
		case elem1:
			b = appendInt(b, mon, 0)
		case elem01:
			b = appendInt(b, mon, 2)
		case elemMon:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elemMonday:
			b = append(b, weekdayOf(days).String()...)
		case elem2:
			b = appendInt(b, day, 0)
		case elem_2:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elem02:
			b = appendInt(b, day, 2)
		case elem__2:
			for w := 100; w > 1 && yday < w; w /= 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yday, 0)
		case elem002:
			b = appendInt(b, yday, 3)
		case elem15:
			b = appendInt(b, hour, 2)
		case elem3:
			b = appendInt(b, hour12(hour), 0)
		case elem03:
			b = appendInt(b, hour12(hour), 2)
		case elem4:
			b = appendInt(b, min, 0)
		case elem04:
			b = appendInt(b, min, 2)
		case elem5:
			b = appendInt(b, sec, 0)
		case elem05:
			b = appendInt(b, sec, 2)
		case elemPM, elempm:
			mark := "AM"
			if hour >= 12 {
				mark = "PM"
			}
			if e.kind == elempm {
				mark = lowerAMPM(mark)
			}
			b = append(b, mark...)
		case elemMST:
			if z.name != "" {
				b = append(b, z.name...)
			} else {
				// A zone without a name shows its offset, -0700 style.
				b = appendOffset(b, z.offset, false, false, true)
			}
		case elemFrac0, elemFrac9:
			b = appendFraction(b, int(t.nsec), e)
		default:
			b = appendZoneElem(b, e.kind, z.offset)
		}
	}
	return b
}

// hour12 gives the hour on a 12-hour clock, 12 for noon and midnight.
func hour12(h int) int {
	h %= 12
	if h == 0 {
		h = 12
	}
	return h
}

// lowerAMPM gives "am" or "pm" for "AM" or "PM".
func lowerAMPM(s string) string {
	if s == "AM" {
		return "am"
	}
	return "pm"
}

// appendZoneElem writes offset as a numeric zone element: the Z forms
// write Z for UTC itself, then all give a sign, the hours and, as the
// element says, minutes and seconds, with or without colons.
func appendZoneElem(b []byte, kind int, offset int) []byte {
	iso := kind == elemZ0700 || kind == elemZ070000 || kind == elemZ07 ||
		kind == elemZ07colon || kind == elemZ07colonSecs
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := kind == elemZ07colon || kind == elemZ07colonSecs ||
		kind == elemNum07colon || kind == elemNum07colon2
	short := kind == elemZ07 || kind == elemNum07
	withSecs := kind == elemZ070000 || kind == elemZ07colonSecs ||
		kind == elemNum070000 || kind == elemNum07colon2
	if short {
		return appendOffset(b, offset, false, false, false)
	}
	b = appendOffset(b, offset, colon, withSecs, true)
	return b
}

// appendOffset writes a zone offset (seconds east of UTC) as a sign and
// two digits of hours, then, if withMins, two of minutes, then, if
// withSecs, two of seconds, colons between them when colon is set. The
// minutes are those of the offset truncated to whole minutes.
func appendOffset(b []byte, offset int, colon, withSecs, withMins bool) []byte {
	mins := offset / 60
	secs := offset
	if mins < 0 {
		b = append(b, '-')
		mins, secs = -mins, -secs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, mins/60, 2)
	if !withMins {
		return b
	}
	if colon {
		b = append(b, ':')
	}
	b = appendInt(b, mins%60, 2)
	if withSecs {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, secs%60, 2)
	}
	return b
}

// appendFraction writes the fraction of a second nsec as e asks: its
// separator and e.digits digits (at most 9), or, for the 9s form, with
// trailing zeros dropped and nothing at all when none is left.
func appendFraction(b []byte, nsec int, e layoutElem) []byte {
	var digits [9]byte
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	n := e.digits
	if n > 9 {
		n = 9
	}
	if e.kind == elemFrac9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.sep)
	return append(b, digits[:n]...)
}

// GoString gives t as the Go expression that makes it:
// time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	year, mon, day := t.Date()
	hour, min, sec := t.Clock()
	b := append(make([]byte, 0, 72), "time.Date("...)
	b = appendInt(b, year, 0)
	if mon >= January && mon <= December {
		b = append(append(b, ", time."...), mon.String()...)
	} else {
		// Unreachable for a Time Date made, but kept as gc has it.
		b = appendInt(b, int(mon), 0)
	}
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch l := t.Location(); l {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quoteForError(l.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}
