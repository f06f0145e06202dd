// Package reflect implements run-time reflection over splitgo's type
// descriptors (runtime/src/typedesc.rs), the same ones fmt, ==, maps and
// interface values use. The logic is Go; natives.go lists the memory
// operations the runtime provides.
package reflect

import "strconv"

// Kind classifies a type: Int, Slice, Struct and so on; zero is Invalid.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is kept as an alias of Pointer for older code.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if n := int(k); n >= len(kindNames) {
		return numberedName("kind", n)
	}
	return kindNames[k]
}

// ChanDir says whether a channel type sends, receives, or both.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return numberedName("ChanDir", int(d))
}

// numberedName spells an out-of-range enum value as its type prefix plus number.
func numberedName(prefix string, n int) string {
	return prefix + strconv.Itoa(n)
}

// Type describes a Go type; all implementations are *rtype.
type Type interface {
	Align() int
	FieldAlign() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	Implements(u Type) bool
	common() *rtype
}

// rtype is a type descriptor as the compiler lays it out: the fields
// follow runtime/src/typedesc.rs word for word.
type rtype struct {
	kind     uintptr
	size     uintptr
	align    uintptr
	elem     *rtype
	key      *rtype
	len      uintptr
	str      string
	nfields  int
	fields   *byte
	nmethods int
	methods  *byte
	pkgPath  string
	tflags   uintptr
	ptrTo    *rtype
	nin      int
	nout     int
	params   *byte
	ptrdata  uintptr
	link     *rtype
	ptrmask  uintptr
}

// Bits of rtype.tflags (typedesc.rs FLAG_*).
const (
	tflagNamed      = 1
	tflagComparable = 2
	tflagVariadic   = 4
	tflagChanRecv   = 8
	tflagChanSend   = 16
)

// fieldRec is a struct descriptor's field record (typedesc.rs FIELD_*).
type fieldRec struct {
	name    string
	offset  uintptr
	typ     *rtype
	tag     string
	flags   uintptr
	pkgPath string
}

const (
	fieldEmbedded = 1
	fieldExported = 2
)

// toType returns t as a Type, nil for a nil descriptor (as gc's toType:
// a nil *rtype must not become a non-nil interface).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil if i is nil.
func TypeOf(i any) Type {
	t, _ := unpackEface(i)
	return toType(t)
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) String() string { return t.str }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.align) }

func (t *rtype) Comparable() bool { return t.tflags&tflagComparable != 0 }

// Name returns a defined type's name within its package, "" for others.
func (t *rtype) Name() string {
	if t.tflags&tflagNamed == 0 {
		return ""
	}
	s := t.str
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// PkgPath returns a defined type's package path, "" for others.
func (t *rtype) PkgPath() string {
	if t.tflags&tflagNamed == 0 {
		return ""
	}
	return t.pkgPath
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	var d ChanDir
	if t.tflags&tflagChanRecv != 0 {
		d |= RecvDir
	}
	if t.tflags&tflagChanSend != 0 {
		d |= SendDir
	}
	return d
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return t.tflags&tflagVariadic != 0
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.nfields
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return t.nin
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return t.nout
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	if i < 0 || i >= t.nin {
		panic("reflect: In index out of range")
	}
	return toType(paramAt(t, i))
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	if i < 0 || i >= t.nout {
		panic("reflect: Out index out of range")
	}
	return toType(paramAt(t, t.nin+i))
}

// StructField holds what is known about one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported is true for upper-case field names (PkgPath empty).
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.nfields {
		panic("reflect: Field index out of bounds")
	}
	r := fieldAt(t, i)
	return StructField{
		Name:      r.name,
		PkgPath:   r.pkgPath,
		Type:      toType(r.typ),
		Tag:       StructTag(r.tag),
		Offset:    r.offset,
		Index:     []int{i},
		Anonymous: r.flags&fieldEmbedded != 0,
	}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName returns the struct field with the given name, looking
// through embedded structs breadth first: the shallowest depth with
// exactly one such field wins, two at that depth hide each other.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.fieldBy(func(n string) bool { return n == name })
}

// FieldByNameFunc returns the struct field with a name that satisfies
// match, looked up as FieldByName looks up a name.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	return t.fieldBy(match)
}

func (t *rtype) fieldBy(match func(string) bool) (StructField, bool) {
	type scan struct {
		typ   *rtype
		index []int
	}
	var depth []scan
	deeper := []scan{{typ: t}}
	visited := map[*rtype]bool{}
	for len(deeper) > 0 {
		depth, deeper = deeper, depth[:0]
		var result StructField
		found := 0
		for _, s := range depth {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < s.typ.nfields; i++ {
				r := fieldAt(s.typ, i)
				if match(r.name) {
					found++
					if found == 1 {
						result = s.typ.Field(i)
						result.Index = append(append([]int(nil), s.index...), i)
					}
					continue
				}
				if r.flags&fieldEmbedded == 0 {
					continue
				}
				ft := r.typ
				if ft.Kind() == Pointer {
					ft = ft.elem
				}
				if ft.Kind() == Struct {
					deeper = append(deeper, scan{ft, append(append([]int(nil), s.index...), i)})
				}
			}
		}
		if found == 1 {
			return result, true
		}
		if found > 1 {
			return StructField{}, false
		}
	}
	return StructField{}, false
}

// StructTag is the raw `key:"value"` text after a struct field.
type StructTag string

// Get is Lookup without the found flag: "" when key is absent.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, if
// any, following the convention key:"value" separated by spaces.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	rest := string(tag)
	for {
		name, quoted, tail, good := nextTagPair(rest)
		if !good {
			return "", false
		}
		rest = tail
		if name != key {
			continue
		}
		text, err := strconv.Unquote(quoted)
		if err != nil {
			return "", false
		}
		return text, true
	}
}

// nextTagPair cuts the first name:"value" pair off s, after any leading
// spaces. quoted keeps its quotes and escapes. good is false when s holds
// no further well-formed pair.
func nextTagPair(s string) (name, quoted, tail string, good bool) {
	p := 0
	for p < len(s) && s[p] == ' ' {
		p++
	}
	start := p
	// A name runs up to the colon and may not hold spaces, quotes or
	// control characters.
	for p < len(s) {
		c := s[p]
		if c <= ' ' || c == ':' || c == '"' || c == 0x7f {
			break
		}
		p++
	}
	if p == start || len(s)-p < 2 || s[p] != ':' || s[p+1] != '"' {
		return "", "", "", false
	}
	name = s[start:p]
	open := p + 1
	q := open + 1
	for ; q < len(s); q++ {
		if s[q] == '"' {
			return name, s[open : q+1], s[q+1:], true
		}
		if s[q] == '\\' {
			q++
		}
	}
	return "", "", "", false
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return directlyAssignable(u.common(), t) || implements(u.common(), t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(t, u.common())
}

// directlyAssignable reports whether a value of type v can be assigned
// to a variable of type t without conversion: identical types, or
// identical underlying types where one of them is not named.
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.tflags&tflagNamed != 0 && v.tflags&tflagNamed != 0 || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.tflags&(tflagChanRecv|tflagChanSend) == tflagChanRecv|tflagChanSend && t.elem == v.elem {
		return true
	}
	return haveIdenticalUnderlyingType(t, v)
}

// haveIdenticalType: descriptors are made once per type, so identical
// named types share one; unnamed ones are compared by structure.
func haveIdenticalType(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.tflags&tflagNamed != 0 || v.tflags&tflagNamed != 0 {
		return false
	}
	return haveIdenticalUnderlyingType(t, v)
}

func haveIdenticalUnderlyingType(t, v *rtype) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	if Bool <= k && k <= Complex128 || k == String || k == UnsafePointer {
		return true
	}
	switch k {
	case Array:
		return t.len == v.len && haveIdenticalType(t.elem, v.elem)
	case Chan:
		return t.tflags&(tflagChanRecv|tflagChanSend) == v.tflags&(tflagChanRecv|tflagChanSend) && haveIdenticalType(t.elem, v.elem)
	case Func:
		if t.nin != v.nin || t.nout != v.nout || t.tflags&tflagVariadic != v.tflags&tflagVariadic {
			return false
		}
		for i := 0; i < t.nin+t.nout; i++ {
			if !haveIdenticalType(paramAt(t, i), paramAt(v, i)) {
				return false
			}
		}
		return true
	case Interface:
		// Method sets are not compared yet: only two empty interfaces.
		return t.len == 0 && v.len == 0
	case Map:
		return haveIdenticalType(t.key, v.key) && haveIdenticalType(t.elem, v.elem)
	case Pointer, Slice:
		return haveIdenticalType(t.elem, v.elem)
	case Struct:
		if t.nfields != v.nfields {
			return false
		}
		for i := 0; i < t.nfields; i++ {
			a, b := fieldAt(t, i), fieldAt(v, i)
			if a.name != b.name || a.pkgPath != b.pkgPath || a.tag != b.tag || a.offset != b.offset ||
				a.flags != b.flags || !haveIdenticalType(a.typ, b.typ) {
				return false
			}
		}
		return true
	}
	return false
}

// convertible reports whether a value of type v converts to type t (the
// conversions the Go spec allows).
func convertible(v, t *rtype) bool {
	if haveIdenticalUnderlyingType(t, v) {
		return true
	}
	vk, tk := v.Kind(), t.Kind()
	if isNumeric(vk) && isNumeric(tk) {
		return (vk >= Complex64) == (tk >= Complex64)
	}
	if tk == String && (isInteger(vk) || isByteOrRuneSlice(v)) {
		return true
	}
	if vk == String && isByteOrRuneSlice(t) {
		return true
	}
	if vk == Pointer && tk == Pointer && v.tflags&tflagNamed == 0 && t.tflags&tflagNamed == 0 &&
		haveIdenticalUnderlyingType(t.elem, v.elem) {
		return true
	}
	if vk == Slice && tk == Pointer && t.elem.Kind() == Array && t.elem.elem == v.elem {
		return true
	}
	return implements(t, v)
}

func isInteger(k Kind) bool { return Int <= k && k <= Uintptr }

func isNumeric(k Kind) bool { return Int <= k && k <= Complex128 }

func isByteOrRuneSlice(t *rtype) bool {
	if t.Kind() != Slice {
		return false
	}
	k := t.elem.Kind()
	return (k == Uint8 || k == Int32) && t.elem.PkgPath() == ""
}
