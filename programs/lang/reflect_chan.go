// run

// reflect's channels: MakeChan, Send, Recv, Close, Len and Cap, with the
// goroutines parking inside reflect's operations.

package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	c.Send(reflect.ValueOf("a"))
	fmt.Println(c.Len(), c.Cap(), c.Type())
	ch := c.Interface().(chan string)
	go func() { ch <- "b"; close(ch) }()
	for {
		v, ok := c.Recv()
		fmt.Printf("%q %v\n", v, ok)
		if !ok {
			break
		}
	}
	var rc <-chan int
	fmt.Println(reflect.TypeOf(rc).ChanDir(), reflect.TypeOf(ch).ChanDir(), reflect.ValueOf(rc).Len(), reflect.ValueOf(rc).IsNil())
	u := make(chan [3]int)
	done := make(chan bool)
	go func() {
		reflect.ValueOf(u).Send(reflect.ValueOf([3]int{1, 2, 3}))
		done <- true
	}()
	fmt.Println(<-u, <-done)
	reflect.ValueOf(u).Close()
	_, ok := <-u
	fmt.Println(ok)
	for _, f := range []func(){
		func() { reflect.ValueOf(rc).Send(reflect.ValueOf(1)) },
		func() { reflect.ValueOf(make(chan<- int)).Recv() },
		func() { reflect.ValueOf(make(chan int)).Send(reflect.ValueOf("s")) },
		func() { reflect.ValueOf(u).Close() },
		func() { reflect.MakeChan(reflect.TypeOf(1), 0) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
