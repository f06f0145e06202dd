// Package hash declares the interfaces that hash function implementations
// (crc32, md5, fnv, ...) satisfy.
package hash

import "io"

// Hash is what every hash function offers.
type Hash interface {
	// Write feeds bytes into the hash; its error is always nil.
	io.Writer

	// Sum appends the digest of everything written so far to b and
	// returns the result; the state is left as it was, so writing may go on.
	Sum(b []byte) []byte

	// Reset forgets all input written.
	Reset()

	// Size is the length in bytes of the digest Sum appends.
	Size() int

	// BlockSize is the size in bytes of the chunks the hash works on;
	// writes of any length are fine, multiples of it are just cheaper.
	BlockSize() int
}

// Hash32 is a Hash whose digest also comes as a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose digest also comes as a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
