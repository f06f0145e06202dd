// run

// time zones: many IANA zones across their tables and footer rules
// (southern hemisphere, half-hour DST, negative DST), ZoneBounds, and
// LoadLocationFromTZData on a hand-made version 1 file.

package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []string{"America/New_York", "Europe/London", "Europe/Istanbul", "Australia/Lord_Howe", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham", "America/Santiago", "Africa/Casablanca", "Europe/Dublin", "Antarctica/Troll", "America/Godthab", "Asia/Tehran", "Etc/GMT+5", "EST5EDT", "Pacific/Apia"}
	for _, name := range zones {
		l, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		for _, u := range []int64{-5e9, -2e9, 0, 1e9, 1.7e9, 2.2e9, 4e9, 6.5e9, 1e11} {
			t := time.Unix(u, 0).In(l)
			s, e := t.ZoneBounds()
			fmt.Println(name, t, t.IsDST(), s.Unix(), e.Unix(), s.IsZero(), e.IsZero())
		}
		for _, m := range []time.Month{1, 3, 4, 10, 11} {
			for _, d := range []int{1, 10, 20, 28} {
				for _, h := range []int{0, 1, 2, 3} {
					t := time.Date(2050, m, d, h, 30, 0, 0, l)
					fmt.Print(t.Format("0102T15:04-07:00 "))
				}
			}
		}
		fmt.Println()
	}
	// A hand-made version 1 file: two zones, one change.
	data := []byte("TZif\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
		"\x00\x00\x00\x00" + "\x00\x00\x00\x00" + "\x00\x00\x00\x00" + "\x00\x00\x00\x01" + "\x00\x00\x00\x02" + "\x00\x00\x00\x08" +
		"\x10\x00\x00\x00" + "\x01" + "\x00\x00\x0e\x10\x00\x00" + "\x00\x00\x1c\x20\x01\x04" + "AAA\x00BBB\x00")
	l, err := time.LoadLocationFromTZData("Mine", data)
	fmt.Println(err)
	fmt.Println(time.Unix(0, 0).In(l), time.Unix(0x10000000, 0).In(l), l)
	_, err = time.LoadLocationFromTZData("Bad", data[:30])
	fmt.Println(err)
}
