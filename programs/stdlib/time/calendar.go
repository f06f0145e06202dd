// run

// time: Format with every layout constant and element, Date's
// normalisation, zones (LoadLocation, FixedZone, DST gaps and overlaps,
// the footer rule past the table), AddDate, Weekday, YearDay, ISOWeek,
// Round and Truncate, GoString and the text and binary encodings.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	for _, l := range []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.Layout, "2006-01-02 __2 002 Z07 -07 -070000 -07:00:00 Z070000 .000 ,999 pm PM _2 January Monday", "_2006 Jan2 Janx Mon Monx 3 03 4 5"} {
		fmt.Println(t.Format(l))
	}
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	n := t.In(ny)
	fmt.Println(n, n.Location(), n.IsDST())
	fmt.Println(n.Zone())
	a := time.Date(2022, 3, 13, 2, 30, 0, 0, ny)
	fmt.Println(a)
	b := time.Date(2022, 11, 6, 1, 30, 0, 0, ny)
	fmt.Println(b, b.Add(time.Hour))
	fmt.Println(time.Date(2040, 7, 1, 12, 0, 0, 0, ny))
	fmt.Println(time.Date(2040, 12, 1, 12, 0, 0, 0, ny))
	fmt.Println(time.Date(1850, 12, 1, 12, 0, 0, 0, ny))
	s, e := time.Date(2040, 7, 1, 12, 0, 0, 0, ny).ZoneBounds()
	fmt.Println(s, e)
	j := time.Date(2021, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(j.AddDate(0, 1, 0), j.AddDate(1, -13, 400))
	fmt.Println(j.Weekday(), j.YearDay())
	for _, d := range []int{1, 2, 3, 4, 5, 6, 7} {
		x := time.Date(2021, 1, d, 0, 0, 0, 0, time.UTC)
		y, w := x.ISOWeek()
		fmt.Println(x.Weekday(), y, w)
	}
	x := time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(x.ISOWeek())
	fmt.Println(x.YearDay())
	r := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 7 * time.Millisecond, 0} {
		fmt.Println(d, r.Round(d).Format("15:04:05.999999999"), r.Truncate(d).Format("15:04:05.999999999"))
	}
	fmt.Printf("%#v\n", n)
	fmt.Printf("%#v\n", t)
	fz := time.FixedZone("XYZ", -(3*3600 + 30*60))
	fmt.Println(t.In(fz), fz)
	fmt.Println(t.In(time.FixedZone("", 5*3600+1800)))
	fmt.Println(time.Weekday(9), time.Weekday(-1))
	_, err = time.LoadLocation("Nowhere/Nope")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc")
	fmt.Println(err)
	_, err = time.LoadLocation("America")
	fmt.Println(err)
	fmt.Println(time.Date(2000, 14, 35, 25, 61, 61, 2e9, time.UTC))
	fmt.Println(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC))
	mt, err := t.MarshalText()
	fmt.Println(string(mt), err)
	var u time.Time
	fmt.Println(u.UnmarshalText([]byte("2001-02-03T04:05:06.7+01:00")), u)
	bin, _ := n.MarshalBinary()
	fmt.Println(bin)
	fmt.Println(u.UnmarshalBinary(bin), u)
	fmt.Println(time.Unix(1e9, 0).UTC().Equal(time.Unix(1e9, 0).In(ny)))
	p, _ := time.LoadLocation("Europe/Paris")
	fmt.Println(time.Date(2030, 3, 31, 2, 30, 0, 0, p), time.Date(2030, 10, 27, 2, 30, 0, 0, p))
	au, _ := time.LoadLocation("Australia/Sydney")
	fmt.Println(time.Date(2035, 1, 1, 0, 0, 0, 0, au), time.Date(2035, 6, 1, 0, 0, 0, 0, au))
	fmt.Println(time.Local, time.UTC)
}
