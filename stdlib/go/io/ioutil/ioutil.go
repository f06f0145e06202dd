// Package ioutil holds the old home of a few I/O helpers; each one here
// now just calls its replacement in io or os.
//
// Deprecated: Use package io or package os instead (since Go 1.16).
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll returns all of r's data up to EOF, which it treats as success.
//
// Deprecated: Use io.ReadAll, which this calls.
func ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

// ReadFile returns the whole content of the named file; reaching the
// end is not an error.
//
// Deprecated: Use os.ReadFile, which this calls.
func ReadFile(filename string) ([]byte, error) {
	return os.ReadFile(filename)
}

// WriteFile replaces the named file's content with data. A missing file
// is created with mode perm (less the umask); an existing one keeps its
// mode and is truncated first.
//
// Deprecated: Use os.WriteFile, which this calls.
func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// NopCloser gives r a Close method that does nothing.
//
// Deprecated: Use io.NopCloser, which this calls.
func NopCloser(r io.Reader) io.ReadCloser {
	return io.NopCloser(r)
}

// Discard is a Writer that accepts and drops everything.
//
// Deprecated: Use io.Discard, which this is.
var Discard io.Writer = io.Discard

// ReadDir lists directory dirname with a FileInfo per entry, sorted by
// name; on an error nothing is listed.
//
// Deprecated: Use os.ReadDir, which gives DirEntry values instead.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(a, b int) bool { return list[a].Name() < list[b].Name() })
	return list, nil
}

// TempFile makes and opens a new file in dir, named after pattern.
//
// Deprecated: Use os.CreateTemp, which this calls.
func TempFile(dir, pattern string) (f *os.File, err error) {
	return os.CreateTemp(dir, pattern)
}

// TempDir makes a new directory in dir, named after pattern.
//
// Deprecated: Use os.MkdirTemp, which this calls.
func TempDir(dir, pattern string) (name string, err error) {
	return os.MkdirTemp(dir, pattern)
}
