package runtime

// ReadMemStats gets its numbers from readMemStats, a runtime native
// declared at the bottom of this file.

// MemStats is a snapshot of the allocator's counters. The fields and their
// types are gc's; splitgo fills the ones its runtime measures and leaves
// the others 0.
type MemStats struct {
	// Overall figures.

	Alloc      uint64 // bytes in live heap objects now
	TotalAlloc uint64 // bytes ever allocated on the heap, freed or not
	Sys        uint64 // bytes taken from the operating system
	Lookups    uint64 // pointer lookups by the runtime
	Mallocs    uint64 // heap objects ever allocated
	Frees      uint64 // heap objects ever freed

	// The heap.

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Goroutine stacks.

	StackInuse uint64
	StackSys   uint64

	// Runtime structures kept off the heap.

	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// The collector.

	NextGC       uint64 // heap size the next cycle aims at
	LastGC       uint64 // end of the latest cycle, ns since the Unix epoch
	PauseTotalNs uint64 // all stop-the-world pauses so far, in ns

	// PauseNs and PauseEnd are rings of the last 256 pauses: length in ns
	// and end time in ns since the Unix epoch. The newest sits at index
	// (NumGC+255)%256.
	PauseNs  [256]uint64
	PauseEnd [256]uint64

	NumGC         uint32  // cycles completed
	NumForcedGC   uint32  // of those, cycles a call to GC asked for
	GCCPUFraction float64 // share of the CPU time the collector used
	EnableGC      bool    // always true, GOGC=off included
	DebugGC       bool    // not used

	// BySize has allocation counts per size class.
	BySize [61]struct {
		Size    uint32 // largest object size in the class
		Mallocs uint64 // objects of the class ever allocated
		Frees   uint64 // objects of the class ever freed
	}
}

// Indices of the statistics readMemStats fills, in MemStats field order.
const (
	statAlloc = iota
	statTotalAlloc
	statSys
	statLookups
	statMallocs
	statFrees
	statHeapAlloc
	statHeapSys
	statHeapIdle
	statHeapInuse
	statHeapReleased
	statHeapObjects
	statStackInuse
	statStackSys
	statMSpanInuse
	statMSpanSys
	statMCacheInuse
	statMCacheSys
	statBuckHashSys
	statGCSys
	statOtherSys
	statNextGC
	statLastGC
	statPauseTotalNs
	statNumGC
	statNumForcedGC
	numStats
)

// ReadMemStats fills m with the allocator's counters as they stand now.
func ReadMemStats(m *MemStats) {
	var s [numStats]uint64
	gcCPUFraction := readMemStats(s[:], m.PauseNs[:], m.PauseEnd[:])
	m.Alloc = s[statAlloc]
	m.TotalAlloc = s[statTotalAlloc]
	m.Sys = s[statSys]
	m.Lookups = s[statLookups]
	m.Mallocs = s[statMallocs]
	m.Frees = s[statFrees]
	m.HeapAlloc = s[statHeapAlloc]
	m.HeapSys = s[statHeapSys]
	m.HeapIdle = s[statHeapIdle]
	m.HeapInuse = s[statHeapInuse]
	m.HeapReleased = s[statHeapReleased]
	m.HeapObjects = s[statHeapObjects]
	m.StackInuse = s[statStackInuse]
	m.StackSys = s[statStackSys]
	m.MSpanInuse = s[statMSpanInuse]
	m.MSpanSys = s[statMSpanSys]
	m.MCacheInuse = s[statMCacheInuse]
	m.MCacheSys = s[statMCacheSys]
	m.BuckHashSys = s[statBuckHashSys]
	m.GCSys = s[statGCSys]
	m.OtherSys = s[statOtherSys]
	m.NextGC = s[statNextGC]
	m.LastGC = s[statLastGC]
	m.PauseTotalNs = s[statPauseTotalNs]
	m.NumGC = uint32(s[statNumGC])
	m.NumForcedGC = uint32(s[statNumForcedGC])
	m.GCCPUFraction = gcCPUFraction
	m.EnableGC = true
	m.DebugGC = false
}

// readMemStats is a native (implemented by the runtime): it stores the
// statistics in stats, indexed by the stat* constants above (len(stats) ==
// numStats; entries it does not measure stay 0), fills the 256-entry
// circular buffers pauseNs and pauseEnd like Go's MemStats.PauseNs and
// PauseEnd, and returns GCCPUFraction.
func readMemStats(stats []uint64, pauseNs []uint64, pauseEnd []uint64) (gcCPUFraction float64)
