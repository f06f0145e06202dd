// run

package main

// Division and remainder by constant powers of two (shifts and masks in
// the code generator) and by other constants, for every integer width and
// sign, against the same operations by a variable divisor.

import "fmt"

func main() {
	xs := []int64{0, 1, -1, 7, -7, 8, -8, 9, -9, 127, -128, 255, 1 << 31, -1 << 31, 1<<62 + 3, -1 << 63, 1<<63 - 1}
	ds := []int64{2, 4, 8, 16, 1 << 20, 3, 10}
	for _, x := range xs {
		fmt.Println(x/2, x%2, x/4, x%4, x/8, x%8, x/(1<<20), x%(1<<20), x/3, x%10)
		i8, i16, i32 := int8(x), int16(x), int32(x)
		fmt.Println(i8/2, i8%2, i8/64, i8%64, i16/8, i16%8, i32/1024, i32%1024)
		u8, u16, u32, u64 := uint8(x), uint16(x), uint32(x), uint64(x)
		fmt.Println(u8/2, u8%2, u8/128, u8%128, u16/8, u16%8, u32/1024, u32%1024, u64/4, u64%4, u64/(1<<63), u64%(1<<63))
		for _, d := range ds {
			fmt.Print(x/d, " ", x%d, " ", uint64(x)/uint64(d), " ", uint64(x)%uint64(d), "; ")
		}
		fmt.Println()
	}
}
