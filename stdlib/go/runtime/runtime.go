// Package runtime exposes the parts of the Go runtime a program may talk
// to: goroutine scheduling, the collector, stack walking, runtime errors.
//
// Bodiless functions are splitgo natives. GOARCH comes from the
// zgoarch_<arch>.go file of the target.
package runtime

// GOOS names the operating system the program runs on.
const GOOS string = "linux"

// MemProfileRate is gc's memory-profiling sample rate. splitgo keeps no
// profile and never reads it; it is here so programs that assign it still
// build. Its initial 0 matches gc for a program that never calls
// runtime.MemProfile (which splitgo does not have).
var MemProfileRate int

// Compiler names the toolchain; splitgo answers as gc does.
const Compiler = "gc"

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

// TypeAssertionError is the panic of a failed x.(T); the runtime supplies
// the type names.
type TypeAssertionError struct {
	concrete      string // dynamic type of the value; "" when it was nil
	asserted      string // the T of x.(T)
	missingMethod string // a method of T the dynamic type lacks, if any
	iface         string // static type of x
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	from := e.iface
	if from == "" {
		from = "interface"
	}
	const head = "interface conversion: "
	switch {
	case e.concrete == "":
		return head + from + " is nil, not " + e.asserted
	case e.missingMethod != "":
		return head + e.concrete + " is not " + e.asserted + ": missing method " + e.missingMethod
	case e.concrete == e.asserted:
		// Same spelling, different packages: say so.
		return head + from + " is " + e.concrete + ", not " + e.asserted + " (types from different packages)"
	}
	return head + from + " is " + e.concrete + ", not " + e.asserted
}
