// Package binary converts between unsigned integers and fixed-size byte
// sequences in either byte order, encodes integers as varints, and
// reads and writes fixed-size values field by field (fixed.go).
package binary

// ByteOrder reads and writes 16-, 32- and 64-bit unsigned integers in
// byte slices.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends 16-, 32- and 64-bit unsigned integers to byte
// slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian puts the least significant byte first.
var LittleEndian littleEndian

// BigEndian puts the most significant byte first.
var BigEndian bigEndian

type littleEndian struct{}

type bigEndian struct{}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }
func (bigEndian) String() string      { return "BigEndian" }
func (bigEndian) GoString() string    { return "binary.BigEndian" }

// The helpers below work on the first size bytes of b. Every caller first
// touches b[size-1], so a short slice panics with the same index
// as gc's code does.

// getLE assembles size bytes, least significant first.
func getLE(b []byte, size int) uint64 {
	var v uint64
	for k := size - 1; k >= 0; k-- {
		v = v<<8 | uint64(b[k])
	}
	return v
}

// getBE assembles size bytes, most significant first.
func getBE(b []byte, size int) uint64 {
	var v uint64
	for k := 0; k < size; k++ {
		v = v<<8 | uint64(b[k])
	}
	return v
}

// putLE stores the low size bytes of v, least significant first.
func putLE(b []byte, size int, v uint64) {
	for k := 0; k < size; k++ {
		b[k] = byte(v)
		v >>= 8
	}
}

// putBE stores the low size bytes of v, most significant first.
func putBE(b []byte, size int, v uint64) {
	for k := size - 1; k >= 0; k-- {
		b[k] = byte(v)
		v >>= 8
	}
}

// addLE appends the low size bytes of v, least significant first.
func addLE(b []byte, size int, v uint64) []byte {
	for k := 0; k < size; k++ {
		b = append(b, byte(v))
		v >>= 8
	}
	return b
}

// addBE appends the low size bytes of v, most significant first.
func addBE(b []byte, size int, v uint64) []byte {
	for shift := 8 * (size - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(getLE(b, 2))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(getLE(b, 4))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return getLE(b, 8)
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	putLE(b, 2, uint64(v))
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	putLE(b, 4, uint64(v))
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	putLE(b, 8, v)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return addLE(b, 2, uint64(v))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return addLE(b, 4, uint64(v))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return addLE(b, 8, v)
}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(getBE(b, 2))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(getBE(b, 4))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return getBE(b, 8)
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	putBE(b, 2, uint64(v))
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	putBE(b, 4, uint64(v))
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	putBE(b, 8, v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return addBE(b, 2, uint64(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return addBE(b, 4, uint64(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return addBE(b, 8, v)
}
