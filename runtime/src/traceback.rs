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
//! Not yet here (later slices): GOTRACEBACK levels, `created by`, traces of
//! other goroutines, faults in stubs.

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

impl<M: Mem + ?Sized> Unwind<'_, M> {
    /// Prints the frames of a goroutine stopped at (`pc`, `sp`), whose
    /// current segment has its Stktop at `stackbase`, in Go 1.2's format;
    /// `fp` adds the ` fp=0x..` of throw traces.
    pub fn print_frames(&self, out: &mut String, pc: u64, sp: u64, stackbase: u64, fp: bool) {
        let m = self.mem;
        let w = u64::from(m.word().0);
        let (mut pc, mut sp, mut base) = (pc, sp, stackbase);
        let mut printed = 0;
        loop {
            let Some(f) = self.functab.find(pc) else {
                out.push_str(&format!("unknown pc {pc:#x}\n"));
                return;
            };
            let ret_at = sp + f.sp_delta(pc);
            let argp = ret_at + w;
            if !f.runtime {
                if printed == MAX_FRAMES {
                    out.push_str("...additional frames elided...\n");
                    return;
                }
                printed += 1;
                let nargs = f.arg_size / w;
                let mut args: Vec<String> = (0..nargs.min(5))
                    .map(|i| format!("{:#x}", m.read_word(argp + i * w)))
                    .collect();
                if nargs > 5 {
                    args.push("...".into());
                }
                // A pc past the entry is a return address: its line is the
                // call's, at pc-1.
                let line = f.line_at(if pc > f.entry { pc - 1 } else { pc });
                let file = absolute(&f.file);
                out.push_str(&format!("{}({})\n\t{file}:{line}", f.name, args.join(", ")));
                if pc > f.entry {
                    out.push_str(&format!(" +{:#x}", pc - f.entry));
                }
                if fp {
                    out.push_str(&format!(" fp={argp:#x}"));
                }
                out.push('\n');
            }
            let ret = m.read_word(ret_at);
            if ret == self.goexit || ret == 0 {
                return;
            }
            if ret == self.lessstack {
                if base == 0 {
                    return;
                }
                pc = m.field(base, stktop::GOBUF_PC);
                sp = m.field(base, stktop::GOBUF_SP);
                base = m.field(base, stktop::STACKBASE);
                out.push_str("----- stack segment boundary -----\n");
            } else {
                pc = ret;
                sp = argp;
            }
        }
    }
}

/// The file as traces print it: an absolute path, as gc records them.
fn absolute(file: &str) -> String {
    std::path::absolute(file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| file.to_string())
}
