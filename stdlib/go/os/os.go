// Package os is the program's view of its operating system: the
// standard files, files and directories by name (file.go, stat.go,
// dir.go, path.go, tempfile.go), the command line, the environment and
// the process (env.go), and Exit. Its file-system types are io/fs's.
//
// Bodiless functions are runtime natives (Exit, LookupEnv, write,
// writeString, read, closeFd, open and remove in file.go, the rest in
// sys.go). Args is filled in by the runtime before any package init runs.
package os

import (
	"io"
	"io/fs"
)

// Args is the command line: the program name, then its arguments.
var Args []string

// Exit ends the program at once with status code (0 for success); no
// deferred call runs. Codes outside [0, 125] are not portable.
func Exit(code int)

// LookupEnv gives the environment variable key's value and true, or ""
// and false when it is not set (a set but empty variable gives "", true).
func LookupEnv(key string) (string, bool)

// Getenv is the value of the environment variable key, "" when unset;
// LookupEnv tells unset and empty apart.
func Getenv(key string) (value string) {
	value, _ = LookupEnv(key)
	return
}

// File is an open file descriptor with the name it was opened under.
type File struct {
	fd     int
	name   string
	closed bool
	dir    *dirBuf // the records read ahead, once f is read as a directory

	appendMode bool // opened with O_APPEND: WriteAt is refused
}

// The standard files, descriptors 0, 1 and 2. Output to 1 and 2 shares the
// runtime's buffer with fmt and the print builtins, so it all comes out in
// program order.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// The portable file errors: io/fs's, under os's names. ErrInvalid is
// also what File methods answer on a nil *File.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// NewFile wraps descriptor fd as a File called name.
func NewFile(fd uintptr, name string) *File { return &File{name: name, fd: int(fd)} }

// Name is the name f was opened or created under.
func (f *File) Name() string {
	return f.name
}

// Fd is f's Unix descriptor; all ones (^uintptr(0)) for a nil or closed f.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// PathError is a failed operation Op on file Path, with cause Err.
type PathError = fs.PathError

// errno is a Linux error number from a native. Its text is the C
// library's strerror text for the numbers listed here, "errno N" otherwise.
type errno int

var errnoText = map[errno]string{
	1:  "operation not permitted",
	2:  "no such file or directory",
	4:  "interrupted system call",
	5:  "input/output error",
	9:  "bad file descriptor",
	11: "resource temporarily unavailable",
	13: "permission denied",
	17: "file exists",
	20: "not a directory",
	21: "is a directory",
	22: "invalid argument",
	24: "too many open files",
	28: "no space left on device",
	30: "read-only file system",
	32: "broken pipe",
	16: "device or resource busy",
	18: "invalid cross-device link",
	36: "file name too long",
	39: "directory not empty",
	40: "too many levels of symbolic links",
}

func (e errno) Error() string {
	if text, ok := errnoText[e]; ok {
		return text
	}
	v := int(e)
	if v < 0 {
		v = -v
	}
	digits := ""
	for {
		digits = string(rune('0'+v%10)) + digits
		v /= 10
		if v == 0 {
			break
		}
	}
	return "errno " + digits
}

// Is makes errors.Is see errnos as the portable errors they stand for,
// like syscall.Errno does.
func (e errno) Is(target error) bool {
	switch e {
	case 1, 13:
		return target == ErrPermission
	case 17, 39:
		return target == ErrExist
	case 2:
		return target == ErrNotExist
	}
	return false
}

// wrapErr turns the errno e of operation op into a *PathError naming f;
// e == 0 means success and gives nil.
func (f *File) wrapErr(op string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: errno(e)}
}

// usable is nil when f can do op, else the error the operation gives:
// ErrInvalid for a nil f, a *PathError wrapping ErrClosed for a closed one.
func (f *File) usable(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read fills b from f as far as one read allows and says how many bytes
// came; at the end of the input it gives 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err = f.usable("read"); err != nil || len(b) == 0 {
		return 0, err
	}
	got, e := read(f.fd, b)
	if got == 0 && e == 0 {
		return 0, io.EOF
	}
	return got, f.wrapErr("read", e)
}

// Write sends all of b to f; an error comes with any short count.
func (f *File) Write(b []byte) (n int, err error) {
	if err = f.usable("write"); err != nil {
		return 0, err
	}
	sent, e := write(f.fd, b)
	return sent, f.wrapErr("write", e)
}

// WriteString is Write for a string.
func (f *File) WriteString(s string) (n int, err error) {
	if err = f.usable("write"); err != nil {
		return 0, err
	}
	sent, e := writeString(f.fd, s)
	return sent, f.wrapErr("write", e)
}

// Close releases f's descriptor; f is unusable after, and closing it a
// second time is an error.
func (f *File) Close() error {
	if err := f.usable("close"); err != nil {
		return err
	}
	f.closed = true
	return f.wrapErr("close", closeFd(f.fd))
}

// Runtime natives. Each gives back an errno: 0 for success.

// write puts all of b out on fd (short writes are retried).
func write(fd int, b []byte) (n int, e int)

// writeString is write for a string.
func writeString(fd int, s string) (n int, e int)

// read is a single read(2) into b, done after flushing buffered output;
// n is 0 at the end of the input.
func read(fd int, b []byte) (n int, e int)

// closeFd flushes what is buffered for fd, then closes it.
func closeFd(fd int) (e int)
