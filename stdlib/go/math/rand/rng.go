package rand

// The generator behind NewSource is gc 1.19's: an additive lagged
// Fibonacci generator, v[k] = v[k-607] + v[k-273] mod 2^64, whose 607
// words are filled at seeding from a Park–Miller sequence (multiplier
// 48271, modulus 2^31-1) xored with fixed "cooked" words (cooked.go).
// Every step matches gc's, so equal seeds give equal sequences.

const (
	ringSize  = 607
	ringLag   = 273
	parkMod   = 1<<31 - 1 // modulus of the seeding sequence
	zeroSeed  = 89482311  // what a seed of 0 (mod parkMod) is replaced by
	warmSteps = 20        // seeding steps thrown away before the first word
)

// cookedWords is decoded from cooked.go's bytes when the package's
// variables are set up; the shared source's initializer depends on it
// through newFibSource, so it is ready before that source is seeded.
var cookedWords = unpackCooked(rngCookedData)

// unpackCooked reads ringSize words of 8 little-endian bytes each.
func unpackCooked(data string) *[ringSize]uint64 {
	words := new([ringSize]uint64)
	for k := 0; k < ringSize; k++ {
		var w uint64
		for b := 0; b < 8; b++ {
			w |= uint64(data[8*k+b]) << (8 * uint(b))
		}
		words[k] = w
	}
	return words
}

// fibSource is the generator's state: a ring of words and two cursors
// into it that step backwards together, ringLag apart.
type fibSource struct {
	ring [ringSize]uint64
	near int // the cursor whose word is replaced by the sum
	far  int // the other term of the sum
}

func newFibSource(seed int64) *fibSource {
	s := &fibSource{}
	s.Seed(seed)
	return s
}

// parkMiller advances the seeding sequence: x*48271 mod 2^31-1, for x in
// [1, 2^31-2].
func parkMiller(x int64) int64 {
	return x * 48271 % parkMod
}

// Seed refills the ring from seed; seeds equal modulo 2^31-1 give the
// same state.
func (s *fibSource) Seed(seed int64) {
	x := seed % parkMod
	if x < 0 {
		x += parkMod
	}
	if x == 0 {
		x = zeroSeed
	}
	for k := 0; k < warmSteps; k++ {
		x = parkMiller(x)
	}
	for k := range s.ring {
		var w uint64
		for _, shift := range [3]uint{40, 20, 0} {
			x = parkMiller(x)
			w ^= uint64(x) << shift
		}
		s.ring[k] = w ^ cookedWords[k]
	}
	s.far = 0
	s.near = ringSize - ringLag
}

// stepBack moves a cursor one place back around the ring.
func stepBack(pos int) int {
	if pos == 0 {
		return ringSize - 1
	}
	return pos - 1
}

// Uint64 advances the generator and returns its new 64-bit word.
func (s *fibSource) Uint64() uint64 {
	s.far = stepBack(s.far)
	s.near = stepBack(s.near)
	sum := s.ring[s.near] + s.ring[s.far]
	s.ring[s.near] = sum
	return sum
}

// Int63 is Uint64 without its top bit.
func (s *fibSource) Int63() int64 {
	return int64(s.Uint64() << 1 >> 1)
}
