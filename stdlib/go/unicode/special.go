// Language-specific case mappings: SpecialCase and the Turkish (and
// Azeri) dotted and dotless i.
package unicode

// SpecialCase is a set of case mappings that take precedence over the
// ordinary ones, for a language with its own rules.
type SpecialCase []CaseRange

// TurkishCase: Turkish pairs dotless ı (U+0131) with I, and i with dotted
// İ (U+0130).
var TurkishCase SpecialCase = turkishRanges

// AzeriCase follows the same rules as TurkishCase.
var AzeriCase SpecialCase = turkishRanges

var turkishRanges = SpecialCase{
	{'I', 'I', d{0, 'ı' - 'I', 0}},
	{'i', 'i', d{'İ' - 'i', 0, 'İ' - 'i'}},
	{'İ', 'İ', d{0, 'i' - 'İ', 0}},
	{'ı', 'ı', d{'I' - 'ı', 0, 'I' - 'ı'}},
}

// mapSpecial maps r to case c by the special ranges first, and by the
// ordinary mapping when none of them holds r.
func (special SpecialCase) mapSpecial(c int, r rune, ordinary func(rune) rune) rune {
	mapped, found := to(c, r, []CaseRange(special))
	if mapped == r && !found {
		return ordinary(r)
	}
	return mapped
}

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	return special.mapSpecial(UpperCase, r, ToUpper)
}

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	return special.mapSpecial(TitleCase, r, ToTitle)
}

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	return special.mapSpecial(LowerCase, r, ToLower)
}
