//! The stack as the program sees it (runtime.Callers, Caller, FuncForPC,
//! CallersFrames): the list of a goroutine's return pcs, and what each pc
//! means (function, entry, file, line).
//!
//! The pcs come from the unwinder ([`Unwind::walk`]) and are gc's kind of
//! pc: a return address, whose call is the instruction before it. A frame
//! stopped at a faulting instruction gets that instruction's address plus
//! one, as gc records the frame that called sigpanic, so that `pc - 1`
//! lands on the fault and its line.
//!
//! gc shows some of its runtime's frames to these functions, and programs
//! count on them (`Caller(2)` in a function deferred by a panicking one is
//! the panicking function, after `runtime.gopanic`). splitgo's runtime is
//! Rust: those frames are *virtual functions*, each with a small range of
//! pcs of its own below 64 KiB (nothing is ever mapped there: Linux's
//! mmap_min_addr), named, placed and numbered as gc's, so that FuncForPC
//! and CallersFrames map them back. Their files are spelt
//! `$GOROOT/src/runtime/...`, as gc spells its own files when built with
//! -trimpath: splitgo has no such sources.
//!
//! A frame stopped in the body of an inlined call is several frames to
//! Callers, as in gc: the innermost callee's at the frame's pc, then one
//! per enclosing call up to the function itself. gc gives the outer ones
//! the pc of an instruction marking the call; splitgo has no such marks,
//! so they get *inline pcs*, in the upper half of the address space below
//! the virtual functions: the frame's pc, with the pc-table source of the
//! body the call encloses ([`InlineFrame`]), so that `pc - 1` still finds
//! the function and the frame.

use crate::functab::FuncTab;
use crate::mem::Mem;
use crate::traceback::{FrameOpts, Step, Unwind};

/// One of gc's runtime functions that appears in Callers' pcs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VirtualFunc {
    pub name: &'static str,
    /// Under `$GOROOT/src/`.
    pub file: &'static str,
    /// The line of the call its frame is at (gc 1.19's).
    pub line: u32,
    /// gc inlines it: its frames have no Func (Frame.Func is nil).
    pub inlined: bool,
}

/// The virtual functions, by index ([`Virtual`]).
const VIRTUAL: &[VirtualFunc] = &[
    vf("runtime.Callers", "runtime/extern.go", 247, true),
    vf("runtime.gopanic", "runtime/panic.go", 884, false),
    vf("runtime.Goexit", "runtime/panic.go", 522, false),
    vf("runtime.goPanicIndex", "runtime/panic.go", 113, false),
    vf("runtime.goPanicSliceAlen", "runtime/panic.go", 127, false),
    vf("runtime.goPanicSliceAcap", "runtime/panic.go", 139, false),
    vf("runtime.goPanicSliceB", "runtime/panic.go", 153, false),
    vf("runtime.goPanicSlice3Alen", "runtime/panic.go", 165, false),
    vf("runtime.goPanicSlice3Acap", "runtime/panic.go", 173, false),
    vf("runtime.goPanicSlice3B", "runtime/panic.go", 183, false),
    vf("runtime.goPanicSlice3C", "runtime/panic.go", 193, false),
    vf("runtime.panicshift", "runtime/panic.go", 231, false),
    vf("runtime.panicdivide", "runtime/panic.go", 239, false),
    vf("runtime.panicmem", "runtime/panic.go", 260, true),
    vf("runtime.sigpanic", "runtime/signal_unix.go", 835, false),
    vf("runtime.main", "runtime/proc.go", 250, false),
    vf("runtime.goexit", "runtime/asm_amd64.s", 1594, false),
    vf(
        "runtime.goroutineProfileWithLabels",
        "runtime/mprof.go",
        858,
        false,
    ),
    vf("runtime.gopark", "runtime/proc.go", 363, false),
];

const fn vf(name: &'static str, file: &'static str, line: u32, inlined: bool) -> VirtualFunc {
    VirtualFunc {
        name,
        file,
        line,
        inlined,
    }
}

/// Indexes into [`VIRTUAL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Virtual {
    Callers = 0,
    Gopanic,
    Goexit,
    PanicIndex,
    PanicSliceAlen,
    PanicSliceAcap,
    PanicSliceB,
    PanicSlice3Alen,
    PanicSlice3Acap,
    PanicSlice3B,
    PanicSlice3C,
    PanicShift,
    PanicDivide,
    PanicMem,
    SigPanic,
    Main,
    GoexitBottom,
    /// The top of the calling goroutine's record in GoroutineProfile.
    GoroutineProfile,
    /// The top of every parked goroutine's record in GoroutineProfile.
    Gopark,
}

/// Where the virtual functions' pcs start, and the bytes each has: in the
/// kernel's half of amd64's address space, where no user code lies, so no
/// pc of the program's code (or a small number taken for one) meets them.
pub const VIRTUAL_BASE: u64 = 0xffff_ff00_0000_0000;
const VIRTUAL_SIZE: u64 = 0x100;
/// The return pc a frame of a virtual function reports, past its entry.
const VIRTUAL_RET: u64 = 0x21;

impl Virtual {
    fn entry(self) -> u64 {
        VIRTUAL_BASE + self as u64 * VIRTUAL_SIZE
    }

    /// The pc its frames report (a return address inside it).
    pub fn pc(self) -> u64 {
        self.entry() + VIRTUAL_RET
    }
}

/// Inline pcs ([`inline_pc`]) have this bit set; the source is in the bits
/// above [`INLINE_SHIFT`], the frame's pc below.
const INLINE_TAG: u64 = 1 << 63;
const INLINE_SHIFT: u32 = 47;
/// Sources above this have no inline pcs: theirs would reach the virtual
/// functions' range.
const INLINE_MAX_SOURCE: u32 = 0x7eff;

/// The pc of the frame of the call whose inlined body holds the code of
/// pc-table source `source` of the function at `pc` (a pc of the
/// function's code plus one: `pc - 1` is in it, as for a return address).
pub fn inline_pc(source: u32, pc: u64) -> Option<u64> {
    (source <= INLINE_MAX_SOURCE && pc < 1 << INLINE_SHIFT)
        .then(|| INLINE_TAG | u64::from(source) << INLINE_SHIFT | pc)
}

/// What an inline pc (or one less) stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct InlineFrame {
    /// The source whose call the frame is at.
    source: u32,
    /// A pc of the function's code (or one past it).
    pc: u64,
}

fn inline_at(pc: u64) -> Option<InlineFrame> {
    if pc & INLINE_TAG == 0 || pc >= VIRTUAL_BASE {
        return None;
    }
    Some(InlineFrame {
        source: ((pc & !INLINE_TAG) >> INLINE_SHIFT) as u32,
        pc: pc & ((1 << INLINE_SHIFT) - 1),
    })
}

/// The virtual function holding `pc`, with its entry.
fn virtual_at(pc: u64) -> Option<(&'static VirtualFunc, u64)> {
    let i = pc.checked_sub(VIRTUAL_BASE)? / VIRTUAL_SIZE;
    let f = VIRTUAL.get(i as usize)?;
    Some((f, VIRTUAL_BASE + i * VIRTUAL_SIZE))
}

/// What a pc means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PcInfo {
    /// The function, as gc names it (`main.(*T).M`, `main.f.func1`).
    pub name: String,
    pub entry: u64,
    /// Frames of it have no Func (gc inlined it).
    pub inlined: bool,
    /// The file and line of the instruction at the pc.
    pub file: String,
    pub line: u32,
}

/// The function holding `pc` (a Go function, a stub of the runtime or a
/// virtual function), and the file and line of the instruction at `pc`.
pub fn pc_info(tab: &FuncTab, pc: u64) -> Option<PcInfo> {
    if let Some((v, entry)) = virtual_at(pc) {
        return Some(PcInfo {
            name: v.name.to_string(),
            entry,
            inlined: v.inlined,
            file: format!("$GOROOT/src/{}", v.file),
            line: v.line,
        });
    }
    if let Some(i) = inline_at(pc) {
        // The frame's pc, or one past the function's last byte.
        let f = tab.find(i.pc).or_else(|| tab.find(i.pc.checked_sub(1)?))?;
        let (line, source) = f.caller_of(i.source)?;
        let fr = f.frame_in(line, source);
        return Some(PcInfo {
            name: fr.func.to_string(),
            entry: f.entry,
            inlined: fr.inlined,
            file: shown_file(fr.pos),
            line: fr.pos.line,
        });
    }
    let f = tab.find(pc)?;
    if f.runtime || f.wrapper {
        return Some(PcInfo {
            name: f.name.clone(),
            entry: f.entry,
            inlined: false,
            file: "<autogenerated>".to_string(),
            line: 1,
        });
    }
    // In an inlined body: the innermost callee, with the function's entry
    // (gc's FuncForPC).
    let fr = f.frames_at(pc).next()?;
    Some(PcInfo {
        name: fr.func.to_string(),
        entry: f.entry,
        inlined: fr.inlined,
        file: shown_file(fr.pos),
        line: fr.pos.line,
    })
}

/// A position's file as Callers' users see it.
fn shown_file(pos: crate::functab::PcPos<'_>) -> String {
    if pos.verbatim {
        pos.file.to_string()
    } else {
        crate::traceback::absolute(pos.file)
    }
}

/// What stands behind a `deferret` stub on the stack: the panic (or
/// Goexit) whose deferred call is running above it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unwinding {
    /// runtime.Goexit runs the deferred calls.
    Goexit,
    /// A panic: its text if it is a run-time error (which gc raises from
    /// a function of its own), and whether a fault raised it (the frame
    /// below stopped at the faulting instruction).
    Panic {
        runtime_error: Option<String>,
        fault: bool,
    },
}

/// What [`stack_pcs`] needs to know of the goroutine besides its frames.
pub struct Goroutine<'a> {
    /// The goroutine runs main: its bottom frames are runtime.main's.
    pub main: bool,
    /// The panic or Goexit behind the `deferret` stub whose frame is at
    /// this SP.
    pub unwinding: &'a dyn Fn(u64) -> Option<Unwinding>,
}

/// The return pcs of the goroutine stopped at (`pc`, `sp`) on the segment
/// whose Stktop is at `stackbase`, newest first, as gc's Callers lists
/// them from the function that called the runtime (pc is its return
/// address into it): Go functions (not the compiler's wrappers), the
/// runtime functions gc shows between a deferred call and the panic that
/// runs it, and at the bottom runtime.main (for main) and runtime.goexit.
pub fn stack_pcs<M: Mem + ?Sized>(
    unwind: &Unwind<'_, M>,
    pc: u64,
    sp: u64,
    stackbase: u64,
    g: &Goroutine<'_>,
) -> Vec<u64> {
    let mut out = Vec::new();
    let opts = FrameOpts {
        runtime: true,
        ..FrameOpts::default()
    };
    // The frame after a deferret stub of a fault stopped at the faulting
    // instruction.
    let mut fault_next = false;
    // The last Go function met: the one the bottom frame runs.
    let mut last = String::new();
    let mut bottom = false;
    let _ = unwind.walk(pc, sp, stackbase, opts, &mut |step| {
        match step {
            Step::Frame { f, pc, .. } => {
                let exact = std::mem::take(&mut fault_next);
                if f.wrapper {
                    return Ok(());
                }
                let pc = if exact { pc + 1 } else { pc };
                out.push(pc);
                // The calls whose inlined bodies hold the pc, innermost
                // first: a frame each, up to the function's own.
                if pc > f.entry {
                    let mut source = f.source_at(pc - 1);
                    while let Some((_, parent)) = f.caller_of(source) {
                        out.extend(inline_pc(source, pc));
                        source = parent;
                    }
                }
                last.clone_from(&f.name);
            }
            Step::Runtime {
                name: "runtime.deferret",
                sp,
                ..
            } => match (g.unwinding)(sp) {
                Some(Unwinding::Goexit) => out.push(Virtual::Goexit.pc()),
                Some(Unwinding::Panic {
                    runtime_error,
                    fault,
                }) => {
                    out.push(Virtual::Gopanic.pc());
                    if fault {
                        out.push(Virtual::PanicMem.pc());
                        out.push(Virtual::SigPanic.pc());
                        fault_next = true;
                    } else if let Some(v) = runtime_error.as_deref().and_then(raiser) {
                        out.push(v.pc());
                    }
                }
                None => {}
            },
            Step::Goexit { .. } => bottom = true,
            _ => {}
        }
        Ok(())
    });
    if bottom {
        if g.main && last == "main.main" {
            out.push(Virtual::Main.pc());
        }
        out.push(Virtual::GoexitBottom.pc());
    }
    out
}

/// The function of gc's runtime that raises the run-time error of `text`
/// (`runtime error: index out of range [5] with length 3`).
fn raiser(text: &str) -> Option<Virtual> {
    let text = text.strip_prefix("runtime error: ").unwrap_or(text);
    if text.starts_with("index out of range") {
        return Some(Virtual::PanicIndex);
    }
    if text == "integer divide by zero" {
        return Some(Virtual::PanicDivide);
    }
    if text == "negative shift amount" {
        return Some(Virtual::PanicShift);
    }
    let b = text.strip_prefix("slice bounds out of range [")?;
    let (bounds, rest) = b.split_once(']')?;
    let with_cap = rest.contains("capacity");
    Some(match bounds.matches(':').count() {
        1 if bounds.starts_with(':') && with_cap => Virtual::PanicSliceAcap,
        1 if bounds.starts_with(':') => Virtual::PanicSliceAlen,
        1 => Virtual::PanicSliceB,
        _ if bounds.starts_with("::") && with_cap => Virtual::PanicSlice3Acap,
        _ if bounds.starts_with("::") => Virtual::PanicSlice3Alen,
        _ if bounds.starts_with(':') => Virtual::PanicSlice3B,
        _ => Virtual::PanicSlice3C,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_pcs_map_back() {
        let tab = FuncTab::new(Vec::new());
        let p = pc_info(&tab, Virtual::Gopanic.pc() - 1).unwrap();
        assert_eq!(p.name, "runtime.gopanic");
        assert_eq!(p.file, "$GOROOT/src/runtime/panic.go");
        assert_eq!(p.line, 884);
        assert_eq!(p.entry, Virtual::Gopanic.entry());
        assert!(pc_info(&tab, 0).is_none());
        assert!(pc_info(&tab, 1).is_none());
        let past = VIRTUAL_BASE + VIRTUAL.len() as u64 * VIRTUAL_SIZE;
        assert!(pc_info(&tab, past).is_none());
    }

    #[test]
    fn inline_pcs_name_the_enclosing_calls() {
        use crate::functab::{FuncInfo, InlinedCall, OtherFile, PcLine};
        let f = FuncInfo {
            name: "main.f".into(),
            file: "/x.go".into(),
            entry: 0x1000,
            end: 0x1040,
            body: 0x1004,
            frame_size: 16,
            arg_size: 0,
            lines: vec![
                PcLine::own(0x1000, 3),
                PcLine {
                    pc: 0x1010,
                    line: 7,
                    file: 1,
                },
                PcLine::own(0x1020, 4),
            ],
            other_files: vec![OtherFile {
                inlined: Some(InlinedCall {
                    func: "main.g".into(),
                    line: 3,
                    file: 0,
                }),
                ..OtherFile::file("/g.go", false)
            }],
            runtime: false,
            wrapper: false,
            recover: None,
            stack_maps: Default::default(),
        };
        let tab = FuncTab::new(vec![f]);
        // A pc in g's body is g's, with f's entry, and has no Func.
        let p = pc_info(&tab, 0x1012).unwrap();
        assert_eq!(
            (p.name.as_str(), p.file.as_str(), p.line),
            ("main.g", "/g.go", 7)
        );
        assert_eq!((p.entry, p.inlined), (0x1000, true));
        // The frame of the call: f at the call's line, one less too.
        let pc = inline_pc(1, 0x1013).unwrap();
        for pc in [pc, pc - 1] {
            let p = pc_info(&tab, pc).unwrap();
            assert_eq!(
                (p.name.as_str(), p.file.as_str(), p.line),
                ("main.f", "/x.go", 3)
            );
            assert_eq!((p.entry, p.inlined), (0x1000, false));
        }
        // One past the function's end (its last instruction a call).
        let p = pc_info(&tab, inline_pc(1, 0x1040).unwrap()).unwrap();
        assert_eq!(p.name, "main.f");
        assert!(pc_info(&tab, inline_pc(1, 0x2000).unwrap()).is_none());
        assert!(inline_pc(1, 0x1013).unwrap() < VIRTUAL_BASE);
        assert!(inline_pc(INLINE_MAX_SOURCE, 1 << 46).unwrap() < VIRTUAL_BASE);
    }

    #[test]
    fn raisers_of_runtime_errors() {
        let r = |t: &str| raiser(t);
        assert_eq!(
            r("runtime error: index out of range [5] with length 3"),
            Some(Virtual::PanicIndex)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [:9] with capacity 5"),
            Some(Virtual::PanicSliceAcap)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [:4] with length 3"),
            Some(Virtual::PanicSliceAlen)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [2:1]"),
            Some(Virtual::PanicSliceB)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [::9] with capacity 5"),
            Some(Virtual::PanicSlice3Acap)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [:3:2]"),
            Some(Virtual::PanicSlice3B)
        );
        assert_eq!(
            r("runtime error: slice bounds out of range [3:2:]"),
            Some(Virtual::PanicSlice3C)
        );
        assert_eq!(
            r("runtime error: integer divide by zero"),
            Some(Virtual::PanicDivide)
        );
        assert_eq!(r("boom"), None);
    }
}
