// Start-up: a script importing ten packages.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	flag.Parse()
	var b bytes.Buffer
	b.WriteString("x")
	err := errors.New("e")
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Fprintln(io.Discard, b.String(), err, xs, math.Sqrt(2), strconv.Itoa(3), strings.ToUpper("a"), time.Second)
	fmt.Println("ok", len(os.Args) > 0)
}
