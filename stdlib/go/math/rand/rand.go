// Package rand provides deterministic pseudo-random numbers; they are not
// fit for anything secret. The generator and every derivation are gc
// 1.19's, so a given seed yields exactly the numbers gc yields.
//
// The package-level functions draw from one shared source, guarded by a
// lock so that goroutines may share it. As in gc 1.19 it starts in the
// state Seed(1) gives, so unseeded programs repeat themselves from run to
// run. A *Rand from New has no lock of its own.
package rand

import "sync"

// Source is a stream of uniformly distributed int64 values in [0, 2^63)
// that can be restarted from a seed.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that can also produce full 64-bit values.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source64, without locking, started from seed.
func NewSource(seed int64) Source {
	return newFibSource(seed)
}

// Rand derives integers, floats, permutations and bytes from a Source.
type Rand struct {
	src   Source
	src64 Source64 // src when it also has Uint64, otherwise nil

	// Bytes left over by Read: the low spare bytes of leftover.
	leftover int64
	spare    int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	g := &Rand{src: src}
	if s64, ok := src.(Source64); ok {
		g.src64 = s64
	}
	return g
}

// Seed restarts the underlying source from seed and drops bytes that Read
// had left over. It must not run concurrently with other methods.
func (g *Rand) Seed(seed int64) {
	if shared, ok := g.src.(*sharedSource); ok {
		shared.mu.Lock()
		shared.gen.Seed(seed)
		g.spare = 0
		shared.mu.Unlock()
		return
	}
	g.src.Seed(seed)
	g.spare = 0
}

// Int63 returns a value in [0, 2^63).
func (g *Rand) Int63() int64 { return g.src.Int63() }

// Uint32 returns a value in [0, 2^32): bits 31 to 62 of one Int63.
func (g *Rand) Uint32() uint32 { return uint32(g.Int63() >> 31) }

// Uint64 returns a value in [0, 2^64). Without a Source64 it combines two
// Int63 values.
func (g *Rand) Uint64() uint64 {
	if g.src64 != nil {
		return g.src64.Uint64()
	}
	first := uint64(g.Int63())
	second := uint64(g.Int63())
	return second<<32 | first>>31
}

// Int31 returns a value in [0, 2^31): the top bits of one Int63.
func (g *Rand) Int31() int32 { return int32(g.Int63() >> 32) }

// maxInt is the largest int, whatever the size of int.
const maxInt = int(^uint(0) >> 1)

// Int returns a non-negative int.
func (g *Rand) Int() int { return int(g.Int63()) & maxInt }

// Int63n returns a value in [0, n); it panics unless n > 0.
func (g *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return g.Int63() & (n - 1)
	}
	// Draws above top would favour the smallest remainders: redraw.
	top := int64(1<<63 - 1 - (1<<63)%uint64(n))
	for {
		if v := g.Int63(); v <= top {
			return v % n
		}
	}
}

// Int31n returns a value in [0, n); it panics unless n > 0.
func (g *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return g.Int31() & (n - 1)
	}
	top := int32(1<<31 - 1 - (1<<31)%uint32(n))
	for {
		if v := g.Int31(); v <= top {
			return v % n
		}
	}
}

// below32 picks from [0, n), n > 0, by scaling a Uint32 by n and keeping
// the high half of the product; products whose low half falls under
// 2^32 mod n are redrawn so that every result is equally likely. Only
// Shuffle uses it (Int31n's draws are fixed by gc's older method).
func (g *Rand) below32(n int32) int32 {
	scale := uint64(n)
	prod := uint64(g.Uint32()) * scale
	if uint32(prod) < uint32(n) {
		cut := uint32((1 << 32) % scale)
		for uint32(prod) < cut {
			prod = uint64(g.Uint32()) * scale
		}
	}
	return int32(prod >> 32)
}

// Intn returns a value in [0, n); it panics unless n > 0.
func (g *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n > 1<<31-1 {
		return int(g.Int63n(int64(n)))
	}
	return int(g.Int31n(int32(n)))
}

// Float64 returns a value in [0, 1).
func (g *Rand) Float64() float64 {
	const scale = 1.0 / (1 << 63)
	for {
		// A draw near 2^63 rounds to exactly 1; such draws are skipped.
		if f := float64(g.Int63()) * scale; f < 1 {
			return f
		}
	}
}

// Float32 returns a value in [0, 1).
func (g *Rand) Float32() float32 {
	for {
		if f := float32(g.Float64()); f < 1 {
			return f
		}
	}
}

// Perm returns the numbers 0 to n-1 in a random order.
func (g *Rand) Perm(n int) []int {
	out := make([]int, n)
	// Grow the permutation one number at a time: k goes to a random slot
	// among the first k+1, and that slot's number moves to the end.
	for k := range out {
		slot := g.Intn(k + 1)
		out[k] = out[slot]
		out[slot] = k
	}
	return out
}

// Shuffle reorders n elements at random by calling swap(i, j); it panics
// if n < 0.
func (g *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	// Walk down from the end, swapping each place with a random place at
	// or before it.
	for k := n - 1; k > 0; k-- {
		var other int
		if k+1 > 1<<31-1 {
			other = int(g.Int63n(int64(k + 1)))
		} else {
			other = int(g.below32(int32(k + 1)))
		}
		swap(k, other)
	}
}

// Read fills p with random bytes and returns len(p), nil. Successive calls
// continue one byte stream. It must not run concurrently with other
// methods.
func (g *Rand) Read(p []byte) (n int, err error) {
	if shared, ok := g.src.(*sharedSource); ok {
		shared.mu.Lock()
		defer shared.mu.Unlock()
		return fillBytes(p, shared.gen, &g.leftover, &g.spare)
	}
	return fillBytes(p, g.src, &g.leftover, &g.spare)
}

// fillBytes takes seven bytes, low first, from each Int63 of src,
// starting with the spare bytes of *leftover, and leaves the unused ones
// there.
func fillBytes(p []byte, src Source, leftover *int64, spare *int8) (int, error) {
	bits, left := *leftover, *spare
	for k := range p {
		if left == 0 {
			bits, left = src.Int63(), 7
		}
		p[k] = byte(bits)
		bits >>= 8
		left--
	}
	*leftover, *spare = bits, left
	return len(p), nil
}

// sharedSource wraps the package-level generator in a mutex.
type sharedSource struct {
	mu  sync.Mutex
	gen *fibSource
}

func (s *sharedSource) Int63() int64 {
	s.mu.Lock()
	v := s.gen.Int63()
	s.mu.Unlock()
	return v
}

func (s *sharedSource) Uint64() uint64 {
	s.mu.Lock()
	v := s.gen.Uint64()
	s.mu.Unlock()
	return v
}

func (s *sharedSource) Seed(seed int64) {
	s.mu.Lock()
	s.gen.Seed(seed)
	s.mu.Unlock()
}

// pkgSource and pkgRand serve the package-level functions; gc 1.19 starts
// them as if seeded with 1.
var pkgSource = &sharedSource{gen: newFibSource(1)}

var pkgRand = &Rand{src: pkgSource, src64: pkgSource}

// Seed restarts the shared source from seed.
func Seed(seed int64) { pkgRand.Seed(seed) }

// Int63 is Rand.Int63 on the shared source.
func Int63() int64 { return pkgRand.Int63() }

// Uint32 is Rand.Uint32 on the shared source.
func Uint32() uint32 { return pkgRand.Uint32() }

// Uint64 is Rand.Uint64 on the shared source.
func Uint64() uint64 { return pkgRand.Uint64() }

// Int31 is Rand.Int31 on the shared source.
func Int31() int32 { return pkgRand.Int31() }

// Int is Rand.Int on the shared source.
func Int() int { return pkgRand.Int() }

// Int63n is Rand.Int63n on the shared source; it panics unless n > 0.
func Int63n(n int64) int64 { return pkgRand.Int63n(n) }

// Int31n is Rand.Int31n on the shared source; it panics unless n > 0.
func Int31n(n int32) int32 { return pkgRand.Int31n(n) }

// Intn is Rand.Intn on the shared source; it panics unless n > 0.
func Intn(n int) int { return pkgRand.Intn(n) }

// Float64 is Rand.Float64 on the shared source.
func Float64() float64 { return pkgRand.Float64() }

// Float32 is Rand.Float32 on the shared source.
func Float32() float32 { return pkgRand.Float32() }

// Perm is Rand.Perm on the shared source.
func Perm(n int) []int { return pkgRand.Perm(n) }

// Shuffle is Rand.Shuffle on the shared source; it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { pkgRand.Shuffle(n, swap) }

// Read is Rand.Read on the shared source: it fills p and returns len(p),
// nil.
func Read(p []byte) (n int, err error) { return pkgRand.Read(p) }
