package runtime

// readMemStats, declared without a body at the end of this file, is
// implemented by the runtime (native).

// A MemStats records statistics about the memory allocator.
// (Same fields and types as Go's. splitgo's runtime fills what it
// measures and leaves the rest zero.)
type MemStats struct {
	// General statistics.

	// Alloc is bytes of allocated heap objects.
	Alloc uint64

	// TotalAlloc is cumulative bytes allocated for heap objects.
	TotalAlloc uint64

	// Sys is the total bytes of memory obtained from the OS.
	Sys uint64

	// Lookups is the number of pointer lookups performed by the
	// runtime.
	Lookups uint64

	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64

	// Frees is the cumulative count of heap objects freed.
	Frees uint64

	// Heap memory statistics.

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.

	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.

	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.

	// NextGC is the target heap size of the next GC cycle.
	NextGC uint64

	// LastGC is the time the last garbage collection finished, as
	// nanoseconds since 1970 (the UNIX epoch).
	LastGC uint64

	// PauseTotalNs is the cumulative nanoseconds in GC
	// stop-the-world pauses since the program started.
	PauseTotalNs uint64

	// PauseNs is a circular buffer of recent GC stop-the-world
	// pause times in nanoseconds.
	//
	// The most recent pause is at PauseNs[(NumGC+255)%256].
	PauseNs [256]uint64

	// PauseEnd is a circular buffer of recent GC pause end times,
	// as nanoseconds since 1970 (the UNIX epoch).
	PauseEnd [256]uint64

	// NumGC is the number of completed GC cycles.
	NumGC uint32

	// NumForcedGC is the number of GC cycles that were forced by
	// the application calling the GC function.
	NumForcedGC uint32

	// GCCPUFraction is the fraction of this program's available
	// CPU time used by the GC since the program started.
	GCCPUFraction float64

	// EnableGC indicates that GC is enabled. It is always true,
	// even if GOGC=off.
	EnableGC bool

	// DebugGC is currently unused.
	DebugGC bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		// Size is the maximum byte size of an object in this
		// size class.
		Size uint32

		// Mallocs is the cumulative count of heap objects
		// allocated in this size class.
		Mallocs uint64

		// Frees is the cumulative count of heap objects freed
		// in this size class.
		Frees uint64
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

// ReadMemStats populates m with memory allocator statistics.
//
// The returned memory allocator statistics are up to date as of the
// call to ReadMemStats.
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
