// Package time measures spans of time (Duration) and instants (Time), and
// offers timers and tickers.
//
// Where each part lives: Duration and the Time instant here; zones
// (Location, the local zone, LoadLocation) in zoneinfo.go, with the TZif
// file reader in tzdata.go and the POSIX TZ rules of its footer in
// tzrule.go; the calendar (Date, Weekday, ISOWeek, AddDate) in date.go;
// Truncate and Round in round.go; layouts in format.go and parse.go; the
// text and binary encodings in marshal.go. Timers and tickers run on the
// runtime's timers (sleep.go).
//
// The functions without a body (Sleep, now, startTimer, stopTimer and the
// file and environment natives of zoneinfo.go) are supplied by the runtime;
// everything about zones and the calendar is Go code here.
package time

// Duration is a signed span of time counted in nanoseconds; an int64 holds
// about 292 years either way.
type Duration int64

const (
	maxDuration Duration = (1 << 63) - 1
	minDuration Duration = -maxDuration - 1
)

// The units a Duration is built from. Multiply to make one
// (3*time.Second) and divide to count them (d/time.Millisecond). Days are
// left out on purpose: their length depends on the zone's clock changes.
const (
	Nanosecond  Duration = 1
	Microsecond          = Nanosecond * 1000
	Millisecond          = Microsecond * 1000
	Second               = Millisecond * 1000
	Minute               = Second * 60
	Hour                 = Minute * 60
)

// String spells d out in hours, minutes and seconds, e.g. "1h2m3.5s",
// dropping leading zero units and trailing fraction zeros. Spans under a
// second use ms, µs or ns so that the first digit is not a zero; zero is
// "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	mag := uint64(d)
	var out []byte
	if d < 0 {
		mag = -mag // also right for minDuration, as an unsigned value
		out = append(out, '-')
	}
	if mag < uint64(Second) {
		unit, digits := "ns", 0
		if mag >= uint64(Millisecond) {
			unit, digits = "ms", 6
		} else if mag >= uint64(Microsecond) {
			unit, digits = "µs", 3
		}
		out = appendScaled(out, mag, digits)
		return string(append(out, unit...))
	}
	secs := mag / uint64(Second)
	hours, mins := secs/3600, secs/60%60
	if hours > 0 {
		out = appendScaled(out, hours, 0)
		out = append(out, 'h')
	}
	if hours > 0 || mins > 0 {
		out = appendScaled(out, mins, 0)
		out = append(out, 'm')
	}
	out = appendScaled(out, secs%60*uint64(Second)+mag%uint64(Second), 9)
	return string(append(out, 's'))
}

// appendScaled appends v / 10^digits in decimal: the integer part, then
// the fractional digits without their trailing zeros (and no point at all
// when nothing is left of them).
func appendScaled(out []byte, v uint64, digits int) []byte {
	var tmp [24]byte
	pos := len(tmp)
	started := false
	for ; digits > 0; digits-- {
		c := byte('0' + v%10)
		v /= 10
		if c != '0' || started {
			started = true
			pos--
			tmp[pos] = c
		}
	}
	if started {
		pos--
		tmp[pos] = '.'
	}
	for {
		pos--
		tmp[pos] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(out, tmp[pos:]...)
}

// Nanoseconds gives d as a whole number of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds gives d in whole microseconds, truncated toward zero.
func (d Duration) Microseconds() int64 { return int64(d / Microsecond) }

// Milliseconds gives d in whole milliseconds, truncated toward zero.
func (d Duration) Milliseconds() int64 { return int64(d / Millisecond) }

// Seconds gives d in seconds, with the fraction.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes gives d in minutes, with the fraction.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/6e10
}

// Hours gives d in hours, with the fraction.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/3.6e12
}

// Truncate drops the remainder of d modulo m (rounding toward zero);
// m <= 0 leaves d as it is.
func (d Duration) Truncate(m Duration) Duration {
	if m > 0 {
		d -= d % m
	}
	return d
}

// Round moves d to the closest multiple of m, halves away from zero, and
// clamps to the largest or smallest Duration when that multiple does not
// fit; m <= 0 leaves d as it is.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	rem := d % m
	if rem < 0 {
		rem = -rem
	}
	// rem < m, so twice rem cannot overflow an unsigned word.
	down := 2*uint64(rem) < uint64(m)
	if d < 0 {
		if down {
			return d + rem
		}
		if v := d - (m - rem); v < d {
			return v
		}
		return minDuration
	}
	if down {
		return d - rem
	}
	if v := d + (m - rem); v > d {
		return v
	}
	return maxDuration
}

// Abs gives |d|; the most negative Duration, which has no positive
// counterpart, gives the largest one.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// A Time represents an instant in time with nanosecond precision: seconds
// since January 1, year 1 00:00:00 UTC and nanoseconds within the second
// (so the zero Time is that instant, as in Go), an optional monotonic clock
// reading, and the Location it is shown in.
//
// The runtime builds Time values itself for timer channels
// (runtime/src/exec/proc.rs: fire): it writes sec, nsec, mono and local at
// their offsets (0, 8, 16, 24) and leaves loc nil, so keep the fields in
// this order.
type Time struct {
	sec  int64
	nsec int32
	// mono is the monotonic clock reading (nanoseconds since the program
	// started) plus one, or 0 when t has none: only Now gives one.
	mono int64
	// The zone is Local when local is set (the runtime cannot name the
	// Local variable, so a flag says it), else loc, nil meaning UTC. Only
	// one form is used for each zone (see setLoc), so == on Times
	// compares zones as Go's does.
	local bool
	loc   *Location
}

// location gives the zone t is shown in.
func (t Time) location() *Location {
	if t.local {
		return Local
	}
	if t.loc == nil {
		return &utcZone
	}
	return t.loc
}

// setLoc makes t shown in l and drops its monotonic reading, as every
// change of zone does in Go.
func (t *Time) setLoc(l *Location) {
	t.mono = 0
	t.local = l == Local
	t.loc = nil
	if !t.local && l != &utcZone {
		t.loc = l
	}
}

const (
	secondsPerDay = 86400
	// unixToInternal is the Unix epoch in Time's count: the seconds of
	// the 719162 days from January 1, year 1 to January 1, 1970.
	unixToInternal int64 = 719162 * secondsPerDay
)

// Now gives the current time, in the local zone, with a monotonic reading.
func Now() Time {
	wall, frac, mono := now()
	return Time{sec: wall + unixToInternal, nsec: frac, mono: mono + 1, local: true}
}

// Unix gives the local Time that is sec seconds plus nsec nanoseconds after
// the Unix epoch; nsec may lie outside [0, 1e9) and is carried into sec.
func Unix(sec int64, nsec int64) Time {
	sec += nsec / 1e9
	nsec %= 1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return Time{sec: unixToInternal + sec, nsec: int32(nsec), local: true}
}

// UnixMilli gives the local Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time {
	whole, part := msec/1e3, msec%1e3
	return Unix(whole, part*1e6)
}

// UnixMicro gives the local Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time {
	whole, part := usec/1e6, usec%1e6
	return Unix(whole, part*1e3)
}

// Since gives how long ago t was: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until gives how far t lies ahead: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sub gives the span from u to t, clamped to the Duration range. If both
// carry a monotonic reading, those readings are what is subtracted.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	span := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(span).Equal(t) {
		return span
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// Add gives t moved by d (its monotonic reading, if any, moves too).
func (t Time) Add(d Duration) Time {
	ns := int64(t.nsec) + int64(d%Second)
	t.sec += int64(d / Second)
	if ns >= 1e9 {
		t.sec++
		ns -= 1e9
	} else if ns < 0 {
		t.sec--
		ns += 1e9
	}
	t.nsec = int32(ns)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// compare gives -1, 0 or +1 as t is earlier than, the same instant as, or
// later than u; when both carry a monotonic reading, it decides. (Go 1.19
// does not export it: Time.Compare came in 1.20.)
func (t Time) compare(u Time) int {
	var a, b int64
	if t.mono != 0 && u.mono != 0 {
		a, b = t.mono, u.mono
	} else if t.sec != u.sec {
		a, b = t.sec, u.sec
	} else {
		a, b = int64(t.nsec), int64(u.nsec)
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// After tells whether t comes later than u.
func (t Time) After(u Time) bool { return t.compare(u) > 0 }

// Before tells whether t comes earlier than u.
func (t Time) Before(u Time) bool { return t.compare(u) < 0 }

// Equal tells whether t and u are the same instant, whatever their zones.
func (t Time) Equal(u Time) bool { return t.compare(u) == 0 }

// IsZero tells whether t is the zero Time, year 1 January 1 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// UTC gives the same instant shown in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcZone)
	return t
}

// Local gives the same instant shown in the local zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In gives the same instant shown in zone loc; a nil loc panics.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location gives the zone t is shown in.
func (t Time) Location() *Location {
	return t.location()
}

// Zone gives the abbreviated name and the offset east of UTC, in seconds,
// of the zone in effect at t in t's Location.
func (t Time) Zone() (name string, offset int) {
	z := t.location().zoneAt(t.Unix())
	return z.name, z.offset
}

// ZoneBounds gives the span [start, end) during which the zone in effect
// at t stays in effect, shown in t's Location; a bound that is the
// beginning or the end of time is the zero Time.
func (t Time) ZoneBounds() (start, end Time) {
	l := t.location()
	z := l.zoneAt(t.Unix())
	if z.start != beginningOfTime {
		start = Unix(z.start, 0)
		start.setLoc(l)
	}
	if z.end != endOfTime {
		end = Unix(z.end, 0)
		end.setLoc(l)
	}
	return
}

// IsDST tells whether the zone in effect at t observes daylight saving
// time.
func (t Time) IsDST() bool {
	return t.location().zoneAt(t.Unix()).isDST
}

// Unix gives t as whole seconds since the Unix epoch.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli gives t as milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro gives t as microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano gives t as nanoseconds since the Unix epoch.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// Nanosecond gives the nanoseconds past t's second, 0 to 999999999.
func (t Time) Nanosecond() int { return int(t.nsec) }

// String returns the time formatted as Go's layout
// "2006-01-02 15:04:05.999999999 -0700 MST" does, followed by the
// monotonic clock reading (" m=+0.000000123") when t has one.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := uint64(t.mono - 1)
		b = append(b, " m="...)
		if int64(m) < 0 {
			b = append(b, '-')
			m = -m
		} else {
			b = append(b, '+')
		}
		// Whole seconds past 1e9 print in full before a 9-digit group.
		secs := m / 1e9
		if secs >= 1e9 {
			b = appendInt(b, int(secs/1e9), 0)
			b = appendInt(b, int(secs%1e9), 9)
		} else {
			b = appendInt(b, int(secs), 0)
		}
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
	}
	return string(b)
}

// civil gives the proleptic Gregorian date of the day that is `days` days
// after January 1, year 1. It counts in 400-year eras that begin on March 1
// (so the leap day ends a year of the era), then moves January and
// February to the next civil year.
func civil(days int64) (year, month, day int) {
	// Days since March 1, year 0.
	d := days + 306
	era := d / 146097
	if d < 0 && d%146097 != 0 {
		era--
	}
	doe := d - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = int(mp + 3)
	} else {
		month = int(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return
}

// appendInt appends v in decimal, zero-padded to at least width digits.
func appendInt(b []byte, v int, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// Natives (implemented by the runtime):

// Sleep blocks the calling goroutine for d or a little more; d <= 0 returns
// at once.
func Sleep(d Duration)

// now returns the wall-clock time (seconds and nanoseconds since the Unix
// epoch) and the monotonic clock reading (nanoseconds since the program
// started).
func now() (wall int64, frac int32, mono int64)
