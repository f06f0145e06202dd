package rand

// Zipf's distribution, drawn by rejection-inversion (W. Hörmann and
// G. Derflinger, "Rejection-inversion to generate variates from monotone
// discrete distributions", 1996). Every step is the one gc takes, in its
// order, so that a seeded source gives gc's very sequence.

import "math"

// A Zipf generates Zipf distributed variates: P(k) is proportional to
// (v + k) ** (-s), for k in [0, imax].
type Zipf struct {
	src      *Rand
	kmax     float64
	v        float64
	s        float64
	accept   float64 // squeeze bound: k-x below it is taken at once
	oneMinS  float64 // 1 - s
	invOneMS float64 // 1 / (1 - s)
	hTop     float64 // H(kmax + 1/2)
	hSpan    float64 // H(1/2) - v**-s - H(kmax + 1/2)
}

// bigH is the integral of the hat function, (v+x)**(1-s) / (1-s).
func (z *Zipf) bigH(x float64) float64 {
	return math.Exp(z.oneMinS*math.Log(z.v+x)) * z.invOneMS
}

// bigHInv inverts bigH.
func (z *Zipf) bigHInv(y float64) float64 {
	return math.Exp(z.invOneMS*math.Log(z.oneMinS*y)) - z.v
}

// NewZipf returns a Zipf variate generator over [0, imax] with s > 1
// and v >= 1, drawing from r; nil when s or v is out of range.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{src: r, kmax: float64(imax), v: v, s: s}
	z.oneMinS = 1.0 - s
	z.invOneMS = 1.0 / z.oneMinS
	z.hTop = z.bigH(z.kmax + 0.5)
	z.hSpan = z.bigH(0.5) - math.Exp(math.Log(v)*(-s)) - z.hTop
	z.accept = 1 - z.bigHInv(z.bigH(1.5)-math.Exp(-s*math.Log(v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution z describes.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		u := z.hTop + z.src.Float64()*z.hSpan
		x := z.bigHInv(u)
		k = math.Floor(x + 0.5)
		if k-x <= z.accept {
			break
		}
		// The hat's area over k's cell against the mass at k.
		if u >= z.bigH(k+0.5)-math.Exp(-math.Log(k+z.v)*z.s) {
			break
		}
	}
	return uint64(k)
}
