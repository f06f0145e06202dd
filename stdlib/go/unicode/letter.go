// Package unicode answers questions about Unicode code points.
//
// Here: the case mappings (ToUpper, ToLower, ToTitle, To, SimpleFold) on
// the tables of casetables.go, which scripts/gen_unicode.py makes from Go
// 1.19's own tables (Unicode 13.0.0). The category, script and property
// tables are table.go's, their classification functions graphic.go's.
package unicode

const (
	MaxRune         = '\U0010FFFF' // highest code point
	ReplacementChar = '\uFFFD'     // stands in for bad input
	MaxASCII        = '\u007F'     // last ASCII code point
	MaxLatin1       = '\u00FF'     // last Latin-1 code point
)

// The three cases, as indexes of CaseRange.Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower, as every delta of a CaseRange, marks a range of alternating
// upper and lower case letters (upper first). No real delta can equal it.
const (
	UpperLower = MaxRune + 1
)

type d [MaxCase]rune // short name for the delta triple

// CaseRange maps every code point of [Lo, Hi] to another case, one code
// point to one: Delta[c] is what to add to reach case c (0 when the point
// already is in case c). Deltas all equal to UpperLower mean alternating
// upper/lower pairs instead.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// CaseRanges lists, sorted, every range of letters whose case mapping is
// not the identity.
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

// To gives r in case _case (UpperCase, LowerCase or TitleCase); an unknown
// case gives ReplacementChar.
func To(_case int, r rune) rune {
	mapped, _ := to(_case, r, CaseRanges)
	return mapped
}

// asciiShift is the distance from an ASCII capital to its small letter.
const asciiShift = 'a' - 'A'

// ToUpper gives the upper case form of r (r itself if it has none).
func ToUpper(r rune) rune {
	switch {
	case r > MaxASCII:
		return To(UpperCase, r)
	case r >= 'a' && r <= 'z':
		return r - asciiShift
	}
	return r
}

// ToLower gives the lower case form of r (r itself if it has none).
func ToLower(r rune) rune {
	switch {
	case r > MaxASCII:
		return To(LowerCase, r)
	case r >= 'A' && r <= 'Z':
		return r + asciiShift
	}
	return r
}

// ToTitle gives the title case form of r (r itself if it has none).
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		// ASCII letters' title case is their upper case.
		return ToUpper(r)
	}
	return To(TitleCase, r)
}

// SimpleFold steps through r's simple case-folding class: it gives the
// next larger member after r, wrapping round to the smallest. So 'K' gives
// 'k', 'k' gives U+212A (the Kelvin sign) and that gives 'K' again. A rune
// alone in its class gives itself, as does anything outside [0, MaxRune].
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// Classes of three or more runes, and pairs that are not simply
	// upper and lower case of each other, are in caseOrbit.
	first, past := 0, len(caseOrbit)
	for first < past {
		mid := (first + past) / 2
		if from := rune(caseOrbit[mid].From); from >= r {
			past = mid
		} else {
			first = mid + 1
		}
	}
	if first < len(caseOrbit) {
		if e := caseOrbit[first]; rune(e.From) == r {
			return rune(e.To)
		}
	}
	// Otherwise the class is r and its other case, if it has one.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
