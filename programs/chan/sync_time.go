// run

package main

// sync.Cond (Broadcast wakes every waiter), RWMutex with readers and
// writers interleaved, sync.Map, and time's Timer.Stop, Ticker and After:
// the parts of sync and time written in Go on top of the runtime's locks,
// sleeps and channels.

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(2)
		go func(i int) {
			defer wg2.Done()
			rw.Lock()
			shared += i
			rw.Unlock()
		}(i)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	fmt.Println("shared", shared)
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	t := time.NewTimer(10 * time.Millisecond)
	stopped := t.Stop()
	fmt.Println("stopped", stopped)
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	start := time.Now()
	<-time.After(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond)
}
