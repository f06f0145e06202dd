// run
// env: TZ=Asia/Kolkata

package main

// Local times print in the zone TZ names (here +0530 IST), as gc prints
// them; UTC() prints the same instant in UTC.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 250000000)
	fmt.Println(t)
	fmt.Println(t.UTC())
	fmt.Println(t.Local().Equal(t.UTC()))
}
