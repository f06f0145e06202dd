package runtime

// Profiles. GoroutineProfile is real: the stacks of every goroutine as
// pcs. splitgo samples nothing else: no allocation sampling (there is no
// collector yet to account frees), no blocking or contention sampling,
// no SIGPROF timer. Those profiles answer what gc answers while they
// have gathered nothing yet: no records, and ok.

// A StackRecord is a stack as a profile keeps it: the pcs, newest first,
// up to the first 0.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the recorded pcs.
func (r *StackRecord) Stack() []uintptr {
	for i, pc := range r.Stack0 {
		if pc == 0 {
			return r.Stack0[:i]
		}
	}
	return r.Stack0[:]
}

// A MemProfileRecord describes the live objects allocated at one stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the bytes still live: allocated less freed.
func (r *MemProfileRecord) InUseBytes() int64 {
	return r.AllocBytes - r.FreeBytes
}

// InUseObjects returns the objects still live: allocated less freed.
func (r *MemProfileRecord) InUseObjects() int64 {
	live := r.AllocObjects - r.FreeObjects
	return live
}

// Stack returns the recorded pcs, up to the first 0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, pc := range r.Stack0 {
		if pc == 0 {
			return r.Stack0[:i]
		}
	}
	return r.Stack0[:]
}

// A BlockProfileRecord describes the blocking events at one stack.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// goroutineStacks fills p with the records of the running goroutines,
// the caller's first, and answers how many it wrote.
func goroutineStacks(p []StackRecord) int

// GoroutineProfile returns n, the number of records in the active
// goroutine stack profile. If len(p) >= n, it copies the profile into p
// and returns n, true; otherwise it changes nothing and returns n, false.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = NumGoroutine()
	if n > len(p) {
		return n, false
	}
	return goroutineStacks(p), true
}

// MemProfile returns the allocation profile: no records, since splitgo
// samples no allocation (gc too has none before its first collection).
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	return 0, true
}

// blockRate and mutexFraction are the settings of the two profiles,
// kept to be answered back.
var (
	blockRate     int
	mutexFraction int
)

// SetBlockProfileRate sets the blocking profile's sampling rate; splitgo
// keeps it but samples nothing.
func SetBlockProfileRate(rate int) {
	blockRate = rate
}

// BlockProfile returns the blocking profile: no records.
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// SetMutexProfileFraction sets the mutex profile's sampling fraction
// and returns the previous one; a negative rate only reads it. splitgo
// samples nothing.
func SetMutexProfileFraction(rate int) int {
	old := mutexFraction
	if rate >= 0 {
		mutexFraction = rate
	}
	return old
}

// MutexProfile returns the mutex contention profile: no records.
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) {
	return 0, true
}

// threadCount is how many threads splitgo runs: the one every goroutine
// runs on, and the preemption monitor. Neither was made by Go code, so
// their records hold no stack.
const threadCount = 2

// ThreadCreateProfile returns one record per thread of the runtime.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) {
	if threadCount > len(p) {
		return threadCount, false
	}
	for i := 0; i < threadCount; i++ {
		p[i] = StackRecord{}
	}
	return threadCount, true
}

// cpuProfileStarted: a CPU profile was asked for. With no reader of its
// data (runtime/pprof) it is never drained, so as under gc any later
// start is refused.
var cpuProfileStarted bool

// SetCPUProfileRate sets the CPU profiling rate to hz samples per
// second; splitgo takes no sample.
func SetCPUProfileRate(hz int) {
	if hz <= 0 {
		return
	}
	if cpuProfileStarted {
		print("runtime: cannot set cpu profile rate until previous profile has finished.\n")
		return
	}
	cpuProfileStarted = true
}

// CPUProfile panics, as gc's has since Go 1.9.
func CPUProfile() []byte {
	panic("CPUProfile no longer available")
}

// NumCgoCall returns the number of cgo calls made: splitgo has no cgo.
func NumCgoCall() int64 {
	return 0
}
