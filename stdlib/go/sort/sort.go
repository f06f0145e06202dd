// Package sort orders slices and any indexable collection, and searches
// ordered data by bisection.
//
// Sort and Slice run the same pattern-defeating quicksort as gc 1.19 and
// Stable/SliceStable the same block insertion sort plus in-place merging,
// so equal elements land where gc puts them and Less/Swap see the same
// sequence of calls.
package sort

// Interface is what Sort, Stable and IsSorted need from a collection:
// its size and index-based compare and exchange.
type Interface interface {
	// Len gives the element count.
	Len() int

	// Less is true when element i has to come before element j.
	Less(i, j int) bool

	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// bitLen counts the significant bits of x; bitLen(0) is 0.
func bitLen(x uint) int {
	bits := 0
	for ; x > 0; x >>= 1 {
		bits++
	}
	return bits
}

// Sort puts data in ascending Less order. Equal elements may be
// reordered. Len is called once.
func Sort(data Interface) {
	if size := data.Len(); size > 1 {
		pdqsort(data, 0, size, bitLen(uint(size)))
	}
}

// Stable is Sort that keeps equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted tells whether no element is Less than the one before it.
func IsSorted(data Interface) bool {
	k := data.Len() - 1
	for ; k > 0; k-- {
		if data.Less(k, k-1) {
			return false
		}
	}
	return true
}

// reverse wraps an Interface and flips its Less.
type reverse struct {
	Interface
}

// Less asks the wrapped collection with the indexes exchanged.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse gives a view of data whose order is the opposite one.
func Reverse(data Interface) Interface {
	r := reverse{Interface: data}
	return &r
}

// IntSlice is a []int that satisfies Interface (ascending).
type IntSlice []int

func (s IntSlice) Len() int { return len(s) }
func (s IntSlice) Less(i, j int) bool {
	return s[i] < s[j]
}
func (s IntSlice) Swap(i, j int) { s[j], s[i] = s[i], s[j] }

// Sort sorts s in place (same as Sort(s)).
func (s IntSlice) Sort() { Sort(s) }

// Search is SearchInts(s, x).
func (s IntSlice) Search(x int) int { return SearchInts(s, x) }

// Float64Slice is a []float64 that satisfies Interface (ascending, with
// NaNs first).
type Float64Slice []float64

func (s Float64Slice) Len() int { return len(s) }

// Less orders by <, and puts a NaN before every non-NaN value so that the
// order is total (two NaNs are equal to each other).
func (s Float64Slice) Less(i, j int) bool {
	a, b := s[i], s[j]
	if a < b {
		return true
	}
	return a != a && b == b
}
func (s Float64Slice) Swap(i, j int) { s[j], s[i] = s[i], s[j] }

// Sort sorts s in place (same as Sort(s)).
func (s Float64Slice) Sort() { Sort(s) }

// Search is SearchFloat64s(s, x).
func (s Float64Slice) Search(x float64) int { return SearchFloat64s(s, x) }

// StringSlice is a []string that satisfies Interface (ascending, bytewise).
type StringSlice []string

func (s StringSlice) Len() int { return len(s) }
func (s StringSlice) Less(i, j int) bool {
	return s[i] < s[j]
}
func (s StringSlice) Swap(i, j int) { s[j], s[i] = s[i], s[j] }

// Sort sorts s in place (same as Sort(s)).
func (s StringSlice) Sort() { Sort(s) }

// Search is SearchStrings(s, x).
func (s StringSlice) Search(x string) int { return SearchStrings(s, x) }

// Ints sorts x ascending.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x ascending, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x ascending.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted tells whether x is in ascending order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted tells whether x is in ascending order with NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted tells whether x is in ascending order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
