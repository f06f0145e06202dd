//! os's file natives: opening, reading, writing (descriptors other than
//! stdout and stderr, which services.rs routes through [`Output`]),
//! closing and removing files.
//!
//! Reading and closing flush the program's buffered output first: a prompt
//! written before a read must be on the terminal when the read blocks, and
//! what was written to a descriptor must reach it before the descriptor
//! closes. A call blocks the executor's thread, and so every goroutine, as
//! a read of a terminal blocks the one thread splitgo runs them on.

use crate::mem::Mem;
use crate::print::Output;

/// `os.read(fd int, b []byte) (n int, e int)`: one read(2) into `b`,
/// retried on EINTR; `e` is the errno or 0, `n` 0 at the end of the input.
pub fn read<M: Mem + ?Sized>(m: &M, out: &mut Output, args: u64) {
    let w = u64::from(m.word().0);
    let fd = m.read_word(args) as i32;
    let (p, len) = (m.read_word(args + w), m.read_word(args + 2 * w));
    out.flush();
    let mut buf = vec![0u8; len as usize];
    let (n, errno) = loop {
        // SAFETY: buf is a live, writable buffer of buf.len() bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            break (r as usize, 0);
        }
        let e = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
        if e != libc::EINTR {
            break (0, e);
        }
    };
    if n > 0 {
        m.write_bytes(p, &buf[..n]);
    }
    m.write_word(args + 4 * w, n as u64);
    m.write_word(args + 5 * w, errno as u64);
}

/// `os.closeFd(fd int) (e int)`: close(2), after the buffered output went
/// out; what the program writes to the descriptor afterwards is dropped,
/// as writes to a closed descriptor fail.
pub fn close<M: Mem + ?Sized>(m: &M, out: &mut Output, args: u64) {
    let w = u64::from(m.word().0);
    let fd = m.read_word(args) as i32;
    out.flush();
    // SAFETY: closing a descriptor touches no memory of ours; the runtime
    // writes its own output through std's handles, which tolerate a
    // closed descriptor.
    let r = unsafe { libc::close(fd) };
    let errno = if r == 0 {
        0
    } else {
        std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO)
    };
    m.write_word(args + w, errno as u64);
}

/// write(2) of all of `bytes` to a descriptor other than stdout and
/// stderr (those go through [`Output`]), retrying short writes and
/// EINTR: the errno of a failure, or 0, with the count written.
pub fn write_fd(fd: i32, bytes: &[u8]) -> (usize, i32) {
    let mut done = 0;
    while done < bytes.len() {
        let rest = &bytes[done..];
        // SAFETY: rest is a live buffer of rest.len() readable bytes.
        let r = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if r < 0 {
            let e = std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
            if e == libc::EINTR {
                continue;
            }
            return (done, e);
        }
        done += r as usize;
    }
    (done, 0)
}

/// `os.open(name string, flag int, perm uint32) (fd int, e int)`:
/// open(2) with Go's flag bits (they are Linux's) and O_CLOEXEC, as Go
/// opens every file.
pub fn open<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let name = crate::value::read_string(m, args);
    let flag = m.read_word(args + 2 * w) as i32;
    let perm = m.read_word(args + 3 * w) as u32;
    let (fd, errno) = match std::ffi::CString::new(name) {
        // A NUL in the name: Go's syscall refuses it with EINVAL.
        Err(_) => (-1, libc::EINVAL),
        Ok(path) => loop {
            // SAFETY: path is a NUL-terminated string that outlives the call.
            let fd = unsafe { libc::open(path.as_ptr(), flag | libc::O_CLOEXEC, perm) };
            if fd >= 0 {
                break (fd, 0);
            }
            let e = std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
            if e != libc::EINTR {
                break (-1, e);
            }
        },
    };
    m.write_word(args + 4 * w, fd as i64 as u64);
    m.write_word(args + 5 * w, errno as u64);
}

/// `os.remove(name string) (e int)`: unlink(2), else rmdir(2); the
/// errno reported is rmdir's unless that only said the name is not a
/// directory (Go's Remove chooses so).
pub fn remove<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let name = crate::value::read_string(m, args);
    let errno = match std::ffi::CString::new(name) {
        Err(_) => libc::EINVAL,
        Ok(path) => {
            let last = || {
                std::io::Error::last_os_error()
                    .raw_os_error()
                    .unwrap_or(libc::EIO)
            };
            // SAFETY: path is NUL-terminated and outlives the calls.
            if unsafe { libc::unlink(path.as_ptr()) } == 0 {
                0
            } else {
                let e = last();
                // SAFETY: as above.
                if unsafe { libc::rmdir(path.as_ptr()) } == 0 {
                    0
                } else {
                    let e1 = last();
                    if e1 != libc::ENOTDIR {
                        e1
                    } else {
                        e
                    }
                }
            }
        }
    };
    m.write_word(args + 2 * w, errno as u64);
}
