package runtime

// The stack as the program sees it: the callers of a function, their
// functions, files and lines, and the text of a goroutine's trace.
//
// The natives (declared without a body) walk the calling goroutine's
// frames across segment boundaries with the runtime's function table
// (runtime/src/callers.rs). The runtime's own frames that gc shows
// (runtime.gopanic below a deferred call run by a panic, runtime.main
// and runtime.goexit at the bottom, ...) have pcs of their own outside
// the code, so every pc given out maps back to a name, a file and a line.

// Caller reports file and line number information about function invocations on
// the calling goroutine's stack. The argument skip is the number of stack frames
// to ascend, with 0 identifying the caller of Caller. The return values report the
// program counter, file name, and line number within the file of the corresponding
// call. The boolean ok is false if it was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0 identifying
// the frame for Callers itself and 1 identifying the caller of Callers.
// It returns the number of entries written to pc.
//
// To translate these PCs into symbolic information such as function
// names and line numbers, use CallersFrames.
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf
// and returns the number of bytes written to buf.
// If all is true, Stack formats stack traces of all other goroutines
// into buf after the trace for the current goroutine.
func Stack(buf []byte, all bool) int

// funcAt is a native: the function whose code holds pc, its entry, and
// whether it is one of the runtime's functions that gc inlines (its
// frames have no Func).
func funcAt(pc uintptr) (name string, entry uintptr, inlined bool, ok bool)

// lineAt is a native: the file and line of the instruction at pc.
func lineAt(pc uintptr) (file string, line int)

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, entry, _, ok := funcAt(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine returns the file name and line number of the
// source code corresponding to the program counter pc.
// The result will not be accurate if pc is not a program
// counter within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_ = f.entry
	return lineAt(pc)
}

// Frames may be used to get function/file/line information for a
// slice of PC values returned by Callers.
type Frames struct {
	// callers is a slice of PCs that have not yet been expanded to frames.
	callers []uintptr
	// next is the frame Next returns next, once it is known.
	next    Frame
	hasNext bool
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame.
	// For a frame that calls another frame, this will be the
	// program counter of a call instruction.
	PC uintptr

	// Func is the Func value of this call frame. This may be nil
	// for non-Go code or fully inlined functions.
	Func *Func

	// Function is the package path-qualified function name of
	// this call frame.
	Function string

	// File and Line are the file name and line number of the
	// location in this frame. For non-leaf frames, this will be
	// the location of a call.
	File string
	Line int

	// Entry point program counter for the function; may be zero
	// if not known. If Func is not nil then Entry ==
	// Func.Entry().
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and
// prepares to return function/file/line information.
// Do not change the slice until you are done with the Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice
// of PC values, and whether there are more frames to come after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	if !ci.hasNext {
		ci.next, ci.hasNext = ci.expand()
	}
	if !ci.hasNext {
		return Frame{}, false
	}
	frame = ci.next
	// One frame ahead, to know whether there is more.
	ci.next, ci.hasNext = ci.expand()
	return frame, ci.hasNext
}

// expand turns the next pc that lies in a function into its Frame; pcs
// outside every function are skipped, as gc skips them.
func (ci *Frames) expand() (Frame, bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, entry, inlined, ok := funcAt(pc)
		if !ok {
			continue
		}
		// The pcs of Callers are return addresses: the call is the
		// instruction before.
		if pc > entry {
			pc--
		}
		file, line := lineAt(pc)
		var f *Func
		if !inlined {
			f = &Func{name: name, entry: entry}
		}
		return Frame{PC: pc, Func: f, Function: name, File: file, Line: line, Entry: entry}, true
	}
	return Frame{}, false
}
