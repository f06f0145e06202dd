package json

// JSON text to Go values: Unmarshal and the decoder behind it and the
// Decoder. The text is checked whole by the scanner first, so the
// decoder below is a recursive descent over input known to be valid: it
// never meets a syntax error. A value that does not fit its Go
// destination is skipped and the first such mismatch reported at the
// end; an error from an Unmarshaler stops decoding at once.

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
)

// Unmarshaler is a type that decodes its own JSON form. It is given
// the text of one valid value, which it must copy to keep.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// Unmarshal checks that data is one JSON value and stores it in what v
// points to; v must be a non-nil pointer.
func Unmarshal(data []byte, v any) error {
	var d decoder
	if err := checkValid(data, &d.scan); err != nil {
		return err
	}
	d.data = data
	return d.unmarshal(v)
}

type decoder struct {
	data  []byte
	off   int // the next byte to read
	scan  scanner
	saved error // the first mismatch, reported at the end
	// Where in the destination the decoder is, for mismatches: the
	// innermost struct type and the JSON names of the fields leading
	// there from the outermost struct.
	inStruct reflect.Type
	path     []string
	// The Decoder's settings.
	useNumber  bool
	strictKeys bool
}

func (d *decoder) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if !(rv.Kind() == reflect.Pointer && !rv.IsNil()) {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.off = 0
	d.saved = nil
	d.inStruct = nil
	d.path = d.path[:0]
	// rv itself, not what it points at, is decoded into: the pointer
	// type's methods count as the value's own.
	if err := d.value(rv); err != nil {
		return d.placed(err)
	}
	return d.saved
}

// placed adds the field path to a mismatch error.
func (d *decoder) placed(err error) error {
	if te, ok := err.(*UnmarshalTypeError); ok && (d.inStruct != nil || len(d.path) > 0) {
		te.Struct = d.inStruct.Name()
		te.Field = joinPath(d.path)
	}
	return err
}

func joinPath(p []string) string {
	s := ""
	for i, name := range p {
		if i > 0 {
			s += "."
		}
		s += name
	}
	return s
}

func (d *decoder) save(err error) {
	if d.saved == nil {
		d.saved = d.placed(err)
	}
}

func (d *decoder) mismatch(what string, t reflect.Type, off int) {
	d.save(&UnmarshalTypeError{Value: what, Type: t, Offset: int64(off)})
}

func (d *decoder) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// skipValue moves past the value starting at d.off.
func (d *decoder) skipValue() {
	depth := 0
	for {
		switch d.data[d.off] {
		case '"':
			d.off = stringEnd(d.data, d.off)
		case '{', '[':
			depth++
			d.off++
		case '}', ']':
			depth--
			d.off++
		default:
			if depth == 0 {
				d.off = literalEnd(d.data, d.off)
			} else {
				d.off++
			}
		}
		if depth == 0 {
			return
		}
	}
}

// stringEnd finds the end of the string literal starting at i.
func stringEnd(data []byte, i int) int {
	for i++; data[i] != '"'; i++ {
		if data[i] == '\\' {
			i++
		}
	}
	return i + 1
}

// literalEnd finds the end of the literal (string, number or word)
// starting at i.
func literalEnd(data []byte, i int) int {
	if data[i] == '"' {
		return stringEnd(data, i)
	}
	for i < len(data) {
		c := data[i]
		if c == ',' || c == '}' || c == ']' || c == ':' || isSpace(c) {
			break
		}
		i++
	}
	return i
}

// value decodes the value at d.off into v; an invalid v skips it.
func (d *decoder) value(v reflect.Value) error {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		if !v.IsValid() {
			d.skipValue()
			return nil
		}
		return d.object(v)
	case '[':
		if !v.IsValid() {
			d.skipValue()
			return nil
		}
		return d.array(v)
	}
	start := d.off
	d.off = literalEnd(d.data, start)
	if !v.IsValid() {
		return nil
	}
	return d.literal(d.data[start:d.off], v, false)
}

// indirect goes from v to what a JSON value is stored in: through
// pointers, allocating the nil ones, and through interfaces holding
// non-nil pointers. It stops early at an Unmarshaler or (unless
// decoding null) a TextUnmarshaler, and, decoding null, at the first
// pointer that can be set to nil.
func indirect(v reflect.Value, null bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	orig := v
	// A named non-pointer v is looked at through its address, so that
	// methods with pointer receivers are found; once past that first
	// pointer, v itself is resumed (keeping its own flags).
	viaAddr := v.CanAddr() && v.Kind() != reflect.Pointer && v.Type().Name() != ""
	if viaAddr {
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && v.Elem().IsValid() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!null || e.Elem().Kind() == reflect.Pointer) {
				viaAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if null && v.CanSet() {
			break
		}
		// An interface holding its own address would loop forever.
		if e := v.Elem(); e.Kind() == reflect.Interface {
			if in := e.Elem(); in.IsValid() && in.Type() == v.Type() && in.Pointer() == v.Pointer() {
				v = e
				break
			}
		}
		if v.IsNil() {
			fresh := reflect.New(v.Type().Elem())
			v.Set(fresh)
		}
		if v.CanInterface() && v.Type().NumMethod() != 0 {
			switch m := v.Interface().(type) {
			case Unmarshaler:
				return m, nil, reflect.Value{}
			case encoding.TextUnmarshaler:
				if !null {
					return nil, m, reflect.Value{}
				}
			}
		}
		if viaAddr {
			v = orig
			viaAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// composite hands the object or array at d.off to v's UnmarshalJSON
// method when it has one, or skips it as a type mismatch when v has only
// UnmarshalText (done is then true); otherwise it returns the value to
// decode into, pointers allocated on the way.
func (d *decoder) composite(v reflect.Value, kind string) (pv reflect.Value, done bool, err error) {
	u, tu, pv := indirect(v, false)
	if u != nil {
		start := d.off
		d.skipValue()
		return pv, true, u.UnmarshalJSON(d.data[start:d.off])
	}
	if tu != nil {
		d.mismatch(kind, v.Type(), d.off+1)
		d.skipValue()
		return pv, true, nil
	}
	return pv, false, nil
}

// object decodes the object at d.off.
func (d *decoder) object(v reflect.Value) error {
	pv, done, err := d.composite(v, "object")
	if done {
		return err
	}
	v = pv
	t := v.Type()
	if isEmptyInterface(v) {
		v.Set(reflect.ValueOf(d.anyObject()))
		return nil
	}
	var info *structInfo
	switch v.Kind() {
	case reflect.Map:
		if !mapKeyOK(t.Key()) {
			d.mismatch("object", t, d.off+1)
			d.skipValue()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		info = fieldsOf(t)
	default:
		d.mismatch("object", t, d.off+1)
		d.skipValue()
		return nil
	}

	outerStruct, outerDepth := d.inStruct, len(d.path)
	d.off++ // '{'
	d.skipSpace()
	if d.data[d.off] == '}' {
		d.off++
		return nil
	}
	for {
		d.skipSpace()
		keyStart := d.off
		d.off = stringEnd(d.data, keyStart)
		rawKey := d.data[keyStart:d.off]
		key, _ := unquote(rawKey)

		var dst reflect.Value
		quoted := false
		if info == nil {
			dst = reflect.New(t.Elem()).Elem()
		} else if f := info.lookupField(key); f != nil {
			dst = v
			quoted = f.quoted
			for _, x := range f.index {
				if dst.Kind() == reflect.Pointer {
					if dst.IsNil() {
						if !dst.CanSet() {
							d.save(fmt.Errorf("json: cannot set embedded pointer to unexported struct: %v", dst.Type().Elem()))
							dst = reflect.Value{}
							quoted = false
							break
						}
						fresh := reflect.New(dst.Type().Elem())
						dst.Set(fresh)
					}
					dst = dst.Elem()
				}
				dst = dst.Field(x)
			}
			d.path = append(d.path, f.name)
			d.inStruct = t
		} else if d.strictKeys {
			d.save(fmt.Errorf("json: unknown field %q", key))
		}

		d.skipSpace()
		d.off++ // ':'
		var err error
		if quoted {
			err = d.quotedValue(dst)
		} else {
			err = d.value(dst)
		}
		if err != nil {
			return err
		}
		if info == nil {
			if err := d.storeEntry(v, t, rawKey, key, keyStart, dst); err != nil {
				return err
			}
		}
		d.inStruct = outerStruct
		d.path = d.path[:outerDepth]

		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == '}' {
			return nil
		}
	}
}

// mapKeyOK tells whether an object can decode into maps with keys of
// type t: strings, integers, or a TextUnmarshaler.
func mapKeyOK(t reflect.Type) bool {
	if k := t.Kind(); k == reflect.String || isSigned(k) || isUnsigned(k) {
		return true
	}
	return reflect.PointerTo(t).Implements(textUnmarshalerIface)
}

// storeEntry converts an object's key to the map's key type and stores
// the decoded element under it.
func (d *decoder) storeEntry(m reflect.Value, t reflect.Type, rawKey, key []byte, keyStart int, elem reflect.Value) error {
	kt := t.Key()
	kv := reflect.New(kt)
	if reflect.PointerTo(kt).Implements(textUnmarshalerIface) {
		// The key's text, quotes and all, goes to UnmarshalText.
		if err := d.literal(rawKey, kv, true); err != nil {
			return err
		}
		m.SetMapIndex(kv.Elem(), elem)
		return nil
	}
	if kt.Kind() == reflect.String {
		kv.Elem().SetString(string(key))
		m.SetMapIndex(kv.Elem(), elem)
		return nil
	}
	n, ok := numberOf(string(key), kt)
	if !ok {
		d.mismatch("number "+string(key), kt, keyStart+1)
		return nil
	}
	m.SetMapIndex(n, elem)
	return nil
}

// quotedValue decodes a field with the ",string" option: its value is
// a string holding the JSON literal to store (or null).
func (d *decoder) quotedValue(v reflect.Value) error {
	d.skipSpace()
	c := d.data[d.off]
	if c == '{' || c == '[' {
		d.skipValue()
		d.save(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", v.Type()))
		return nil
	}
	start := d.off
	d.off = literalEnd(d.data, start)
	item := d.data[start:d.off]
	switch c {
	case 'n':
		return d.literal([]byte("null"), v, false)
	case '"':
		inner, _ := unquote(item)
		return d.literal(inner, v, true)
	}
	d.save(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", v.Type()))
	return nil
}

// array decodes the array at d.off.
func (d *decoder) array(v reflect.Value) error {
	pv, done, err := d.composite(v, "array")
	if done {
		return err
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if isEmptyInterface(v) {
			v.Set(reflect.ValueOf(d.anyArray()))
			return nil
		}
		d.mismatch("array", v.Type(), d.off+1)
		d.skipValue()
		return nil
	case reflect.Slice, reflect.Array:
	default:
		d.mismatch("array", v.Type(), d.off+1)
		d.skipValue()
		return nil
	}

	isSlice := v.Kind() == reflect.Slice
	d.off++ // '['
	d.skipSpace()
	i := 0
	if d.data[d.off] == ']' {
		d.off++
	} else {
		for {
			if isSlice {
				if i >= v.Cap() {
					// Grow by half, as gc does: it shows in the
					// capacity of the result.
					c := v.Cap() + v.Cap()/2
					if c < 4 {
						c = 4
					}
					grown := reflect.MakeSlice(v.Type(), v.Len(), c)
					reflect.Copy(grown, v)
					v.Set(grown)
				}
				if i >= v.Len() {
					v.SetLen(i + 1)
				}
			}
			var err error
			if i < v.Len() {
				err = d.value(v.Index(i))
			} else {
				err = d.value(reflect.Value{})
			}
			if err != nil {
				return err
			}
			i++
			d.skipSpace()
			c := d.data[d.off]
			d.off++
			if c == ']' {
				break
			}
		}
	}
	if i < v.Len() {
		if isSlice {
			v.SetLen(i)
		} else {
			zero := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(zero)
			}
		}
	}
	if i == 0 && isSlice {
		// An empty array gives an empty slice, never nil.
		empty := reflect.MakeSlice(v.Type(), 0, 0)
		v.Set(empty)
	}
	return nil
}

// literal stores the literal item (a string, number, true, false or
// null) in v. fromString says item was unwrapped from a ",string"
// field's string, where it may be anything.
func (d *decoder) literal(item []byte, v reflect.Value, fromString bool) error {
	if len(item) == 0 {
		d.save(fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, v.Type()))
		return nil
	}
	misuse := func() error {
		return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, v.Type())
	}
	c := item[0]
	u, tu, pv := indirect(v, c == 'n')
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if tu != nil {
		if c != '"' {
			if fromString {
				d.save(misuse())
				return nil
			}
			what := "number"
			switch c {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.mismatch(what, v.Type(), d.off)
			return nil
		}
		s, ok := unquote(item)
		if !ok {
			return misuse()
		}
		return tu.UnmarshalText(s)
	}
	v = pv

	switch {
	case c == 'n':
		if fromString && string(item) != "null" {
			d.save(misuse())
			return nil
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
			v.Set(reflect.Zero(v.Type()))
		}
		// null leaves other kinds as they are.
	case c == 't' || c == 'f':
		if fromString && string(item) != "true" && string(item) != "false" {
			d.save(misuse())
			return nil
		}
		b := c == 't'
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(b)
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(b))
		case fromString && v.Kind() != reflect.Interface:
			d.save(misuse())
		default:
			d.mismatch("bool", v.Type(), d.off)
		}
	case c == '"':
		s, ok := unquote(item)
		if !ok {
			return misuse()
		}
		switch v.Kind() {
		case reflect.String:
			if !isNumberText(string(s)) && v.Type() == numberType {
				return fmt.Errorf("json: invalid number literal, trying to unmarshal %q into Number", item)
			}
			v.SetString(string(s))
		case reflect.Slice:
			if et := v.Type().Elem(); et.Kind() != reflect.Uint8 {
				d.mismatch("string", v.Type(), d.off)
				return nil
			}
			b, err := decodeBase64(s)
			if err != nil {
				d.save(err)
				return nil
			}
			v.SetBytes(b)
		case reflect.Interface:
			if v.NumMethod() != 0 {
				d.mismatch("string", v.Type(), d.off)
				return nil
			}
			str := string(s)
			v.Set(reflect.ValueOf(str))
		default:
			d.mismatch("string", v.Type(), d.off)
		}
	default:
		if !(c == '-' || '0' <= c && c <= '9') {
			return misuse()
		}
		return d.number(string(item), v, fromString)
	}
	return nil
}

// number stores the number literal s in v.
func (d *decoder) number(s string, v reflect.Value, fromString bool) error {
	switch v.Kind() {
	case reflect.Interface:
		n, err := d.anyNumber(s)
		if err != nil {
			d.save(err)
			return nil
		}
		if v.NumMethod() != 0 {
			d.mismatch("number", v.Type(), d.off)
			return nil
		}
		v.Set(reflect.ValueOf(n))
	default:
		if k := v.Kind(); isSigned(k) || isUnsigned(k) || isFloat(k) {
			n, ok := numberOf(s, v.Type())
			if !ok {
				d.mismatch("number "+s, v.Type(), d.off)
				return nil
			}
			v.Set(n)
			return nil
		}
		if v.Type() == numberType {
			v.SetString(s)
			return nil
		}
		if fromString {
			return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", s, v.Type())
		}
		d.mismatch("number", v.Type(), d.off)
	}
	return nil
}

// anyNumber is a number for an interface{}: a float64, or a Number
// with UseNumber.
func (d *decoder) anyNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.off + 1)}
	}
	return f, nil
}

// anyValue decodes the value at d.off as interface{} holds it: objects
// as map[string]interface{}, arrays as []interface{}, numbers as
// float64, and strings, bools and nil.
func (d *decoder) anyValue() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		return d.anyObject()
	case '[':
		return d.anyArray()
	}
	start := d.off
	d.off = literalEnd(d.data, start)
	item := d.data[start:d.off]
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		s, _ := unquote(item)
		return string(s)
	}
	n, err := d.anyNumber(string(item))
	if err != nil {
		d.save(err)
	}
	return n
}

func (d *decoder) anyObject() map[string]any {
	m := map[string]any{}
	d.off++ // '{'
	d.skipSpace()
	if d.data[d.off] == '}' {
		d.off++
		return m
	}
	for {
		d.skipSpace()
		start := d.off
		d.off = stringEnd(d.data, start)
		key, _ := unquote(d.data[start:d.off])
		d.skipSpace()
		d.off++ // ':'
		m[string(key)] = d.anyValue()
		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == '}' {
			return m
		}
	}
}

func (d *decoder) anyArray() []any {
	a := []any{}
	d.off++ // '['
	d.skipSpace()
	if d.data[d.off] == ']' {
		d.off++
		return a
	}
	for {
		a = append(a, d.anyValue())
		d.skipSpace()
		c := d.data[d.off]
		d.off++
		if c == ']' {
			return a
		}
	}
}

// numberOf parses the literal s as a value of the integer or float
// type t; false when it is not such a number or does not fit.
func numberOf(s string, t reflect.Type) (reflect.Value, bool) {
	out := reflect.New(t).Elem()
	k := t.Kind()
	switch {
	case isSigned(k):
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || out.OverflowInt(n) {
			return out, false
		}
		out.SetInt(n)
	case isUnsigned(k):
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || out.OverflowUint(n) {
			return out, false
		}
		out.SetUint(n)
	default:
		f, err := strconv.ParseFloat(s, t.Bits())
		if err != nil || out.OverflowFloat(f) {
			return out, false
		}
		out.SetFloat(f)
	}
	return out, true
}

// isEmptyInterface tells whether v is an interface{} (any value fits).
func isEmptyInterface(v reflect.Value) bool {
	return v.Kind() == reflect.Interface && v.NumMethod() == 0
}
