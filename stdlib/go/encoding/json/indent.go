package json

// Reshaping JSON text without decoding it: Compact, Indent and
// HTMLEscape, driven by the scanner so that bytes inside strings are
// never mistaken for structure.

import "bytes"

// appendCompact appends src without its insignificant space; with html,
// <, >, &, U+2028 and U+2029 are escaped as well. On a syntax error
// nothing is appended.
func appendCompact(dst, src []byte, html bool) ([]byte, error) {
	start := len(dst)
	var s scanner
	s.reset()
	from := 0 // src[from:i] is still to be copied
	for i := 0; i < len(src); i++ {
		c := src[i]
		if html {
			var esc []byte
			switch {
			case c == '<' || c == '>' || c == '&':
				esc = []byte{'\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15]}
			case c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8:
				esc = []byte{'\\', 'u', '2', '0', '2', hexDigits[src[i+2]&15]}
			}
			if esc != nil {
				dst = append(dst, src[from:i]...)
				dst = append(dst, esc...)
				from = i + 1
				if c == 0xe2 {
					// The rune's other two bytes are stepped over
					// with it; they cannot change the scanner's
					// course inside a string.
					s.step(c)
					s.step(src[i+1])
					i += 2
					from = i + 1
				}
			}
		}
		ev := s.step(c)
		if ev == evError {
			return dst[:start], s.err
		}
		if ev == evSpace || ev == evDone {
			dst = append(dst, src[from:i]...)
			from = i + 1
		}
	}
	if s.eof() == evError {
		return dst[:start], s.err
	}
	return append(dst, src[from:]...), nil
}

// Compact appends src to dst without the space between its tokens.
func Compact(dst *bytes.Buffer, src []byte) error {
	out, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

// appendNewline starts a line at the given depth.
func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

// appendIndent appends src laid out one element per line. Leading space
// is dropped; space after the value is kept, as gc keeps it.
func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	start := len(dst)
	var s scanner
	s.reset()
	depth := 0
	// opened: a '{' or '[' was just written; its first member goes on a
	// new line unless the container is empty.
	opened := false
	for _, c := range src {
		ev := s.step(c)
		if ev == evSpace {
			continue
		}
		if ev == evError {
			return dst[:start], s.err
		}
		if opened && ev != evCloseObject && ev != evCloseArray {
			opened = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch ev {
		case evOpenObject, evOpenArray:
			opened = true
			dst = append(dst, c)
		case evObjectComma, evArrayComma:
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case evColon:
			dst = append(dst, c, ' ')
		case evCloseObject, evCloseArray:
			if opened {
				opened = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	if s.eof() == evError {
		return dst[:start], s.err
	}
	return dst, nil
}

// Indent appends src to dst one element per line: every line but the
// first starts with prefix, then indent once per level. Empty arrays
// and objects stay on one line; space after the value is kept.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	out, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

// HTMLEscape appends src to dst with <, >, &, U+2028 and U+2029 written
// as \u escapes, which makes JSON text safe to put in a <script>
// element.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	from := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[from:i])
			dst.Write([]byte{'\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15]})
			from = i + 1
		}
		if c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8 {
			dst.Write(src[from:i])
			dst.Write([]byte{'\\', 'u', '2', '0', '2', hexDigits[src[i+2]&15]})
			i += 2
			from = i + 1
		}
	}
	dst.Write(src[from:])
}
