package os

// Stat, Lstat and File.Stat.

// Stat describes the file name leads to, following symbolic links.
// Errors are *PathError with Op "stat".
func Stat(name string) (FileInfo, error) {
	mode, size, sec, nsec, dev, ino, e := stat(name, true)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, mode, size, sec, nsec, dev, ino), nil
}

// Lstat describes name itself: a symbolic link is described, not
// followed. Errors are *PathError with Op "lstat".
func Lstat(name string) (FileInfo, error) {
	mode, size, sec, nsec, dev, ino, e := stat(name, false)
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, mode, size, sec, nsec, dev, ino), nil
}

// Stat describes the open file f.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errFileClosing}
	}
	mode, size, sec, nsec, dev, ino, e := fstat(f.fd)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(f.name, mode, size, sec, nsec, dev, ino), nil
}
