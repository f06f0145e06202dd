// run

package main

// Integer and float edge cases of the instruction selector: every width
// and signedness, shifts by counts at and past the width, division that
// wraps (MinInt / -1), unsigned 64-bit values through float conversions,
// NaN comparisons, float32 rounding.

import "fmt"

var sink int

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	m1 := -1
	fmt.Println(i8/int8(m1), i8%int8(m1), i16/int16(m1), i32/int32(m1), i64/int64(m1), i64%int64(m1))
	fmt.Println(u8+1, u16+1, u32+1, u64+1, u8*u8, u16*3)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, u64/3, u64%10, u32/7)
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, i8>>s, u8<<s, u8>>s, i32>>s, u32>>s, i64>>s, u64>>s, int64(1)<<s, 1<<s)
	}
	big := uint64(1) << 63
	fmt.Println(float64(big), float64(u64), float32(u64), float64(big+12345), uint64(float64(big)))
	f := 9.75
	fmt.Println(int(f), int(-f), int8(f), uint8(f), int64(f*1e6), float32(f)/3, float64(float32(0.1)))
	var z float64
	nan := z / z
	fmt.Println(nan == nan, nan != nan, nan < 1, nan <= 1, nan > 1, nan >= 1, 1 < nan)
	fmt.Println(-z, 1/z, -1/z, z < -z, z == -z)
	var x float32 = 16777216
	fmt.Println(x+1, x+2, float64(x)+1, x*x)
	a, b := 0x5555, 0x3333
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	c := 'x'
	fmt.Println(c, string(rune(c)) == "x", byte(c)+1)
}
