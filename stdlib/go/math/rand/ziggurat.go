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
	expTail  = 7.69711747013104972 // start of the exponential's tail layer
	normTail = 3.442619855899      // start of the normal's tail layer
)

// ExpFloat64 returns a sample of the exponential distribution with rate 1
// (mean 1), in (0, +math.MaxFloat64]. Divide it by a rate λ for rate λ.
func (g *Rand) ExpFloat64() float64 {
	for {
		u := g.Uint32()
		layer := u & 0xFF
		x := float64(we[layer]) * float64(u)
		if u < ke[layer] {
			return x // well inside the layer's rectangle
		}
		if layer == 0 {
			return expTail - math.Log(g.Float64())
		}
		// Beyond the next layer's width: keep x if a point drawn between
		// the densities at the two layer edges lies under the curve.
		edge, step := fe[layer], fe[layer-1]-fe[layer]
		if edge+float32(g.Float64())*step < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 returns a sample of the standard normal distribution (mean
// 0, standard deviation 1); scale by a deviation and add a mean for
// others.
func (g *Rand) NormFloat64() float64 {
	const invTail = 1 / normTail
	for {
		u := int32(g.Uint32()) // the sign of u is the sign of the sample
		layer := u & 0x7F
		x := float64(wn[layer]) * float64(u)
		mag := uint32(u)
		if u < 0 {
			mag = -mag
		}
		if mag < kn[layer] {
			return x
		}
		if layer == 0 {
			// Sample the tail beyond normTail (Marsaglia's method).
			var t float64
			for {
				t = -math.Log(g.Float64()) * invTail
				e := -math.Log(g.Float64())
				if 2*e >= t*t {
					break
				}
			}
			if u > 0 {
				return normTail + t
			}
			return -normTail - t
		}
		edge, step := fn[layer], fn[layer-1]-fn[layer]
		if edge+float32(g.Float64())*step < float32(math.Exp(-x*x/2)) {
			return x
		}
	}
}

// NormFloat64 is Rand.NormFloat64 on the shared source.
func NormFloat64() float64 { return pkgRand.NormFloat64() }

// ExpFloat64 is Rand.ExpFloat64 on the shared source.
func ExpFloat64() float64 { return pkgRand.ExpFloat64() }
