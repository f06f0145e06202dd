// run

package main

func main() {
	var a int8 = 127
	a++
	var u uint8 = 0
	u--
	x := -7
	println(a, u, x/2, x%2, x>>1, uint32(x), 1<<10, 7&^5)
	var f float64 = 1.5
	println(f*2, float32(f)/3, int(f*10))
	println(true && !false, 3 > 2 || x > 0, "a"+"bc" == "abc", "b" > "a")
}
