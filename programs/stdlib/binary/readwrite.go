// run

// encoding/binary's Read, Write and Size: numbers, booleans, complex
// values, arrays, slices and structs of them in both byte orders, blank
// fields, short input, and the errors for types without a fixed size.

package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Scale   float32
	Offset  int64
	OK      bool
	Z       complex64
	Pts     [2]Point
}

type Point struct{ X, Y int16 }

type hidden struct {
	A uint8
	b uint16
}


type Count uint32

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 0x0102, Flags: -3, Scale: 1.5, Offset: -1 << 40, OK: true, Z: complex(1, -2), Pts: [2]Point{{1, -1}, {300, -300}}}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, order, h)
		fmt.Println(order, err, binary.Size(h), buf.Len())
		fmt.Printf("% x\n", buf.Bytes())
		var back Header
		err = binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Println(err, back == h)
		fmt.Printf("%+v\n", back)
	}

	// Single values, pointers and slices.
	var buf bytes.Buffer
	vals := []any{true, int8(-1), uint8(2), int16(-300), uint16(65535), int32(7), uint32(1 << 31), int64(-5), uint64(math.MaxUint64),
		float32(0.1), 2.5, complex(3, 4), []int16{1, -2, 3}, []bool{true, false}, []byte("hi"), [3]uint16{1, 2, 3}, Count(9), &h.Pts[1], []Point{{5, 6}}}
	for _, v := range vals {
		buf.Reset()
		err := binary.Write(&buf, binary.BigEndian, v)
		fmt.Printf("%T size=%d err=%v % x\n", v, binary.Size(v), err, buf.Bytes())
	}

	// Reading into each kind.
	src := []byte{0xff, 0xfe, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10}
	var i8 int8
	var u16 uint16
	var i32 int32
	var f64 float64
	var c128 complex128
	var arr [3]int16
	sl := make([]uint32, 2)
	bs := make([]byte, 3)
	var cnt Count
	var bo bool
	var pts []Point = make([]Point, 2)
	for _, p := range []any{&i8, &u16, &i32, &f64, &c128, &arr, sl, bs, &cnt, &bo, pts} {
		err := binary.Read(bytes.NewReader(src), binary.LittleEndian, p)
		fmt.Println(err)
	}
	fmt.Println(i8, u16, i32, f64, c128, arr, sl, bs, cnt, bo, pts)

	// Short input: EOF, unexpected EOF, data untouched.
	x := uint64(77)
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, &x), x)
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &x), x)
	var hh Header
	fmt.Println(binary.Read(bytes.NewReader(src), binary.LittleEndian, &hh), hh.Version)
	fmt.Println(binary.Read(bytes.NewReader(src), binary.LittleEndian, []int32{}), binary.Read(bytes.NewReader(nil), binary.LittleEndian, []byte{}))

	// Invalid types.
	fmt.Println(binary.Write(&buf, binary.LittleEndian, 5))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, &struct{ S string }{}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []int{1}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, map[int]int{}))
	fmt.Println(binary.Read(bytes.NewReader(src), binary.LittleEndian, &buf))
	fmt.Println(binary.Read(bytes.NewReader(src), binary.LittleEndian, Count(1)))
	r := bytes.NewReader(src)
	fmt.Println(binary.Read(r, binary.LittleEndian, uint32(1)), r.Len())
	r = bytes.NewReader(src)
	fmt.Println(binary.Read(r, binary.LittleEndian, int32(1)), r.Len())
	pp := &i8
	fmt.Println(binary.Read(r, binary.LittleEndian, &pp))
	fmt.Println(binary.Size(5), binary.Size(""), binary.Size([]string{}), binary.Size(&h), binary.Size([]Point{{}, {}, {}}), binary.Size(struct{}{}))

	// Unexported fields: written, but reading into them panics.
	buf.Reset()
	fmt.Println(binary.Write(&buf, binary.BigEndian, hidden{1, 2}), buf.Bytes())
	try("read unexported", func() {
		var hd hidden
		binary.Read(bytes.NewReader(src), binary.BigEndian, &hd)
	})
	try("read nil *uint16", func() {
		var p *uint16
		binary.Read(bytes.NewReader(src), binary.BigEndian, p)
	})
	try("write nil *int64", func() {
		var p *int64
		binary.Write(&buf, binary.BigEndian, p)
	})
	try("write nil *Point", func() {
		var p *Point
		binary.Write(&buf, binary.BigEndian, p)
	})
	try("size nil", func() { binary.Size(nil) })
}
