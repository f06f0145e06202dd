// Package fnv implements the Fowler-Noll-Vo hashes FNV-1 and FNV-1a in
// their 32, 64 and 128-bit sizes. Each starts from an offset basis and,
// for every byte, multiplies by a prime and folds the byte in with XOR:
// FNV-1 multiplies first, FNV-1a folds first.
//
// Sum appends the hash big-endian.
package fnv

import "hash"

// The offset bases and primes of the standard.
const (
	offset32 = 2166136261
	prime32  = 16777619

	offset64 = 14695981039346656037
	prime64  = 1099511628211

	// The 128-bit basis, high and low words; the 128-bit prime is
	// 2^88 + 0x13B.
	offset128Hi = 0x6c62272e07bb0142
	offset128Lo = 0x62b821756295c58d
	prime128Lo  = 0x13b
	prime128Pow = 88 - 64 // 2^88 is the high word shifted by this
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

// New32 gives a 32-bit FNV-1 hash.
func New32() hash.Hash32 {
	h := sum32(offset32)
	return &h
}

// New32a gives a 32-bit FNV-1a hash.
func New32a() hash.Hash32 {
	h := sum32a(offset32)
	return &h
}

// New64 gives a 64-bit FNV-1 hash.
func New64() hash.Hash64 {
	h := sum64(offset64)
	return &h
}

// New64a gives a 64-bit FNV-1a hash.
func New64a() hash.Hash64 {
	h := sum64a(offset64)
	return &h
}

// New128 gives a 128-bit FNV-1 hash.
func New128() hash.Hash {
	h := sum128{offset128Hi, offset128Lo}
	return &h
}

// New128a gives a 128-bit FNV-1a hash.
func New128a() hash.Hash {
	h := sum128a{offset128Hi, offset128Lo}
	return &h
}

func (h *sum32) Reset()   { *h = offset32 }
func (h *sum32a) Reset()  { *h = offset32 }
func (h *sum64) Reset()   { *h = offset64 }
func (h *sum64a) Reset()  { *h = offset64 }
func (h *sum128) Reset()  { *h = sum128{offset128Hi, offset128Lo} }
func (h *sum128a) Reset() { *h = sum128a{offset128Hi, offset128Lo} }

func (h *sum32) Sum32() uint32  { return uint32(*h) }
func (h *sum32a) Sum32() uint32 { return uint32(*h) }
func (h *sum64) Sum64() uint64  { return uint64(*h) }
func (h *sum64a) Sum64() uint64 { return uint64(*h) }

func (h *sum32) Write(p []byte) (int, error) {
	v := uint32(*h)
	for _, b := range p {
		v = v*prime32 ^ uint32(b)
	}
	*h = sum32(v)
	return len(p), nil
}

func (h *sum32a) Write(p []byte) (int, error) {
	v := uint32(*h)
	for _, b := range p {
		v = (v ^ uint32(b)) * prime32
	}
	*h = sum32a(v)
	return len(p), nil
}

func (h *sum64) Write(p []byte) (int, error) {
	v := uint64(*h)
	for _, b := range p {
		v = v*prime64 ^ uint64(b)
	}
	*h = sum64(v)
	return len(p), nil
}

func (h *sum64a) Write(p []byte) (int, error) {
	v := uint64(*h)
	for _, b := range p {
		v = (v ^ uint64(b)) * prime64
	}
	*h = sum64a(v)
	return len(p), nil
}

// mul128 multiplies the 128-bit number hi:lo by the 128-bit prime,
// modulo 2^128.
func mul128(hi, lo uint64) (uint64, uint64) {
	// lo × 0x13B in full: split lo in 32-bit halves so no product
	// overflows.
	lo0, lo1 := lo&0xffffffff, lo>>32
	p0 := lo0 * prime128Lo
	p1 := lo1*prime128Lo + p0>>32
	newLo := p1<<32 | p0&0xffffffff
	carry := p1 >> 32
	// hi × 0x13B and lo × 2^88 only reach the high word.
	newHi := carry + hi*prime128Lo + lo<<prime128Pow
	return newHi, newLo
}

func (h *sum128) Write(p []byte) (int, error) {
	hi, lo := h[0], h[1]
	for _, b := range p {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(b)
	}
	h[0], h[1] = hi, lo
	return len(p), nil
}

func (h *sum128a) Write(p []byte) (int, error) {
	hi, lo := h[0], h[1]
	for _, b := range p {
		hi, lo = mul128(hi, lo^uint64(b))
	}
	h[0], h[1] = hi, lo
	return len(p), nil
}

func (h *sum32) Size() int   { return 4 }
func (h *sum32a) Size() int  { return 4 }
func (h *sum64) Size() int   { return 8 }
func (h *sum64a) Size() int  { return 8 }
func (h *sum128) Size() int  { return 16 }
func (h *sum128a) Size() int { return 16 }

func (h *sum32) BlockSize() int   { return 1 }
func (h *sum32a) BlockSize() int  { return 1 }
func (h *sum64) BlockSize() int   { return 1 }
func (h *sum64a) BlockSize() int  { return 1 }
func (h *sum128) BlockSize() int  { return 1 }
func (h *sum128a) BlockSize() int { return 1 }

// be32 and be64 append v big-endian.
func be32(in []byte, v uint32) []byte {
	in = append(in, byte(v>>24), byte(v>>16))
	return append(in, byte(v>>8), byte(v))
}

func be64(in []byte, v uint64) []byte {
	return be32(be32(in, uint32(v>>32)), uint32(v))
}

func (h *sum32) Sum(in []byte) []byte   { return be32(in, uint32(*h)) }
func (h *sum32a) Sum(in []byte) []byte  { return be32(in, uint32(*h)) }
func (h *sum64) Sum(in []byte) []byte   { return be64(in, uint64(*h)) }
func (h *sum64a) Sum(in []byte) []byte  { return be64(in, uint64(*h)) }
func (h *sum128) Sum(in []byte) []byte  { return be64(be64(in, h[0]), h[1]) }
func (h *sum128a) Sum(in []byte) []byte { return be64(be64(in, h[0]), h[1]) }
