package time

// Timers and tickers live in the runtime (startTimer and stopTimer, at the
// end of this file); no goroutine sits waiting on them. On firing, the
// runtime either tries a non-blocking send of the current time on the
// timer's channel (the value is lost when the buffer is full, which is what
// Go does too) or, for AfterFunc, runs f in a fresh goroutine. A ticker
// re-arms itself and skips the ticks nobody was there to take.

// Timer is a one-shot event: when it fires, the time is sent on C, or, for
// a Timer made by AfterFunc, its function is started instead (C is nil).
type Timer struct {
	C <-chan Time

	c  chan Time
	f  func()
	id int64
}

// armed reports whether t came from NewTimer or AfterFunc rather than
// being a zero Timer.
func (t *Timer) armed() bool { return t.c != nil || t.f != nil }

// NewTimer gives a Timer that sends the time on its C once d has elapsed.
func NewTimer(d Duration) *Timer {
	ch := make(chan Time, 1)
	return &Timer{C: ch, c: ch, id: startTimer(ch, nil, int64(d), 0)}
}

// AfterFunc starts f in its own goroutine once d has elapsed; Stop on the
// returned Timer cancels that.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{f: f, id: startTimer(nil, f, int64(d), 0)}
}

// Stop cancels t and tells whether it was still pending (false once it
// has fired or was already stopped). C stays open.
func (t *Timer) Stop() bool {
	if !t.armed() {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.id)
}

// Reset re-arms t to fire d from now and tells whether it was still
// pending beforehand.
func (t *Timer) Reset(d Duration) bool {
	if !t.armed() {
		panic("time: Reset called on uninitialized Timer")
	}
	pending := stopTimer(t.id)
	t.id = startTimer(t.c, t.f, int64(d), 0)
	return pending
}

// After gives the channel of a new Timer for d: it receives the time once
// d has elapsed.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Ticker sends the time on C every period, dropping ticks a slow receiver
// has not taken.
type Ticker struct {
	C <-chan Time // receives the ticks

	c  chan Time
	id int64
}

// NewTicker gives a Ticker with period d; d must be positive, or it panics.
// Stop it when done with it.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	ch := make(chan Time, 1)
	return &Ticker{C: ch, c: ch, id: startTimer(ch, nil, int64(d), int64(d))}
}

// Stop ends the ticks; C is left open.
func (t *Ticker) Stop() {
	stopTimer(t.id)
}

// Reset restarts the ticker with period d (the next tick comes d from now);
// d must be positive, or it panics.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(t.id)
	t.id = startTimer(t.c, nil, int64(d), int64(d))
}

// Tick gives only the channel of a new Ticker with period d, or nil when
// d <= 0 (where NewTicker would panic).
func Tick(d Duration) <-chan Time {
	if d > 0 {
		return NewTicker(d).C
	}
	return nil
}

// startTimer arms a runtime timer that fires after d nanoseconds (at once
// if d <= 0), then every period nanoseconds if period > 0: it sends the
// time on c (when c is not nil and the send would not block) and starts f
// in a new goroutine (when f is not nil). It returns the timer's id.
// Implemented by the runtime.
func startTimer(c chan Time, f func(), d int64, period int64) int64

// stopTimer disarms timer id and reports whether it was still armed.
// Implemented by the runtime.
func stopTimer(id int64) bool
