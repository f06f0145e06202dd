package os

// The natives of the file-system and process calls (runtime/src/osfs.rs).
// Each gives back an errno word, 0 for success.

// stat describes name, following a final symbolic link when follow is
// set: st_mode, size, modification time (seconds and nanoseconds),
// device and inode.
func stat(name string, follow bool) (mode, size, sec, nsec, dev, ino int, e int)

// fstat is stat of an open descriptor.
func fstat(fd int) (mode, size, sec, nsec, dev, ino int, e int)

// getdents fills buf with directory records of fd (linux_dirent64); n is
// 0 at the end.
func getdents(fd int, buf []byte) (n int, e int)

func mkdir(name string, perm uint32) (e int)
func rename(from, to string) (e int)
func symlink(target, name string) (e int)
func link(from, to string) (e int)
func readlink(name string) (target string, e int)
func chmod(name string, mode uint32) (e int)
func chdir(name string) (e int)
func getcwd() (dir string, e int)
func seek(fd int, offset int64, whence int) (pos int64, e int)
func truncate(name string, size int64) (e int)

// environ is every "key=value" of the environment, each ended by a NUL.
func environ() string
func setenv(key, value string)
func unsetenv(key string)

// randomUint32 is a random number for the names of temporary files.
func randomUint32() uint32

// Getpid is the process id of the caller.
func Getpid() int

// Getppid is the process id of the caller's parent.
func Getppid() int

// Getuid is the caller's user id.
func Getuid() int

// Geteuid is the caller's effective user id.
func Geteuid() int

// Getgid is the caller's group id.
func Getgid() int

// Getegid is the caller's effective group id.
func Getegid() int

// pread and pwrite are one read or write of b at offset off.
func pread(fd int, b []byte, off int64) (n int, e int)
func pwrite(fd int, b []byte, off int64) (n int, e int)

func fsync(fd int) (e int)
func fchdir(fd int) (e int)
func ftruncate(fd int, size int64) (e int)
func fchmod(fd int, mode uint32) (e int)

// utimes sets name's access and modification times, in nanoseconds
// since 1970.
func utimes(name string, atime, mtime int64) (e int)

// Getpagesize is the system's memory page size in bytes.
func Getpagesize() int
