package os

// What an open file does besides reading and writing in turn: reads and
// writes at an offset, flushing to the device, resizing, permissions,
// times, and becoming the working directory.

import (
	"errors"
	"io"
	"time"
)

// Seek's whence values, kept for old programs.
//
// Deprecated: Use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const (
	SEEK_SET int = 0 // from the start
	SEEK_CUR int = 1 // from the current place
	SEEK_END int = 2 // from the end
)

// errNegativeOffset refuses an offset before the start of the file.
var errNegativeOffset = errors.New("negative offset")

// errAppendWriteAt refuses WriteAt on a file whose writes all go
// to the end.
var errAppendWriteAt = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// ReadAt fills b from offset off of f, without moving f's place. Short
// of len(b) bytes it gives an error, io.EOF at the end of the file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		got, e := pread(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("read", e)
		}
		if got == 0 {
			return n, io.EOF
		}
		n += got
		b = b[got:]
		off += int64(got)
	}
	return n, nil
}

// WriteAt writes all of b at offset off of f, without moving f's place.
// A file opened with O_APPEND refuses it.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errAppendWriteAt
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		put, e := pwrite(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("write", e)
			return n, err
		}
		n += put
		b = b[put:]
		off += int64(put)
	}
	return n, nil
}

// Sync sends what was written to f to the storage device.
func (f *File) Sync() error {
	if err := f.usable("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", fsync(f.fd))
}

// Truncate sets f's size, cutting or zero-extending it.
func (f *File) Truncate(size int64) error {
	if err := f.usable("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", ftruncate(f.fd, size))
}

// Chmod sets f's permission bits (and setuid, setgid, sticky).
func (f *File) Chmod(mode FileMode) error {
	if err := f.usable("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", fchmod(f.fd, sysMode(mode)))
}

// Chdir makes directory f the working directory.
func (f *File) Chdir() error {
	if err := f.usable("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", fchdir(f.fd))
}

// Chtimes sets the access and modification times of name (links
// followed), to the nanosecond.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := utimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errno(e)}
	}
	return nil
}

// ErrNoDeadline answers a deadline asked of a file that cannot have one
// (splitgo's files have none).
var ErrNoDeadline = errors.New("file type does not support deadline")

// ErrDeadlineExceeded is the error of an operation that passed its
// deadline; it says it is a timeout.
var ErrDeadlineExceeded error = &deadlineExceeded{}

type deadlineExceeded struct{}

func (e *deadlineExceeded) Error() string   { return "i/o timeout" }
func (e *deadlineExceeded) Timeout() bool   { return true }
func (e *deadlineExceeded) Temporary() bool { return true }

// timeouter is an error that can say it is a timeout.
type timeouter interface {
	Timeout() bool
}

// IsTimeout reports whether err, unwrapped as IsNotExist does, says it
// is a timeout.
func IsTimeout(err error) bool {
	t, ok := causeOf(err).(timeouter)
	return ok && t.Timeout()
}

// Timeout reports whether the cause says it is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeouter)
	return ok && t.Timeout()
}
