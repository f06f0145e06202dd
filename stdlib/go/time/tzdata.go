package time

// The reader of TZif files, the binary zone descriptions of the IANA time
// zone database (RFC 8536). A file holds a first block with 32-bit times
// (version 1); versions 2 and 3 follow it with the same tables in 64-bit
// times and then a footer line, a POSIX TZ rule for the instants after the
// last listed change (tzrule.go evaluates it).

import "errors"

var errBadData = errors.New("malformed time zone information")

// tzReader takes big-endian fields off the front of a TZif file.
type tzReader struct {
	buf []byte
	bad bool
}

// take gives the next n bytes, or nil (marking r bad) when fewer remain.
func (r *tzReader) take(n int) []byte {
	if n < 0 || len(r.buf) < n {
		r.bad = true
		r.buf = nil
		return nil
	}
	p := r.buf[:n]
	r.buf = r.buf[n:]
	return p
}

// u32 gives the next 4 bytes as a big-endian number.
func (r *tzReader) u32() uint32 {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

// u64 gives the next 8 bytes as a big-endian number.
func (r *tzReader) u64() uint64 {
	hi := r.u32()
	return uint64(hi)<<32 | uint64(r.u32())
}

// tzCounts are the six table sizes of a TZif header, in file order.
type tzCounts struct {
	utLocal, stdWall, leaps, changes, types, chars int
}

// header reads "TZif", the version byte and the counts; version is 1 for
// the original format, else 2, 3...
func (r *tzReader) header() (version int, n tzCounts, ok bool) {
	magic := r.take(4)
	if magic == nil || string(magic) != "TZif" {
		return 0, n, false
	}
	v := r.take(16) // the version, then 15 reserved bytes
	if v == nil {
		return 0, n, false
	}
	version = 1
	if v[0] != 0 {
		version = int(v[0] - '0')
	}
	n.utLocal = int(r.u32())
	n.stdWall = int(r.u32())
	n.leaps = int(r.u32())
	n.changes = int(r.u32())
	n.types = int(r.u32())
	n.chars = int(r.u32())
	return version, n, !r.bad
}

// LoadLocationFromTZData gives a Location named name from the content of
// a TZif file.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{buf: data}
	version, n, ok := r.header()
	if !ok {
		return nil, errBadData
	}
	timeSize := 4
	if version > 1 {
		// Skip the 32-bit block: the 64-bit one repeats it in full.
		r.take(n.changes*4 + n.changes + n.types*6 + n.chars + n.leaps*8 + n.stdWall + n.utLocal)
		if version, n, ok = r.header(); !ok {
			return nil, errBadData
		}
		timeSize = 8
	}
	whens := make([]int64, n.changes)
	for i := range whens {
		if timeSize == 8 {
			whens[i] = int64(r.u64())
		} else {
			whens[i] = int64(int32(r.u32()))
		}
	}
	indexes := r.take(n.changes)
	types := r.take(n.types * 6)
	chars := r.take(n.chars)
	r.take(n.leaps * (timeSize + 4))
	r.take(n.stdWall)
	r.take(n.utLocal)
	if r.bad || n.types == 0 {
		return nil, errBadData
	}

	l := &Location{name: name}
	if version > 1 && len(r.buf) > 2 && r.buf[0] == '\n' {
		for i := 1; i < len(r.buf); i++ {
			if r.buf[i] == '\n' {
				l.rule = string(r.buf[1:i])
				break
			}
		}
	}

	l.zones = make([]zone, n.types)
	for i := range l.zones {
		t := types[6*i : 6*i+6]
		off := int32(uint32(t[0])<<24 | uint32(t[1])<<16 | uint32(t[2])<<8 | uint32(t[3]))
		at := int(t[5])
		if at >= len(chars) {
			return nil, errBadData
		}
		end := at
		for end < len(chars) && chars[end] != 0 {
			end++
		}
		l.zones[i] = zone{name: string(chars[at:end]), offset: int(off), isDST: t[4] != 0}
	}

	l.tx = make([]zoneTrans, n.changes)
	for i := range l.tx {
		if int(indexes[i]) >= len(l.zones) {
			return nil, errBadData
		}
		l.tx[i] = zoneTrans{when: whens[i], index: indexes[i]}
	}
	if len(l.tx) == 0 {
		// A zone that never changes: zone 0 from the beginning of time.
		l.tx = append(l.tx, zoneTrans{when: beginningOfTime, index: 0})
	}
	return l, nil
}
