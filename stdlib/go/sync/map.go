package sync

// Map is a key/value store that many goroutines may use at once, keys and
// values being of any type. splitgo keeps it as an ordinary map guarded by
// an RWMutex. The zero Map is empty and usable; do not copy one after use.
type Map struct {
	mu RWMutex
	m  map[any]any
}

// table gives the inner map, creating it on first write; mu must be held
// for writing.
func (m *Map) table() map[any]any {
	if m.m == nil {
		m.m = map[any]any{}
	}
	return m.m
}

// Load looks key up; ok says whether it was there (value is nil if not).
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	value, ok = m.m[key]
	return
}

// Store puts value under key, replacing what was there.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.table()[key] = value
}

// LoadOrStore gives the value already under key (loaded true), or else
// puts value there and gives it back (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.table()
	if old, there := t[key]; there {
		return old, true
	}
	t[key] = value
	return value, false
}

// LoadAndDelete removes key, giving back its value and whether it existed.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	return
}

// Delete removes key if present.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Swap puts value under key and gives back the old value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.table()
	previous, loaded = t[key]
	t[key] = value
	return
}

// Range calls f for each entry until f returns false. The keys are
// collected first, so f may itself read or change m; an entry deleted
// before its turn is skipped.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.RLock()
	var keys []any
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.RUnlock()
	for _, k := range keys {
		if v, ok := m.Load(k); ok && !f(k, v) {
			return
		}
	}
}
