// run

package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	c := counter()
	c()
	c()
	println(c())
	k := 10
	add := func(x int) int { return x + k }
	k = 20
	println(apply(add, 1))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(15))
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	println(fs[0](), fs[1](), fs[2]())
	f := apply
	println(f(func(x int) int { return -x }, 5))
}
