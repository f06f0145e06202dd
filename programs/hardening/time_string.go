// run
// env: TZ=UTC

package main

// time.Time prints as gc prints it (its String method, through fmt): the
// zero Time is January 1, year 1 (it was the Unix epoch, and printed as
// {0}), Unix times in UTC with their fraction, the local zone, and the
// monotonic reading that only Now carries. The zone of this program's
// local times is UTC unless TZ says otherwise: the corpus runs it with
// TZ=UTC.

import (
	"fmt"
	"time"
)

func show(v interface{}) { fmt.Println(v) }

func main() {
	var z time.Time
	fmt.Println(z, z.IsZero())
	show(z)
	u := time.Unix(0, 0)
	fmt.Println(u.UTC(), u.IsZero(), u.Unix())
	fmt.Println(time.Unix(1700000000, 123456789).UTC())
	fmt.Println(time.Unix(-1, 0).UTC())
	fmt.Println(time.Unix(951782400, 0).UTC()) // 2000-02-29
	fmt.Println(time.Unix(253402300799, 5e8).UTC())
	fmt.Println(time.Unix(1700000000, 0))
	fmt.Println(time.Unix(1700000000, 0).Add(90*time.Minute).Sub(time.Unix(1700000000, 0)))
	n := time.Now()
	s := fmt.Sprint(n)
	fmt.Println(len(s) > 30, s[len(s)-15:len(s)-12])
	t := <-time.After(time.Millisecond)
	fmt.Println(t.After(n), time.Since(n) > 0)
}
