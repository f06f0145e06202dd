package rand

// ExpFloat64 and NormFloat64: the ziggurat method of Marsaglia and Tsang
// ("The Ziggurat Method for Generating Random Variables", 2000), with gc
// 1.19's tables (cooked.go) and steps, so that a seed gives gc's values.

import "math"

// le32 decodes the i-th little-endian 32-bit word of data.
func le32(data string, i int) uint32 {
	return uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24
}

func decodeWords(data string, n int) []uint32 {
	t := make([]uint32, n)
	for i := range t {
		t[i] = le32(data, i)
	}
	return t
}

func decodeFloats(data string, n int) []float32 {
	t := make([]float32, n)
	for i := range t {
		t[i] = math.Float32frombits(le32(data, i))
	}
	return t
}

// The exponential distribution's layers: ke bounds the fast path, we
// scales a draw to x, fe is the density at each layer's edge.
var (
	ke = decodeWords(keData, 256)
	we = decodeFloats(weData, 256)
	fe = decodeFloats(feData, 256)
)

// The normal distribution's, as above.
var (
	kn = decodeWords(knData, 128)
	wn = decodeFloats(wnData, 128)
	fn = decodeFloats(fnData, 128)
)

const (
	re = 7.69711747013104972 // where the exponential's tail starts
	rn = 3.442619855899      // where the normal's tail starts
)

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter
// (lambda) is 1 and whose mean is 1/lambda (1).
// To produce a distribution with a different rate parameter,
// callers can adjust the output using:
//
//	sample = ExpFloat64() / desiredRateParameter
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x // inside the layer's rectangle
		}
		if i == 0 {
			return re - math.Log(r.Float64()) // the tail
		}
		// Between the rectangle and the curve: accept under the density.
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in
// the range -math.MaxFloat64 through +math.MaxFloat64 inclusive,
// with standard normal distribution (mean = 0, stddev = 1).
// To produce a different normal distribution, callers can
// adjust the output using:
//
//	sample = NormFloat64() * desiredStdDev + desiredMean
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign is the result's
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x
		}
		if i == 0 {
			// The tail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with
// standard normal distribution (mean = 0, stddev = 1)
// from the default Source.
// To produce a different normal distribution, callers can
// adjust the output using:
//
//	sample = NormFloat64() * desiredStdDev + desiredMean
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter
// (lambda) is 1 and whose mean is 1/lambda (1) from the default Source.
// To produce a distribution with a different rate parameter,
// callers can adjust the output using:
//
//	sample = ExpFloat64() / desiredRateParameter
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
