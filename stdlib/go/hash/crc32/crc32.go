// Package crc32 computes 32-bit cyclic redundancy checks in the
// bit-reversed (LSB-first) convention of Ethernet, zlib and iSCSI.
//
// A Table holds the checksum of every byte value for one polynomial; it
// is computed from the polynomial, never written out.
package crc32

import "hash"

// Size is the length of a CRC-32 checksum, in bytes.
const Size = 4

// The usual polynomials, bit-reversed.
const (
	// IEEE is by far the most common one: Ethernet, gzip, zip, PNG...
	IEEE = 0xedb88320

	// Castagnoli's, used by iSCSI, SCTP and ext4; it detects more
	// errors than IEEE's.
	Castagnoli = 0x82f63b78

	// Koopman's, also stronger than IEEE's.
	Koopman = 0xeb31d82e
)

// Table gives, for each byte value, the CRC contribution of the byte.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = tableOf(IEEE)

// castagnoliTable is made on first use, then shared.
var castagnoliTable *Table

// tableOf computes the table of polynomial poly: the remainder of each
// byte value after eight steps of the shift register.
func tableOf(poly uint32) *Table {
	t := new(Table)
	for b := range t {
		reg := uint32(b)
		for bit := 0; bit < 8; bit++ {
			if reg&1 == 0 {
				reg >>= 1
			} else {
				reg = reg>>1 ^ poly
			}
		}
		t[b] = reg
	}
	return t
}

// MakeTable gives the table of polynomial poly. The IEEE and Castagnoli
// tables are made once and shared; any other polynomial gets a new one.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = tableOf(Castagnoli)
		}
		return castagnoliTable
	}
	return tableOf(poly)
}

// Update extends checksum crc (of earlier data) over p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	// The register holds the complement of the checksum.
	reg := ^crc
	for _, b := range p {
		reg = tab[byte(reg)^b] ^ reg>>8
	}
	return ^reg
}

// Checksum is the checksum of data with tab's polynomial.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE is the checksum of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest is a running checksum.
type digest struct {
	sum uint32
	tab *Table
}

// New gives a hash.Hash32 computing the checksum with tab's polynomial.
// Its Sum appends the checksum big-endian.
func New(tab *Table) hash.Hash32 {
	return &digest{tab: tab}
}

// NewIEEE is New(IEEETable).
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.sum = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.sum = Update(d.sum, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.sum }

func (d *digest) Sum(in []byte) []byte {
	c := d.sum
	return append(in, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}
