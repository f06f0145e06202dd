// fatal

package main

// A panic in a goroutine other than main kills the whole program: the
// trace is that goroutine's, `goroutine N [running]:`, ending with the
// `created by main.main` line of the go statement that started it. Main
// is blocked on a receive meanwhile and its trace is not printed.

func worker(id int, c chan int) {
	if id == 3 {
		panic("worker 3 failed")
	}
	c <- id
}

func main() {
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		go worker(i, c)
	}
	println(<-c + <-c)
	<-c
}
