// run

package main

// recover across segments: a panic raised 100 000 frames down (through
// frames of several sizes, so through many segments) is recovered by a
// deferred call in a frame near the top; the unwinding frees the segments
// below. Then the program goes on: more deep recursions, another deep
// panic recovered, and results checked after each.

import "fmt"

func down(n int) int {
	if n == 0 {
		panic(fmt.Sprint("bottom ", n))
	}
	return down(n-1) + 1
}

func wide(n int) int {
	var pad [100]int
	pad[n%100] = n
	if n == 0 {
		panic("wide bottom")
	}
	return wide(n-1) + pad[n%100] - n + 1
}

func catch(f func(int) int, n int) (result int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
			result = -1
		}
	}()
	return f(n), "no panic"
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return sum(n-1) + n%1000
}

func mixed(n int) int {
	if n == 0 {
		return wide(1000)
	}
	return mixed(n-1) + 1
}

func show(result int, msg string) {
	fmt.Println(result, msg)
}

func main() {
	r, m := catch(down, 100000)
	show(r, m)
	fmt.Println(sum(200000))
	r, m = catch(wide, 5000)
	show(r, m)
	r, m = catch(mixed, 100000)
	show(r, m)
	fmt.Println(sum(300000))
	for i := 0; i < 5; i++ {
		r, m := catch(down, 20000*i)
		fmt.Println(i, r, m, sum(1000*i))
	}
	r, m = catch(sum, 100000)
	show(r, m)
}
