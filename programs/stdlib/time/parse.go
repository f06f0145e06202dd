// run

// time.Parse and ParseInLocation: layouts, zones by offset and by name,
// DST edges, and gc's ParseError texts and fields.

package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Printf("%q %q: %v\n", layout, value, err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	fmt.Printf("%q %q: %v | %s\n", layout, value, t, t.Format(time.RFC3339Nano))
}

func main() {
	cases := [][2]string{
		{"2006-01-02", "x"},
		{"2006-01-02", "2021-13-01"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2020-02-29"},
		{"2006-01-02", "2020-02-29 extra"},
		{"2006-01-02", "20x1-01-01"},
		{"2006-01-02 15:04:05", "2021-01-01 24:00:00"},
		{"2006-01-02 15:04:05", "2021-01-01 23:60:00"},
		{"2006-01-02 15:04:05", "2021-01-01 23:59:60"},
		{"2006-01-02 15:04:05", "2021-01-01 23:59:59.123456"},
		{"2006-01-02 15:04:05", "2021-01-01 23:59:59,5"},
		{time.RFC3339, "2021-06-01T12:00:00+02:00"},
		{time.RFC3339, "2021-06-01T12:00:00Z"},
		{time.RFC3339, "2021-06-01T12:00:00.999999999999-07:30"},
		{time.RFC3339, "2021-06-01T12:00:00"},
		{time.RFC3339Nano, "2021-06-01T12:00:00.5Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0800"},
		{time.UnixDate, "Tue Nov 10 23:00:00 CEST 2009"},
		{time.ANSIC, "Tue Nov  1 23:00:00 2009"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:04AM"},
		{time.Kitchen, "12:04PM"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{"Jan 2 06", "feb 3 70"},
		{"Jan 2 06", "FEB 3 68"},
		{"January 2 2006", "Febr 3 2000"},
		{"2006 002", "2020 060"},
		{"2006 002", "2020 366"},
		{"2006 002", "2021 366"},
		{"2006 __2", "2021  45"},
		{"2006-01 002", "2021-03 060"},
		{"2006-01-02 002", "2021-03-02 060"},
		{"2006-01-02 .000", "2021-03-02 .12"},
		{"2006-01-02 .000", "2021-03-02 .123"},
		{"2006-01-02 05.999", "2021-03-02 05"},
		{"2006-01-02 -07", "2021-03-02 +05"},
		{"2006-01-02 -07:00:00", "2021-03-02 +05:30:15"},
		{"2006-01-02 Z070000", "2021-03-02 -053015"},
		{"2006-01-02 -0700", "2021-03-02 +05x0"},
		{"2006-01-02 -0700", "2021-03-02 *0500"},
		{"2006-01-02 MST", "2021-03-02 +07"},
		{"2006-01-02 MST", "2021-03-02 ChST"},
		{"2006-01-02 MST", "2021-03-02 ab"},
		{"2006-01-02   15", "2021-03-02 15"},
		{"2006-01-02 15", "2021-03-02    15"},
		{"Monday 2006", "Tuesday 2006"},
		{"Monday 2006", "Tues 2006"},
		{"", ""},
		{"", "x"},
		{"\"2006\"", "\"é\x01\\\""},
		{"2006-01-02", ""},
		{"06", "x5"},
		{"pm", "xx"},
		{"01", "1"},
		{"1", "0"},
	}
	for _, c := range cases {
		show(c[0], c[1])
	}
	ny, _ := time.LoadLocation("America/New_York")
	for _, v := range []string{"2022-03-13 02:30", "2022-11-06 01:30", "2022-07-01 10:00"} {
		t, err := time.ParseInLocation("2006-01-02 15:04", v, ny)
		fmt.Println(t, err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2022-07-01 10:00 EDT", ny)
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2022-07-01 10:00 EST", ny)
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2022-07-01 10:00 -0400", ny)
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2022-07-01 10:00 -0500", ny)
	fmt.Println(t, err, t.Location())
	var j time.Time
	fmt.Println(j.UnmarshalJSON([]byte(`"2021-01-02T03:04:05Z"`)), j)
	fmt.Println(j.UnmarshalJSON([]byte(`"bad"`)))
	jb, _ := j.MarshalJSON()
	fmt.Println(string(jb))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	fmt.Println(string(time.Date(1999, 12, 31, 23, 59, 59, 0, ny).AppendFormat([]byte("at "), time.RFC850)))
}
