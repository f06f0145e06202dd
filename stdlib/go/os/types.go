package os

// The file-system vocabulary os shares with io/fs, under os's names, and
// the FileInfo that Stat, Lstat and File.Stat build from the system's
// answer.

import (
	"io/fs"
	"time"
)

// FileMode holds a file's type bits (high end) and permission bits.
type FileMode = fs.FileMode

// FileInfo describes a file.
type FileInfo = fs.FileInfo

// DirEntry is one name read from a directory.
type DirEntry = fs.DirEntry

// The mode bits (see io/fs).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// fileStat is the FileInfo of a stat call. dev and ino identify the file
// for SameFile.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (s *fileStat) Name() string       { return s.name }
func (s *fileStat) Size() int64        { return s.size }
func (s *fileStat) Mode() FileMode     { return s.mode }
func (s *fileStat) ModTime() time.Time { return s.modTime }
func (s *fileStat) IsDir() bool        { return s.mode.IsDir() }

// Sys would be the system's raw answer (gc's *syscall.Stat_t); splitgo
// has no package syscall and answers nil, which FileInfo allows.
func (s *fileStat) Sys() any { return nil }

// SameFile reports whether a and b, both from this package's Stat, Lstat
// or File.Stat, describe the same file (device and inode agree).
func SameFile(a, b FileInfo) bool {
	sa, ok1 := a.(*fileStat)
	sb, ok2 := b.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return sa.dev == sb.dev && sa.ino == sb.ino
}

// modeOf turns a Unix st_mode into a FileMode.
func modeOf(st int) FileMode {
	m := FileMode(st & 0o777)
	switch st & 0o170000 {
	case 0o060000:
		m |= ModeDevice
	case 0o020000:
		m |= ModeCharDevice | ModeDevice
	case 0o040000:
		m |= ModeDir
	case 0o010000:
		m |= ModeNamedPipe
	case 0o120000:
		m |= ModeSymlink
	case 0o140000:
		m |= ModeSocket
	}
	if st&0o4000 != 0 {
		m |= ModeSetuid
	}
	if st&0o2000 != 0 {
		m |= ModeSetgid
	}
	if st&0o1000 != 0 {
		m |= ModeSticky
	}
	return m
}

// newFileStat builds the FileInfo of a stat native's words for the file
// called name (its last element is the info's Name).
func newFileStat(name string, mode, size, sec, nsec, dev, ino int) *fileStat {
	return &fileStat{
		name:    baseName(name),
		size:    int64(size),
		mode:    modeOf(mode),
		modTime: time.Unix(int64(sec), int64(nsec)),
		dev:     uint64(dev),
		ino:     uint64(ino),
	}
}

// baseName is the last element of name, trailing slashes dropped ("/"
// stays "/").
func baseName(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	name = name[:end]
	// The element starts after the last slash before its final byte.
	for k := len(name) - 2; k >= 0; k-- {
		if name[k] == '/' {
			return name[k+1:]
		}
	}
	return name
}
