package time

// POSIX TZ rules, as found in the footer of TZif files: how a zone goes on
// after the last change its table lists, e.g. "CET-1CEST,M3.5.0,M10.5.0/3"
// (standard time CET at UTC+1, summer time CEST from 02:00 on the last
// Sunday of March to 03:00 on the last Sunday of October). Offsets in a
// rule count hours west of UTC, the opposite of a zone's offset.

// ruleDate is when in a year a rule's change happens.
type ruleDate struct {
	// kind is 'J' (day 1..365, February 29 never counted), 'D' (day
	// 0..365 counting February 29) or 'M' (weekday of a week of a month).
	kind             byte
	day, week, month int
	at               int // seconds after local midnight (may be negative)
}

// ruleZoneAt gives the zone that rule puts in effect at Unix time sec;
// lastChange is the time of the table's last change, which starts the span
// of a rule without summer time. ok is false when rule does not parse.
func ruleZoneAt(rule string, lastChange, sec int64) (span zoneSpan, ok bool) {
	s := rule
	var stdName, dstName string
	var stdOff, dstOff int
	if stdName, s, ok = ruleName(s); !ok {
		return
	}
	if stdOff, s, ok = ruleOffset(s); !ok {
		return
	}
	stdOff = -stdOff
	if s == "" || s[0] == ',' {
		return zoneSpan{stdName, stdOff, false, lastChange, endOfTime}, true
	}
	if dstName, s, ok = ruleName(s); !ok {
		return
	}
	dstOff = stdOff + 3600
	if s != "" && s[0] != ',' {
		if dstOff, s, ok = ruleOffset(s); !ok {
			return
		}
		dstOff = -dstOff
	}
	if s == "" {
		// No dates given: the United States' rule, as Go assumes.
		s = ",M3.2.0,M11.1.0"
	}
	var on, off ruleDate
	if s[0] != ',' {
		return zoneSpan{}, false
	}
	if on, s, ok = ruleWhen(s[1:]); !ok {
		return
	}
	if s == "" || s[0] != ',' {
		return zoneSpan{}, false
	}
	if off, s, ok = ruleWhen(s[1:]); !ok || s != "" {
		return zoneSpan{}, false
	}

	// Work within sec's year (in UTC), in seconds from its start.
	days := (sec + unixToInternal) / secondsPerDay
	if (sec+unixToInternal)%secondsPerDay < 0 {
		days--
	}
	year, _, _ := civil(days)
	yearStart := dayNumber(int64(year), 1, 1)*secondsPerDay - unixToInternal
	into := sec - yearStart
	start := on.secondsInto(year) - int64(stdOff)
	end := off.secondsInto(year) - int64(dstOff)

	summer := zoneSpan{name: dstName, offset: dstOff, isDST: true}
	winter := zoneSpan{name: stdName, offset: stdOff}
	if end < start {
		// Southern hemisphere: the year begins and ends in summer time.
		start, end = end, start
		summer, winter = winter, summer
	}
	// The bounds are exact next to a change; otherwise they stop at the
	// year's ends, which is all Date needs of them.
	switch {
	case into < start:
		winter.start, winter.end = yearStart, yearStart+start
		return winter, true
	case into >= end:
		winter.start, winter.end = yearStart+end, yearStart+365*secondsPerDay
		return winter, true
	}
	summer.start, summer.end = yearStart+start, yearStart+end
	return summer, true
}

// ruleName takes a zone abbreviation off s: either <...> (which may hold
// digits and signs) or at least three characters up to a digit, comma or
// sign.
func ruleName(s string) (name, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) && !(s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '-' || s[i] == '+') {
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// ruleOffset takes [+-]hh[:mm[:ss]] off s, in seconds (hours up to a
// week's worth, as version 3 files allow for the times of changes).
func ruleOffset(s string) (off int, rest string, ok bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var h, m, sec int
	if h, s, ok = ruleNumber(s, 0, 24*7); !ok {
		return
	}
	off = h * 3600
	if s != "" && s[0] == ':' {
		if m, s, ok = ruleNumber(s[1:], 0, 59); !ok {
			return
		}
		off += m * 60
		if s != "" && s[0] == ':' {
			if sec, s, ok = ruleNumber(s[1:], 0, 59); !ok {
				return
			}
			off += sec
		}
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// ruleNumber takes a decimal number in [lo, hi] off s.
func ruleNumber(s string, lo, hi int) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		if n > hi {
			return 0, "", false
		}
		i++
	}
	if i == 0 || n < lo {
		return 0, "", false
	}
	return n, s[i:], true
}

// ruleWhen takes a date (Jn, n or Mm.w.d) and an optional /time off s;
// the time defaults to 02:00.
func ruleWhen(s string) (r ruleDate, rest string, ok bool) {
	if s == "" {
		return r, "", false
	}
	switch {
	case s[0] == 'J':
		r.kind = 'J'
		if r.day, s, ok = ruleNumber(s[1:], 1, 365); !ok {
			return
		}
	case s[0] == 'M':
		r.kind = 'M'
		if r.month, s, ok = ruleNumber(s[1:], 1, 12); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.week, s, ok = ruleNumber(s[1:], 1, 5); !ok || s == "" || s[0] != '.' {
			return r, "", false
		}
		if r.day, s, ok = ruleNumber(s[1:], 0, 6); !ok {
			return
		}
	case s[0] >= '0' && s[0] <= '9':
		r.kind = 'D'
		if r.day, s, ok = ruleNumber(s, 0, 365); !ok {
			return
		}
	default:
		return r, "", false
	}
	r.at = 2 * 3600
	if s != "" && s[0] == '/' {
		if r.at, s, ok = ruleOffset(s[1:]); !ok {
			return
		}
	}
	return r, s, true
}

// secondsInto gives when r happens in year, in seconds of local time from
// the year's start.
func (r ruleDate) secondsInto(year int) int64 {
	var day int
	switch r.kind {
	case 'J':
		day = r.day - 1
		if r.day >= 60 && isLeap(year) {
			day++
		}
	case 'D':
		day = r.day
	default:
		// The week-th r.day-weekday of the month; week 5 is the last one.
		first := dayNumber(int64(year), r.month, 1)
		wd := int((first + 1) % 7) // January 1, year 1 was a Monday
		if wd < 0 {
			wd += 7
		}
		mday := (r.day - wd + 7) % 7
		for w := 1; w < r.week && mday+7 < monthDays(Month(r.month), year); w++ {
			mday += 7
		}
		day = int(first-dayNumber(int64(year), 1, 1)) + mday
	}
	return int64(day)*secondsPerDay + int64(r.at)
}
