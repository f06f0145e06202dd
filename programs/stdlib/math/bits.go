// run

// math/bits: counts, lengths, rotations, reversals, double-word add,
// subtract, multiply, divide and remainder, and Div's run-time panics.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef, 1 << 40, 12345678901234567}
	for _, x := range xs {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7))
		fmt.Println(bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)), bits.Reverse32(uint32(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft32(uint32(x), 5), bits.RotateLeft32(uint32(x), -3))
		fmt.Println(bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)), bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.RotateLeft16(uint16(x), 3), bits.RotateLeft16(uint16(x), -20))
		fmt.Println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)), bits.Reverse8(uint8(x)), bits.RotateLeft8(uint8(x), 3), bits.RotateLeft8(uint8(x), -9))
		fmt.Println(bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 70))
		for _, y := range xs {
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			h, l := bits.Mul64(x, y)
			s32, c32 := bits.Add32(uint32(x), uint32(y), 1)
			d32, b32 := bits.Sub32(uint32(x), uint32(y), 0)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			fmt.Println(s, c, d, b, h, l, s32, c32, d32, b32, h32, l32)
			if y != 0 {
				hi := x % y
				q, r := bits.Div64(hi, x^y, y)
				fmt.Println(q, r, bits.Rem64(x, y, y), bits.Rem32(uint32(x), uint32(y), uint32(y)|1))
				if uint32(y) > uint32(hi) {
					q32, r32 := bits.Div32(uint32(hi), uint32(x), uint32(y))
					fmt.Println(q32, r32)
				}
			}
		}
	}
	fmt.Println(bits.UintSize)
	for _, f := range []func(){
		func() { bits.Div64(5, 0, 3) },
		func() { bits.Div64(0, 1, 0) },
		func() { bits.Div32(5, 0, 3) },
		func() { bits.Rem64(1, 2, 0) },
	} {
		func() {
			defer func() {
				r := recover()
				_, isErr := r.(error)
				fmt.Println(r, isErr)
			}()
			f()
		}()
	}
}
