// fannkuch-redux(10), as the benchmarks game states it: for every
// permutation of 0..n-1, count the flips (reverse the first perm[0]+1
// elements until 0 comes first); print the checksum (flip counts summed
// with alternating signs, in the order the permutations are generated) and
// the largest count. Small int arrays, tight loops, no calls in the inner
// loop: a test of the code generator alone.
package main

import "fmt"

const n = 10

func main() {
	var perm, next, left [n]int
	for i := range next {
		next[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	r := n
	for {
		// left[i] counts the rotations of the first i+1 elements still
		// to make before the prefix one longer rotates.
		for ; r > 1; r-- {
			left[r-1] = r
		}
		perm = next
		flips := 0
		for first := perm[0]; first != 0; first = perm[0] {
			for lo, hi := 0, first; lo < hi; lo, hi = lo+1, hi-1 {
				perm[lo], perm[hi] = perm[hi], perm[lo]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if index%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// The next permutation: rotate the shortest prefix whose count of
		// rotations is not used up.
		for {
			if r == n {
				fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
				return
			}
			head := next[0]
			copy(next[:r], next[1:r+1])
			next[r] = head
			left[r]--
			if left[r] > 0 {
				break
			}
			r++
		}
		index++
	}
}
