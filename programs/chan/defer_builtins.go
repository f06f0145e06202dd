// run

package main

// defer and go of the builtins close and panic: the argument is evaluated
// at the statement, the builtin runs later (a producer closing its channel
// when it returns, a goroutine that only closes, a deferred panic that a
// call deferred before it recovers: deferred calls run last first).

import "fmt"

func produce(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	sum := 0
	for v := range produce(10) {
		sum += v
	}
	fmt.Println(sum)
	done := make(chan bool)
	go close(done)
	_, ok := <-done
	fmt.Println(ok)
	defer func() { fmt.Println("recovered", recover()) }()
	defer panic("deferred panic")
	fmt.Println("end of main")
}
