// The classification functions (IsLetter, IsDigit, IsGraphic, ...): a
// byte of property bits for each Latin-1 code point answers there, the
// range tables answer above.
package unicode

// The bits of latinProps (rangetables.go): a letter has one or both of
// the two letter bits, both meaning neither upper nor lower case.
const (
	propControl   = 1 << iota // Cc
	propPunct                 // P
	propNumber                // N
	propSymbol                // S
	propSpace                 // Z
	propUpper                 // Lu
	propLower                 // Ll
	propPrintable             // what IsPrint accepts

	propLetters = propUpper | propLower
	// IsGraphic also accepts the space separators IsPrint leaves out
	// (U+00A0 here).
	propGraphic = propPrintable | propSpace
)

func latinHas(r rune, bits uint8) bool { return latinProps[uint8(r)]&bits != 0 }

// IsGraphic tells whether r is graphic by Unicode's definition: a letter,
// mark, number, punctuation, symbol or space separator (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propGraphic)
	}
	return In(r, GraphicRanges...)
}

// IsPrint tells whether r is printable by Go's definition: as IsGraphic,
// but of the spaces only U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propPrintable)
	}
	return In(r, PrintRanges...)
}

// IsControl tells whether r is a control character (C0, DEL or C1); other
// code points of category C, such as surrogates, are not.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propControl)
	}
	return false
}

// IsLetter tells whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propLetters)
	}
	return isAboveLatin(Letter, r)
}

// IsMark tells whether r is a mark (category M); Latin-1 has none.
func IsMark(r rune) bool {
	return isAboveLatin(Mark, r)
}

// IsNumber tells whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propNumber)
	}
	return isAboveLatin(Number, r)
}

// IsDigit tells whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isAboveLatin(Digit, r)
}

// IsPunct tells whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propPunct)
	}
	return Is(Punct, r)
}

// IsSymbol tells whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinHas(r, propSymbol)
	}
	return isAboveLatin(Symbol, r)
}

// IsUpper tells whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinProps[uint8(r)]&propLetters == propUpper
	}
	return isAboveLatin(Upper, r)
}

// IsLower tells whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latinProps[uint8(r)]&propLetters == propLower
	}
	return isAboveLatin(Lower, r)
}

// IsTitle tells whether r is a title case letter (category Lt); Latin-1
// has none.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isAboveLatin(Title, r)
}
