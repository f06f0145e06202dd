package sync

// Cond lets goroutines sleep until another one announces that something
// changed. L guards the condition itself: hold it to change the condition
// and around Wait. Waiters here each park on their own channel and are woken
// oldest first. Do not copy a Cond after use.
type Cond struct {
	// L is the lock that protects the watched condition.
	L Locker

	mu      Mutex
	waiters []chan struct{}
}

// NewCond makes a Cond guarded by l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait releases c.L, sleeps until Signal or Broadcast picks this caller,
// then takes c.L again before returning. There are no spurious wake-ups.
func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine, if any is waiting.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) > 0 {
		close(c.waiters[0])
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
	c.mu.Unlock()
}
