package os

// Files by name: open, create, read whole, write whole, remove. The
// system calls are the natives open, read, closeFd and remove.

import "io"

// OpenFile flags, with Linux's values. Pick one of the three access modes
// and add any of the others.
const (
	O_RDONLY int = 0x0 // reading only
	O_WRONLY int = 0x1 // writing only
	O_RDWR   int = 0x2 // reading and writing

	O_APPEND int = 0x400    // every write goes to the end
	O_CREATE int = 0x40     // make the file if it is missing
	O_EXCL   int = 0x80     // with O_CREATE: fail if it already exists
	O_SYNC   int = 0x101000 // writes reach the device before returning
	O_TRUNC  int = 0x200    // empty a regular file on opening for writing
)

// OpenFile opens name with the O_* flags in flag; a file that O_CREATE
// makes gets permissions perm, less the umask. Errors are *PathError.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, sysMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return &File{name: name, fd: fd, appendMode: flag&O_APPEND != 0}, nil
}

// Open opens name read-only.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create opens name for reading and writing, emptying it if it exists and
// making it with permissions 0666 (less the umask) if not.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile gives the whole content of name. Reaching the end is success:
// the error is nil then, never io.EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 512)
	got := 0
	for {
		if got == len(buf) {
			bigger := make([]byte, 2*len(buf))
			copy(bigger, buf)
			buf = bigger
		}
		n, rerr := f.Read(buf[got:])
		got += n
		if rerr == io.EOF {
			return buf[:got], nil
		}
		if rerr != nil {
			return buf[:got], rerr
		}
	}
}

// WriteFile replaces the content of name with data. A missing file is
// made with permissions perm (less the umask); an existing one keeps its
// permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil {
		return werr
	}
	return cerr
}

// Remove deletes the file or empty directory name; errors are *PathError.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// sysMode puts perm's permission bits and its setuid, setgid and sticky
// bits at their Unix places.
func sysMode(perm FileMode) uint32 {
	sys := uint32(perm & ModePerm)
	if perm&ModeSetuid != 0 {
		sys |= 0o4000
	}
	if perm&ModeSetgid != 0 {
		sys |= 0o2000
	}
	if perm&ModeSticky != 0 {
		sys |= 0o1000
	}
	return sys
}

// TempDir is where temporary files go: $TMPDIR, or /tmp if that is empty.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// open is open(2) of name: the descriptor and 0, or -1 and an errno.
func open(name string, flag int, perm uint32) (fd int, e int)

// remove unlinks name, or removes it as an empty directory: 0 or an errno.
func remove(name string) (e int)
