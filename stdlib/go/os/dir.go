package os

// Reading directories: File.ReadDir, Readdir, Readdirnames and ReadDir.
// The native getdents hands over the kernel's records (linux_dirent64:
// inode, offset, record length, type, NUL-ended name), decoded here.

import (
	"errors"
	"io"
	"io/fs"
	"sort"
)

// errFileClosing is the cause gc gives when a closed file is read as a
// directory or stat'ed (its poller's word, unlike ErrClosed elsewhere).
var errFileClosing = errors.New("use of closed file")

// dirBufSize is how many bytes of records one getdents call may give.
const dirBufSize = 8192

// dirBuf holds records read ahead from a directory: buf[pos:end] are
// still to be decoded.
type dirBuf struct {
	buf      []byte
	pos, end int
}

// Linux's d_type values.
const (
	dtUnknown = 0
	dtFifo    = 1
	dtChr     = 2
	dtDir     = 4
	dtBlk     = 6
	dtReg     = 8
	dtLnk     = 10
	dtSock    = 12
)

// typeOfDT is the FileMode type of a d_type, and false when the
// directory did not say (the entry must be stat'ed).
func typeOfDT(t byte) (FileMode, bool) {
	switch t {
	case dtFifo:
		return ModeNamedPipe, true
	case dtChr:
		return ModeDevice | ModeCharDevice, true
	case dtDir:
		return ModeDir, true
	case dtBlk:
		return ModeDevice, true
	case dtReg:
		return 0, true
	case dtLnk:
		return ModeSymlink, true
	case dtSock:
		return ModeSocket, true
	}
	return ModeIrregular, false
}

// nextEntry gives the next name of directory f other than "." and "..",
// with its type byte; ok is false at the end.
func (f *File) nextEntry() (name string, typ byte, ok bool, err error) {
	if f.dir == nil {
		f.dir = &dirBuf{buf: make([]byte, dirBufSize)}
	}
	d := f.dir
	for {
		if d.pos >= d.end {
			n, e := getdents(f.fd, d.buf)
			if e != 0 {
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
			}
			if n <= 0 {
				return "", 0, false, nil
			}
			d.pos, d.end = 0, n
		}
		rec := d.buf[d.pos:d.end]
		if len(rec) < 19 {
			d.pos = d.end
			continue
		}
		size := int(rec[16]) | int(rec[17])<<8
		if size < 19 || size > len(rec) {
			d.pos = d.end
			continue
		}
		d.pos += size
		var ino uint64
		for k := 7; k >= 0; k-- {
			ino = ino<<8 | uint64(rec[k])
		}
		if ino == 0 {
			continue
		}
		raw := rec[19:size]
		l := 0
		for l < len(raw) && raw[l] != 0 {
			l++
		}
		name = string(raw[:l])
		if name == "." || name == ".." {
			continue
		}
		return name, rec[18], true, nil
	}
}

// dirEntry is the DirEntry of a name read from directory parent.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (e *dirEntry) Name() string   { return e.name }
func (e *dirEntry) IsDir() bool    { return e.typ.IsDir() }
func (e *dirEntry) Type() FileMode { return e.typ }

// Info Lstats the entry now (or gives what was learnt when the
// directory did not tell the type).
func (e *dirEntry) Info() (FileInfo, error) {
	if e.info != nil {
		return e.info, nil
	}
	return Lstat(e.parent + "/" + e.name)
}

// readEntries reads up to n entries (all for n <= 0), calling keep with
// each name and type byte until it says to stop.
func (f *File) readEntries(n int, keep func(name string, typ byte) error) (int, error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	got := 0
	for n <= 0 || got < n {
		name, typ, ok, err := f.nextEntry()
		if err != nil {
			return got, err
		}
		if !ok {
			break
		}
		if err := keep(name, typ); err != nil {
			if err == errSkipEntry {
				continue
			}
			return got, err
		}
		got++
	}
	if n > 0 && got == 0 {
		return 0, io.EOF
	}
	return got, nil
}

// errSkipEntry tells readEntries that an entry vanished before it could
// be described and is not counted.
var errSkipEntry = &PathError{Op: "readdir", Path: "", Err: ErrNotExist}

// ReadDir reads up to n entries of directory f, in directory order (all
// that are left for n <= 0). With n > 0 an empty answer comes with an
// error, io.EOF at the end; with n <= 0 the end is no error.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	list := []DirEntry{}
	_, err := f.readEntries(n, func(name string, typ byte) error {
		e := &dirEntry{parent: f.name, name: name}
		if t, ok := typeOfDT(typ); ok {
			e.typ = t
		} else {
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				return errSkipEntry
			}
			if err != nil {
				return err
			}
			e.typ, e.info = info.Mode().Type(), info
		}
		list = append(list, e)
		return nil
	})
	return list, err
}

// Readdir is ReadDir with a full FileInfo (from Lstat) for each entry.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	list := []FileInfo{}
	_, err := f.readEntries(n, func(name string, typ byte) error {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			return errSkipEntry
		}
		if err != nil {
			return err
		}
		list = append(list, info)
		return nil
	})
	return list, err
}

// Readdirnames is ReadDir giving the names only.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names = []string{}
	_, err = f.readEntries(n, func(name string, typ byte) error {
		names = append(names, name)
		return nil
	})
	return names, err
}

// ReadDir lists directory name, sorted by file name. What could be read
// before an error is given with it.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	sort.Slice(list, func(a, b int) bool { return list[a].Name() < list[b].Name() })
	return list, err
}

// DirFS gives the tree rooted at dir as an fs.FS.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

// dirFS is DirFS's file system: a name is checked with fs.ValidPath
// and then placed below the root.
type dirFS string

// full is name below the root; a bad name is ErrInvalid (gc reports it
// under Op "stat" for Open too).
func (d dirFS) full(name string) (string, error) {
	if d == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) || hasNul(name) {
		return "", ErrInvalid
	}
	return inDir(string(d), name), nil
}

func (d dirFS) Open(name string) (fs.File, error) {
	full, err := d.full(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := d.full(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	return Stat(full)
}
