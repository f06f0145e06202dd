// Package runtime contains operations that interact with Go's runtime
// system, such as functions to control goroutines.
//
// Functions declared without a body are implemented by the runtime itself
// (natives). GOARCH is a constant of the zgoarch_GOARCH.go file of the
// target.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// MemProfileRate controls the fraction of memory allocations that are
// recorded in the memory profile. splitgo keeps no memory profile; the
// variable exists so programs that set it compile and run unchanged. It
// starts at 0, as gc's does in a program that does not call
// runtime.MemProfile (the linker sets disableMemoryProfiling, and
// defaultMemProfileRate gives 0); splitgo has no runtime.MemProfile.
var MemProfileRate int

// Compiler is the name of the compiler toolchain that built the
// running binary.
const Compiler = "gc"

// Gosched yields the processor, allowing other goroutines to run. It does not
// suspend the current goroutine, so execution resumes automatically.
func Gosched()

// GC runs a garbage collection and blocks the caller until the
// garbage collection is complete.
func GC()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. It defaults to
// the value of runtime.NumCPU. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int


// Goexit terminates the goroutine that calls it. No other goroutine is affected.
// Goexit runs all deferred calls before terminating the goroutine. Because Goexit
// is not a panic, any recover calls in those deferred functions will return nil.
//
// Calling Goexit from the main goroutine terminates that goroutine
// without func main returning. Since func main has not returned,
// the program continues execution of other goroutines.
// If all other goroutines exit, the program crashes.
func Goexit()


// Breakpoint executes a breakpoint trap: the program stops with
// `SIGTRAP: trace trap` and the trace of every goroutine, exit status 2.
func Breakpoint()

// KeepAlive marks its argument as currently reachable.
// This ensures that the object is not freed, and its finalizer is not run,
// before the point in the program where KeepAlive is called.
func KeepAlive(x any) {}

// LockOSThread wires the calling goroutine to its current operating system
// thread. (Accepted and ignored by splitgo.)
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
// (Accepted and ignored by splitgo.)
func UnlockOSThread() {}

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// An errorString represents a runtime error described by a single string.
// The runtime panics with values of this type ("index out of range [5]
// with length 3", "integer divide by zero", ...): Error adds the
// "runtime error: " prefix, as in Go.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a runtime error without the "runtime error: " prefix
// (e.g. "close of closed channel", "all goroutines are asleep").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A TypeAssertionError explains a failed type assertion.
// The runtime fills in the type names.
type TypeAssertionError struct {
	concrete      string // "" if the interface was nil
	asserted      string
	missingMethod string // one method needed by Interface, missing from Concrete
	iface         string // the static type of the asserted interface value
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != "" {
		inter = e.iface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted
		if e.concrete == e.asserted {
			// provide slightly clearer error message
			msg += " (types from different packages)"
		}
		return msg
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted +
		": missing method " + e.missingMethod
}
