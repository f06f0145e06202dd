package time

// The calendar fields of a Time, in its location (UTC or local), as
// String computes them.

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	// Out of range: %!Month(n), as gc.
	b := appendInt(nil, int(m), 1)
	if m < 0 {
		b = append([]byte{'-'}, appendInt(nil, -int(m), 1)...)
	}
	return "%!Month(" + string(b) + ")"
}

// abs returns the days since January 1, year 1 and the seconds into that
// day of t in its location.
func (t Time) abs() (days int64, secs int) {
	offset := 0
	if t.local {
		_, offset = zoneAt(t.Unix())
	}
	sec := t.sec + int64(offset)
	days = sec / secondsPerDay
	rem := sec % secondsPerDay
	if rem < 0 {
		rem += secondsPerDay
		days--
	}
	return days, int(rem)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.abs()
	y, m, d := civil(days)
	return y, Month(m), d
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.abs()
	return s / 3600, s / 60 % 60, s % 60
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { return t.abs2() / 3600 }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { return t.abs2() / 60 % 60 }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { return t.abs2() % 60 }

func (t Time) abs2() int {
	_, s := t.abs()
	return s
}
