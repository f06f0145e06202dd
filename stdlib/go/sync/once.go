package sync

// Once runs one function one time only. Do not copy a Once after use.
type Once struct {
	m    Mutex
	done bool
}

// Do runs f on the first call for this Once and does nothing on later
// calls, whatever f they pass. Concurrent callers wait until that first f
// has finished. A panicking f still counts as done. Every call takes the
// inner mutex, as there are no atomics here.
func (o *Once) Do(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done {
		return
	}
	defer o.setDone()
	f()
}

func (o *Once) setDone() { o.done = true }
