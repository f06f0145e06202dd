// run

// hash/crc32, hash/fnv and crypto/sha256 on known inputs: one-shot and
// streamed in uneven pieces (across block boundaries), Sum appending to a
// prefix without disturbing the state, Reset, sizes, and the crc32 tables.
package main

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

var inputs = []string{
	"",
	"a",
	"abc",
	"message digest",
	"The quick brown fox jumps over the lazy dog",
	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	strings.Repeat("0123456789", 6) + "abc",  // 63 bytes
	strings.Repeat("0123456789", 6) + "abcd", // 64
	strings.Repeat("0123456789", 5) + "abcde", // 55
	strings.Repeat("0123456789", 5) + "abcdef", // 56
	strings.Repeat("a", 1000),
}

// streamed writes s to h in pieces of growing size and gives the sum.
func streamed(h hash.Hash, s string) []byte {
	h.Reset()
	for size := 1; len(s) > 0; size++ {
		if size > len(s) {
			size = len(s)
		}
		h.Write([]byte(s[:size]))
		s = s[size:]
	}
	return h.Sum(nil)
}

func main() {
	fmt.Println("sizes", crc32.Size, sha256.Size, sha256.Size224, sha256.BlockSize)
	fmt.Printf("polys %#x %#x %#x\n", crc32.IEEE, crc32.Castagnoli, crc32.Koopman)
	fmt.Printf("table %#x %#x %#x\n", crc32.IEEETable[1], crc32.IEEETable[128], crc32.IEEETable[255])
	fmt.Println("shared", crc32.MakeTable(crc32.IEEE) == crc32.IEEETable,
		crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli),
		crc32.MakeTable(crc32.Koopman) == crc32.MakeTable(crc32.Koopman))
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%.20q\n", s)
		fmt.Printf("  crc32 ieee=%08x cast=%08x koop=%08x\n", crc32.ChecksumIEEE(b), crc32.Checksum(b, cast), crc32.Checksum(b, koop))
		fmt.Printf("  sha256 %x\n", sha256.Sum256(b))
		fmt.Printf("  sha224 %x\n", sha256.Sum224(b))
		f32, f32a, f64, f64a, f128, f128a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()
		for _, h := range []hash.Hash{f32, f32a, f64, f64a, f128, f128a} {
			h.Write(b)
		}
		fmt.Printf("  fnv %08x %08x %016x %016x\n", f32.Sum32(), f32a.Sum32(), f64.Sum64(), f64a.Sum64())
		fmt.Printf("  fnv128 %x %x\n", f128.Sum(nil), f128a.Sum(nil))
	}

	// Streaming gives the one-shot results.
	long := strings.Repeat("streamed through many writes; ", 20)
	all := []hash.Hash{crc32.NewIEEE(), crc32.New(cast), sha256.New(), sha256.New224(),
		fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()}
	for _, h := range all {
		one := streamed(h, long)
		h.Reset()
		h.Write([]byte(long))
		fmt.Printf("%-12T size=%d block=%d %x same=%v\n", h, h.Size(), h.BlockSize(), one, string(one) == string(h.Sum(nil)))
	}

	// Sum appends and leaves the state as it was.
	h := sha256.New()
	h.Write([]byte("abc"))
	prefix := []byte("prefix:")
	fmt.Printf("%s%x\n", h.Sum(prefix)[:7], h.Sum(prefix)[7:])
	h.Write([]byte("def"))
	fmt.Printf("%x\n%x\n", h.Sum(nil), sha256.Sum256([]byte("abcdef")))
	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	fmt.Printf("%08x ", c.Sum32())
	c.Write([]byte("world"))
	fmt.Printf("%08x %x %08x\n", c.Sum32(), c.Sum([]byte{0xff}), crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")))

	// A million a's, FIPS 180's long test.
	million := make([]byte, 1000000)
	for i := range million {
		million[i] = 'a'
	}
	fmt.Printf("%x\n", sha256.Sum256(million))
}
