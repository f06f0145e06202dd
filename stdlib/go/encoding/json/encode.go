// Package json converts between Go values and JSON text (RFC 7159),
// with the mapping, output and error texts of gc 1.19's encoding/json.
package json

// Go values to JSON text: Marshal, MarshalIndent and the encoder that
// walks a value through reflect.

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"sync"
)

// Marshaler is a type that writes its own JSON form; what it returns
// must be valid JSON, and is compacted.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Marshal gives v's JSON text, with <, > and & escaped in strings.
func Marshal(v any) ([]byte, error) {
	e := &encoder{html: true}
	if err := e.value(reflect.ValueOf(v), false); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is Marshal's text laid out by Indent: one element per
// line, each line after the first starting with prefix and then indent
// once per level of nesting.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndent(nil, b, prefix, indent)
}

// An encoder accumulates one value's JSON text.
type encoder struct {
	buf  []byte
	html bool // escape <, > and & in strings
	// depth counts the pointers, maps and slices being encoded; past
	// cycleWatch of them, their addresses are remembered to report a
	// cycle instead of recursing forever.
	depth  int
	active map[cycleKey]bool
}

const cycleWatch = 1000

type cycleKey struct {
	addr uintptr
	n    int // a slice's length: a slice of its own prefix is no cycle
}

var (
	marshalerIface       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerIface   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	unmarshalerIface     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textUnmarshalerIface = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	numberType           = reflect.TypeOf(Number(""))
)

// methodSets records which marshaling interfaces a type implements,
// and which only its pointer type does (through methods with pointer
// receivers, usable when the value is addressable).
type methodSets struct {
	json, ptrJSON, text, ptrText bool
}

var methodCache struct {
	sync.Mutex
	m map[reflect.Type]methodSets
}

func methodsOf(t reflect.Type) methodSets {
	methodCache.Lock()
	ms, ok := methodCache.m[t]
	methodCache.Unlock()
	if ok {
		return ms
	}
	ms.json = t.Implements(marshalerIface)
	ms.text = t.Implements(textMarshalerIface)
	if t.Kind() != reflect.Pointer {
		// A pointer type the program never names has no method
		// table of its own (reflect borrows its element's): only a
		// pointer type with pointer-receiver methods needs looking at.
		pt := reflect.PointerTo(t)
		ms.ptrJSON = !ms.json && pt.Implements(marshalerIface)
		ms.ptrText = !ms.text && pt.Implements(textMarshalerIface)
	}
	methodCache.Lock()
	if methodCache.m == nil {
		methodCache.m = map[reflect.Type]methodSets{}
	}
	methodCache.m[t] = ms
	methodCache.Unlock()
	return ms
}

// value appends v's JSON; quoted is the ",string" option of the field v
// came from.
func (e *encoder) value(v reflect.Value, quoted bool) error {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	t := v.Type()
	ms := methodsOf(t)
	// A method with a pointer receiver is used when v is addressable.
	switch {
	case ms.ptrJSON && v.CanAddr():
		return e.marshaler(v.Addr(), t)
	case ms.json:
		return e.marshaler(v, t)
	case ms.ptrText && v.CanAddr():
		return e.textMarshaler(v.Addr(), t)
	case ms.text:
		return e.textMarshaler(v, t)
	}

	k := v.Kind()
	switch {
	case k == reflect.Bool || isSigned(k) || isUnsigned(k):
		e.quoteIf(quoted)
		e.buf = append(e.buf, scalarText(v)...)
		e.quoteIf(quoted)
		return nil
	case isFloat(k):
		return e.float(v, t.Bits(), quoted)
	case k == reflect.String:
		return e.str(v, quoted)
	case k == reflect.Struct:
		return e.structValue(v)
	case k == reflect.Map:
		return e.mapValue(v)
	case k == reflect.Slice:
		return e.sliceValue(v)
	case k == reflect.Array:
		return e.elements(v)
	case k != reflect.Interface && k != reflect.Pointer:
		return &UnsupportedTypeError{t}
	}
	// An interface or pointer: null, or what it refers to.
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if k == reflect.Interface {
		return e.value(v.Elem(), quoted)
	}
	at := cycleKey{v.Pointer(), 0}
	if err := e.enter(v, at); err != nil {
		return err
	}
	err := e.value(v.Elem(), quoted)
	e.leave(at)
	return err
}

// scalarText spells a bool or an integer.
func scalarText(v reflect.Value) string {
	k := v.Kind()
	switch {
	case k == reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case isSigned(k):
		return strconv.FormatInt(v.Int(), 10)
	}
	return strconv.FormatUint(v.Uint(), 10)
}

func (e *encoder) quoteIf(quoted bool) {
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

// enter notes one more level of pointers, maps or slices, and past
// cycleWatch levels refuses to enter key twice.
func (e *encoder) enter(v reflect.Value, key cycleKey) error {
	e.depth++
	if e.depth <= cycleWatch {
		return nil
	}
	if e.active == nil {
		e.active = map[cycleKey]bool{}
	}
	if e.active[key] {
		e.depth--
		return &UnsupportedValueError{v, fmt.Sprintf("encountered a cycle via %s", v.Type())}
	}
	e.active[key] = true
	return nil
}

func (e *encoder) leave(key cycleKey) {
	if e.depth > cycleWatch {
		delete(e.active, key)
	}
	e.depth--
}

// marshaler appends what m's MarshalJSON returns, compacted; t is the
// type whose method it is, for the error.
func (e *encoder) marshaler(m reflect.Value, t reflect.Type) error {
	if m.Kind() == reflect.Pointer && m.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	mj, ok := m.Interface().(Marshaler)
	if !ok {
		// A nil interface value.
		e.buf = append(e.buf, "null"...)
		return nil
	}
	b, err := mj.MarshalJSON()
	if err == nil {
		e.buf, err = appendCompact(e.buf, b, e.html)
	}
	if err != nil {
		return &MarshalerError{t, err, "MarshalJSON"}
	}
	return nil
}

// textMarshaler appends what m's MarshalText returns, as a string.
func (e *encoder) textMarshaler(m reflect.Value, t reflect.Type) error {
	if m.Kind() == reflect.Pointer && m.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	tm, ok := m.Interface().(encoding.TextMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	b, err := tm.MarshalText()
	if err != nil {
		return &MarshalerError{t, err, "MarshalText"}
	}
	e.buf = appendString(e.buf, string(b), e.html)
	return nil
}

// float writes f as JavaScript would: plain decimals for magnitudes in
// [1e-6, 1e21), exponent form outside, in the fewest digits that read
// back to the same value.
func (e *encoder) float(v reflect.Value, bits int, quoted bool) error {
	f := v.Float()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return &UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)}
	}
	form := byte('f')
	if a := math.Abs(f); a != 0 {
		if bits == 64 && (a < 1e-6 || a >= 1e21) ||
			bits == 32 && (float32(a) < 1e-6 || float32(a) >= 1e21) {
			form = 'e'
		}
	}
	e.quoteIf(quoted)
	start := len(e.buf)
	e.buf = strconv.AppendFloat(e.buf, f, form, -1, bits)
	if form == 'e' {
		// A two-digit negative exponent loses its leading zero:
		// 1e-07 is written 1e-7.
		n := len(e.buf)
		if n-start >= 4 && e.buf[n-4] == 'e' && e.buf[n-3] == '-' && e.buf[n-2] == '0' {
			e.buf[n-2] = e.buf[n-1]
			e.buf = e.buf[:n-1]
		}
	}
	e.quoteIf(quoted)
	return nil
}

// str writes a string, or a Number's literal.
func (e *encoder) str(v reflect.Value, quoted bool) error {
	s := v.String()
	if v.Type() == numberType {
		if s == "" {
			s = "0"
		}
		if !isNumberText(s) {
			return fmt.Errorf("json: invalid number literal %q", s)
		}
		e.quoteIf(quoted)
		e.buf = append(e.buf, s...)
		e.quoteIf(quoted)
		return nil
	}
	if quoted {
		// The string's JSON form, itself as a JSON string.
		inner := appendString(nil, s, e.html)
		e.buf = appendString(e.buf, string(inner), false)
		return nil
	}
	e.buf = appendString(e.buf, s, e.html)
	return nil
}

func (e *encoder) structValue(v reflect.Value) error {
	info := fieldsOf(v.Type())
	first := true
	e.buf = append(e.buf, '{')
fields:
	for i := range info.fields {
		f := &info.fields[i]
		fv := v
		for _, x := range f.index {
			if k := fv.Kind(); k == reflect.Pointer && fv.IsNil() {
				// Promoted through a nil embedded pointer: the
				// field is absent.
				continue fields
			} else if k == reflect.Pointer {
				fv = fv.Elem()
			}
			fv = fv.Field(x)
		}
		if omittable(fv) && f.omitEmpty {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = appendString(e.buf, f.name, e.html)
		e.buf = append(e.buf, ':')
		if err := e.value(fv, f.quoted); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

// omittable is omitempty's test: false, 0, nil, and empty arrays,
// maps, slices and strings. A struct is never empty.
func omittable(v reflect.Value) bool {
	k := v.Kind()
	switch {
	case k == reflect.Bool:
		return !v.Bool()
	case isSigned(k):
		return v.Int() == 0
	case isUnsigned(k):
		return v.Uint() == 0
	case isFloat(k):
		return v.Float() == 0
	case k == reflect.Interface || k == reflect.Pointer:
		return v.IsNil()
	case k == reflect.Struct:
		return false
	}
	return (k == reflect.Array || k == reflect.Map || k == reflect.Slice || k == reflect.String) && v.Len() == 0
}

// keyKindOK tells whether map keys of type t can become JSON keys.
func keyKindOK(t reflect.Type) bool {
	if k := t.Kind(); k == reflect.String || isSigned(k) || isUnsigned(k) {
		return true
	}
	return t.Implements(textMarshalerIface)
}

// keyText is the JSON key of map key k: a string as it is, else the
// text of a TextMarshaler, else the decimal integer.
func keyText(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	return scalarText(k), nil
}

type mapEntry struct {
	key string
	val reflect.Value
}

// mapValue writes a map's entries sorted by their JSON keys.
func (e *encoder) mapValue(v reflect.Value) error {
	t := v.Type()
	if !keyKindOK(t.Key()) {
		return &UnsupportedTypeError{t}
	}
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	key := cycleKey{v.Pointer(), 0}
	if err := e.enter(v, key); err != nil {
		return err
	}
	defer e.leave(key)
	entries := make([]mapEntry, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		k, err := keyText(it.Key())
		if err != nil {
			return fmt.Errorf("json: encoding error for type %q: %q", t.String(), err.Error())
		}
		entries = append(entries, mapEntry{k, it.Value()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.buf = append(e.buf, '{')
	for i, en := range entries {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, en.key, e.html)
		e.buf = append(e.buf, ':')
		if err := e.value(en.val, false); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

func (e *encoder) sliceValue(v reflect.Value) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if et := v.Type().Elem(); et.Kind() == reflect.Uint8 {
		// Bytes are base64 text unless the element type has its own
		// marshaling.
		ms := methodsOf(et)
		if !ms.json && !ms.ptrJSON && !ms.text && !ms.ptrText {
			e.buf = append(e.buf, '"')
			e.buf = appendBase64(e.buf, v.Bytes())
			e.buf = append(e.buf, '"')
			return nil
		}
	}
	key := cycleKey{v.Pointer(), v.Len()}
	if err := e.enter(v, key); err != nil {
		return err
	}
	err := e.elements(v)
	e.leave(key)
	return err
}

// elements writes an array's or slice's elements.
func (e *encoder) elements(v reflect.Value) error {
	e.buf = append(e.buf, '[')
	n := v.Len()
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if err := e.value(v.Index(i), false); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, ']')
	return nil
}
