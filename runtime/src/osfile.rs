//! os.File's natives beyond writing (which services.rs routes through
//! [`Output`]): reading a descriptor and closing one.
//!
//! Both flush the program's buffered output first: a prompt written before
//! a read must be on the terminal when the read blocks, and what was
//! written to a descriptor must reach it before the descriptor closes. A
//! read blocks the executor's thread, and so every goroutine, as a read of
//! a terminal blocks the one thread splitgo runs them on.

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
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
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
        std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
    };
    m.write_word(args + w, errno as u64);
}
