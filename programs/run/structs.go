// run

package main

type point struct {
	x, y int
}

func (p point) sum() int { return p.x + p.y }

func (p *point) scale(k int) {
	p.x *= k
	p.y *= k
}

type rect struct {
	min, max point
	name string
}

func swap(a, b int) (int, int) { return b, a }

func main() {
	p := point{1, 2}
	p.scale(3)
	println(p.x, p.y, p.sum())
	q := &point{y: 5}
	q.scale(2)
	println(q.x, q.y, q.sum())
	r := rect{min: point{1, 1}, max: p, name: "r"}
	r.max.x = 10
	println(r.name, r.min.x, r.max.x, r.max.y)
	var arr [4]int
	for i := 0; i < 4; i++ {
		arr[i] = i * i
	}
	a, b := swap(arr[1], arr[3])
	println(a, b, len(arr), len(r.name))
	n := new(int)
	*n = 42
	pp := &p
	pp.x = 7
	println(*n, p.x)
}
