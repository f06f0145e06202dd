//! Program output: [`Output`], the buffers that `print`/`println` (to
//! stderr) and fmt write through. The text forms of floats that `print`
//! and `%v` use are the ABI crate's ([`splitgo_abi::go_print_float`],
//! [`splitgo_abi::format_float_g`]), shared with the reference
//! interpreter.
//!
//! Output is buffered for speed and flushed on every exit path (DESIGN §6),
//! when the scheduler has nothing to run but a sleeper, and, when stdout
//! is a terminal, at each line written there (as a user watching expects):
//! normal exit, `os.Exit`, panic and fatal error all go through the
//! executor, which calls [`Output::flush`] before printing anything of its
//! own. Switching from one stream to the other flushes the first, so the
//! two interleave as the program wrote them.
//!
//! A fault that ends the process from the signal handler flushes with
//! [`Output::flush_raw`] (no lock, no allocation) before printing.
//! SIGHUP, SIGINT and SIGTERM stop the program at its next switch and the
//! executor flushes before dying by the signal (runtime/src/signals/
//! kill.rs); a write to a broken stdout or stderr pipe dies by SIGPIPE.

use std::io::Write;

/// Bytes buffered per stream before a write is forced.
const BUFFER: usize = 64 << 10;

/// The program's stdout and stderr, buffered.
#[derive(Debug, Default)]
pub struct Output {
    out: Vec<u8>,
    err: Vec<u8>,
    /// stdout is a terminal: flush it at the end of each line.
    line_out: bool,
}

impl Output {
    pub fn new() -> Output {
        Output {
            out: Vec::new(),
            err: Vec::new(),
            // SAFETY: isatty only inspects the descriptor.
            line_out: unsafe { libc::isatty(1) } == 1,
        }
    }

    /// Appends to stdout.
    pub fn stdout(&mut self, bytes: &[u8]) {
        if !self.err.is_empty() {
            flush_to(&mut self.err, &mut std::io::stderr());
        }
        self.out.extend_from_slice(bytes);
        if self.out.len() >= BUFFER || (self.line_out && bytes.contains(&b'\n')) {
            flush_to(&mut self.out, &mut std::io::stdout());
        }
    }

    /// Appends to stderr.
    pub fn stderr(&mut self, bytes: &[u8]) {
        if !self.out.is_empty() {
            flush_to(&mut self.out, &mut std::io::stdout());
        }
        self.err.extend_from_slice(bytes);
        if self.err.len() >= BUFFER {
            flush_to(&mut self.err, &mut std::io::stderr());
        }
    }

    /// Writes out everything buffered (in the order it was written).
    pub fn flush(&mut self) {
        flush_to(&mut self.out, &mut std::io::stdout());
        flush_to(&mut self.err, &mut std::io::stderr());
    }
}

impl Output {
    /// Writes out what is buffered with plain write(2) calls, taking no
    /// lock and allocating nothing: the signal handler's flush before it
    /// prints a crash (DESIGN §6).
    pub fn flush_raw(&mut self) {
        crate::signals::write_all(1, &self.out);
        self.out.clear();
        crate::signals::write_all(2, &self.err);
        self.err.clear();
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Writes and empties `buf`. Writing to a pipe whose reader is gone ends
/// the program by SIGPIPE, as a gc binary's write to a broken stdout or
/// stderr does (Go: os.File's epipecheck calls sigpipe, which dies by the
/// signal): `splitgo run yes.go | head -1` exits 141 at once instead of
/// writing into the void forever. Rust's std starts every program with
/// SIGPIPE ignored, so the write returns EPIPE and the death is ours to
/// do. Any other failure drops the bytes, as Go's print does.
fn flush_to(buf: &mut Vec<u8>, w: &mut dyn Write) {
    if buf.is_empty() {
        return;
    }
    let r = w.write_all(buf).and_then(|()| w.flush());
    buf.clear();
    if r.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
        crate::signals::kill::die_from_signal(libc::SIGPIPE);
    }
}
