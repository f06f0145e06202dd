// The Replace family and Expand: the natives say which matches are
// replaced (ReplaceAll skips an empty match right after a replaced one);
// the text between them is copied here, and `$` templates are expanded
// by Go's rules: $1, ${1}, $name, ${name}, $$ for a dollar, a name being
// the longest run of letters, digits and underscores.

package regexp

import "unicode/utf8"

func (re *Regexp) replace(bsrc []byte, src string, useB bool, groups bool, repl func(dst []byte, m []int) []byte) []byte {
	var buf []byte
	size := len(src)
	if useB {
		size = len(bsrc)
	}
	last := 0
	for _, m := range re.execAll(src, bsrc, useB, groups, true, -1) {
		if useB {
			buf = append(buf, bsrc[last:m[0]]...)
		} else {
			buf = append(buf, src[last:m[0]]...)
		}
		buf = repl(buf, m)
		last = m[1]
	}
	if useB {
		buf = append(buf, bsrc[last:size]...)
	} else {
		buf = append(buf, src[last:size]...)
	}
	return buf
}

func hasDollar(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '$' {
			return true
		}
	}
	return false
}

// ReplaceAllString returns a copy of src with every match replaced by repl,
// whose $ references are expanded.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	b := re.replace(nil, src, false, hasDollar(repl), func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, nil, src, false, m)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src with every match replaced
// by repl, taken as it stands.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(nil, src, false, false, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src with every match replaced by
// what repl returns for it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(nil, src, false, false, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll returns a copy of src with every match replaced by repl,
// whose $ references are expanded.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	tmpl := string(repl)
	return re.replace(src, "", true, hasDollar(tmpl), func(dst []byte, m []int) []byte {
		return re.expand(dst, tmpl, src, "", true, m)
	})
}

// ReplaceAllLiteral returns a copy of src with every match replaced by
// repl, taken as it stands.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(src, "", true, false, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src with every match replaced by what
// repl returns for it.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(src, "", true, false, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with its $ references replaced by the
// groups of match in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", true, match)
}

// ExpandString is Expand for a string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, false, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, useB bool, match []int) []byte {
	appendGroup := func(g int) bool {
		if 2*g+1 >= len(match) || match[2*g] < 0 {
			return false
		}
		lo, hi := match[2*g], match[2*g+1]
		if useB {
			dst = append(dst, bsrc[lo:hi]...)
		} else {
			dst = append(dst, src[lo:hi]...)
		}
		return true
	}
	for {
		i := 0
		for i < len(template) && template[i] != '$' {
			i++
		}
		dst = append(dst, template[:i]...)
		if i == len(template) {
			return dst
		}
		template = template[i+1:]
		if len(template) > 0 && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := reference(template)
		if !ok {
			// Not a reference: the dollar is plain text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			appendGroup(num)
			continue
		}
		for k, n := range re.subexpNames {
			if n == name && appendGroup(k) {
				break
			}
		}
	}
}

// reference reads the name or {name} after a dollar: the name, its value
// as a group number (-1 when it is not a plain decimal number), the text
// after it, and whether there was one.
func reference(s string) (name string, num int, rest string, ok bool) {
	braced := len(s) > 0 && s[0] == '{'
	if braced {
		s = s[1:]
	}
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !isNameRune(r) {
			break
		}
		n += size
	}
	if n == 0 {
		return "", 0, "", false
	}
	name = s[:n]
	if braced {
		if n >= len(s) || s[n] != '}' {
			return "", 0, "", false
		}
		n++
	}
	num = 0
	for _, d := range []byte(name) {
		if d < '0' || d > '9' || num >= 100000000 {
			num = -1
			break
		}
		num = num*10 + int(d-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		num = -1
	}
	return name, num, s[n:], true
}

// nameRunes matches one letter or decimal digit beyond ASCII; compiled on
// first need.
var nameRunes *Regexp

func isNameRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if r == utf8.RuneError {
		return false
	}
	if nameRunes == nil {
		nameRunes = MustCompile(`^[\pL\p{Nd}]$`)
	}
	return nameRunes.MatchString(string(r))
}
