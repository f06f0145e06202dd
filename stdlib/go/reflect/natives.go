package reflect

// The functions in this file are declared without a body: they are
// implemented by the runtime (runtime/src/reflect.rs). They are the few
// memory operations Go cannot write without package unsafe: every *byte
// is the address of a value, and an *rtype is a run-time type descriptor
// (runtime/src/typedesc.rs), which the rtype struct mirrors word for word.

// unpackEface returns the two words of an empty interface: the dynamic
// type's descriptor (nil for a nil interface) and the address of the
// value it holds.
func unpackEface(i any) (*rtype, *byte)

// packEface returns an interface holding a copy of the value of type t at
// p; for an interface type, the interface value stored at p itself.
func packEface(t *rtype, p *byte) any

// storeEface stores the two words of i at p (an empty interface slot).
func storeEface(p *byte, i any)

// load reads size bytes at p, zero-extended.
func load(p *byte, size uintptr) uint64

// store writes the low size bytes of v at p.
func store(p *byte, size uintptr, v uint64)

// add returns p + off.
func add(p *byte, off uintptr) *byte

// loadPtr reads the pointer word at p.
func loadPtr(p *byte) *byte

// storePtr writes the pointer word v at p.
func storePtr(p *byte, v *byte)

// memmove copies n bytes from src to dst.
func memmove(dst, src *byte, n uintptr)

// loadString reads the string header at p; storeString writes one.
func loadString(p *byte) string
func storeString(p *byte, s string)

// loadBytes and loadRunes read the slice header at p; storeBytes and
// storeRunes write one.
func loadBytes(p *byte) []byte
func storeBytes(p *byte, b []byte)
func loadRunes(p *byte) []rune
func storeRunes(p *byte, r []rune)

// newOf returns a zeroed value of type t in the heap, its pointer words
// known to the heap.
func newOf(t *rtype) *byte

// newArray returns n zeroed values of type t in a row.
func newArray(t *rtype, n int) *byte

// allocWords returns n zeroed words (n <= 64) of which those whose bit is
// set in ptrs hold pointers.
func allocWords(n, ptrs uintptr) *byte

// allocFrame returns size zeroed bytes for a call's arguments and results,
// none a pointer until markAt says so.
func allocFrame(size uintptr) *byte

// markAt records that a value of type t lies at p, in memory allocFrame
// returned: its pointer words become the heap's pointer words.
func markAt(p *byte, t *rtype)

// markWords is markAt for the words at p whose bit is set in ptrs.
func markWords(p *byte, ptrs uintptr)

// fieldAt returns struct type t's i-th field record.
func fieldAt(t *rtype, i int) *fieldRec

// paramAt returns func type t's i-th parameter type, counting on into
// its results.
func paramAt(t *rtype, i int) *rtype

// mapAccess returns the cell of key k's value in map m, or nil.
func mapAccess(m, k *byte) (*byte, bool)

// mapAssign returns the cell of key k's value, adding the key if it is
// absent; nil for a nil map.
func mapAssign(m, k *byte) *byte

// mapDelete deletes key k from map m.
func mapDelete(m, k *byte)

// mapNext returns the key and value cells of the first entry at or after
// position pos, and the position after it; k is nil when none is left.
func mapNext(m *byte, pos int) (k, v *byte, next int)

// makeMap returns a new map object with keys of type k and values of v.
func makeMap(k, v *rtype) *byte

// valuesEqual is == on two values of comparable type t.
func valuesEqual(t *rtype, a, b *byte) bool

// growslice makes the slice header at s able to hold newLen elements of
// type elem, growing its array as append does; it leaves the length.
func growslice(elem *rtype, s *byte, newLen int)

// methodAt returns type t's i-th method record.
func methodAt(t *rtype, i int) *methodRec

// getitab returns the itab of interface type iface for concrete type t,
// nil if t lacks one of its methods.
func getitab(iface, t *rtype) *byte
