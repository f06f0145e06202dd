// Package log writes timestamped lines to an io.Writer. A Logger carries a
// prefix, a set of flags choosing the header of each line, and the
// destination; the package-level functions use a Logger on os.Stderr with
// date and time. Each message becomes exactly one line (a missing final
// newline is added). The Fatal variants exit the program with status 1
// once the line is written; the Panic variants panic with the message.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Header flags, combined with |. The header parts always come in this
// order: prefix, date, time, file:line, then the message; Lmsgprefix moves
// the prefix to just before the message. A file:line part ends in ": ".
// Ldate|Ltime gives "2009/01/23 01:23:23 msg"; adding Lmicroseconds and
// Llongfile gives "2009/01/23 01:23:23.123123 /a/b/c/d.go:23: msg".
const (
	Ldate         = 1 << iota     // yyyy/mm/dd, local time unless LUTC
	Ltime                         // hh:mm:ss, local time unless LUTC
	Lmicroseconds                 // hh:mm:ss.uuuuuu (implies Ltime)
	Llongfile                     // caller's full path and line
	Lshortfile                    // caller's base file name and line; wins over Llongfile
	LUTC                          // date and time in UTC
	Lmsgprefix                    // put the prefix after the header
	LstdFlags     = Ldate | Ltime // what the standard logger starts with
)

// A Logger formats lines and hands each one to its writer in a single
// Write call. Its methods may be called from several goroutines at once.
type Logger struct {
	lock   sync.Mutex // held while a line is built and written, and for the settings
	pfx    string
	flags  int
	dest   io.Writer
	line   []byte // reused from one line to the next
	silent bool   // dest is io.Discard: Print* skip formatting
}

// New returns a Logger writing to out, with the given prefix and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{dest: out, pfx: prefix, flags: flag, silent: out == io.Discard}
}

// SetOutput redirects the logger to w.
func (l *Logger) SetOutput(w io.Writer) {
	l.lock.Lock()
	l.dest, l.silent = w, w == io.Discard
	l.lock.Unlock()
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the logger behind the package-level functions.
func Default() *Logger { return std }

// putNum appends n in decimal, with leading zeros up to width digits.
func putNum(dst []byte, n, width int) []byte {
	var digits [20]byte
	k := len(digits)
	for n >= 10 || width > 1 {
		k--
		digits[k] = '0' + byte(n%10)
		n /= 10
		width--
	}
	k--
	digits[k] = '0' + byte(n)
	return append(dst, digits[k:]...)
}

// putStamp appends the date and/or time parts selected by flags.
func putStamp(dst []byte, flags int, when time.Time) []byte {
	if flags&LUTC != 0 {
		when = when.UTC()
	}
	if flags&Ldate != 0 {
		y, mo, d := when.Date()
		dst = putNum(dst, y, 4)
		dst = append(dst, '/')
		dst = putNum(dst, int(mo), 2)
		dst = append(dst, '/')
		dst = putNum(dst, d, 2)
		dst = append(dst, ' ')
	}
	if flags&(Ltime|Lmicroseconds) == 0 {
		return dst
	}
	h, m, s := when.Clock()
	dst = putNum(dst, h, 2)
	dst = append(dst, ':')
	dst = putNum(dst, m, 2)
	dst = append(dst, ':')
	dst = putNum(dst, s, 2)
	if flags&Lmicroseconds != 0 {
		dst = append(dst, '.')
		dst = putNum(dst, when.Nanosecond()/1000, 6)
	}
	return append(dst, ' ')
}

// baseName drops everything up to the last slash (a slash at index 0
// is kept, as gc does).
func baseName(path string) string {
	for k := len(path) - 1; k > 0; k-- {
		if path[k] == '/' {
			return path[k+1:]
		}
	}
	return path
}

// putHeader appends everything of a line that comes before the message.
func (l *Logger) putHeader(dst []byte, when time.Time, file string, lineNo int) []byte {
	after := l.flags&Lmsgprefix != 0
	if !after {
		dst = append(dst, l.pfx...)
	}
	if l.flags&(Ldate|Ltime|Lmicroseconds) != 0 {
		dst = putStamp(dst, l.flags, when)
	}
	if l.flags&(Lshortfile|Llongfile) != 0 {
		if l.flags&Lshortfile != 0 {
			file = baseName(file)
		}
		dst = append(dst, file...)
		dst = append(dst, ':')
		dst = putNum(dst, lineNo, 0)
		dst = append(dst, ':', ' ')
	}
	if after {
		dst = append(dst, l.pfx...)
	}
	return dst
}

// Output writes one line made of the header and s (plus a newline when s
// lacks one). calldepth picks the frame reported by Lshortfile and
// Llongfile: 1 is the function that called Output, and the logger's own
// methods pass 2 so that their caller is named.
func (l *Logger) Output(calldepth int, s string) error {
	when := time.Now()
	file, lineNo := "", 0
	l.lock.Lock()
	defer l.lock.Unlock()
	if l.flags&(Lshortfile|Llongfile) != 0 {
		// Looking the caller up is slow; let other loggers go meanwhile.
		l.lock.Unlock()
		_, f, n, found := runtime.Caller(calldepth)
		if found {
			file, lineNo = f, n
		} else {
			file, lineNo = "???", 0
		}
		l.lock.Lock()
	}
	buf := l.putHeader(l.line[:0], when, file, lineNo)
	buf = append(buf, s...)
	if s == "" || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	l.line = buf
	_, err := l.dest.Write(buf)
	return err
}

// Print logs its arguments formatted as by fmt.Print.
func (l *Logger) Print(args ...any) {
	if !l.silent {
		l.Output(2, fmt.Sprint(args...))
	}
}

// Printf logs its arguments formatted as by fmt.Printf.
func (l *Logger) Printf(format string, args ...any) {
	if !l.silent {
		l.Output(2, fmt.Sprintf(format, args...))
	}
}

// Println logs its arguments formatted as by fmt.Println.
func (l *Logger) Println(args ...any) {
	if !l.silent {
		l.Output(2, fmt.Sprintln(args...))
	}
}

// Fatal logs like Print, then exits with status 1.
func (l *Logger) Fatal(args ...any) {
	l.Output(2, fmt.Sprint(args...))
	os.Exit(1)
}

// Fatalf logs like Printf, then exits with status 1.
func (l *Logger) Fatalf(format string, args ...any) {
	l.Output(2, fmt.Sprintf(format, args...))
	os.Exit(1)
}

// Fatalln logs like Println, then exits with status 1.
func (l *Logger) Fatalln(args ...any) {
	l.Output(2, fmt.Sprintln(args...))
	os.Exit(1)
}

// Panic logs like Print, then panics with the logged string.
func (l *Logger) Panic(args ...any) {
	msg := fmt.Sprint(args...)
	l.Output(2, msg)
	panic(msg)
}

// Panicf logs like Printf, then panics with the logged string.
func (l *Logger) Panicf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	l.Output(2, msg)
	panic(msg)
}

// Panicln logs like Println, then panics with the logged string.
func (l *Logger) Panicln(args ...any) {
	msg := fmt.Sprintln(args...)
	l.Output(2, msg)
	panic(msg)
}

// Flags reports the logger's header flags.
func (l *Logger) Flags() int {
	l.lock.Lock()
	f := l.flags
	l.lock.Unlock()
	return f
}

// SetFlags replaces the logger's header flags.
func (l *Logger) SetFlags(flag int) {
	l.lock.Lock()
	l.flags = flag
	l.lock.Unlock()
}

// Prefix reports the logger's prefix.
func (l *Logger) Prefix() string {
	l.lock.Lock()
	p := l.pfx
	l.lock.Unlock()
	return p
}

// SetPrefix replaces the logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.lock.Lock()
	l.pfx = prefix
	l.lock.Unlock()
}

// Writer reports where the logger writes.
func (l *Logger) Writer() io.Writer {
	l.lock.Lock()
	w := l.dest
	l.lock.Unlock()
	return w
}

// SetOutput redirects the standard logger to w.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags reports the standard logger's header flags.
func Flags() int { return std.Flags() }

// SetFlags replaces the standard logger's header flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix reports the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix replaces the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer reports where the standard logger writes.
func Writer() io.Writer { return std.Writer() }

// The functions below call std.Output directly rather than std's methods:
// with calldepth 2 the reported file and line are then their caller's.

// Print logs to the standard logger, formatting as fmt.Print does.
func Print(args ...any) {
	if !std.silent {
		std.Output(2, fmt.Sprint(args...))
	}
}

// Printf logs to the standard logger, formatting as fmt.Printf does.
func Printf(format string, args ...any) {
	if !std.silent {
		std.Output(2, fmt.Sprintf(format, args...))
	}
}

// Println logs to the standard logger, formatting as fmt.Println does.
func Println(args ...any) {
	if !std.silent {
		std.Output(2, fmt.Sprintln(args...))
	}
}

// Fatal logs to the standard logger like Print, then exits with status 1.
func Fatal(args ...any) {
	std.Output(2, fmt.Sprint(args...))
	os.Exit(1)
}

// Fatalf logs to the standard logger like Printf, then exits with status 1.
func Fatalf(format string, args ...any) {
	std.Output(2, fmt.Sprintf(format, args...))
	os.Exit(1)
}

// Fatalln logs to the standard logger like Println, then exits with status 1.
func Fatalln(args ...any) {
	std.Output(2, fmt.Sprintln(args...))
	os.Exit(1)
}

// Panic logs to the standard logger like Print, then panics with the string.
func Panic(args ...any) {
	msg := fmt.Sprint(args...)
	std.Output(2, msg)
	panic(msg)
}

// Panicf logs to the standard logger like Printf, then panics with the string.
func Panicf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	std.Output(2, msg)
	panic(msg)
}

// Panicln logs to the standard logger like Println, then panics with the string.
func Panicln(args ...any) {
	msg := fmt.Sprintln(args...)
	std.Output(2, msg)
	panic(msg)
}

// Output writes s through the standard logger; calldepth counts as for
// Logger.Output, 1 naming the caller of this function.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
