package sync

// Pool keeps spare objects for reuse. Here it is a stack under a mutex,
// and nothing ever drops its contents. Do not copy a Pool after use.
type Pool struct {
	mu    Mutex
	items []any

	// New, when set, makes a value for Get if the pool is empty. Do not
	// change it while Get may be running.
	New func() any
}

// Put keeps x for a later Get; nil is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get takes some kept object out of p; with none kept it gives p.New()
// if New is set, else nil.
func (p *Pool) Get() any {
	p.mu.Lock()
	var x any
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
