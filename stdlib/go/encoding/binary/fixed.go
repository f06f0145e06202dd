package binary

// Read, Write and Size: fixed-size values (booleans, sized numbers,
// arrays and structs of them, and slices of those) encoded field after
// field in a byte order, through package reflect.

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// Size returns how many bytes Write would generate to encode the value
// v, which must be a fixed-size value or a slice of fixed-size values, or
// a pointer to such data. If v is neither of these, Size returns -1.
func Size(v any) int {
	return valueSize(reflect.Indirect(reflect.ValueOf(v)))
}

// valueSize is the encoded size of v; for a slice, of all its elements.
func valueSize(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		each := typeSize(v.Type().Elem())
		if each < 0 {
			return -1
		}
		return each * v.Len()
	}
	return typeSize(v.Type())
}

// typeSize is the encoded size of a value of type t, -1 when t has no
// fixed size (int, uintptr, strings, pointers, slices, maps ...).
func typeSize(t reflect.Type) int {
	switch k := t.Kind(); k {
	case reflect.Array:
		each := typeSize(t.Elem())
		if each < 0 {
			return -1
		}
		return each * t.Len()
	case reflect.Struct:
		total := 0
		n := t.NumField()
		for i := 0; i < n; i++ {
			size := typeSize(t.Field(i).Type)
			if size < 0 {
				return -1
			}
			total += size
		}
		return total
	default:
		if sized(k) {
			return int(t.Size())
		}
	}
	return -1
}

// sized is true for the kinds whose size does not depend on the machine.
func sized(k reflect.Kind) bool {
	// Int and Uint (and Uintptr, after Uint64) are the machine's size.
	return k == reflect.Bool || reflect.Int8 <= k && k <= reflect.Int64 ||
		reflect.Uint8 <= k && k <= reflect.Uint64 || reflect.Float32 <= k && k <= reflect.Complex128
}

// predeclared is true for the predeclared types gc's Read and Write
// treat without reflection (bool and the sized integers and floats,
// not their named variants): what they do with these is visible in a
// few corner cases, which Read and Write reproduce.
func predeclared(t reflect.Type) bool {
	k := t.Kind()
	return sized(k) && k != reflect.Complex64 && k != reflect.Complex128 &&
		t.PkgPath() == "" && t.Name() == k.String()
}

// plainPointer is true for *T of a predeclared T.
func plainPointer(v reflect.Value) bool {
	return v.Kind() == reflect.Pointer && v.Type().Name() == "" && predeclared(v.Type().Elem())
}

// nilDeref fails as storing through a nil *T does.
func nilDeref() {
	var p *uint8
	*p = 0
}

// Read reads structured binary data from r into data, which must be a
// pointer to a fixed-size value or a slice of fixed-size values. Bytes
// are decoded in order and stored in successive fields; blank (_) fields
// are skipped. It returns io.EOF when no byte could be read, and
// io.ErrUnexpectedEOF when only part of them could; then data is left
// as it was.
func Read(r io.Reader, order ByteOrder, data any) error {
	if b, ok := data.([]byte); ok && len(b) > 0 {
		in := make([]byte, len(b))
		if _, err := io.ReadFull(r, in); err != nil {
			return err
		}
		copy(b, in)
		return nil
	}
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() && plainPointer(v) {
			// gc reads first, then stores through the pointer.
			if _, err := io.ReadFull(r, make([]byte, v.Type().Elem().Size())); err != nil {
				return err
			}
			nilDeref()
		}
		v = v.Elem()
		size = valueSize(v)
	case reflect.Slice:
		size = valueSize(v)
	default:
		// A predeclared value (not a pointer to one) is refused, but gc
		// consumes its bytes first.
		if v.IsValid() && predeclared(v.Type()) {
			if _, err := io.ReadFull(r, make([]byte, v.Type().Size())); err != nil {
				return err
			}
		}
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	c := &codec{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, c.buf); err != nil {
		return err
	}
	c.decode(v)
	return nil
}

// Write writes the binary representation of data into w: a fixed-size
// value, a slice of fixed-size values, or a pointer to such data. Blank
// (_) fields are written as zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	if b, ok := data.([]byte); ok && len(b) > 0 {
		_, err := w.Write(b)
		return err
	}
	v := reflect.ValueOf(data)
	if plainPointer(v) && v.IsNil() {
		nilDeref()
	}
	v = reflect.Indirect(v)
	size := valueSize(v)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
	}
	c := &codec{order: order, buf: make([]byte, size)}
	c.encode(v)
	_, err := w.Write(c.buf)
	return err
}

// codec walks a value over buf from off, one field or element at a time.
type codec struct {
	order ByteOrder
	buf   []byte
	off   int
}

// take returns the next n bytes of buf and moves past them.
func (c *codec) take(n int) []byte {
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

// get decodes an unsigned number of n bytes (1, 2, 4 or 8).
func (c *codec) get(n int) uint64 {
	b := c.take(n)
	switch n {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(c.order.Uint16(b))
	case 4:
		return uint64(c.order.Uint32(b))
	}
	return c.order.Uint64(b)
}

// put encodes the low n bytes of x (n is 1, 2, 4 or 8).
func (c *codec) put(n int, x uint64) {
	b := c.take(n)
	switch n {
	case 1:
		b[0] = byte(x)
	case 2:
		c.order.PutUint16(b, uint16(x))
	case 4:
		c.order.PutUint32(b, uint32(x))
	default:
		c.order.PutUint64(b, x)
	}
}

// getFloat decodes a float of n bytes (4 or 8).
func (c *codec) getFloat(n int) float64 {
	if n == 4 {
		return float64(math.Float32frombits(uint32(c.get(4))))
	}
	return math.Float64frombits(c.get(8))
}

// putFloat encodes x as a float of n bytes (4 or 8).
func (c *codec) putFloat(n int, x float64) {
	if n == 4 {
		c.put(4, uint64(math.Float32bits(float32(x))))
		return
	}
	c.put(8, math.Float64bits(x))
}

// skipped is true for struct v's field i when it is blank: its bytes are
// passed over on reading and zero on writing.
func skipped(v reflect.Value, i int) bool {
	return v.Type().Field(i).Name == "_" && !v.Field(i).CanSet()
}

// decode stores the next bytes into v, which is settable.
func (c *codec) decode(v reflect.Value) {
	k := v.Kind()
	switch {
	case k == reflect.Array || k == reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.decode(v.Index(i))
		}
	case k == reflect.Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if skipped(v, i) {
				c.off += valueSize(v.Field(i))
				continue
			}
			c.decode(v.Field(i))
		}
	case k == reflect.Bool:
		v.SetBool(c.get(1) != 0)
	case k >= reflect.Int8 && k <= reflect.Int64:
		n := int(v.Type().Size())
		// Sign-extend from the value's width.
		shift := uint(64 - 8*n)
		v.SetInt(int64(c.get(n)<<shift) >> shift)
	case k >= reflect.Uint8 && k <= reflect.Uint64:
		v.SetUint(c.get(int(v.Type().Size())))
	case k == reflect.Float32 || k == reflect.Float64:
		v.SetFloat(c.getFloat(int(v.Type().Size())))
	case k == reflect.Complex64 || k == reflect.Complex128:
		half := int(v.Type().Size()) / 2
		re := c.getFloat(half)
		v.SetComplex(complex(re, c.getFloat(half)))
	}
}

// encode writes v's bytes.
func (c *codec) encode(v reflect.Value) {
	k := v.Kind()
	switch {
	case k == reflect.Array || k == reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.encode(v.Index(i))
		}
	case k == reflect.Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if skipped(v, i) {
				// buf starts zeroed.
				c.off += valueSize(v.Field(i))
				continue
			}
			c.encode(v.Field(i))
		}
	case k == reflect.Bool:
		var b uint64
		if v.Bool() {
			b = 1
		}
		c.put(1, b)
	case k >= reflect.Int8 && k <= reflect.Int64:
		c.put(int(v.Type().Size()), uint64(v.Int()))
	case k >= reflect.Uint8 && k <= reflect.Uint64:
		c.put(int(v.Type().Size()), v.Uint())
	case k == reflect.Float32 || k == reflect.Float64:
		c.putFloat(int(v.Type().Size()), v.Float())
	case k == reflect.Complex64 || k == reflect.Complex128:
		half := int(v.Type().Size()) / 2
		x := v.Complex()
		c.putFloat(half, real(x))
		c.putFloat(half, imag(x))
	}
}
