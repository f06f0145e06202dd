package math

// Bessel functions of the first and second kind, with gc's algorithms
// (FreeBSD msun's e_j0.c, e_j1.c and e_jn.c): rational approximations
// near zero, and from 2 on the asymptotic form
// sqrt(2/(πx)) (P cos(x - phase) - Q sin(x - phase)), its sines and
// cosines computed without cancellation. The coefficients are msun's.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

// pzero's numerators for x >= 8, 4.5454, 2.8571 and 2, low order first.
var pzeroR [4][]float64

// pzero's denominators, likewise, with their constant term 1.
var pzeroS [4][]float64

// qzero's numerators.
var qzeroR [4][]float64

// qzero's denominators.
var qzeroS [4][]float64

// pone's numerators.
var poneR [4][]float64

// pone's denominators.
var poneS [4][]float64

// qone's numerators.
var qoneR [4][]float64

// qone's denominators.
var qoneS [4][]float64

// The series near zero (msun's R, S, U and V), low order first.

var j0R [4]float64

var j0S [5]float64

var y0U [7]float64

var y0V [5]float64

var j1R [4]float64

var j1S [6]float64

var y1U [5]float64

var y1V [6]float64

// asymptoticPQ evaluates the rational function of 1/x² of tables r and s
// for x >= 2, the table picked by the range x falls in.
func asymptoticPQ(x float64, r, s *[4][]float64) float64 {
	k := 3
	switch {
	case x >= 8:
		k = 0
	case x >= 4.5454:
		k = 1
	case x >= 2.8571:
		k = 2
	}
	z := 1 / (x * x)
	return horner(z, r[k]) / horner(z, s[k])
}

// P and Q of the asymptotic forms of J0, Y0 (zero) and J1, Y1 (one).
func pzero(x float64) float64 { return 1 + asymptoticPQ(x, &pzeroR, &pzeroS) }
func qzero(x float64) float64 { return (-0.125 + asymptoticPQ(x, &qzeroR, &qzeroS)) / x }
func pone(x float64) float64  { return 1 + asymptoticPQ(x, &poneR, &poneS) }
func qone(x float64) float64  { return (0.375 + asymptoticPQ(x, &qoneR, &qoneS)) / x }

// J0 is the Bessel function of the first kind of order zero.
func J0(x float64) float64 {
	if !besselTablesReady {
		loadBesselTables()
	}
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		s, c := Sincos(x)
		ss := s - c
		cc := s + c
		// One of s-c and s+c may cancel: take it from cos 2x instead.
		if x < MaxFloat64/2 {
			z := -Cos(x + x)
			if s*c < 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > 0x1p129 {
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		return (1 / SqrtPi) * (pzero(x)*cc - qzero(x)*ss) / Sqrt(x)
	}
	if x < 0x1p-13 {
		if x < 0x1p-27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * horner(z, j0R[:])
	s := horner(z, j0S[:])
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 is the Bessel function of the second kind of order zero: -Inf at 0,
// NaN below.
func Y0(x float64) float64 {
	if !besselTablesReady {
		loadBesselTables()
	}
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		s, c := Sincos(x)
		ss := s - c
		cc := s + c
		if x < MaxFloat64/2 {
			z := -Cos(x + x)
			if s*c < 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > 0x1p129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		return (1 / SqrtPi) * (pzero(x)*ss + qzero(x)*cc) / Sqrt(x)
	}
	if x <= 0x1p-27 {
		return y0U[0] + (2/Pi)*Log(x)
	}
	z := x * x
	return horner(z, y0U[:])/horner(z, y0V[:]) + (2/Pi)*J0(x)*Log(x)
}

// J1 is the Bessel function of the first kind of order one.
func J1(x float64) float64 {
	if !besselTablesReady {
		loadBesselTables()
	}
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x >= 2 {
		s, c := Sincos(x)
		ss := -s - c
		cc := s - c
		if x < MaxFloat64/2 {
			z := Cos(x + x)
			if s*c > 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > 0x1p129 {
			r = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			r = (1 / SqrtPi) * (pone(x)*cc - qone(x)*ss) / Sqrt(x)
		}
	} else if x < 0x1p-27 {
		// gc answers here before restoring the sign: J1 of a tiny
		// negative x is positive. Kept, for the same bits.
		return 0.5 * x
	} else {
		z := x * x
		p := z * horner(z, j1R[:])
		q := horner(z, j1S[:])
		p *= x
		r = 0.5*x + p/q
	}
	if neg {
		return -r
	}
	return r
}

// Y1 is the Bessel function of the second kind of order one: -Inf at 0,
// NaN below.
func Y1(x float64) float64 {
	if !besselTablesReady {
		loadBesselTables()
	}
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		s, c := Sincos(x)
		ss := -s - c
		cc := s - c
		if x < MaxFloat64/2 {
			z := Cos(x + x)
			if s*c > 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
		if x > 0x1p129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		return (1 / SqrtPi) * (pone(x)*ss + qone(x)*cc) / Sqrt(x)
	}
	if x <= 0x1p-54 {
		return -(2 / Pi) / x
	}
	z := x * x
	return x*(horner(z, y1U[:])/horner(z, y1V[:])) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// Jn is the Bessel function of the first kind of order n.
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1
	}
	var b float64
	switch {
	case float64(n) <= x && x >= 0x1p302:
		// The asymptotic form, the phase by n mod 4.
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		default:
			t = c - s
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	case float64(n) <= x:
		// Forward recurrence from J0 and J1, stable here.
		b = J1(x)
		a := J0(x)
		for i := 1; i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < 0x1p-29:
		// The first term of the series, (x/2)**n / n!.
		if n > 33 {
			b = 0
			break
		}
		half := x * 0.5
		b = half
		fact := 1.0
		for i := 2; i <= n; i++ {
			fact *= float64(i)
			b *= half
		}
		b /= fact
	default:
		b = jnBackward(n, x)
	}
	if neg {
		return -b
	}
	return b
}

// jnBackward gives Jn(n, x) for x < n by backward recurrence from a
// continued fraction for J(n)/J(n-1), normalized by J0.
func jnBackward(n int, x float64) float64 {
	// How many terms the continued fraction needs.
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	t := 0.0
	for i := 2 * (n + k); i >= n+n; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// Rescale on the way down if the values could overflow.
	nf := float64(n)
	nf = nf * Log(Abs(2/x*nf))
	rescale := !(nf < 7.09782712893383973096e+02)
	for i := n - 1; i > 0; i-- {
		di := float64(i + i)
		a, b = b, b*di/x-a
		if rescale && b > 1e100 {
			a /= b
			t /= b
			b = 1
		}
	}
	return t * J0(x) / b
}

// Yn is the Bessel function of the second kind of order n.
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= 0x1p302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		default:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		// Stop once -Inf is reached: it stays there (and -Inf - -Inf
		// would be NaN).
		for i := 1; i < n; i++ {
			if IsInf(b, -1) {
				break
			}
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}

// besselTablesReady says whether loadBesselTables has run.
var besselTablesReady bool

// loadBesselTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadBesselTables() {
	pzeroR = [4][]float64{
		{
			0x0.0p+0, -0x1.1fffffffffd32p-4, -0x1.029d0b44fa779p+3,
			-0x1.011027b19e863p+8, -0x1.36a6ecd4dcafcp+11, -0x1.4850b36cc643dp+12,
		},
		{
			-0x1.918b147e495ccp-37, -0x1.1ffffe69afbc6p-4, -0x1.0a370f90c6bbfp+2,
			-0x1.0eb2f5a7d1783p+6, -0x1.4b3b36742cc63p+8, -0x1.5a6ef28a38bd7p+8,
		},
		{
			-0x1.5e1036fe1aa86p-29, -0x1.1fff6f7c0e24bp-4, -0x1.345b2aea48074p+1,
			-0x1.5f74a4cb94e14p+4, -0x1.d0a22420a1a45p+5, -0x1.f72aca892d80fp+4,
		},
		{
			-0x1.7d316e927026dp-24, -0x1.1ff62495e1e42p-4, -0x1.736398a24a843p+0,
			-0x1.e8af3edafa7f3p+2, -0x1.662e6c5246303p+3, -0x1.9de81af8fe70fp+1,
		},
	}
	pzeroS = [4][]float64{
		{
			1, 0x1.d223307a96751p+6, 0x1.df37d50596938p+11,
			0x1.3d2bb6eb6b05fp+15, 0x1.c810f8f9fa9bdp+16, 0x1.741774f2c49dcp+15,
		},
		{
			1, 0x1.e60810c98c5dep+5, 0x1.06d025c7e2864p+10,
			0x1.75af88fbe1d60p+12, 0x1.2ccb8fa76fa38p+13, 0x1.2cc1dc70be864p+11,
		},
		{
			1, 0x1.1ed9284077dd3p+5, 0x1.69839464a7c0ep+8,
			0x1.2a66e6d1061d6p+10, 0x1.19ffcb8c39b7ep+10, 0x1.5b296fc379081p+7,
		},
		{
			1, 0x1.63865908b5959p+4, 0x1.1069e0ee8878fp+7,
			0x1.0e78642ea079bp+8, 0x1.33c033ab6faffp+7, 0x1.d50b344391809p+3,
		},
	}
	qzeroR = [4][]float64{
		{
			0x0.0p+0, 0x1.2bffffffffe2cp-4, 0x1.789525bb334d6p+3,
			0x1.16d6315301825p+9, 0x1.14d993e18f46dp+13, 0x1.212d40e901566p+15,
		},
		{
			0x1.43d8f29cc8cd9p-36, 0x1.2bfffd172b04cp-4, 0x1.757b0b9953dd3p+2,
			0x1.0e3920a8788e9p+7, 0x1.00cf99dc8c481p+10, 0x1.f17e953c6e3a6p+10,
		},
		{
			0x1.2cd036adecb82p-28, 0x1.2bfee0e8d0842p-4, 0x1.ac0fc61149cf5p+1,
			0x1.54f98962daeddp+5, 0x1.559dbe25efd1fp+7, 0x1.4d77c81fa21e0p+7,
		},
		{
			0x1.4313b54f76bdbp-23, 0x1.2bec53e883e34p-4, 0x1.ff897e727779cp+0,
			0x1.cfdbfaaf96fe5p+3, 0x1.faa8e29fbdc4ap+4, 0x1.040b171814bb4p+4,
		},
	}
	qzeroS = [4][]float64{
		{
			1, 0x1.478d5365b39bcp+7, 0x1.fa2584e6b0563p+12,
			0x1.1665254d38c3fp+17, 0x1.883da83a52b43p+19, 0x1.9a66b28de0b3dp+19,
			-0x1.4fd6d2c9530c5p+18,
		},
		{
			1, 0x1.4b1b3fb5e1543p+6, 0x1.03ba0da21c0cep+11,
			0x1.267d27b591e6dp+14, 0x1.bb5e397e02372p+15, 0x1.191181f7a54a0p+15,
			-0x1.4ea57bedbc609p+12,
		},
		{
			1, 0x1.86122bfe343a6p+5, 0x1.62d8386544eb3p+9,
			0x1.cf04be44dfc63p+11, 0x1.93c6cd7c76a28p+12, 0x1.3a8aad94fb1c0p+11,
			-0x1.2a7eb201cf40fp+7,
		},
		{
			1, 0x1.e5d96f7c07aedp+4, 0x1.0d591e4d14b40p+8,
			0x1.a664522b3bf22p+9, 0x1.b977c9c5cc214p+9, 0x1.a95530e001365p+7,
			-0x1.53e6af8b32931p+2,
		},
	}
	poneR = [4][]float64{
		{
			0x0.0p+0, 0x1.dfffffffffccep-4, 0x1.a7a9d357f7fcep+3,
			0x1.9c0d4652ea590p+8, 0x1.e457da3a532ccp+11, 0x1.eea7ac32782ddp+12,
		},
		{
			0x1.d0667dae1ca7dp-37, 0x1.dffffe2c10043p-4, 0x1.b36046e6315e3p+2,
			0x1.b13b9452602edp+6, 0x1.02d16d052d649p+9, 0x1.085b8bb7e0cb7p+9,
		},
		{
			0x1.9fc21a7ad9eddp-29, 0x1.dfff55b21d17bp-4, 0x1.f76bce85ead8ap+1,
			0x1.18f489da6d129p+5, 0x1.6c3854d2c1837p+6, 0x1.8478f8ea83ee5p+5,
		},
		{
			0x1.ce9d4f65544f4p-24, 0x1.dff42be760d83p-4, 0x1.2f2b7f98faec0p+1,
			0x1.87c377f71a964p+3, 0x1.1b1a8177f8ee2p+4, 0x1.44b49a574c1fep+2,
		},
	}
	poneS = [4][]float64{
		{
			1, 0x1.c8d458e656cacp+6, 0x1.c85dc964d274fp+11,
			0x1.20b8697c5bb7fp+15, 0x1.7d42cb28f17bbp+16, 0x1.e1511697a0b2dp+14,
		},
		{
			1, 0x1.da3eaa8af633dp+5, 0x1.efb361b066701p+9,
			0x1.4e9445706b6fbp+12, 0x1.ea4b0b8a5bb15p+12, 0x1.78030036f5e51p+10,
		},
		{
			1, 0x1.16549a134069cp+5, 0x1.50c3307f1a75fp+8,
			0x1.05b7c5037d523p+10, 0x1.bd67da32e31e9p+9, 0x1.9f26d7c2eed53p+6,
		},
		{
			1, 0x1.56fbd8ad5ecdcp+4, 0x1.f529314f92cd5p+6,
			0x1.d08d8d5a2dbd9p+7, 0x1.d6b7ada1884a9p+6, 0x1.0bab1f44e5192p+3,
		},
	}
	qoneR = [4][]float64{
		{
			0x0.0p+0, -0x1.a3ffffffffdf3p-4, -0x1.04591a26779f7p+4,
			-0x1.7bcd053e4b576p+9, -0x1.724e740f87415p+13, -0x1.7a6d065d09c6ap+15,
		},
		{
			-0x1.6fa431aa1a098p-36, -0x1.a3fffcb597fefp-4, -0x1.01ce6ca03ad4bp+3,
			-0x1.6f56d6ca7b9b0p+7, -0x1.574c66931734fp+10, -0x1.468e388fda79dp+11,
		},
		{
			-0x1.5cfa9d38fc84fp-28, -0x1.a3feb51aeed54p-4, -0x1.270c23302d9ffp+2,
			-0x1.cec71c25d16dap+5, -0x1.c87d34718d55fp+7, -0x1.b66b95f5c1bf6p+7,
		},
		{
			-0x1.7f12644c626d2p-23, -0x1.a3e8e9148b010p-4, -0x1.6048469bb4edap+1,
			-0x1.3a9e2c168907fp+4, -0x1.529a3de104aaap+5, -0x1.55f3639cf6e52p+4,
		},
	}
	qoneS = [4][]float64{
		{
			1, 0x1.42ca6de5bcde5p+7, 0x1.e9162d0d88419p+12,
			0x1.0579ab0b75e98p+17, 0x1.5f65372869c19p+19, 0x1.457d27719ad5cp+19,
			-0x1.1f9690ea5aa18p+18,
		},
		{
			1, 0x1.451b2ff5a11b2p+6, 0x1.f1f31e77bf839p+10,
			0x1.10f1f0d64ce29p+14, 0x1.8576daabad197p+15, 0x1.b4b04cf7c364bp+14,
			-0x1.26f2efcffa004p+12,
		},
		{
			1, 0x1.7d523ccd367e4p+5, 0x1.50eebc031ee3ep+9,
			0x1.a684e448e7c9ap+11, 0x1.5abbaa61d54a6p+12, 0x1.dbc7a0dd4df4bp+10,
			-0x1.0e670290a311fp+7,
		},
		{
			1, 0x1.d888a78ae64ffp+4, 0x1.f9f68db821cbap+7,
			0x1.7ac05ce49a0f7p+9, 0x1.71b2548d4c029p+9, 0x1.37e5e3c3ed8d4p+7,
			-0x1.3d686e71be86bp+2,
		},
	}
	j0R = [4]float64{
		0x1.ffffffffffffdp-7, -0x1.8e6a5b61ac6e9p-13, 0x1.eb1d10c503919p-20,
		-0x1.3d5e773d63fcep-28,
	}
	j0S = [5]float64{
		1, 0x1.ffce882c8c2a4p-7, 0x1.ea6d2dd57dbf4p-14,
		0x1.13b54ce84d5a9p-21, 0x1.408bcf4745d8fp-30,
	}
	y0U = [7]float64{
		-0x1.2e4d699cbd01fp-4, 0x1.69d019de9e3fcp-3, -0x1.c4ce8b16cfa97p-7,
		0x1.6c54d20b29b6bp-12, -0x1.ffea773d25cadp-19, 0x1.500573b4eabd4p-26,
		-0x1.5e43d693fb3c8p-35,
	}
	y0V = [5]float64{
		1, 0x1.a127091c9c71ap-7, 0x1.3ecbbf578c6c1p-14,
		0x1.1642d7ff202fdp-22, 0x1.e50183bd6d9efp-32,
	}
	j1R = [4]float64{
		-0x1.0000000000000p-4, 0x1.70d9f98472c61p-10, -0x1.0c5c6ba169668p-16,
		0x1.aaafa46ca0bd9p-25,
	}
	j1S = [6]float64{
		1, 0x1.39d0b12637e53p-6, 0x1.85f56b9cdf664p-13,
		0x1.3bff8333f8498p-20, 0x1.5ac88c97dff2cp-28, 0x1.b2acfcfb97ed8p-37,
	}
	y1U = [5]float64{
		-0x1.91866143cbc8ap-3, 0x1.9d3c776292cd1p-5, -0x1.f55e54844f50fp-10,
		0x1.8ab038fa6b88ep-16, -0x1.8ac00569105b8p-24,
	}
	y1V = [6]float64{
		1, 0x1.4650d3f4da9f0p-6, 0x1.a8c896c257764p-13,
		0x1.6c05a894e8ca6p-20, 0x1.abf1d5ba69a86p-28, 0x1.25039daca772ap-36,
	}
	besselTablesReady = true
}
