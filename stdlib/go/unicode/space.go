package unicode

// IsSpace tells whether r has Unicode's White_Space property. Below U+0100
// those are tab, newline, vertical tab, form feed, carriage return, the
// space itself, NEL (U+0085) and no-break space (U+00A0); above come the
// Ogham space mark, the run U+2000..U+200A, the line and paragraph
// separators, U+202F, U+205F and the ideographic space U+3000.
func IsSpace(r rune) bool {
	if r < 0x100 {
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xA0
	}
	if 0x2000 <= r && r <= 0x200A {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}
