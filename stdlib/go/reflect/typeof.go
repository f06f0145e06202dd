package reflect

import (
	"strconv"
	"sync"
)

// Types made at run time: PtrTo, SliceOf, ArrayOf, MapOf, ChanOf, FuncOf
// and StructOf first look for the program's own descriptor of the type
// (the compiler links all its descriptors in a ring, typedesc.rs LINK),
// so that the Type they return is == to TypeOf of a value of that type
// and type assertions to it succeed, as in gc. Otherwise they build a
// descriptor in the heap, once per type (the caches below): it has no
// methods and is not in the ring.

// lookupType returns the program's descriptor of kind k that match
// accepts, or nil.
func lookupType(k Kind, match func(*rtype) bool) *rtype {
	start := uint8Type
	for t := start; t != nil; {
		if Kind(t.kind) == k && t.tflags&tflagNamed == 0 && match(t) {
			return t
		}
		t = t.link
		if t == start {
			break
		}
	}
	return nil
}

// addrOf returns the address a pointer value holds, as a *byte (the
// interface's data word points at a copy of the pointer).
func addrOf(p any) *byte {
	_, box := unpackEface(p)
	return loadPtr(box)
}

type typeKey struct {
	kind Kind
	elem *rtype
	key  *rtype
	n    int
}

var madeTypes = map[typeKey]*rtype{}

// typesMu guards the caches of made types: goroutines may be preempted
// between a lookup and the store, and two descriptors of one type would
// not be ==.
var typesMu sync.Mutex

// composite returns the type of kind k over elem (and key, n), found or
// made by make.
func composite(k typeKey, match func(*rtype) bool, make func() *rtype) *rtype {
	typesMu.Lock()
	defer typesMu.Unlock()
	if t, ok := madeTypes[k]; ok {
		return t
	}
	t := lookupType(k.kind, match)
	if t == nil {
		t = make()
	}
	madeTypes[k] = t
	return t
}

// PtrTo is the older spelling of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo gives the type *t.
func PointerTo(t Type) Type {
	return t.common().ptrType()
}

func (t *rtype) ptrType() *rtype {
	if t.ptrTo != nil {
		return t.ptrTo
	}
	return composite(typeKey{kind: Pointer, elem: t},
		func(p *rtype) bool { return p.elem == t },
		func() *rtype {
			return &rtype{kind: uintptr(Pointer), size: ptrSize, align: ptrSize, elem: t,
				str: "*" + t.str, tflags: tflagComparable, ptrdata: ptrSize}
		})
}

// SliceOf builds (or reuses) the type []t.
func SliceOf(t Type) Type {
	e := t.common()
	return composite(typeKey{kind: Slice, elem: e},
		func(s *rtype) bool { return s.elem == e },
		func() *rtype {
			return &rtype{kind: uintptr(Slice), size: 3 * ptrSize, align: ptrSize, elem: e,
				str: "[]" + e.str, ptrdata: ptrSize}
		})
}

// ArrayOf builds (or reuses) the type [length]elem.
func ArrayOf(length int, elem Type) Type {
	e := elem.common()
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if e.size > 0 && uintptr(length) > ^uintptr(0)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	return composite(typeKey{kind: Array, elem: e, n: length},
		func(a *rtype) bool { return a.elem == e && a.len == uintptr(length) },
		func() *rtype {
			t := &rtype{kind: uintptr(Array), size: e.size * uintptr(length), align: e.align, elem: e,
				len: uintptr(length), str: "[" + strconv.Itoa(length) + "]" + e.str,
				tflags: e.tflags & tflagComparable}
			if length > 0 && e.ptrdata > 0 {
				t.ptrdata = e.size*uintptr(length-1) + e.ptrdata
			}
			return t
		})
}

// MapOf builds (or reuses) the type map[key]elem.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	return composite(typeKey{kind: Map, elem: e, key: k},
		func(m *rtype) bool { return m.key == k && m.elem == e },
		func() *rtype {
			return &rtype{kind: uintptr(Map), size: ptrSize, align: ptrSize, elem: e, key: k,
				str: "map[" + k.str + "]" + e.str, ptrdata: ptrSize}
		})
}

// ChanOf returns the channel type with the given direction and element
// type.
func ChanOf(dir ChanDir, t Type) Type {
	e := t.common()
	var flags uintptr
	var s string
	switch dir {
	case SendDir:
		flags, s = tflagChanSend, "chan<- "+e.str
	case RecvDir:
		flags, s = tflagChanRecv, "<-chan "+e.str
	case BothDir:
		flags = tflagChanRecv | tflagChanSend
		if e.Kind() == Chan && e.tflags&tflagNamed == 0 && e.ChanDir() == RecvDir {
			s = "chan (" + e.str + ")"
		} else {
			s = "chan " + e.str
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	return composite(typeKey{kind: Chan, elem: e, n: int(flags)},
		func(c *rtype) bool {
			return c.elem == e && c.tflags&(tflagChanRecv|tflagChanSend) == flags
		},
		func() *rtype {
			return &rtype{kind: uintptr(Chan), size: ptrSize, align: ptrSize, elem: e, str: s,
				tflags: flags | tflagComparable, ptrdata: ptrSize}
		})
}

var funcTypes []*rtype

// FuncOf returns the function type with the given argument and result
// types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	params := make([]*rtype, 0, len(in)+len(out)+1)
	for _, t := range in {
		params = append(params, t.common())
	}
	for _, t := range out {
		params = append(params, t.common())
	}
	var flags uintptr
	if variadic {
		flags = tflagVariadic
	}
	same := func(f *rtype) bool {
		if f.nin != len(in) || f.nout != len(out) || f.tflags&tflagVariadic != flags {
			return false
		}
		for i, p := range params {
			if paramAt(f, i) != p {
				return false
			}
		}
		return true
	}
	typesMu.Lock()
	defer typesMu.Unlock()
	for _, f := range funcTypes {
		if same(f) {
			return f
		}
	}
	f := lookupType(Func, same)
	if f == nil {
		s := "func("
		for i, p := range params[:len(in)] {
			if i > 0 {
				s += ", "
			}
			if variadic && i == len(in)-1 {
				s += "..." + p.elem.str
			} else {
				s += p.str
			}
		}
		s += ")"
		if len(out) == 1 {
			s += " " + params[len(in)].str
		} else if len(out) > 1 {
			s += " ("
			for i, p := range params[len(in):] {
				if i > 0 {
					s += ", "
				}
				s += p.str
			}
			s += ")"
		}
		// A one-element list keeps the array's address valid when
		// params is empty.
		params = append(params, nil)
		f = &rtype{kind: uintptr(Func), size: ptrSize, align: ptrSize, str: s, tflags: flags,
			nin: len(in), nout: len(out), params: addrOf(&params[0]), ptrdata: ptrSize}
	}
	funcTypes = append(funcTypes, f)
	return f
}

var structTypes []*rtype

// StructOf returns the struct type containing fields, laid out as the
// compiler lays out structs. Embedded fields are accepted only without
// methods to promote (splitgo makes no method tables at run time).
func StructOf(fields []StructField) Type {
	recs := make([]fieldRec, len(fields)+1)
	var size, align, ptrdata uintptr = 0, 1, 0
	comparable := true
	seen := map[string]bool{}
	s := "struct {"
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		ft := f.Type.common()
		var flags uintptr
		if f.Anonymous {
			flags |= fieldEmbedded
		}
		pkg := ""
		if f.Name[0] >= 'A' && f.Name[0] <= 'Z' {
			flags |= fieldExported
		} else {
			if f.PkgPath == "" {
				panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
			}
			pkg = f.PkgPath
		}
		size = alignUp(size, ft.align)
		if ft.align > align {
			align = ft.align
		}
		recs[i] = fieldRec{name: f.Name, offset: size, typ: ft, tag: string(f.Tag), flags: flags, pkgPath: pkg}
		if ft.ptrdata > 0 {
			ptrdata = size + ft.ptrdata
		}
		size += ft.size
		comparable = comparable && ft.Comparable()
		if i > 0 {
			s += ";"
		}
		if f.Anonymous {
			s += " " + ft.str
		} else {
			s += " " + f.Name + " " + ft.str
		}
		if f.Tag != "" {
			s += " " + strconv.Quote(string(f.Tag))
		}
	}
	// gc pads a struct ending in a zero-size field so that a pointer to
	// that field stays inside the object.
	if size > 0 && len(fields) > 0 && fields[len(fields)-1].Type.Size() == 0 {
		size++
	}
	size = alignUp(size, align)
	if len(fields) > 0 {
		s += " "
	}
	s += "}"
	t := &rtype{kind: uintptr(Struct), size: size, align: align, str: s,
		nfields: len(fields), fields: addrOf(&recs[0]), ptrdata: ptrdata}
	if comparable {
		t.tflags |= tflagComparable
	}
	typesMu.Lock()
	defer typesMu.Unlock()
	for _, o := range structTypes {
		if haveIdenticalUnderlyingType(o, t) {
			return o
		}
	}
	if o := lookupType(Struct, func(o *rtype) bool { return haveIdenticalUnderlyingType(o, t) }); o != nil {
		t = o
	}
	structTypes = append(structTypes, t)
	return t
}

func isValidFieldName(name string) bool {
	for i, c := range name {
		letter := c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
		if !letter && !(i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return len(name) > 0
}
