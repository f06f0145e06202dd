package sort

// Search bisects [0, n) for the first index where f turns true, given that
// f is false on some prefix and true on the rest. It gives n when f is
// never true (not -1) and only ever calls f with indexes inside [0, n).
func Search(n int, f func(int) bool) int {
	// Invariant: everything below lo is false, everything from hi on is true.
	lo, hi := 0, n
	for hi > lo {
		mid := int(uint(hi+lo) / 2)
		if !f(mid) {
			lo = mid + 1
			continue
		}
		hi = mid
	}
	return lo
}

// Find bisects [0, n) for the first index i where cmp(i) <= 0 (n if there
// is none); found says whether that index is in range and cmp there is 0.
// cmp is only called with indexes inside [0, n).
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for hi > lo {
		mid := int(uint(hi+lo) / 2)
		if cmp(mid) <= 0 {
			hi = mid
			continue
		}
		lo = mid + 1
	}
	if lo >= n {
		return lo, false
	}
	return lo, cmp(lo) == 0
}

// SearchInts gives the index of the first element of the ascending slice a
// that is >= x: where x is, or where it would be inserted (maybe len(a)).
func SearchInts(a []int, x int) int {
	return Search(len(a), func(k int) bool { return !(a[k] < x) })
}

// SearchFloat64s is SearchInts for an ascending []float64.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}

// SearchStrings is SearchInts for an ascending []string.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(k int) bool { return a[k] >= x })
}
