//! The unwinder and the frame printer (Go 1.2: runtime·gentraceback in
//! src/pkg/runtime/traceback_x86.c). First version: amd64 frames, the
//! Stktop chain, Go 1.2's frame format (DESIGN §8; the file lines start
//! with a tab, shown here as spaces):
//!
//! ```text
//! goroutine 1 [running]:
//! main.f(0x1, 0x2)
//!     /abs/path/prog.go:12 +0x3a
//! ----- stack segment boundary -----
//! main.main()
//!     /abs/path/prog.go:20 +0x25
//! ```
//!
//! A frame is unwound from (pc, sp) with the function table alone: the
//! return address sits `sp_delta(pc)` bytes above SP, the arguments right
//! above it. A return address equal to lessstack means the frame is the
//! first on its segment: the caller's (pc, sp) are in the Stktop at the top
//! of that segment, which also links to the segment below.
//!
//! [`Unwind::write_frames`] allocates nothing when given the working
//! directory: the signal handler prints crash traces with it.
//!
//! Not yet here (later slices): GOTRACEBACK levels, `created by`, traces of
//! other goroutines.

use std::fmt;

use crate::abi::stktop;
use crate::functab::FuncTab;
use crate::mem::Mem;

/// Go 1.2 prints at most this many frames of one goroutine.
pub const MAX_FRAMES: usize = 100;

/// What the unwinder needs besides memory.
pub struct Unwind<'a, M: Mem + ?Sized> {
    pub mem: &'a M,
    pub functab: &'a FuncTab,
    /// The lessstack stub: a return address that marks a segment boundary.
    pub lessstack: u64,
    /// Where a goroutine's first function returns: the end of the trace.
    pub goexit: u64,
}

/// How [`Unwind::write_frames`] prints.
#[derive(Clone, Copy, Debug, Default)]
pub struct FrameOpts<'a> {
    /// Add the ` fp=0x..` of throw traces.
    pub fp: bool,
    /// The first pc is where the goroutine faulted, not a return address:
    /// its line is its own, not that of pc-1 (Go: a frame that called
    /// sigpanic).
    pub fault_pc: bool,
    /// The directory relative file names are joined to. `None` asks the
    /// process (which allocates); the signal handler passes the one it
    /// recorded before the goroutine ran.
    pub cwd: Option<&'a str>,
}

impl<M: Mem + ?Sized> Unwind<'_, M> {
    /// Prints the frames of a goroutine stopped at (`pc`, `sp`), whose
    /// current segment has its Stktop at `stackbase`, in Go 1.2's format;
    /// `fp` adds the ` fp=0x..` of throw traces.
    pub fn print_frames(&self, out: &mut String, pc: u64, sp: u64, stackbase: u64, fp: bool) {
        let opts = FrameOpts {
            fp,
            ..FrameOpts::default()
        };
        let _ = self.write_frames(out, pc, sp, stackbase, opts);
    }

    /// [`Unwind::print_frames`] into any writer. Nothing here allocates
    /// when `opts.cwd` is given: the signal handler prints with it.
    pub fn write_frames<W: fmt::Write + ?Sized>(
        &self,
        out: &mut W,
        pc: u64,
        sp: u64,
        stackbase: u64,
        opts: FrameOpts<'_>,
    ) -> fmt::Result {
        let m = self.mem;
        let w = u64::from(m.word().0);
        let (mut pc, mut sp, mut base) = (pc, sp, stackbase);
        let mut exact = opts.fault_pc;
        let mut printed = 0;
        loop {
            let Some(f) = self.functab.find(pc) else {
                return writeln!(out, "unknown pc {pc:#x}");
            };
            let ret_at = sp + f.sp_delta(pc);
            let argp = ret_at + w;
            if !f.runtime {
                if printed == MAX_FRAMES {
                    return out.write_str("...additional frames elided...\n");
                }
                printed += 1;
                let nargs = f.arg_size / w;
                write!(out, "{}(", f.name)?;
                for i in 0..nargs.min(5) {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    write!(out, "{:#x}", m.read_word(argp + i * w))?;
                }
                if nargs > 5 {
                    out.write_str(", ...")?;
                }
                // A pc past the entry is a return address: its line is the
                // call's, at pc-1. A faulting pc is its own instruction.
                let at = if pc > f.entry && !exact { pc - 1 } else { pc };
                let line = f.line_at(at);
                out.write_str(")\n\t")?;
                write_file(out, &f.file, opts.cwd)?;
                write!(out, ":{line}")?;
                if pc > f.entry {
                    write!(out, " +{:#x}", pc - f.entry)?;
                }
                if opts.fp {
                    write!(out, " fp={argp:#x}")?;
                }
                out.write_char('\n')?;
            }
            exact = false;
            let ret = m.read_word(ret_at);
            if ret == self.goexit || ret == 0 {
                return Ok(());
            }
            if ret == self.lessstack {
                if base == 0 {
                    return Ok(());
                }
                pc = m.field(base, stktop::GOBUF_PC);
                sp = m.field(base, stktop::GOBUF_SP);
                base = m.field(base, stktop::STACKBASE);
                out.write_str("----- stack segment boundary -----\n")?;
            } else {
                pc = ret;
                sp = argp;
            }
        }
    }
}

/// Writes `file` as traces print it: absolute, joined to `cwd` without
/// allocating when it is given.
fn write_file<W: fmt::Write + ?Sized>(out: &mut W, file: &str, cwd: Option<&str>) -> fmt::Result {
    match cwd {
        None => out.write_str(&absolute(file)),
        Some(_) if file.starts_with('/') => out.write_str(file),
        Some(dir) => {
            let mut rest = file;
            while let Some(r) = rest.strip_prefix("./") {
                rest = r;
            }
            out.write_str(dir.trim_end_matches('/'))?;
            out.write_char('/')?;
            out.write_str(rest)
        }
    }
}

/// The file as traces print it: an absolute path, as gc records them.
fn absolute(file: &str) -> String {
    std::path::absolute(file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| file.to_string())
}
