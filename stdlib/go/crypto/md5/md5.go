// Package md5 computes MD5 digests (RFC 1321).
//
// MD5 collisions are easy to produce: do not rely on it where security
// matters.
package md5

import (
	"hash"
	"math"
)

// Size is the length of an MD5 digest, in bytes.
const Size = 16

// BlockSize is the length of the blocks MD5 consumes, in bytes.
const BlockSize = 64

// sines are RFC 1321's per-step constants: the integer part of
// 2^32 × |sin(i)| for i = 1..64 (radians).
var sines = makeSines()

func makeSines() *[64]uint32 {
	var t [64]uint32
	for i := range t {
		t[i] = uint32(math.Floor(math.Abs(math.Sin(float64(i+1))) * (1 << 32)))
	}
	return &t
}

// shifts are the left-rotation amounts, four per round.
var shifts = [4][4]uint{
	{7, 12, 17, 22},
	{5, 9, 14, 20},
	{4, 11, 16, 23},
	{6, 10, 15, 21},
}

// state is an MD5 computation in progress.
type state struct {
	s   [4]uint32
	x   [BlockSize]byte // a partial block
	nx  int             // bytes in x
	len uint64          // bytes written in all
}

func (d *state) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(state)
	d.Reset()
	return d
}

func (*state) Size() int      { return Size }
func (*state) BlockSize() int { return BlockSize }

func rotl(x uint32, n uint) uint32 { return x<<n | x>>(32-n) }

// blocks runs the compression function over each 64-byte block of p.
func (d *state) blocks(p []byte) {
	for len(p) >= BlockSize {
		var m [16]uint32
		for i := range m {
			m[i] = uint32(p[4*i]) | uint32(p[4*i+1])<<8 | uint32(p[4*i+2])<<16 | uint32(p[4*i+3])<<24
		}
		a, b, c, dd := d.s[0], d.s[1], d.s[2], d.s[3]
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i / 16 {
			case 0:
				f = b&c | ^b&dd
				g = i
			case 1:
				f = b&dd | c&^dd
				g = (5*i + 1) % 16
			case 2:
				f = b ^ c ^ dd
				g = (3*i + 5) % 16
			default:
				f = c ^ (b | ^dd)
				g = (7 * i) % 16
			}
			f += a + sines[i] + m[g]
			a, dd, c = dd, c, b
			b += rotl(f, shifts[i/16][i%4])
		}
		d.s[0] += a
		d.s[1] += b
		d.s[2] += c
		d.s[3] += dd
		p = p[BlockSize:]
	}
}

func (d *state) Write(p []byte) (int, error) {
	written := len(p)
	d.len += uint64(written)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == BlockSize {
			d.blocks(d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		d.blocks(p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return written, nil
}

func (d *state) Sum(b []byte) []byte {
	// Pad a copy, so that more may still be written to d.
	tmp := *d
	out := tmp.finish()
	return append(b, out[:]...)
}

// finish pads the message (a 1 bit, zeros, the bit length) and
// returns the digest.
func (d *state) finish() [Size]byte {
	bits := d.len << 3
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	n := 1 + (55-d.len)%64 // to 56 mod 64
	for i := uint(0); i < 8; i++ {
		pad[n+uint64(i)] = byte(bits >> (8 * i))
	}
	d.Write(pad[:n+8])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
	var out [Size]byte
	for i, v := range d.s {
		out[4*i] = byte(v)
		out[4*i+1] = byte(v >> 8)
		out[4*i+2] = byte(v >> 16)
		out[4*i+3] = byte(v >> 24)
	}
	return out
}

// Sum is the MD5 digest of data in one call.
func Sum(data []byte) [Size]byte {
	var h state
	h.Reset()
	h.Write(data)
	return h.finish()
}
