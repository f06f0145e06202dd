package rand

// The generator: an additive lagged Fibonacci generator over 607 words
// with a tap at 273 (x[n] = x[n-607] + x[n-273] mod 2^64), seeded through
// a Lehmer (Park–Miller, multiplier 48271) sequence mixed with the
// rngCooked values. Every step and constant is gc 1.19's, so a seed gives
// the sequence gc gives.

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

// rngCooked mixes the seeding sequence (cooked.go holds the data). A
// variable initializer rather than an init function: globalRand's
// initializer seeds a source, and variables are initialized before any
// init function runs.
var rngCooked = decodeCooked()

func decodeCooked() *[rngLen]int64 {
	var c [rngLen]int64
	for i := range c {
		var u uint64
		for b := 7; b >= 0; b-- {
			u = u<<8 | uint64(rngCookedData[8*i+b])
		}
		c[i] = int64(u)
	}
	return &c
}

// rngSource is the generator's state: the ring of values and the two
// positions that read it.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand is one step of the Lehmer sequence x -> 48271*x mod (2^31-1),
// computed with Schrage's method so that nothing overflows 32 bits.
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488 // (2^31-1) / a
		r = 3399  // (2^31-1) % a
	)
	hi := x / q
	lo := x % q
	x = a*lo - r*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a
// deterministic state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap

	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}

	// Twenty steps of warm-up, then three steps per word.
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & rngMask)
}

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
