package binary

// A varint stores an integer seven bits per byte, lowest group first, with
// the top bit of each byte telling whether another byte follows. Signed
// integers are first zig-zag mapped (0, -1, 1, -2, ... to 0, 1, 2, 3, ...)
// so that numbers near zero stay short whatever their sign.

import (
	"errors"
	"io"
)

// Longest varint encodings of 16-, 32- and 64-bit integers.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

const (
	moreBit  = 0x80 // set on every byte but the last
	dataBits = 0x7f // payload of one byte
)

// AppendUvarint appends the varint form of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x > dataBits {
		buf = append(buf, moreBit|byte(x&dataBits))
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint form of x at the start of buf and returns
// its length; it panics when buf is too short.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for x > dataBits {
		buf[n] = moreBit | byte(x&dataBits)
		x >>= 7
		n++
	}
	buf[n] = byte(x)
	n++
	return n
}

// Uvarint decodes the varint at the start of buf and returns it with the
// number of bytes it took. On failure the value is 0 and the count is 0
// when buf ends before the varint does, or minus the bytes consumed when
// the value does not fit in 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var acc uint64
	shift := uint(0)
	for k := 0; k < len(buf); k++ {
		if k >= MaxVarintLen64 {
			return 0, -k - 1
		}
		c := buf[k]
		if c&moreBit == 0 {
			// A tenth byte has room for bit 63 only.
			if k == MaxVarintLen64-1 && c > 1 {
				return 0, -k - 1
			}
			return acc | uint64(c)<<shift, k + 1
		}
		acc |= uint64(c&dataBits) << shift
		shift += 7
	}
	return 0, 0
}

// zigzag maps 0, -1, 1, -2, ... to 0, 1, 2, 3, ...
func zigzag(x int64) uint64 {
	return uint64(x<<1) ^ uint64(x>>63)
}

// unzigzag is the inverse of zigzag.
func unzigzag(u uint64) int64 {
	return int64(u>>1) ^ -int64(u&1)
}

// AppendVarint appends the zig-zag varint form of x to buf.
func AppendVarint(buf []byte, x int64) []byte {
	return AppendUvarint(buf, zigzag(x))
}

// PutVarint writes the zig-zag varint form of x at the start of buf and
// returns its length; it panics when buf is too short.
func PutVarint(buf []byte, x int64) int {
	return PutUvarint(buf, zigzag(x))
}

// Varint decodes a zig-zag varint from the start of buf; the count has
// the same meaning as Uvarint's, and the value is 0 on failure.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var overflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads one varint from r. A read error is returned as is (an
// io.EOF even partway through), along with the bits gathered so far.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var acc uint64
	shift := uint(0)
	for k := 0; k < MaxVarintLen64; k++ {
		c, err := r.ReadByte()
		if err != nil {
			return acc, err
		}
		if c&moreBit == 0 {
			if k == MaxVarintLen64-1 && c > 1 {
				return acc, overflow
			}
			return acc | uint64(c)<<shift, nil
		}
		acc |= uint64(c&dataBits) << shift
		shift += 7
	}
	return acc, overflow
}

// ReadVarint reads one zig-zag varint from r, like ReadUvarint.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
