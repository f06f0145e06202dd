// run

// encoding/binary's byte orders and varints, and the panic of a short
// slice (the index of the last byte needed, as gc).
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 8)
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		o.PutUint64(b, 0x0102030405060708)
		fmt.Println(o, b, o.Uint64(b), o.Uint32(b), o.Uint16(b))
		o.PutUint32(b, 0xdeadbeef)
		o.PutUint16(b[4:], 0xcafe)
		fmt.Printf("%v %x %x\n", o.String(), b, o.Uint32(b[2:]))
	}
	fmt.Printf("%v %#v\n", binary.BigEndian, binary.LittleEndian)
	a := binary.LittleEndian.AppendUint32(nil, 7)
	a = binary.BigEndian.AppendUint16(a, 0x1234)
	a = binary.BigEndian.AppendUint64(a, 1<<63)
	fmt.Println(a)
	var buf []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 40, -1 << 63, 1<<63 - 1} {
		buf = binary.AppendVarint(buf[:0], v)
		got, n := binary.Varint(buf)
		fmt.Println(v, buf, got, n)
	}
	u := make([]byte, binary.MaxVarintLen64)
	for _, v := range []uint64{0, 127, 128, 16384, 1<<64 - 1} {
		n := binary.PutUvarint(u, v)
		got, m := binary.Uvarint(u[:n])
		r, err := binary.ReadUvarint(bytes.NewReader(u[:n]))
		fmt.Println(v, u[:n], got, m, r, err)
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.ReadVarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})))
	n := binary.PutVarint(u, -5)
	fmt.Println(n, u[:n])
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.Uint32(b[:2])
}
