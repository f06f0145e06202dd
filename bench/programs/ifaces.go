package main

// Interfaces in a hot loop: method calls through itabs, a type switch
// with interface and concrete cases, assertions to interface types (the
// run-time itab cache) and conversions between interface types; prints a
// checksum.

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Named interface{ Name() string }

type Scaler interface {
	Shape
	Scale(k int)
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Perimeter() int { return 2 * (r.w + r.h) }
func (r Rect) Name() string   { return "rect" }

type Square struct{ s int }

func (q *Square) Area() int      { return q.s * q.s }
func (q *Square) Perimeter() int { return 4 * q.s }
func (q *Square) Scale(k int)    { q.s = q.s*k%1000 + 1 }

type Num int

func classify(x interface{}) int {
	switch v := x.(type) {
	case Scaler:
		v.Scale(3)
		return v.Area()
	case Named:
		return len(v.Name())
	case Num:
		return int(v)
	case Shape:
		return v.Perimeter()
	}
	return 0
}

func main() {
	vals := []interface{}{Rect{3, 4}, &Square{5}, Num(7), Rect{1, 2}, &Square{2}}
	sum := 0
	for i := 0; i < 5_000_000; i++ {
		x := vals[i%len(vals)]
		sum += classify(x)
		if s, ok := x.(Shape); ok {
			sum += s.Area() + s.Perimeter()
			var n interface{ Perimeter() int } = s
			sum += n.Perimeter()
		}
		sum %= 1_000_000_007
	}
	fmt.Println(sum)
}
