package time

// Calendar fields of a Time as seen in its zone (UTC or local), computed the
// way String does.

// Month numbers the months of the year, January being 1.
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

// String gives the month's English name; a value outside 1..12 gives
// "%!Month(n)" with n printed as an unsigned number (as gc 1.19 does, so
// Month(-1) shows 18446744073709551615).
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	v := uint64(m)
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return "%!Month(" + string(digits[i:]) + ")"
}

// dayAndSecond splits t, as seen in its zone, into days since January 1,
// year 1 and seconds into that day.
func (t Time) dayAndSecond() (days int64, secs int) {
	shift := 0
	if t.local {
		_, shift = zoneAt(t.Unix())
	}
	total := t.sec + int64(shift)
	days, rest := total/secondsPerDay, total%secondsPerDay
	if rest < 0 {
		days--
		rest += secondsPerDay
	}
	return days, int(rest)
}

// secondOfDay gives the seconds since midnight of t in its zone.
func (t Time) secondOfDay() int {
	_, s := t.dayAndSecond()
	return s
}

// Date gives t's year, month and day of the month.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.dayAndSecond()
	y, m, d := civil(days)
	return y, Month(m), d
}

// Year gives t's year.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month gives t's month.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day gives t's day of the month, from 1.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Clock gives t's hour, minute and second of the day.
func (t Time) Clock() (hour, min, sec int) {
	s := t.secondOfDay()
	return s / 3600, s % 3600 / 60, s % 60
}

// Hour gives t's hour of the day, 0 to 23.
func (t Time) Hour() int { return t.secondOfDay() / 3600 }

// Minute gives t's minute of the hour, 0 to 59.
func (t Time) Minute() int { return t.secondOfDay() % 3600 / 60 }

// Second gives t's second of the minute, 0 to 59.
func (t Time) Second() int { return t.secondOfDay() % 60 }
