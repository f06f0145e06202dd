// run

package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	switch n % 3 {
	case 0:
		return "fizz"
	case 1, 2:
		if n > 10 {
			break
		}
		return "small"
	}
	return "big"
}

func main() {
outer:
	for i := -1; i < 20; i += 4 {
		println(i, classify(i))
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i > 14 {
				break outer
			}
		}
		println("never")
	}
	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	println("k", k)
}
