// run

package main

// A worker pool: 4 workers take jobs (n) from one channel and send back
// (n, collatz steps of n); main collects 200 results into a table by n,
// so the order of completion does not matter, and prints a checksum and
// a few entries.

import "fmt"

type result struct {
	n, steps int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan int, results chan<- result) {
	for n := range jobs {
		results <- result{n, collatz(n)}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	for w := 0; w < 4; w++ {
		go worker(jobs, results)
	}
	go func() {
		for n := 1; n <= 200; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	steps := make([]int, 201)
	sum := 0
	for i := 0; i < 200; i++ {
		r := <-results
		steps[r.n] = r.steps
		sum += r.steps
	}
	fmt.Println("sum of steps", sum)
	fmt.Println("steps(27) =", steps[27], "steps(97) =", steps[97], "steps(200) =", steps[200])
}
