package time

import "sync"

// Timers and tickers, in plain Go: each runs a goroutine that sleeps and
// then sends on a buffered channel (dropping the value if the channel is
// full, like Go's). A stopped or reset timer's goroutine notices at its next
// wake-up that it is stale (by a generation number) and exits.

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time

	c      chan Time
	f      func()
	mu     sync.Mutex
	gen    int
	active bool
}

// NewTimer creates a new Timer that will send
// the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f
// in its own goroutine. It returns a Timer that can
// be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.mu.Lock()
	t.gen++
	gen := t.gen
	t.active = true
	t.mu.Unlock()
	go func() {
		Sleep(d)
		t.mu.Lock()
		if t.gen != gen || !t.active {
			t.mu.Unlock()
			return
		}
		t.active = false
		f := t.f
		t.mu.Unlock()
		if f != nil {
			f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing.
// It returns true if the call stops the timer, false if the timer has already
// expired or been stopped.
// Stop does not close the channel, to prevent a read from the channel succeeding
// incorrectly.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	was := t.active
	t.active = false
	t.gen++
	return was
}

// Reset changes the timer to expire after duration d.
// It returns true if the timer had been active, false if the timer had
// expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := t.Stop()
	t.start(d)
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
// It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers “ticks” of a clock
// at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.

	c   chan Time
	mu  sync.Mutex
	gen int
	d   Duration
}

// NewTicker returns a new Ticker containing a channel that will send
// the current time on the channel after each tick. The period of the
// ticks is specified by the duration argument. The ticker will adjust
// the time interval or drop ticks to make up for slow receivers.
// The duration d must be greater than zero; if not, NewTicker will
// panic. Stop the ticker to release associated resources.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, d: d}
	t.start()
	return t
}

func (t *Ticker) start() {
	t.mu.Lock()
	t.gen++
	gen := t.gen
	d := t.d
	t.mu.Unlock()
	go func() {
		next := now() + int64(d)
		for {
			Sleep(Duration(next - now()))
			t.mu.Lock()
			stale := t.gen != gen
			t.mu.Unlock()
			if stale {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
			next += int64(d)
			if n := now(); next < n {
				// Drop the ticks a slow receiver missed.
				next = n + int64(d) - (n-next)%int64(d)
			}
		}
	}()
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
// Stop does not close the channel, to prevent a concurrent goroutine
// reading from the channel from seeing an erroneous "tick".
func (t *Ticker) Stop() {
	t.mu.Lock()
	t.gen++
	t.mu.Unlock()
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.mu.Lock()
	t.d = d
	t.mu.Unlock()
	t.start()
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
