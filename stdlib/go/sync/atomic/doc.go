// Package atomic provides atomic memory operations: loads, stores,
// swaps, compare-and-swaps and additions of integers and pointers, the
// typed wrappers Int32, Int64, Uint32, Uint64, Uintptr and Bool, and Value.
//
// The functions declared without a body are implemented by the runtime
// (natives): each is one atomic instruction of the machine on the word
// addr points at, so they stay atomic when several threads run Go code.
// A nil addr panics with the nil dereference. Pointer[T] is not provided:
// splitgo has no generics.
package atomic

import "unsafe"

// SwapInt32 puts new in *addr and answers what was there, in one step.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 puts new in *addr and answers what was there, in one step.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 puts new in *addr and answers what was there, in one step.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 puts new in *addr and answers what was there, in one step.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr puts new in *addr and answers what was there, in one step.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// SwapPointer puts new in *addr and answers what was there, in one step.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwapInt32 puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// CompareAndSwapPointer puts new in *addr if *addr is old, in one step, and
// tells whether it did.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// AddInt32 increases *addr by delta (wrapping) in one step and answers the
// sum.
func AddInt32(addr *int32, delta int32) (new int32)

// AddInt64 increases *addr by delta (wrapping) in one step and answers the
// sum.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint32 increases *addr by delta (wrapping) in one step and answers the
// sum.
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddUint64 increases *addr by delta (wrapping) in one step and answers the
// sum.
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr increases *addr by delta (wrapping) in one step and answers the
// sum.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadInt32 reads *addr as one access.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 reads *addr as one access.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 reads *addr as one access.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 reads *addr as one access.
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr reads *addr as one access.
func LoadUintptr(addr *uintptr) (val uintptr)

// LoadPointer reads *addr as one access.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// StoreInt32 writes val to *addr as one access.
func StoreInt32(addr *int32, val int32)

// StoreInt64 writes val to *addr as one access.
func StoreInt64(addr *int64, val int64)

// StoreUint32 writes val to *addr as one access.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 writes val to *addr as one access.
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr writes val to *addr as one access.
func StoreUintptr(addr *uintptr, val uintptr)

// StorePointer writes val to *addr as one access.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
