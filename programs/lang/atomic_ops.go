// run

// sync/atomic: the functions for every type, the typed values, Value with
// its panics, a nil address, and atomic counters shared by goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type point struct{ x, y int }

func main() {
	var i32 int32
	var u32 uint32
	var i64 int64
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt64(&i64, 1<<40), atomic.AddUint64(&u64, 7), atomic.AddUintptr(&up, 3))
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	fmt.Println(atomic.SwapInt32(&i32, 9))
	fmt.Println(i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 9, 10), atomic.CompareAndSwapInt32(&i32, 9, 11))
	fmt.Println(i32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 7, 1<<63))
	fmt.Println(u64)
	fmt.Println(atomic.SwapUint64(&u64, 2))
	fmt.Println(u64)
	atomic.StoreInt64(&i64, -1)
	atomic.StoreUint32(&u32, 42)
	atomic.StoreUintptr(&up, 100)
	fmt.Println(i64, u32, up)
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 100, 101))
	fmt.Println(up)
	fmt.Println(atomic.SwapUintptr(&up, 5))
	fmt.Println(up)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -1, 5), atomic.CompareAndSwapUint32(&u32, 1, 2), atomic.SwapInt64(&i64, 6), atomic.SwapUint32(&u32, 3), atomic.LoadUint32(&u32))

	p1, p2 := &point{1, 2}, &point{3, 4}
	var ptr unsafe.Pointer
	atomic.StorePointer(&ptr, unsafe.Pointer(p1))
	fmt.Println(*(*point)(atomic.LoadPointer(&ptr)))
	old := atomic.SwapPointer(&ptr, unsafe.Pointer(p2))
	fmt.Println(*(*point)(old), *(*point)(ptr))
	fmt.Println(atomic.CompareAndSwapPointer(&ptr, unsafe.Pointer(p1), nil), atomic.CompareAndSwapPointer(&ptr, unsafe.Pointer(p2), nil), ptr == nil)

	var a atomic.Int32
	var b atomic.Int64
	var c atomic.Uint32
	var d atomic.Uint64
	var e atomic.Uintptr
	var f atomic.Bool
	fmt.Println(a.Add(3), b.Add(-3), c.Add(3), d.Add(3), e.Add(3), f.Load())
	a.Store(7)
	b.Store(8)
	c.Store(9)
	d.Store(10)
	e.Store(11)
	f.Store(true)
	fmt.Println(a.Load(), b.Load(), c.Load(), d.Load(), e.Load(), f.Load())
	fmt.Println(a.Swap(1), b.Swap(2), c.Swap(3), d.Swap(4), e.Swap(5), f.Swap(false))
	fmt.Println(a.CompareAndSwap(1, 2), b.CompareAndSwap(1, 2), c.CompareAndSwap(3, 4), d.CompareAndSwap(3, 4), e.CompareAndSwap(5, 6), f.CompareAndSwap(false, true))
	fmt.Println(a.Load(), b.Load(), c.Load(), d.Load(), e.Load(), f.Load())
	fmt.Println(unsafe.Sizeof(a), unsafe.Sizeof(b), unsafe.Sizeof(f), unsafe.Sizeof(atomic.Value{}))
	fmt.Println(a, b, f)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(point{1, 2})
	fmt.Println(v.Load())
	v.Store(point{3, 4})
	fmt.Println(v.Load().(point).x)
	fmt.Println(v.Swap(point{5, 6}), v.Load())
	fmt.Println(v.CompareAndSwap(point{1, 1}, point{7, 7}), v.CompareAndSwap(point{5, 6}, point{7, 7}), v.Load())
	var w atomic.Value
	fmt.Println(w.Swap("s"), w.Load())
	var x atomic.Value
	fmt.Println(x.CompareAndSwap(nil, 3), x.Load(), x.CompareAndSwap(nil, 4), x.CompareAndSwap(3, 4), x.Load())

	try(func() { v.Store(nil) })
	try(func() { v.Store("x") })
	try(func() { v.Swap(nil) })
	try(func() { v.Swap(1) })
	try(func() { v.CompareAndSwap(1, nil) })
	try(func() { v.CompareAndSwap(1, "s") })
	try(func() { v.CompareAndSwap("a", "s") })
	try(func() { var z atomic.Value; z.Store([]int{1}); z.CompareAndSwap([]int{1}, []int{2}) })
	try(func() { var p *int32; atomic.AddInt32(p, 1) })

	var wg sync.WaitGroup
	var n int64
	var cnt atomic.Int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt64(&n, 2)
				cnt.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, cnt.Load())
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}
