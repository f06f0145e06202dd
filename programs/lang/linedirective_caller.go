// run

// Line directives renumber what follows them: runtime.Caller,
// FuncForPC(pc).FileLine and CallersFrames report the file and line a
// directive gave, `//line` only at the start of a line, `/*line*/`
// anywhere, from the character after the comment.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

// base drops the directory of this file's absolute path, which depends on
// where the program lies; names from directives are shown as they are.
func base(file string) string {
	if strings.HasSuffix(file, "/linedirective_caller.go") {
		return "PROG"
	}
	return file
}

func where(what string) {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	ff, fl := fn.FileLine(pc)
	fmt.Printf("%-10s %s:%d %v %s %s:%d\n", what, base(file), line, ok, fn.Name(), base(ff), fl)
}

func frames(what string) {
	var pcs [8]uintptr
	n := runtime.Callers(2, pcs[:])
	it := runtime.CallersFrames(pcs[:n])
	for {
		f, more := it.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Printf("%-10s %s %s:%d\n", what, f.Function, base(f.File), f.Line)
		}
		if !more {
			break
		}
	}
}

func main() {
	where("plain")
//line foo.go:10
	where("named")
//line :20
	where("unnamed")
//line dir/bar.go:30:5
	where("column")
//line :40:1
	where("keepname")
	/*line /abs/x.go:50*/ where("block")
	where("next")
	where("a"); /*line y.go:70:1*/ where("midline")
	// line not.go:1 is no directive, nor is the indented one below.
	  //line not.go:1
	where("ignored")
	s := `
//line instring.go:1
`
	where("string" + s[:0])
	func() {
		where("closure")
	}()
	mainPC, _, _, _ = runtime.Caller(0)
	lib()
	frames("frames")
	fmt.Println(strings.Repeat("-", 10))
	entry := runtime.FuncForPC(libPC).Entry()
	file, line := runtime.FuncForPC(entry).FileLine(entry)
	fmt.Println("lib entry", base(file), line)
	entry = runtime.FuncForPC(mainPC).Entry()
	file, line = runtime.FuncForPC(entry).FileLine(entry)
	fmt.Println("main entry", base(file), line)
}

var libPC, mainPC uintptr

//line lib.go:100
func lib() {
	libPC, _, _, _ = runtime.Caller(0)
	where("lib")
	frames("libframes")
}
