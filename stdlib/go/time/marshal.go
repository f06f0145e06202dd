package time

// The encodings of a Time: text and JSON (RFC 3339 with nanoseconds) and
// the binary form Go's gob uses (a version byte, then big-endian seconds
// since year 1, nanoseconds and the zone's offset in minutes, -1 meaning
// UTC; version 2 adds the offset's leftover seconds).

import "errors"

// The binary versions.
const (
	binaryV1 byte = 1
	binaryV2 byte = 2
)

// MarshalText gives t in RFC 3339 with its fraction of a second; years
// outside 0..9999 are an error.
func (t Time) MarshalText() ([]byte, error) {
	if !t.fourDigitYear() {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText sets t from RFC 3339 text.
func (t *Time) UnmarshalText(data []byte) error {
	v, err := Parse(RFC3339, string(data))
	*t = v
	return err
}

// MarshalJSON gives t as a JSON string holding its MarshalText form.
func (t Time) MarshalJSON() ([]byte, error) {
	if !t.fourDigitYear() {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := t.AppendFormat(append(make([]byte, 0, len(RFC3339Nano)+2), '"'), RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON sets t from a JSON string in RFC 3339; null leaves t as it
// is.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	v, err := Parse(`"`+RFC3339+`"`, string(data))
	*t = v
	return err
}

// fourDigitYear tells whether t's year can be written in RFC 3339.
func (t Time) fourDigitYear() bool {
	y := t.Year()
	return 0 <= y && y <= 9999
}

// MarshalBinary gives t in Go's binary form.
func (t Time) MarshalBinary() ([]byte, error) {
	version := binaryV1
	minutes, extra := -1, 0
	if t.Location() != UTC {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryV2
			extra = offset % 60
		}
		minutes = offset / 60
		if minutes < -32768 || minutes == -1 || minutes > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
	}
	b := make([]byte, 0, 16)
	b = append(b, version)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(t.sec>>uint(shift)))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		b = append(b, byte(t.nsec>>uint(shift)))
	}
	b = append(b, byte(minutes>>8), byte(minutes))
	if version == binaryV2 {
		b = append(b, byte(extra))
	}
	return b, nil
}

// UnmarshalBinary sets t from Go's binary form. The zone comes back as
// UTC, as Local when Local has that offset at t, or else as a FixedZone
// without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryV2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == binaryV2 {
		offset += int(data[15])
	}
	*t = Time{sec: sec, nsec: nsec}
	if offset == -60 {
		t.setLoc(&utcZone)
	} else if Local.zoneAt(t.Unix()).offset == offset {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset)) // nameless, as gc's
	}
	return nil
}

// GobEncode is MarshalBinary, for package encoding/gob.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode is UnmarshalBinary, for package encoding/gob.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
