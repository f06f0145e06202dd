package sort

// Pattern-defeating quicksort (Orson Peters), in gc 1.19's variant: the
// same thresholds, pivot choice, pattern breaking (a xorshift generator
// seeded with the length) and fallbacks, so the calls of Less and Swap
// are gc's.

// sortedHint is what choosing a pivot learned about the order.
type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

const (
	insertionMax  = 12 // ranges this short are insertion-sorted
	nintherMin    = 50 // from this length on, pivot candidates are medians of 3
	shiftingMin   = 50 // shorter ranges are never fixed up by shifting
	shiftSteps    = 5  // out-of-order pairs partialInsertionSort may fix
	allSwapped    = 12 // swaps of choosePivot meaning "descending"
	stableBlockSz = 20 // run length insertion-sorted before merging
)

// xorshift is Marsaglia's 64-bit xorshift generator (13, 17, 5).
type xorshift uint64

func (r *xorshift) Next() uint64 {
	v := uint64(*r)
	v ^= v << 13
	v ^= v >> 17
	v ^= v << 5
	*r = xorshift(v)
	return v
}

// nextPowerOfTwo is the power of two just above the top bit of length.
func nextPowerOfTwo(length int) uint {
	return uint(1) << uint(bitLen(uint(length)))
}

// insertionSort sorts data[a:b] by shifting each element left into place.
func insertionSort(data Interface, a, b int) {
	for k := a + 1; k < b; k++ {
		p := k
		for p > a && data.Less(p, p-1) {
			data.Swap(p, p-1)
			p--
		}
	}
}

// siftDown sinks node top of the max-heap of size elements stored from
// offset base, swapping with the larger child.
func siftDown(data Interface, top, size, base int) {
	for node := top; ; {
		kid := node*2 + 1
		if kid >= size {
			break
		}
		if kid+1 < size && data.Less(base+kid, base+kid+1) {
			kid++
		}
		if !data.Less(base+node, base+kid) {
			break
		}
		data.Swap(base+node, base+kid)
		node = kid
	}
}

// heapSort sorts data[a:b] with a max-heap: the fallback when quicksort
// keeps choosing bad pivots.
func heapSort(data Interface, a, b int) {
	size := b - a
	for k := (size - 1) / 2; k >= 0; k-- {
		siftDown(data, k, size, a)
	}
	for last := size - 1; last >= 0; last-- {
		data.Swap(a, a+last)
		siftDown(data, 0, last, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many unbalanced partitions are
// tolerated before falling back to heapSort.
func pdqsort(data Interface, a, b, limit int) {
	wasBalanced, wasPartitioned := true, true
	for {
		size := b - a
		if size <= insertionMax {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}

		p, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// Reversal carried the pivot to the mirrored index.
			p = a + b - 1 - p
			hint = increasingHint
		}

		// Looks ordered: a few shifts may finish the job.
		if hint == increasingHint && wasBalanced && wasPartitioned &&
			partialInsertionSort(data, a, b) {
			return
		}

		// When the element just before the range (an outer pivot) is not
		// less than the pivot, the pivot is this range's minimum: group
		// its equals at the front and go on with the rest.
		if a > 0 && !data.Less(a-1, p) {
			a = partitionEqual(data, a, b, p)
			continue
		}

		at, untouched := partition(data, a, b, p)
		wasPartitioned = untouched

		// Recurse on the smaller side; keep looping on the larger one.
		lower, upper := at-a, b-at
		eighth := size / 8
		if lower >= upper {
			wasBalanced = upper >= eighth
			pdqsort(data, at+1, b, limit)
			b = at
			continue
		}
		wasBalanced = lower >= eighth
		pdqsort(data, a, at, limit)
		a = at + 1
	}
}

// partition moves data[pivot] to a, splits the rest into elements less
// than it and the others, puts the pivot between them and returns its
// index; already says the split needed no exchange.
func partition(data Interface, a, b, pivot int) (newpivot int, already bool) {
	data.Swap(a, pivot)
	lo, hi := a+1, b-1 // still to classify: lo..hi
	already = true
	for {
		for lo <= hi && data.Less(lo, a) {
			lo++
		}
		for lo <= hi && !data.Less(hi, a) {
			hi--
		}
		if lo > hi {
			break
		}
		already = false
		data.Swap(lo, hi)
		lo++
		hi--
	}
	data.Swap(hi, a)
	return hi, already
}

// partitionEqual moves data[pivot] to a and gathers the elements not
// greater than it (so equal, the pivot being the minimum) right after
// it; it returns the index where the greater ones begin.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	lo, hi := a+1, b-1
	for {
		for lo <= hi && !data.Less(a, lo) {
			lo++
		}
		for lo <= hi && data.Less(a, hi) {
			hi--
		}
		if lo > hi {
			return lo
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
}

// partialInsertionSort fixes up to shiftSteps out-of-order neighbours of
// data[a:b] and reports whether that left the range sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	k := a + 1
	for round := 0; round < shiftSteps; round++ {
		for k < b && !data.Less(k, k-1) {
			k++
		}
		if k == b {
			return true
		}
		if b-a < shiftingMin {
			return false
		}
		data.Swap(k, k-1)

		// Carry the smaller one left, then the greater one right. The
		// left walk stops at index 1 rather than a+1, as gc 1.19's does.
		if k-a >= 2 {
			for p := k - 1; p >= 1 && data.Less(p, p-1); p-- {
				data.Swap(p, p-1)
			}
		}
		if b-k >= 2 {
			for p := k + 1; p < b && data.Less(p, p-1); p++ {
				data.Swap(p, p-1)
			}
		}
	}
	return false
}

// breakPatterns exchanges the three middle elements of data[a:b] with
// pseudo-random ones, seeded by the length.
func breakPatterns(data Interface, a, b int) {
	size := b - a
	if size < 8 {
		return
	}
	gen := xorshift(size)
	mask := nextPowerOfTwo(size) - 1
	centre := a + size/4*2
	for pos := centre - 1; pos <= centre+1; pos++ {
		off := int(uint(gen.Next()) & mask)
		if off >= size {
			off -= size
		}
		data.Swap(pos, a+off)
	}
}

// choosePivot takes the median of the elements at the quarter points of
// data[a:b] (each first replaced by the median of its neighbourhood on
// long ranges). How many exchanges the medians needed hints at the
// existing order: none, ascending; all, descending.
func choosePivot(data Interface, a, b int) (pivot int, hint sortedHint) {
	size := b - a
	q := size / 4
	x, y, z := a+q, a+2*q, a+3*q
	swaps := 0
	if size >= 8 {
		if size >= nintherMin {
			x = medianAdjacent(data, x, &swaps)
			y = medianAdjacent(data, y, &swaps)
			z = medianAdjacent(data, z, &swaps)
		}
		y = median(data, x, y, z, &swaps)
	}
	hint = unknownHint
	if swaps == 0 {
		hint = increasingHint
	} else if swaps == allSwapped {
		hint = decreasingHint
	}
	return y, hint
}

// order2 gives i and j ordered by Less, counting an exchange in swaps.
func order2(data Interface, i, j int, swaps *int) (int, int) {
	if !data.Less(j, i) {
		return i, j
	}
	*swaps++
	return j, i
}

// median gives whichever of the indexes x, y, z holds the middle value.
func median(data Interface, x, y, z int, swaps *int) int {
	x, y = order2(data, x, y, swaps)
	y, z = order2(data, y, z, swaps)
	_, y = order2(data, x, y, swaps)
	return y
}

// medianAdjacent is the median of positions k-1, k and k+1.
func medianAdjacent(data Interface, k int, swaps *int) int {
	return median(data, k-1, k, k+1, swaps)
}

// reverseRange flips data[a:b] end for end.
func reverseRange(data Interface, a, b int) {
	for lo, hi := a, b-1; lo < hi; lo++ {
		data.Swap(lo, hi)
		hi--
	}
}

// swapRange exchanges data[x:x+count] with data[y:y+count], pair by pair.
func swapRange(data Interface, x, y, count int) {
	for k := 0; k < count; k++ {
		data.Swap(x+k, y+k)
	}
}

// stable sorts data[0:n] keeping equal elements in order: runs of
// stableBlockSz are insertion-sorted, then merged pairwise, the run
// length doubling each pass.
func stable(data Interface, n int) {
	run := stableBlockSz
	start := 0
	for ; start+run <= n; start += run {
		insertionSort(data, start, start+run)
	}
	insertionSort(data, start, n)

	for ; run < n; run *= 2 {
		start = 0
		for ; start+2*run <= n; start += 2 * run {
			symMerge(data, start, start+run, start+2*run)
		}
		if split := start + run; split < n {
			symMerge(data, start, split, n)
		}
	}
}

// symMerge merges the sorted neighbours data[a:m] and data[m:b] in place
// with Kim and Kutzner's SymMerge, which works by rotations.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// A lone left element: find the first right one not less than
		// it, then bubble it up to just before that.
		lo, hi := m, b
		for lo < hi {
			probe := int(uint(lo+hi) / 2)
			if !data.Less(probe, a) {
				hi = probe
				continue
			}
			lo = probe + 1
		}
		for k := a; k+1 < lo; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// A lone right element: the mirror image, behind any equals.
		lo, hi := a, m
		for lo < hi {
			probe := int(uint(lo+hi) / 2)
			if data.Less(m, probe) {
				hi = probe
				continue
			}
			lo = probe + 1
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	centre := int(uint(a+b) / 2)
	total := centre + m
	lo, hi := a, m
	if m > centre {
		lo, hi = total-b, centre
	}
	for lo < hi {
		probe := int(uint(lo+hi) / 2)
		if data.Less(total-1-probe, probe) {
			hi = probe
			continue
		}
		lo = probe + 1
	}

	cut := total - lo
	if lo < m && m < cut {
		rotate(data, lo, m, cut)
	}
	if a < lo && lo < centre {
		symMerge(data, a, lo, centre)
	}
	if centre < cut && cut < b {
		symMerge(data, centre, cut, b)
	}
}

// rotate exchanges the neighbouring blocks data[a:m] and data[m:b] by
// repeatedly swapping the shorter block with its counterpart.
func rotate(data Interface, a, m, b int) {
	left, right := m-a, b-m
	for left != right {
		if left > right {
			swapRange(data, m-left, m, right)
			left -= right
			continue
		}
		swapRange(data, m-left, m+right-left, left)
		right -= left
	}
	swapRange(data, m-left, m, left)
}
