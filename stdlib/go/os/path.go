package os

// Operations on names: directories made and removed, renames, links,
// permissions, the working directory, and the error types they share.

import "io"

// The separators of names and of lists of names on Unix.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the system's null device.
const DevNull = "/dev/null"

// IsPathSeparator reports whether c separates name elements.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError is a failed operation Op involving two names (rename, link,
// symlink), with cause Err.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error reads "op old new: cause".
func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

// Unwrap gives the cause.
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError is a system call that failed, named by Syscall.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error reads "call: cause".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap gives the cause.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError wraps err as a SyscallError of call syscall; nil stays
// nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// causeOf strips the one wrapper os's own errors put around a cause.
func causeOf(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// causeIs reports whether err, unwrapped once by causeOf, is target or a
// system error number meaning target.
func causeIs(err, target error) bool {
	err = causeOf(err)
	if err == target {
		return true
	}
	n, ok := err.(errno)
	return ok && n.Is(target)
}

// IsExist reports whether err says a file already exists (also for a
// directory that is not empty). Only os's own wrappers are looked
// through; errors.Is(err, fs.ErrExist) sees through all of them.
func IsExist(err error) bool { return causeIs(err, ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return causeIs(err, ErrNotExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return causeIs(err, ErrPermission) }

// Mkdir makes directory name with permissions perm (less the umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, sysMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll makes directory name and any parents missing, with
// permissions perm (less the umask); an existing directory is success.
func MkdirAll(name string, perm FileMode) error {
	if info, err := Stat(name); err == nil {
		if info.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: name, Err: errno(20)}
	}
	// The parent is what comes before the last element, trailing
	// slashes ignored.
	end := len(name)
	for end > 0 && name[end-1] == '/' {
		end--
	}
	start := end
	for start > 0 && name[start-1] != '/' {
		start--
	}
	if start > 1 {
		if err := MkdirAll(name[:start-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(name, perm)
	if err != nil {
		// "dir/." and the like: fine if a directory is there now.
		if info, lerr := Lstat(name); lerr == nil && info.IsDir() {
			return nil
		}
	}
	return err
}

// RemoveAll removes name and everything below it. A name that does not
// exist is success; the first error that stops it is returned.
func RemoveAll(name string) error {
	if name == "" {
		return nil
	}
	if name == "." || hasSuffix(name, "/.") {
		return &PathError{Op: "RemoveAll", Path: name, Err: errno(22)}
	}
	err := Remove(name)
	if err == nil {
		return nil
	}
	if IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(name)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	f, oerr := Open(name)
	if oerr != nil {
		if IsNotExist(oerr) {
			return nil
		}
		return oerr
	}
	var first error
	for {
		names, rerr := f.Readdirnames(128)
		for _, n := range names {
			if e := RemoveAll(name + "/" + n); e != nil && first == nil {
				first = e
			}
		}
		if rerr != nil {
			if rerr != io.EOF && first == nil {
				first = rerr
			}
			break
		}
	}
	f.Close()
	if err := Remove(name); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// hasSuffix reports whether s ends with suffix.
func hasSuffix(s, suffix string) bool {
	cut := len(s) - len(suffix)
	return cut >= 0 && s[cut:] == suffix
}

// Rename moves oldpath to newpath, replacing a file there; a directory
// at newpath is refused unless oldpath is that same directory. Errors
// are *LinkError.
func Rename(oldpath, newpath string) error {
	if to, err := Lstat(newpath); err == nil && to.IsDir() {
		from, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: causeOf(err)}
		}
		if oldpath == newpath || !SameFile(from, to) {
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errno(17)}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errno(e)}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: errno(e)}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if e := link(oldname, newname); e != 0 {
		return &LinkError{Op: "link", Old: oldname, New: newname, Err: errno(e)}
	}
	return nil
}

// Readlink gives the target of symbolic link name.
func Readlink(name string) (string, error) {
	target, e := readlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return target, nil
}

// Chmod sets the permission bits (and setuid, setgid, sticky) of name.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, sysMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

// Truncate sets the size of file name, cutting or zero-extending it.
func Truncate(name string, size int64) error {
	if e := truncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Getwd gives an absolute name of the working directory: $PWD when it
// names that directory (so a path through symbolic links the shell kept
// is kept too), else the system's answer.
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		here, err := Stat(".")
		if err != nil {
			return "", err
		}
		if there, err := Stat(pwd); err == nil && SameFile(here, there) {
			return pwd, nil
		}
	}
	dir, e := getcwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Seek sets where f's next read or write happens: offset from the start
// (whence 0), the current place (1) or the end (2). It gives the new
// place from the start.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.usable("seek"); err != nil {
		return 0, err
	}
	pos, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	// A directory read again from the start must not reuse old records.
	f.dir = nil
	return pos, nil
}
