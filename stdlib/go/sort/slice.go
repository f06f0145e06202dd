package sort

// The sorts of any slice. Go reaches the elements through reflect's
// Swapper; here two natives stand in for it: sliceLen, the length of the
// slice held in an interface, and swapElems, which exchanges two of its
// elements whatever their type, by their size in the type descriptor.

// sliceLen returns the reflect.Kind number of what x holds (0 for nil)
// and, when that is a slice, its length.
func sliceLen(x any) (n int, kind int)

// swapElems exchanges elements i and j (both in range) of the slice x holds.
func swapElems(x any, i, j int)

const sliceKind = 23 // reflect.Slice

// swapRangeMsg is reflect.Swapper's panic for an index outside the slice.
const swapRangeMsg = "reflect: slice index out of range"

// kindNames are reflect.Kind's names, by number.
var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

// valueError is the panic of reflect's methods called on a value of the
// wrong kind (reflect.ValueError).
type valueError struct {
	method string
	kind   int
}

func (e *valueError) Error() string {
	if e.kind == 0 {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + kindNames[e.kind] + " Value"
}

// funcs sorts through a Less and a Swap function.
type funcs struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *funcs) Len() int           { return f.n }
func (f *funcs) Less(i, j int) bool { return f.less(i, j) }
func (f *funcs) Swap(i, j int)      { f.swap(i, j) }

// swapper returns a function that swaps elements of the slice x holds,
// and its length; it panics as reflect.Swapper when x holds no slice.
func swapper(x any) (func(i, j int), int) {
	n, kind := sliceLen(x)
	if kind != sliceKind {
		panic(&valueError{"Swapper", kind})
	}
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic(swapRangeMsg)
		}
		swapElems(x, i, j)
	}, n
}

// Slice orders the slice x so that less(i, j) holds for no pair with
// j < i. Equal elements may end up in any order (see SliceStable). less
// must be a strict weak ordering, like Interface's Less. x must hold a
// slice, else Slice panics.
func Slice(x any, less func(i, j int) bool) {
	swap, n := swapper(x)
	pdqsort(&funcs{n, less, swap}, 0, n, bitLen(uint(n)))
}

// SliceStable is Slice that keeps equal elements in the order they had.
func SliceStable(x any, less func(i, j int) bool) {
	swap, n := swapper(x)
	stable(&funcs{n, less, swap}, n)
}

// SliceIsSorted tells whether no element of the slice x is less than the
// one before it; it panics if x holds no slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, kind := sliceLen(x)
	if kind != sliceKind {
		panic(&valueError{"reflect.Value.Len", kind})
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
