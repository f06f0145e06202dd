//! os's file-system and process natives beyond reading and writing files
//! (those are osfile.rs): stat of names and descriptors, raw directory
//! records, mkdir, rename, links, permissions, the working directory, the
//! environment as a whole and the process ids.
//!
//! Each native is one system call with the Go arguments translated; what
//! Go's os does around the call (PathError, sorting, MkdirAll's walk up the
//! parents, Getwd's $PWD shortcut) is Go code in stdlib/go/os. Failures are
//! answered as an errno word, 0 for success, as osfile.rs does.

use crate::mem::Mem;
use crate::service_ctx::{write_string, ServiceCtx};
use crate::stop::Stop;
use crate::value::read_string;
use std::ffi::{CString, OsStr};
use std::os::unix::ffi::OsStrExt;

/// Which call a native makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Stat,
    Fstat,
    Getdents,
    Mkdir,
    Rename,
    Symlink,
    Link,
    Readlink,
    Chmod,
    Chdir,
    Getcwd,
    Seek,
    Truncate,
    Pread,
    Pwrite,
    Fsync,
    Ftruncate,
    Fchmod,
    Fchdir,
    Utimes,
    Pagesize,
    Environ,
    Setenv,
    Unsetenv,
    Random,
    Getpid,
    Getppid,
    Getuid,
    Geteuid,
    Getgid,
    Getegid,
}

/// The natives by qualified name (their Go declarations are in
/// stdlib/go/os/sys.go).
pub const NATIVES: &[(&str, Call)] = &[
    ("os.stat", Call::Stat),
    ("os.fstat", Call::Fstat),
    ("os.getdents", Call::Getdents),
    ("os.mkdir", Call::Mkdir),
    ("os.rename", Call::Rename),
    ("os.symlink", Call::Symlink),
    ("os.link", Call::Link),
    ("os.readlink", Call::Readlink),
    ("os.chmod", Call::Chmod),
    ("os.chdir", Call::Chdir),
    ("os.getcwd", Call::Getcwd),
    ("os.seek", Call::Seek),
    ("os.truncate", Call::Truncate),
    ("os.pread", Call::Pread),
    ("os.pwrite", Call::Pwrite),
    ("os.fsync", Call::Fsync),
    ("os.ftruncate", Call::Ftruncate),
    ("os.fchmod", Call::Fchmod),
    ("os.fchdir", Call::Fchdir),
    ("os.utimes", Call::Utimes),
    ("os.Getpagesize", Call::Pagesize),
    ("os.environ", Call::Environ),
    ("os.setenv", Call::Setenv),
    ("os.unsetenv", Call::Unsetenv),
    ("os.randomUint32", Call::Random),
    ("os.Getpid", Call::Getpid),
    ("os.Getppid", Call::Getppid),
    ("os.Getuid", Call::Getuid),
    ("os.Geteuid", Call::Geteuid),
    ("os.Getgid", Call::Getgid),
    ("os.Getegid", Call::Getegid),
];

/// The errno of the last failed call.
fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// Runs `f` until it does not fail with EINTR: 0 or the errno.
fn retry(mut f: impl FnMut() -> libc::c_int) -> i32 {
    loop {
        if f() >= 0 {
            return 0;
        }
        let e = last_errno();
        if e != libc::EINTR {
            return e;
        }
    }
}

/// The Go string at `at` as a C path; a NUL inside is EINVAL, as Go's
/// syscall package answers it.
fn path_at<M: Mem + ?Sized>(m: &M, at: u64) -> Result<CString, i32> {
    CString::new(read_string(m, at)).map_err(|_| libc::EINVAL)
}

/// The stat words Go reads, in the order of the natives' results: st_mode,
/// size, modification seconds and nanoseconds, device, inode.
fn stat_words(st: &libc::stat) -> [u64; 6] {
    [
        u64::from(st.st_mode),
        st.st_size as u64,
        st.st_mtime as u64,
        st.st_mtime_nsec as u64,
        st.st_dev,
        st.st_ino,
    ]
}

/// Writes the six stat words and the errno from `at` on.
fn put_stat<M: Mem + ?Sized>(m: &M, at: u64, st: &libc::stat, e: i32) {
    let w = u64::from(m.word().0);
    let words = if e == 0 { stat_words(st) } else { [0; 6] };
    for (i, v) in words.iter().enumerate() {
        m.write_word(at + i as u64 * w, *v);
    }
    m.write_word(at + 6 * w, e as i64 as u64);
}

/// Runs native `call` with its argument area at `args` (the frame layout
/// of docs/ir.md: parameters in order, results from the next word).
pub fn run<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, call: Call, args: u64) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let word = |i: u64| m.read_word(args + i * w);
    let put = |i: u64, v: i64| m.write_word(args + i * w, v as u64);
    match call {
        // stat(name string, follow bool) (mode, size, sec, nsec, dev, ino, e int)
        Call::Stat => {
            let follow = {
                let mut b = [0u8];
                m.read_bytes(args + 2 * w, &mut b);
                b[0] != 0
            };
            // SAFETY: stat is plain old data; all zeros is a valid value.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            let e = match path_at(m, args) {
                Err(e) => e,
                Ok(p) => retry(|| {
                    // SAFETY: p is NUL-terminated, st writable; both outlive the call.
                    unsafe {
                        if follow {
                            libc::stat(p.as_ptr(), &mut st)
                        } else {
                            libc::lstat(p.as_ptr(), &mut st)
                        }
                    }
                }),
            };
            put_stat(m, args + 3 * w, &st, e);
        }
        // fstat(fd int) (mode, size, sec, nsec, dev, ino, e int)
        Call::Fstat => {
            let fd = word(0) as i32;
            // SAFETY: as for Stat.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: st is writable and outlives the call.
            let e = retry(|| unsafe { libc::fstat(fd, &mut st) });
            put_stat(m, args + w, &st, e);
        }
        // getdents(fd int, buf []byte) (n int, e int): getdents64's records.
        Call::Getdents => {
            let fd = word(0);
            let (p, len) = (word(1), word(2));
            let mut buf = vec![0u8; len as usize];
            let (n, e) = loop {
                // SAFETY: buf is a live, writable buffer of buf.len() bytes.
                let r = unsafe {
                    libc::syscall(
                        libc::SYS_getdents64,
                        fd as libc::c_long,
                        buf.as_mut_ptr(),
                        buf.len(),
                    )
                };
                if r >= 0 {
                    break (r as usize, 0);
                }
                let e = last_errno();
                if e != libc::EINTR {
                    break (0, e);
                }
            };
            if n > 0 {
                m.write_bytes(p, &buf[..n]);
            }
            put(4, n as i64);
            put(5, i64::from(e));
        }
        // mkdir(name string, perm uint32) (e int)
        Call::Mkdir | Call::Chmod => {
            let mode = word(2) as u32 as libc::mode_t;
            let e = match path_at(m, args) {
                Err(e) => e,
                Ok(p) => retry(|| {
                    // SAFETY: p is NUL-terminated and outlives the call.
                    unsafe {
                        if call == Call::Mkdir {
                            libc::mkdir(p.as_ptr(), mode)
                        } else {
                            libc::chmod(p.as_ptr(), mode)
                        }
                    }
                }),
            };
            put(3, i64::from(e));
        }
        // rename/symlink/link(a, b string) (e int)
        Call::Rename | Call::Symlink | Call::Link => {
            let e = match (path_at(m, args), path_at(m, args + 2 * w)) {
                (Err(e), _) | (_, Err(e)) => e,
                (Ok(a), Ok(b)) => retry(|| {
                    // SAFETY: a and b are NUL-terminated and outlive the call.
                    unsafe {
                        match call {
                            Call::Rename => libc::rename(a.as_ptr(), b.as_ptr()),
                            Call::Symlink => libc::symlink(a.as_ptr(), b.as_ptr()),
                            _ => libc::link(a.as_ptr(), b.as_ptr()),
                        }
                    }
                }),
            };
            put(4, i64::from(e));
        }
        // readlink(name string) (target string, e int)
        Call::Readlink => {
            let (target, e) = match path_at(m, args) {
                Err(e) => (Vec::new(), e),
                Ok(p) => match std::fs::read_link(OsStr::from_bytes(p.as_bytes())) {
                    Ok(t) => (t.into_os_string().into_encoded_bytes(), 0),
                    Err(err) => (Vec::new(), err.raw_os_error().unwrap_or(libc::EIO)),
                },
            };
            write_string(cx, args + 2 * w, &target)?;
            put(4, i64::from(e));
        }
        // chdir(name string) (e int)
        Call::Chdir => {
            let e = match path_at(m, args) {
                Err(e) => e,
                // SAFETY: p is NUL-terminated and outlives the call.
                Ok(p) => retry(|| unsafe { libc::chdir(p.as_ptr()) }),
            };
            put(2, i64::from(e));
        }
        // getcwd() (dir string, e int)
        Call::Getcwd => {
            let (dir, e) = match std::env::current_dir() {
                Ok(d) => (d.into_os_string().into_encoded_bytes(), 0),
                Err(err) => (Vec::new(), err.raw_os_error().unwrap_or(libc::EIO)),
            };
            write_string(cx, args, &dir)?;
            put(2, i64::from(e));
        }
        // seek(fd int, offset int64, whence int) (pos int64, e int)
        Call::Seek => {
            let (fd, off, whence) = (word(0) as i32, word(1) as i64, word(2) as i32);
            // SAFETY: lseek touches no memory of ours.
            let r = unsafe { libc::lseek(fd, off, whence) };
            let e = if r < 0 { last_errno() } else { 0 };
            put(3, r.max(0));
            put(4, i64::from(e));
        }
        // truncate(name string, size int64) (e int)
        Call::Truncate => {
            let size = word(2) as i64;
            let e = match path_at(m, args) {
                Err(e) => e,
                // SAFETY: p is NUL-terminated and outlives the call.
                Ok(p) => retry(|| unsafe { libc::truncate(p.as_ptr(), size) }),
            };
            put(3, i64::from(e));
        }
        // pread/pwrite(fd int, b []byte, off int64) (n int, e int): one
        // call at offset off, retried on EINTR; os loops for the rest.
        Call::Pread | Call::Pwrite => {
            let fd = word(0) as i32;
            let (p, len, off) = (word(1), word(2) as usize, word(4) as i64);
            let mut buf = vec![0u8; len];
            if call == Call::Pwrite && len > 0 {
                m.read_bytes(p, &mut buf);
            }
            let (n, e) = loop {
                // SAFETY: buf is a live buffer of buf.len() bytes, writable
                // for pread.
                let r = unsafe {
                    if call == Call::Pread {
                        libc::pread(fd, buf.as_mut_ptr().cast(), len, off)
                    } else {
                        libc::pwrite(fd, buf.as_ptr().cast(), len, off)
                    }
                };
                if r >= 0 {
                    break (r as usize, 0);
                }
                let e = last_errno();
                if e != libc::EINTR {
                    break (0, e);
                }
            };
            if call == Call::Pread && n > 0 {
                m.write_bytes(p, &buf[..n]);
            }
            put(5, n as i64);
            put(6, i64::from(e));
        }
        // fsync/fchdir(fd int) (e int)
        Call::Fsync | Call::Fchdir => {
            let fd = word(0) as i32;
            // SAFETY: these calls touch no memory of ours.
            let e = retry(|| unsafe {
                if call == Call::Fsync {
                    libc::fsync(fd)
                } else {
                    libc::fchdir(fd)
                }
            });
            put(1, i64::from(e));
        }
        // ftruncate(fd int, size int64) / fchmod(fd int, mode uint32) (e int)
        Call::Ftruncate | Call::Fchmod => {
            let (fd, v) = (word(0) as i32, word(1));
            // SAFETY: these calls touch no memory of ours.
            let e = retry(|| unsafe {
                if call == Call::Ftruncate {
                    libc::ftruncate(fd, v as i64)
                } else {
                    libc::fchmod(fd, v as u32 as libc::mode_t)
                }
            });
            put(2, i64::from(e));
        }
        // utimes(name string, atime, mtime int64) (e int): nanoseconds
        // since 1970, set with nanosecond precision, links followed.
        Call::Utimes => {
            let ts = |ns: i64| libc::timespec {
                tv_sec: ns.div_euclid(1_000_000_000),
                tv_nsec: ns.rem_euclid(1_000_000_000),
            };
            let times = [ts(word(2) as i64), ts(word(3) as i64)];
            let e = match path_at(m, args) {
                Err(e) => e,
                // SAFETY: p is NUL-terminated and times holds two
                // timespecs; both outlive the call.
                Ok(p) => retry(|| unsafe {
                    libc::utimensat(libc::AT_FDCWD, p.as_ptr(), times.as_ptr(), 0)
                }),
            };
            put(4, i64::from(e));
        }
        // Getpagesize() int
        Call::Pagesize => {
            // SAFETY: sysconf reads a system constant.
            let v = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
            put(0, if v > 0 { v as i64 } else { 4096 });
        }
        // environ() string: every KEY=value, each ended by a NUL.
        Call::Environ => {
            let mut all = Vec::new();
            for (k, v) in std::env::vars_os() {
                all.extend_from_slice(k.as_encoded_bytes());
                all.push(b'=');
                all.extend_from_slice(v.as_encoded_bytes());
                all.push(0);
            }
            write_string(cx, args, &all)?;
        }
        // setenv(key, value string); os.Setenv has refused what the C
        // library cannot hold (an empty key, '=' or NUL in it, NUL in the
        // value), which is checked again so that std never panics.
        Call::Setenv => {
            let (k, v) = (read_string(m, args), read_string(m, args + 2 * w));
            if !k.is_empty() && !k.contains(&b'=') && !k.contains(&0) && !v.contains(&0) {
                std::env::set_var(OsStr::from_bytes(&k), OsStr::from_bytes(&v));
            }
        }
        // unsetenv(key string)
        Call::Unsetenv => {
            let k = read_string(m, args);
            if !k.is_empty() && !k.contains(&b'=') && !k.contains(&0) {
                std::env::remove_var(OsStr::from_bytes(&k));
            }
        }
        // randomUint32() uint32: for the names of temporary files.
        Call::Random => {
            let mut b = [0u8; 4];
            // SAFETY: b is a live, writable buffer of 4 bytes.
            let r = unsafe { libc::getrandom(b.as_mut_ptr().cast(), b.len(), 0) };
            if r != 4 {
                // No entropy call: the clock's nanoseconds will do for names.
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.subsec_nanos() ^ d.as_secs() as u32);
                b = t.to_le_bytes();
            }
            m.write_bytes(args, &b);
        }
        // The process ids: () int.
        Call::Getpid
        | Call::Getppid
        | Call::Getuid
        | Call::Geteuid
        | Call::Getgid
        | Call::Getegid => {
            // SAFETY: these calls only read the process's ids.
            let v = unsafe {
                match call {
                    Call::Getpid => i64::from(libc::getpid()),
                    Call::Getppid => i64::from(libc::getppid()),
                    Call::Getuid => i64::from(libc::getuid()),
                    Call::Geteuid => i64::from(libc::geteuid()),
                    Call::Getgid => i64::from(libc::getgid()),
                    _ => i64::from(libc::getegid()),
                }
            };
            put(0, v);
        }
    }
    Ok(())
}
