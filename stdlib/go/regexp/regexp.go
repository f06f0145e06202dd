// Package regexp: Go's regular expressions (RE2 syntax, leftmost-first
// matching, byte offsets over UTF-8). A Regexp holds the handle of a
// program the runtime compiled and keeps (runtime/src/regexp/); the
// natives below find matches, and everything built from matches (the
// Find, Replace and Split families, Expand) is Go code here.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"unicode/utf8"
)

// Regexp is a compiled regular expression, safe for use by concurrent
// goroutines (except Longest, which changes it).
type Regexp struct {
	expr        string
	handle      int
	numSubexp   int
	subexpNames []string
	prefix      string
	complete    bool
	longest     bool
	posix       bool
}

// The runtime's side (runtime/src/regexp/mod.rs says the layouts).
func compileNative(expr string, mode int) (h int, nsub int, names string, prefix string, complete bool, code string, frag string)
func execNative(h int, s string, b []byte, useB int, groups int, dst []int) bool
func execAllNative(h int, s string, b []byte, useB int, groups int, replace int, n int, dst []int) int

func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compile asks the runtime for a program: mode 0 for Compile, 1 for a
// leftmost-longest one, 2 for CompilePOSIX.
func compile(expr string, mode int) (*Regexp, error) {
	h, nsub, names, prefix, complete, code, frag := compileNative(expr, mode)
	if h == 0 {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: frag}
	}
	re := &Regexp{expr: expr, handle: h, numSubexp: nsub, prefix: prefix, complete: complete, longest: mode != 0, posix: mode == 2}
	re.subexpNames = make([]string, 0, nsub+1)
	start := 0
	for i := 0; i <= len(names); i++ {
		if i == len(names) || names[i] == ',' {
			re.subexpNames = append(re.subexpNames, names[start:i])
			start = i + 1
		}
	}
	return re, nil
}

// Compile reads a pattern in Go's syntax and gives the Regexp that
// matches it, or the *syntax.Error saying why it cannot.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, 0)
}

// CompilePOSIX is Compile for POSIX ERE syntax (egrep's), matching
// leftmost-longest: no Perl classes or flags, `^` and `$` at every line.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, 2)
}

// MustCompilePOSIX is CompilePOSIX for patterns known to be good.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompile is Compile for patterns known to be good: a bad one panics.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// quote writes the pattern as panics show it: between backquotes when
// that can be read back, else as a Go string literal.
func quote(s string) string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if n > 1 {
			if r == '\ufeff' {
				return strconv.Quote(s)
			}
			continue
		}
		if r == utf8.RuneError || r == '`' || r == 0x7f || (r < ' ' && r != '\t') {
			return strconv.Quote(s)
		}
	}
	return "`" + s + "`"
}

// String gives back the pattern the Regexp was compiled from.
func (re *Regexp) String() string {
	return re.expr
}

// Copy gives a second Regexp equal to re (a leftover of older Go).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	l, err := compile(re.expr, 1)
	if err != nil {
		panic("regexp: " + err.Error())
	}
	re.handle = l.handle
	re.longest = true
}

// NumSubexp counts the capturing groups of the pattern.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames lists the group names by group number ("" for an unnamed
// group and for the whole match at index 0).
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1 if there is none.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for k := range re.subexpNames {
			if re.subexpNames[k] == name {
				return k
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the
// regular expression re, and whether that string is the whole expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.complete
}

// unusable fails as Go does on a Regexp that Compile did not make (the
// zero value): with the fault of a nil pointer dereference.
func unusable() int {
	var p *Regexp
	return p.handle
}

// exec finds the leftmost match: its offsets (of every group when groups)
// or nil.
func (re *Regexp) exec(s string, b []byte, useB bool, groups bool) []int {
	n := 2
	if groups {
		n = 2 * (re.numSubexp + 1)
	}
	dst := make([]int, n)
	if re.handle == 0 {
		unusable()
	}
	if !execNative(re.handle, s, b, flag(useB), flag(groups), dst) {
		return nil
	}
	return dst
}

// execAll finds the successive matches FindAll reports (at most n, n < 0
// for all), or those ReplaceAll replaces.
func (re *Regexp) execAll(s string, b []byte, useB bool, groups bool, replace bool, n int) [][]int {
	per := 2
	if groups {
		per = 2 * (re.numSubexp + 1)
	}
	dst := make([]int, 16*per)
	if re.handle == 0 {
		unusable()
	}
	count := execAllNative(re.handle, s, b, flag(useB), flag(groups), flag(replace), n, dst)
	if count*per > len(dst) {
		dst = make([]int, count*per)
		execAllNative(re.handle, s, b, flag(useB), flag(groups), flag(replace), n, dst)
	}
	if count == 0 {
		return nil
	}
	out := make([][]int, count)
	for i := range out {
		out[i] = dst[i*per : (i+1)*per : (i+1)*per]
	}
	return out
}

// readAll reads a RuneReader to its end, keeping each invalid byte as a
// byte the matcher decodes as U+FFFD again.
func readAll(r io.RuneReader) string {
	var buf []byte
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			break
		}
		if size == 1 && c == utf8.RuneError {
			buf = append(buf, 0xff)
			continue
		}
		buf = utf8.AppendRune(buf, c)
	}
	return string(buf)
}

// MatchReader reports whether the text read from r contains any match.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.MatchString(readAll(r))
}

// MatchString reports whether the string s contains any match.
func (re *Regexp) MatchString(s string) bool {
	return re.exec(s, nil, false, false) != nil
}

// Match reports whether the byte slice b contains any match.
func (re *Regexp) Match(b []byte) bool {
	return re.exec("", b, true, false) != nil
}

// MatchReader reports whether the text read from r contains a match of
// the pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether the string s contains a match of the pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains a match of the pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns the text with every regexp metacharacter escaped.
func QuoteMeta(s string) string {
	const meta = `\.+*?()|[]{}^$`
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		isMeta := false
		for j := 0; j < len(meta); j++ {
			if meta[j] == c {
				isMeta = true
				break
			}
		}
		if isMeta {
			if b == nil {
				b = make([]byte, 0, 2*len(s))
				b = append(b, s[:i]...)
			}
			b = append(b, '\\')
		}
		if b != nil {
			b = append(b, c)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}
