// run

// Time formatting and arithmetic as scripts do it, in fixed zones so the
// output does not depend on the machine.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC1123), t.Format("Mon Jan _2 3:04PM"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Month(), t.Day())
	due := t.AddDate(0, 1, 20)
	fmt.Println("due:", due.Format("Monday, 02 Jan 2006"), "in", due.Sub(t), "=", due.Sub(t).Hours()/24, "days")
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.In(ny).Format(time.RFC3339), t.In(ny).Format("MST -0700"))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 08:30")
	fmt.Println(p, err, p.Add(90*time.Minute).Format(time.Kitchen))
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds())
	start := time.Date(2023, 12, 29, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		day := start.AddDate(0, 0, i)
		y, w := day.ISOWeek()
		fmt.Printf("%s week %d-%02d\n", day.Format("Mon 2006-01-02"), y, w)
	}
}
