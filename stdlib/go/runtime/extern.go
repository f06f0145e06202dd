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

// Caller locates a call on the current goroutine's stack: skip 0 is the
// function calling Caller, 1 its caller, and so on. It gives that frame's
// pc, file and line; ok is false when the stack is not that deep.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers stores return addresses of the current goroutine's frames into
// pc, first dropping skip frames (0 keeps the frame of Callers itself, 1
// starts at its caller), and says how many it stored. CallersFrames turns
// them into names, files and lines.
func Callers(skip int, pc []uintptr) int

// Stack writes the current goroutine's trace, as gc prints it, into buf
// (cut short if buf is too small) and says how many bytes it wrote. With
// all set, the other goroutines' traces follow.
func Stack(buf []byte, all bool) int

// funcAt is a native: the function whose code holds pc, its entry, and
// whether it is one of the runtime's functions that gc inlines (its
// frames have no Func).
func funcAt(pc uintptr) (name string, entry uintptr, inlined bool, ok bool)

// lineAt is a native: the file and line of the instruction at pc.
func lineAt(pc uintptr) (file string, line int)

// Func describes one function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC finds the function whose code holds pc; nil when none does.
func FuncForPC(pc uintptr) *Func {
	name, entry, _, ok := funcAt(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name is the package-qualified name; "" for a nil *Func.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine maps pc, which should lie inside f, to a source file and line.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_ = f.entry
	return lineAt(pc)
}

// Frames walks a slice of pcs from Callers, one Frame at a time.
type Frames struct {
	// callers: the pcs still to turn into frames.
	callers []uintptr
	// next is the frame Next returns next, once it is known.
	next    Frame
	hasNext bool
}

// Frame is what Frames.Next tells about one call.
type Frame struct {
	// PC is where this frame is; for a caller, the call instruction.
	PC uintptr

	// Func is the frame's function; nil for functions gc inlines.
	Func *Func

	// Function is the name with its package path.
	Function string

	// File and Line: the source position of PC.
	File string
	Line int

	// Entry is the function's start address (equal to Func.Entry()
	// whenever Func is set), or 0 if unknown.
	Entry uintptr
}

// CallersFrames starts a walk over pcs from Callers; leave the slice
// alone until the walk is over.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next gives the following frame and whether any remain after it.
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
		// The pcs of Callers are return addresses: the call is the
		// instruction before, which names the frame's function (an
		// inlined body ends there, or the function itself, when its
		// last instruction is a call that panics).
		if !ok || pc > entry {
			if n, e, in, ok1 := funcAt(pc - 1); ok1 {
				name, entry, inlined, ok = n, e, in, true
				pc--
			}
		}
		if !ok {
			continue
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
