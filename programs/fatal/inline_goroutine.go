// fatal

package main

// Inlined code panicking in a goroutine other than main: the inlined
// frames come first, the goroutine's function, then where it was created.

import "time"

type Box struct{ n, d int }

func (b *Box) ratio() int { return b.n / b.d }

func work(b *Box) int { return b.ratio() + 1 }

func main() {
	go func() {
		println(work(&Box{6, 3}))
		println(work(&Box{6, 0}))
	}()
	time.Sleep(time.Second)
}
