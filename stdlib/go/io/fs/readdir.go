package fs

// The helpers that work on any FS: each uses the file system's own
// method when it has one (ReadDirFS, StatFS, ReadFileFS), else opens the
// file and asks it.

import (
	"errors"
	"io"
	"sort"
)

// ReadDirFS is an FS that lists a directory itself.
type ReadDirFS interface {
	FS
	// ReadDir gives the directory's entries sorted by name.
	ReadDir(name string) ([]DirEntry, error)
}

// StatFS is an FS that describes a file without opening it.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// ReadFileFS is an FS that reads a whole file itself.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadDir gives the entries of directory name of fsys, sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if lister, ok := fsys.(ReadDirFS); ok {
		return lister.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(a, b int) bool { return list[a].Name() < list[b].Name() })
	return list, err
}

// Stat describes file name of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if s, ok := fsys.(StatFS); ok {
		return s.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ReadFile gives the whole content of file name of fsys; reaching the end
// is success.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if r, ok := fsys.(ReadFileFS); ok {
		return r.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var data []byte
	chunk := make([]byte, 512)
	for {
		n, err := f.Read(chunk)
		data = append(data, chunk[:n]...)
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// infoEntry is a DirEntry made from a FileInfo.
type infoEntry struct {
	info FileInfo
}

func (e *infoEntry) Name() string            { return e.info.Name() }
func (e *infoEntry) IsDir() bool             { return e.info.IsDir() }
func (e *infoEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e *infoEntry) Info() (FileInfo, error) { return e.info, nil }

// FileInfoToDirEntry gives a DirEntry that answers from info (nil for a
// nil info).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &infoEntry{info: info}
}
