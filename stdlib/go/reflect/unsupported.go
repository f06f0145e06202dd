package reflect

// What splitgo's reflect cannot do yet: each is declared without a body
// and has no native, so a program that uses one is refused when it is
// compiled ("not yet supported by the runtime: reflect.MakeFunc"), rather
// than failing while it runs. They need type descriptors or code made at
// run time.

// StructOf returns the struct type containing fields.
func StructOf(fields []StructField) Type

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type

// FuncOf returns the function type with the given argument and result
// types.
func FuncOf(in, out []Type, variadic bool) Type

// ChanOf returns the channel type with the given direction and element
// type.
func ChanOf(dir ChanDir, t Type) Type
