// Package fs is the vocabulary shared by file systems: what a file system,
// an open file, a directory entry and a file's description offer, the
// portable errors, and PathError. Package os implements it for the
// operating system's files; WalkDir and the helpers of readdir.go work on
// any FS.
package fs

import (
	"errors"
	"time"
	"unicode/utf8"
)

// FS is a tree of files, opened by names ValidPath accepts.
type FS interface {
	// Open gives the named file; a failure should be a *PathError with
	// Op "open".
	Open(name string) (File, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// DirEntry is one name read from a directory, with its type known without
// asking for the full FileInfo.
type DirEntry interface {
	// Name is the last element of the entry's path ("b.txt", not "a/b.txt").
	Name() string
	// IsDir says whether the entry is a directory.
	IsDir() bool
	// Type is the entry's type bits (FileMode's ModeType part).
	Type() FileMode
	// Info describes the entry as it is now, which may differ from what
	// the directory said when it was read.
	Info() (FileInfo, error)
}

// ReadDirFile is an open directory whose entries can be read in turns.
type ReadDirFile interface {
	File
	// ReadDir gives up to n entries in directory order (all of them when
	// n <= 0). With n > 0 an empty answer comes with an error, io.EOF at
	// the end; with n <= 0 the end is no error.
	ReadDir(n int) ([]DirEntry, error)
}

// FileInfo describes a file, as Stat finds it.
type FileInfo interface {
	Name() string       // the last element of the name
	Size() int64        // bytes for a regular file; other kinds vary
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // when the content last changed
	IsDir() bool        // Mode().IsDir()
	Sys() any           // what the system said, or nil
}

// The portable errors; test for them with errors.Is, which also sees
// through system error numbers that mean the same.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError is operation Op on the file Path failing with Err.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error reads "op path: cause".
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap gives the cause.
func (e *PathError) Unwrap() error { return e.Err }

// timeouter is an error that can say it is a timeout.
type timeouter interface {
	Timeout() bool
}

// Timeout reports whether the cause says it is a timeout.
func (e *PathError) Timeout() bool {
	cause, ok := e.Err.(timeouter)
	return ok && cause.Timeout()
}

// ValidPath reports whether name is a name an FS accepts: "." alone, or
// slash-separated non-empty elements none of which is "." or "..", with
// no slash at either end, in valid UTF-8.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[start:i]
		if elem == ".." || elem == "." || elem == "" {
			return false
		}
		start = i + 1
	}
	return true
}
