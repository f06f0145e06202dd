package time

// Truncate and Round of a Time: multiples of a Duration counted from the
// zero Time (January 1, year 1 UTC), whatever zone t is shown in.

// Truncate gives t rounded down to a multiple of d. A d <= 0 gives t
// unchanged but for its monotonic reading, which is always dropped.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.remainder(d))
}

// Round gives t rounded to the nearest multiple of d, halves rounding up.
// A d <= 0 gives t unchanged but for its monotonic reading, which is
// always dropped.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.remainder(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	// Past the largest Time the addition wraps, as Go's does.
	return t.Add(d - r)
}

// remainder gives the nanoseconds from the zero Time to t modulo d (d > 0),
// in [0, d), also for instants before the zero Time.
func (t Time) remainder(d Duration) Duration {
	m := uint64(d)
	// sec mod d, as a non-negative value.
	s := t.sec % int64(d)
	if s < 0 {
		s += int64(d)
	}
	r := mulMod(uint64(s), uint64(1e9)%m, m)
	return Duration(addMod(r, uint64(t.nsec)%m, m))
}

// addMod gives (a + b) mod m for a, b < m <= 1<<63: the sum fits a word.
func addMod(a, b, m uint64) uint64 {
	s := a + b
	if s >= m {
		s -= m
	}
	return s
}

// mulMod gives a*b mod m for a, b < m <= 1<<63 by doubling and adding, so
// that no product needs more than a word.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b != 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}
