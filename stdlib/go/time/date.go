package time

// The proleptic Gregorian calendar: a Time's date and clock as seen in its
// Location, weekdays, days of the year and ISO weeks, and the way back from
// a date to a Time (Date, AddDate), with Go's normalisation of fields out
// of range.

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

// Weekday names a day of the week, Sunday being 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var weekdayNames = [...]string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String gives the day's English name; a value outside 0..6 gives
// "%!Weekday(n)".
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return weekdayNames[d]
	}
	// Printed as an unsigned number, as gc does.
	v := uint64(d)
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
	return "%!Weekday(" + string(digits[i:]) + ")"
}

// isLeap tells whether year has a February 29.
func isLeap(year int) bool {
	if year%100 == 0 {
		return year%400 == 0
	}
	return year%4 == 0
}

// monthLengths are the days of each month in a common year.
var monthLengths = [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// daysIn gives the number of days of month m of year.
func monthDays(m Month, year int) int {
	n := monthLengths[m-1]
	if isLeap(year) && m == February {
		n++
	}
	return n
}

// dayNumber gives the days from January 1, year 1 to the given date
// (negative before it); month is 1..12 and day may run past the month.
// The inverse of civil, counting in the same March-based 400-year eras.
func dayNumber(year int64, month int, day int) int64 {
	if month <= 2 {
		year--
	}
	era := year / 400
	if year < 0 && year%400 != 0 {
		era--
	}
	yoe := year - era*400
	fromMarch := int64((month + 9) % 12)
	doy := (153*fromMarch+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

// dayAndSecond splits t, as seen in its zone, into days since January 1,
// year 1 and seconds into that day.
func (t Time) dayAndSecond() (days int64, secs int) {
	z := t.location().zoneAt(t.Unix())
	return splitDays(t.sec + int64(z.offset))
}

// splitDays splits a count of seconds from January 1, year 1 into whole
// days and the seconds left, 0..86399.
func splitDays(total int64) (days int64, secs int) {
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

// weekdayOf gives the weekday of a day counted from January 1, year 1 (a
// Monday).
func weekdayOf(days int64) Weekday {
	wd := (days + 1) % 7
	if wd < 0 {
		wd += 7
	}
	return Weekday(wd)
}

// Weekday gives t's day of the week.
func (t Time) Weekday() Weekday {
	days, _ := t.dayAndSecond()
	return weekdayOf(days)
}

// yearDayOf gives the day of its year (1..366) of a day counted from
// January 1, year 1, and that year.
func yearDayOf(days int64) (yday int, year int) {
	y, _, _ := civil(days)
	return int(days-dayNumber(int64(y), 1, 1)) + 1, y
}

// YearDay gives t's day of the year, 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	days, _ := t.dayAndSecond()
	yd, _ := yearDayOf(days)
	return yd
}

// ISOWeek gives the ISO 8601 year and week number of t: weeks run Monday
// to Sunday, and week 1 is the one holding the year's first Thursday, so
// early January may belong to the previous year's last week and late
// December to the next year's week 1.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.dayAndSecond()
	// The week's Thursday decides its year.
	fromMonday := int64((weekdayOf(days) + 6) % 7)
	thursday := days - fromMonday + 3
	yd, y := yearDayOf(thursday)
	return y, (yd-1)/7 + 1
}

// carry moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func carry(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date gives the Time of the given year, month, day, hour, minute, second
// and nanosecond in zone loc. Fields out of their range carry into the
// next larger one (October 32 is November 1). When the clock time is
// skipped or repeated by a change of zone, the result is one of the
// instants around it, the same one as Go picks. A nil loc panics.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)

	days := dayNumber(int64(year), m+1, 1) + int64(day-1)
	// The clock reading as if the zone were UTC, then the zone's offset
	// taken off: the offset in effect at the guess, or, when the instant
	// found lies outside that zone's span, the one in effect there.
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec) - unixToInternal
	z := loc.zoneAt(unix)
	if z.offset != 0 {
		utc := unix - int64(z.offset)
		if utc < z.start || utc >= z.end {
			z = loc.zoneAt(utc)
		}
		unix -= int64(z.offset)
	}
	t := Unix(unix, int64(nsec))
	t.setLoc(loc)
	return t
}

// AddDate gives the Time years, months and days after t (or before, for
// negative values), at the same clock time in t's Location. The result is
// normalised as Date's: October 31 plus one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return Date(y+years, m+Month(months), d+days, hh, mm, ss, int(t.nsec), t.Location())
}
