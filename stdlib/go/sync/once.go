package sync

// Once is an object that will perform exactly one action.
//
// A Once must not be copied after first use.
type Once struct {
	m    Mutex
	done bool
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. In other words, given
//
//	var once Once
//
// if once.Do(f) is called multiple times, only the first call will invoke f,
// even if f has a different value in each invocation. A new instance of
// Once is required for each function to execute.
//
// No call to Do returns until the one call to f returns. If f panics,
// Do considers it to have returned; future calls of Do return without
// calling f. (Without atomics, every call takes the mutex.)
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
