// Package sha256 computes the SHA-224 and SHA-256 digests of FIPS 180-4.
//
// The constants (consts.go) are generated from their definitions by
// scripts/gen_sha256_consts.py.
package sha256

import "hash"

// Size is the length of a SHA-256 digest, in bytes.
const Size = 32

// Size224 is the length of a SHA-224 digest, in bytes.
const Size224 = 28

// BlockSize is the length of the blocks both consume, in bytes.
const BlockSize = 64

// digest is a SHA-256 (or SHA-224) computation in progress.
type digest struct {
	h      [8]uint32
	block  [BlockSize]byte // a partial block
	filled int             // bytes in block
	length uint64          // bytes written in all
	is224  bool
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = start224
	} else {
		d.h = start256
	}
	d.filled = 0
	d.length = 0
}

// New returns a hash.Hash computing SHA-256.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a hash.Hash computing SHA-224.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (n int, err error) {
	n = len(p)
	d.length += uint64(n)
	if d.filled > 0 {
		took := copy(d.block[d.filled:], p)
		d.filled += took
		p = p[took:]
		if d.filled < BlockSize {
			return n, nil
		}
		d.compress(d.block[:])
		d.filled = 0
	}
	if whole := len(p) &^ (BlockSize - 1); whole > 0 {
		d.compress(p[:whole])
		p = p[whole:]
	}
	d.filled = copy(d.block[:], p)
	return n, nil
}

// Sum appends the digest of what was written to in; d is unchanged.
func (d *digest) Sum(in []byte) []byte {
	final := *d
	sum := final.finish()
	if d.is224 {
		return append(in, sum[:Size224]...)
	}
	return append(in, sum[:]...)
}

// finish pads the message (a one bit, zeros, the length in bits as 64
// bits big-endian, to a whole number of blocks) and gives the state as
// bytes.
func (d *digest) finish() [Size]byte {
	bits := d.length << 3
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	// One to 64 bytes of padding, so that the length ends a block.
	zeros := (BlockSize + 55 - int(d.length%BlockSize)) % BlockSize
	tail := pad[:1+zeros+8]
	for k := 0; k < 8; k++ {
		tail[1+zeros+k] = byte(bits >> uint(56-8*k))
	}
	d.Write(tail)
	if d.filled != 0 {
		panic("sha256: padding left a partial block")
	}
	var out [Size]byte
	for i, v := range d.h {
		out[4*i] = byte(v >> 24)
		out[4*i+1] = byte(v >> 16)
		out[4*i+2] = byte(v >> 8)
		out[4*i+3] = byte(v)
	}
	return out
}

// Sum256 is the SHA-256 digest of data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum224 is the SHA-224 digest of data.
func Sum224(data []byte) [Size224]byte {
	d := digest{is224: true}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// rotr rotates x right by n bits.
func rotr(x uint32, n uint) uint32 { return x>>n | x<<(32-n) }

// compress runs the compression function over each 64-byte block of p.
func (d *digest) compress(p []byte) {
	var w [64]uint32
	for len(p) >= BlockSize {
		// The message schedule: the block's sixteen words, then each
		// further word mixed from four earlier ones.
		for t := 0; t < 16; t++ {
			j := 4 * t
			w[t] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for t := 16; t < 64; t++ {
			s0 := rotr(w[t-15], 7) ^ rotr(w[t-15], 18) ^ w[t-15]>>3
			s1 := rotr(w[t-2], 17) ^ rotr(w[t-2], 19) ^ w[t-2]>>10
			w[t] = w[t-16] + s0 + w[t-7] + s1
		}
		a, b, c, e := d.h[0], d.h[1], d.h[2], d.h[4]
		dd, f, g, h := d.h[3], d.h[5], d.h[6], d.h[7]
		for t := 0; t < 64; t++ {
			sum1 := rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
			choose := e&f ^ ^e&g
			t1 := h + sum1 + choose + roundK[t] + w[t]
			sum0 := rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
			majority := a&b ^ a&c ^ b&c
			t2 := sum0 + majority
			h, g, f, e = g, f, e, dd+t1
			dd, c, b, a = c, b, a, t1+t2
		}
		d.h[0] += a
		d.h[1] += b
		d.h[2] += c
		d.h[3] += dd
		d.h[4] += e
		d.h[5] += f
		d.h[6] += g
		d.h[7] += h
		p = p[BlockSize:]
	}
}
