// Package unicode provides data and functions to test some properties of
// Unicode code points.
//
// Here: the case mappings (ToUpper, ToLower, ToTitle, To, SimpleFold) on
// the tables of casetables.go, which scripts/gen_unicode_case.py makes
// from Go 1.19's own tables (Unicode 13.0.0). The category and script
// tables (IsLetter, IsUpper, ...) are not here yet.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

type d [MaxCase]rune // to make the CaseRanges text shorter

// CaseRange represents a range of Unicode code points for simple (one
// code point to one code point) case conversion.
// The range runs from Lo to Hi inclusive, with a fixed stride of 1. Deltas
// are the number to add to the code point to reach the code point for a
// different case for that character. They may be negative. If zero, it
// means the character is in the corresponding case. There is a special
// case representing sequences of alternating corresponding Upper and Lower
// pairs. It appears with a fixed Delta of
//
//	{UpperLower, UpperLower, UpperLower}
//
// The constant UpperLower has an otherwise impossible delta value.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = decodeCaseRanges(caseRangeData)

type foldPair struct {
	From uint16
	To   uint16
}

// caseOrbit lists the runes whose simple folding is not the other case of
// a pair: each maps to the next rune of its orbit (sorted by From).
var caseOrbit = decodeCaseOrbit(caseOrbitData)

// le reads the n-byte little-endian number at b[i:].
func le(b string, i, n int) uint32 {
	var v uint32
	for k := n - 1; k >= 0; k-- {
		v = v<<8 | uint32(b[i+k])
	}
	return v
}

// decodeCaseRanges reads the 18-byte records of casetables.go.
func decodeCaseRanges(b string) []CaseRange {
	rs := make([]CaseRange, len(b)/18)
	for i := range rs {
		at := i * 18
		rs[i].Lo = le(b, at, 3)
		rs[i].Hi = le(b, at+3, 3)
		for c := 0; c < MaxCase; c++ {
			rs[i].Delta[c] = rune(int32(le(b, at+6+4*c, 4)))
		}
	}
	return rs
}

// decodeCaseOrbit reads the 4-byte records of casetables.go.
func decodeCaseOrbit(b string) []foldPair {
	ps := make([]foldPair, len(b)/4)
	for i := range ps {
		ps[i].From = uint16(le(b, 4*i, 2))
		ps[i].To = uint16(le(b, 4*i+2, 2))
	}
	return ps
}

// to maps r to case c through the table ranges, sorted by Lo; found says
// whether a range holds r.
func to(c int, r rune, ranges []CaseRange) (mapped rune, found bool) {
	if c < 0 || MaxCase <= c {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := ranges[m]
		if rune(cr.Hi) < r {
			lo = m + 1
			continue
		}
		if r < rune(cr.Lo) {
			hi = m
			continue
		}
		delta := cr.Delta[c]
		if delta == UpperLower {
			// Alternating pairs starting with an upper case letter:
			// even offsets from Lo are upper (and title) case, odd ones
			// lower case; UpperCase and TitleCase are even, LowerCase odd.
			off := r - rune(cr.Lo)
			return rune(cr.Lo) + (off - off%2) + rune(c%2), true
		}
		return r + delta, true
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		// ASCII letters' title case is their upper case.
		return ToUpper(r)
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under
// the Unicode-defined simple case folding. Among the code points
// equivalent to rune (including rune itself), SimpleFold returns the
// smallest rune > r if one exists, or else the smallest rune >= 0.
// If r is not a valid Unicode code point, SimpleFold(r) returns r.
//
// For example:
//
//	SimpleFold('A') = 'a'
//	SimpleFold('a') = 'A'
//
//	SimpleFold('K') = 'k'
//	SimpleFold('k') = '\u212A' (Kelvin symbol, K)
//	SimpleFold('\u212A') = 'K'
//
//	SimpleFold('1') = '1'
//
//	SimpleFold(-2) = -2
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// Orbits of three or more runes, and pairs that are not upper and
	// lower case of each other, are listed.
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := lo + (hi-lo)/2
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	// Otherwise the class is r and its other case, if it has one.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
