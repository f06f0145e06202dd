// run

// sort: the order of equal elements, and the number of Less and Swap calls,
// are gc 1.19's for Sort, Slice, Stable and SliceStable on many shapes;
// sort.Slice of what is not a slice panics as reflect's Swapper does.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type rec struct {
	key  int
	name string
	pad  [3]int64
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type counting struct {
	sort.IntSlice
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.IntSlice.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.IntSlice.Swap(i, j) }

func main() {
	for _, n := range []int{0, 1, 5, 13, 50, 100, 1000} {
		recs := make([]rec, n)
		for i := range recs {
			recs[i] = rec{key: rand.Intn(10), name: fmt.Sprint("r", i)}
		}
		a := append([]rec(nil), recs...)
		sort.Sort(byKey(a))
		b := append([]rec(nil), recs...)
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		c := append([]rec(nil), recs...)
		sort.Stable(byKey(c))
		d := append([]rec(nil), recs...)
		sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
		sig := func(x []rec) string {
			s := ""
			for i, r := range x {
				if i < 40 {
					s += r.name + " "
				}
			}
			return s
		}
		fmt.Println(n, sig(a))
		fmt.Println(n, sig(b))
		fmt.Println(n, sig(c))
		fmt.Println(n, sig(d), sort.IsSorted(byKey(a)), sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key }))
	}
	for _, n := range []int{20, 100, 500, 3000} {
		for _, shape := range []string{"rand", "sorted", "reversed", "organ", "few"} {
			c := &counting{IntSlice: make([]int, n)}
			for i := range c.IntSlice {
				switch shape {
				case "rand":
					c.IntSlice[i] = rand.Int()
				case "sorted":
					c.IntSlice[i] = i
				case "reversed":
					c.IntSlice[i] = n - i
				case "organ":
					if i < n/2 {
						c.IntSlice[i] = i
					} else {
						c.IntSlice[i] = n - i
					}
				case "few":
					c.IntSlice[i] = rand.Intn(3)
				}
			}
			sort.Sort(c)
			fmt.Println(n, shape, c.less, c.swap, sort.IntsAreSorted(c.IntSlice))
			c.less, c.swap = 0, 0
			sort.Stable(sort.Reverse(c))
			fmt.Println(n, shape, "stable", c.less, c.swap)
		}
	}
	s := []string{"pear", "apple", "fig", "kiwi"}
	sort.Strings(s)
	f := []float64{3, 1, 2, -1}
	sort.Float64s(f)
	i := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(i)))
	fmt.Println(s, f, i, sort.SearchInts([]int{1, 3, 5}, 4), sort.SearchStrings(s, "fig"), sort.StringSlice(s).Search("zz"))
	fmt.Println(sort.Find(len(s), func(k int) int {
		if "kiwi" < s[k] {
			return -1
		} else if "kiwi" > s[k] {
			return 1
		}
		return 0
	}))
	bs := []byte("hello, world")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Printf("%q\n", bs)
	for _, bad := range []any{nil, 3, "s", map[int]int{}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.Slice(bad, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted(4.5, func(i, j int) bool { return false })
	}()
}
