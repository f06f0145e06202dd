// Range tables: the RangeTable type, the membership tests over it (Is, In,
// IsOneOf), and the decoding of rangetables.go's data into the exported
// tables and the Categories, Scripts, Properties, FoldCategory and
// FoldScript maps.
//
// Every table is decoded at package initialization into one array of
// tables over two shared arrays of ranges: a few thousand small records,
// a fraction of a millisecond, and a program that imports unicode checks
// and compiles one string and a decoding loop, not thousands of
// composite-literal elements (nor hundreds of variable initializers: the
// exported variables are set by one loop in init).
package unicode

// RangeTable is a set of code points: the union of its ranges, 16-bit ones
// first, then 32-bit ones, each list sorted and non-overlapping.
// LatinOffset counts the entries of R16 that lie wholly within Latin-1
// (Hi <= MaxLatin1).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the code points Lo, Lo+Stride, Lo+2*Stride, ... up to Hi, all
// below 0x10000.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is as Range16 for code points that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// rangeTables holds every table of rangetables.go, in its order. It is an
// array, so the maps and the exported variables can point into it before
// init has filled it.
var rangeTables [rangeTableCount]RangeTable

func init() {
	decodeRangeTables()
	at := 0
	for _, v := range exportedTables() {
		*v = &rangeTables[base32(exportedIndex, &at)]
	}
}

// base32 reads the number at s[*at:] in the generator's digits: each digit
// holds 5 bits, least significant first; '<'..'[' are digits with more to
// come, ']'..'|' the last one. It advances *at past it.
func base32(s string, at *int) uint32 {
	var v uint32
	for shift := uint(0); ; shift += 5 {
		c := s[*at]
		*at++
		if c >= ']' {
			return v | uint32(c-']')<<shift
		}
		v |= uint32(c-'<') << shift
	}
}

func decodeRangeTables() {
	// All the ranges live in two arrays the tables share, sized by the
	// generator's counts.
	at := 0
	all16 := make([]Range16, range16Count)
	all32 := make([]Range32, range32Count)
	next16, next32 := 0, 0
	for i := range rangeTables {
		t := &rangeTables[i]
		n16 := int(base32(rangeData, &at))
		n32 := int(base32(rangeData, &at))
		t.LatinOffset = int(base32(rangeData, &at))
		// A table without ranges of one width keeps a nil list, as
		// gc's tables do.
		if n16 > 0 {
			t.R16 = all16[next16 : next16+n16 : next16+n16]
			hi := uint32(0)
			for k := range t.R16 {
				lo := hi + base32(rangeData, &at)
				hi = lo + base32(rangeData, &at)
				t.R16[k] = Range16{uint16(lo), uint16(hi), uint16(base32(rangeData, &at))}
			}
		}
		if n32 > 0 {
			t.R32 = all32[next32 : next32+n32 : next32+n32]
			hi := uint32(0)
			for k := range t.R32 {
				lo := hi + base32(rangeData, &at)
				hi = lo + base32(rangeData, &at)
				t.R32[k] = Range32{lo, hi, base32(rangeData, &at)}
			}
		}
		next16 += n16
		next32 += n32
	}
}

// tableMap builds a map of table names from space-separated keys and the
// table index of each (base-32 digits).
func tableMap(keys, index string) map[string]*RangeTable {
	m := make(map[string]*RangeTable)
	start, at := 0, 0
	for i := 0; i <= len(keys); i++ {
		if i == len(keys) || keys[i] == ' ' {
			m[keys[start:i]] = &rangeTables[base32(index, &at)]
			start = i + 1
		}
	}
	return m
}

// Categories maps a general category's name ("Lu", or "L" for all the
// letters) to its table.
var Categories = tableMap(categoriesKeys, categoriesIndex)

// Scripts maps a script's name ("Latin", "Han", ...) to its table.
var Scripts = tableMap(scriptsKeys, scriptsIndex)

// Properties maps a property's name ("White_Space", ...) to its table.
var Properties = tableMap(propertiesKeys, propertiesIndex)

// FoldCategory maps a category's name to the code points outside the
// category that simple case folding makes equivalent to some inside it;
// a category without such points has no entry.
var FoldCategory = tableMap(foldCategoryKeys, foldCategoryIndex)

// FoldScript is as FoldCategory for scripts.
var FoldScript = tableMap(foldScriptKeys, foldScriptIndex)

// searchCutoff: lists up to this long are scanned in order, longer ones
// searched by halves.
const searchCutoff = 18

// in16 tells whether r is in one of the sorted ranges rs.
func in16(rs []Range16, r uint16) bool {
	if len(rs) <= searchCutoff || r <= MaxLatin1 {
		for _, g := range rs {
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	first, past := 0, len(rs)
	for first < past {
		mid := first + (past-first)/2
		g := rs[mid]
		switch {
		case r < g.Lo:
			past = mid
		case r > g.Hi:
			first = mid + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// in32 is in16 for 32-bit ranges.
func in32(rs []Range32, r uint32) bool {
	if len(rs) <= searchCutoff {
		for _, g := range rs {
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	first, past := 0, len(rs)
	for first < past {
		mid := first + (past-first)/2
		g := rs[mid]
		switch {
		case r < g.Lo:
			past = mid
		case r > g.Hi:
			first = mid + 1
		default:
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is tells whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	// Unsigned comparisons: a negative r is above every Hi, so it is in
	// neither list.
	r16 := rangeTab.R16
	if n := len(r16); n > 0 && uint32(r) <= uint32(r16[n-1].Hi) {
		return in16(r16, uint16(r))
	}
	if r32 := rangeTab.R32; len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// isAboveLatin is Is for an r above Latin-1: the table's Latin-1 ranges
// need not be looked at.
func isAboveLatin(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16[rangeTab.LatinOffset:]
	if n := len(r16); n > 0 && uint32(r) <= uint32(r16[n-1].Hi) {
		return in16(r16, uint16(r))
	}
	if r32 := rangeTab.R32; len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// In tells whether r is in at least one of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables as a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}
