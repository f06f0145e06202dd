// Package sync offers locks and other ways for goroutines to coordinate.
//
// Bodiless methods are splitgo runtime natives that park and wake
// goroutines; Once, Cond, Pool and Map are ordinary Go on top of them.
package sync

// Locker is anything with Lock and Unlock.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a lock held by at most one party at a time. Its zero value is
// unlocked. Copying a Mutex once it has been used is a mistake.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock takes m, waiting while someone else holds it.
func (m *Mutex) Lock()

// TryLock takes m only if it is free right now, and says whether it did.
func (m *Mutex) TryLock() bool

// Unlock releases m. Any goroutine may release it, not only the one that
// took it; releasing a free Mutex is fatal
// ("fatal error: sync: unlock of unlocked mutex").
func (m *Mutex) Unlock()

// RWMutex is a lock with two modes: shared, for any number of readers, and
// exclusive, for one writer. Its zero value is unlocked; do not copy one
// after use.
type RWMutex struct {
	w           Mutex  // serialises writers
	writerSem   uint32 // a writer parks here for readers to leave
	readerSem   uint32 // readers park here while a writer holds the lock
	readerCount int32  // readers in or waiting
	readerWait  int32  // readers a waiting writer still waits for
}

// RLock takes rw in shared mode. A writer already waiting keeps new readers
// out, so taking RLock twice in one goroutine can deadlock.
func (rw *RWMutex) RLock()

// TryRLock takes rw in shared mode only if that needs no waiting.
func (rw *RWMutex) TryRLock() bool

// RUnlock gives back one shared hold. Doing so with none held is fatal
// ("fatal error: sync: RUnlock of unlocked RWMutex").
func (rw *RWMutex) RUnlock()

// Lock takes rw exclusively, waiting for all readers and any writer.
func (rw *RWMutex) Lock()

// TryLock takes rw exclusively only if that needs no waiting.
func (rw *RWMutex) TryLock() bool

// Unlock gives back the exclusive hold; fatal when rw is not write-locked
// ("fatal error: sync: Unlock of unlocked RWMutex").
func (rw *RWMutex) Unlock()

// RLocker views rw as a Locker whose Lock and Unlock are RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*readView)(rw)
}

type readView RWMutex

func (v *readView) Lock()   { (*RWMutex)(v).RLock() }
func (v *readView) Unlock() { (*RWMutex)(v).RUnlock() }

// WaitGroup counts outstanding work: Add raises the count, Done lowers it,
// and Wait blocks until it is back to zero. Do not copy one after use.
type WaitGroup struct {
	state uint64 // count of work in the upper half, of waiters in the lower
	sema  uint32
}

// Add changes the count by delta. Reaching zero wakes every Wait; going
// below zero panics ("sync: negative WaitGroup counter").
func (wg *WaitGroup) Add(delta int)

// Done is Add(-1).
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks while the count is above zero.
func (wg *WaitGroup) Wait()
