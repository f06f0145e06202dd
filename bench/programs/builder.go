// A 10 MB string built with strings.Builder from small pieces; prints its
// length and a checksum.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; b.Len() < 10<<20; i++ {
		b.WriteString("item ")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(';')
	}
	s := b.String()
	sum := 0
	for i := 0; i < len(s); i += 4096 {
		sum += int(s[i])
	}
	fmt.Println(len(s), sum)
}
