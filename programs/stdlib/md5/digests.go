// run

// crypto/md5: RFC 1321 digests across block and padding boundaries, Sum that
// leaves the running hash as it was, Reset.
package main

import (
	"crypto/md5"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "a", "abc", "message digest", strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 64), strings.Repeat("1234567890", 100)} {
		fmt.Printf("%x\n", md5.Sum([]byte(s)))
	}
	h := md5.New()
	for i := 0; i < 100; i++ {
		h.Write([]byte(strings.Repeat("q", i)))
	}
	fmt.Printf("%x %d %d\n", h.Sum([]byte("prefix")), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum(nil))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
}
