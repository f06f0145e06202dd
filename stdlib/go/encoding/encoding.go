// Package encoding names the interfaces through which a type converts
// itself to and from bytes or text; packages such as encoding/json use
// them in place of their own rules when a type provides them.
package encoding

// BinaryMarshaler is a type that can render itself as bytes.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is a type that can restore itself from the bytes
// its MarshalBinary produced; it copies the data if it keeps it.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is a type that can render itself as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is a type that can restore itself from the text its
// MarshalText produced; it copies the text if it keeps it.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
