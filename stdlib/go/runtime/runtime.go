// Package runtime exposes the parts of the Go runtime a program may talk
// to: goroutine scheduling, the collector, stack walking, runtime errors.
//
// Bodiless functions are splitgo natives. GOARCH comes from the
// zgoarch_<arch>.go file of the target.
package runtime

// GOOS names the operating system the program runs on.
const GOOS string = "linux"

// MemProfileRate is gc's memory-profiling sample rate. splitgo samples
// no allocation and never reads it; it is here so programs that assign it
// still build. Its initial 0 is gc's for a program that never calls
// runtime.MemProfile (gc's linker turns the 512 KiB default off then);
// one that does sees 0 here, 524288 under gc.
var MemProfileRate int

// Compiler names the toolchain; splitgo answers as gc does.
const Compiler = "gc"

// Version returns the Go version: splitgo follows gc 1.19's language and
// library, which it says, and names itself after it (gc answers its
// release, such as "go1.19.8").
func Version() string {
	return "go1.19 splitgo"
}

// GOROOT is the root of a Go tree: $GOROOT as it was when the program
// started, else the tree of the Go installed on the machine (the one
// $PATH finds, or /usr/local/go or /usr/lib/go), else "". gc answers the
// tree it was built from in the second case; splitgo has none of its own.
func GOROOT() string

// Gosched lets other goroutines run; the caller carries on afterwards.
func Gosched()

// GC performs a full collection and returns once it is done.
func GC()

// NumGoroutine counts the goroutines alive right now.
func NumGoroutine() int

// GOMAXPROCS sets how many CPUs may run Go code at once and returns the
// former value; n < 1 only queries. It starts at NumCPU().
func GOMAXPROCS(n int) int

// NumCPU is how many logical CPUs this process may use.
func NumCPU() int

// Goexit ends the calling goroutine after running its deferred calls, in
// which recover gives nil since nothing is panicking. Other goroutines go
// on. Used in main's goroutine, the program keeps going until the others
// are done too, and then dies with a deadlock error.
func Goexit()

// Breakpoint executes a breakpoint trap: the program stops with
// `SIGTRAP: trace trap` and the trace of every goroutine, exit status 2.
func Breakpoint()

// KeepAlive keeps x reachable (not freed, not finalized) up to this call.
func KeepAlive(x any) {}

// LockOSThread would tie the goroutine to its thread; splitgo ignores it.
func LockOSThread() {}

// UnlockOSThread undoes LockOSThread; splitgo ignores it.
func UnlockOSThread() {}

// Error is the interface of the errors the runtime itself panics with.
type Error interface {
	error

	// RuntimeError does nothing; having it marks the type as a runtime
	// error.
	RuntimeError()
}

// errorString is the usual runtime panic value ("integer divide by zero",
// "index out of range [5] with length 3", ...); its text gets the
// "runtime error: " prefix, as with gc.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a runtime error whose text has no prefix, for messages such
// as "close of closed channel".
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// TypeAssertionError is the value a failed x.(T) panics with. The runtime
// builds the whole message (it knows the types' names) and makes the value:
// a pointer to this struct, whose one field is that message. The runtime
// reads the field without calling Error, so its place must not change.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }
