// run
// env: TZ=Europe/Paris

// time.Local from $TZ: Now's zone and monotonic reading, Unix times,
// timer values, and Parse recognising the local zone's names and offsets.

package main

import (
	"fmt"
	"time"
)

func main() {
	n := time.Now()
	fmt.Println(n.Location(), time.Local)
	s := n.String()
	fmt.Println(s[len(s)-14:len(s)-10], n.UTC().String() == n.UTC().Format("2006-01-02 15:04:05.999999999 -0700 MST"))
	t := time.Unix(1700000000, 0)
	fmt.Println(t, t.Location(), t.IsDST())
	fmt.Println(time.Unix(1690000000, 0))
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, time.Local))
	tz := <-time.After(time.Millisecond)
	fmt.Println(tz.Location())
	x, err := time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 CET")
	fmt.Println(x, err, x.Location())
	x, err = time.Parse(time.RFC3339, "2006-07-02T15:04:05+02:00")
	fmt.Println(x, err, x.Location())
}
