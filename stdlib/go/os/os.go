// Package os provides a platform-independent interface to operating system
// functionality: here, the standard files, the command line, the
// environment and Exit.
//
// Functions declared without a body are implemented by the runtime
// (natives): Exit, write, writeString, read, closeFd, LookupEnv, and
// file.go's open and remove. The runtime also sets
// Args before main.init runs.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
// Set by the runtime.
var Args []string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
//
// For portability, the status code should be in the range [0, 125].
func Exit(code int)

// LookupEnv retrieves the value of the environment variable named
// by the key. If the variable is present in the environment the
// value (which may be empty) is returned and the boolean is true.
// Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// ErrInvalid indicates an invalid argument.
// Methods on File will return this error when the receiver is nil.
var ErrInvalid = errors.New("invalid argument")

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
//
// Writes to Stdout and Stderr go through the runtime's buffered output, as
// fmt's and print's do, so all of them keep the order they were made in.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Errors of file operations (the portable ones of io/fs).
var (
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// NewFile returns a new File with the given file descriptor and
// name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
// If f is closed, the file descriptor becomes invalid.
// If f is nil, Fd returns ^uintptr(0).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// A PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a Linux system error number, as returned by the natives. Its
// message is strerror's for the common cases, else "errno N".
type errno int

func (e errno) Error() string {
	switch e {
	case 1:
		return "operation not permitted"
	case 2:
		return "no such file or directory"
	case 4:
		return "interrupted system call"
	case 5:
		return "input/output error"
	case 9:
		return "bad file descriptor"
	case 11:
		return "resource temporarily unavailable"
	case 13:
		return "permission denied"
	case 17:
		return "file exists"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 24:
		return "too many open files"
	case 30:
		return "read-only file system"
	case 36:
		return "file name too long"
	case 39:
		return "directory not empty"
	case 28:
		return "no space left on device"
	case 32:
		return "broken pipe"
	}
	n := int(e)
	if n < 0 {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return "errno " + string(b[i:])
}

// wrapErr is the error of operation op that failed with errno e (none
// when e is 0), naming the file as Go does.
// Is lets errors.Is match an errno with the portable errors, as
// syscall.Errno's Is does.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

func (f *File) wrapErr(op string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: errno(e)}
}

// Read reads up to len(b) bytes from the File and stores them in b.
// It returns the number of bytes read and any error encountered.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if n == 0 && e == 0 {
		return 0, io.EOF
	}
	return n, f.wrapErr("read", e)
}

// Write writes len(b) bytes from b to the File.
// It returns the number of bytes written and an error, if any.
// Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := write(f.fd, b)
	return n, f.wrapErr("write", e)
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := writeString(f.fd, s)
	return n, f.wrapErr("write", e)
}

// Close closes the File, rendering it unusable for I/O.
// Close will return an error if it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return f.wrapErr("close", closeFd(f.fd))
}

// Natives (implemented by the runtime):

// write writes all of b to the file descriptor fd, retrying short writes.
// It returns the number of bytes written and 0, or a positive errno.
func write(fd int, b []byte) (n int, e int)

// writeString is write for a string.
func writeString(fd int, s string) (n int, e int)

// read is one read(2) from fd into b, after the buffered output went out:
// n bytes (0 at the end of the input) and 0, or a positive errno.
func read(fd int, b []byte) (n int, e int)

// closeFd closes fd, after its buffered output went out: 0 or an errno.
func closeFd(fd int) (e int)
