//! The morestack and lessstack stubs' fast path run for real: a callee
//! with a real prologue (x64/prologue.rs) of every frame-size class is
//! called from a split point at the very guard of a hand-made first
//! segment, with a spare offered in G at exactly the size it needs (or
//! one word less), and each test checks where the callee ran, what came
//! back, G's words afterwards and which way the stubs went. The runtime's
//! entry points are stand-ins that count their calls and answer LEAVE, so
//! a fallback is seen as a count and a G left as the stub found it.

use std::cell::Cell;

use dynasmrt::mmap::MutableBuffer;
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{self, g, stktop, Status, Word, STACK_EXTRA, STACK_GUARD};
use splitgo_runtime::exec::EntryPoints;

use super::prologue::emit_prologue;
use super::stubs::{emit_stubs, Stubs};
use crate::backend::{CodeBuf, FrameInfo, RuntimeAddrs};

thread_local! {
    static SLOW_MORE: Cell<u64> = const { Cell::new(0) };
    static SLOW_LESS: Cell<u64> = const { Cell::new(0) };
    static SERVICE: Cell<u64> = const { Cell::new(0) };
}

extern "C" fn fake_morestack(_g: u64) -> u64 {
    SLOW_MORE.with(|c| c.set(c.get() + 1));
    0
}

extern "C" fn fake_lessstack(_g: u64) -> u64 {
    SLOW_LESS.with(|c| c.set(c.get() + 1));
    0
}

extern "C" fn fake_service(_g: u64, id: u32, _args: u64) -> u64 {
    SERVICE.with(|c| c.set(u64::from(id)));
    0
}

const W: u64 = 8;
const TOP: u64 = stktop::size(Word::W8) as u64;
/// The id the caller's closing runtime call passes (any number will do).
const DONE: u32 = 77;

/// What the callee's body does besides its results.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    Plain,
    /// Stores the preemption marker in stackguard0, as sysmon would.
    Preempt,
    /// Sets the panic flag of its segment's Stktop: lessstack must leave
    /// that segment to the runtime.
    PanicFlag,
}

/// The code: the stubs, then the callee `f` (prologue, then it complements
/// each word of its argument area and records its SP), then the caller,
/// which calls `f` and ends with a runtime call.
struct Code {
    buf: dynasmrt::ExecutableBuffer,
    stubs: Stubs,
    caller: usize,
}

fn build(frame_size: u64, arg_size: u64, body: Body, sp_cell: *mut u64) -> Code {
    let mut code = CodeBuf::new(0);
    let rt = EntryPoints {
        morestack: fake_morestack as *const () as usize as u64,
        lessstack: fake_lessstack as *const () as usize as u64,
        service: fake_service as *const () as usize as u64,
    };
    let stubs = emit_stubs(&mut code, &rt).unwrap();
    let frame = FrameInfo {
        frame_size,
        arg_size,
        nosplit: false,
    };
    let addrs = RuntimeAddrs {
        morestack: stubs.morestack as u64,
        g_slot: 0,
    };
    let f = emit_prologue(&mut code, frame, &addrs).unwrap().start;
    let mut ops: VecAssembler<X64Relocation> = code.assembler().unwrap();
    let cell = sp_cell as i64;
    dynasm!(ops ; .arch x64 ; mov rax, QWORD cell ; mov [rax], rsp);
    for k in (0..arg_size).step_by(8) {
        let at = (frame_size + W + k) as i32;
        dynasm!(ops ; .arch x64 ; not QWORD [rsp + at]);
    }
    match body {
        Body::Plain => {}
        Body::Preempt => {
            let marker = abi::STACK_PREEMPT_NEG as i32;
            dynasm!(ops ; .arch x64 ; mov QWORD [r14], marker);
        }
        Body::PanicFlag => {
            let base = (g::STACKBASE * 8) as i32;
            let panic = (stktop::PANIC * 8) as i32;
            dynasm!(ops ; .arch x64 ; mov rax, [r14 + base] ; mov QWORD [rax + panic], 1);
        }
    }
    if frame_size > 0 {
        dynasm!(ops ; .arch x64 ; add rsp, frame_size as i32);
    }
    dynasm!(ops ; .arch x64 ; ret);
    code.commit(ops).unwrap();
    let mut ops: VecAssembler<X64Relocation> = code.assembler().unwrap();
    let caller = code.len();
    dynasm!(ops
        ; .arch x64
        ; call extern f
        ; mov eax, DONE as i32
        ; call extern stubs.trampoline
    );
    code.commit(ops).unwrap();
    let bytes = code.into_bytes();
    let mut buf = MutableBuffer::new(bytes.len()).unwrap();
    buf.set_len(bytes.len());
    buf[..].copy_from_slice(&bytes);
    Code {
        buf: buf.make_exec().unwrap(),
        stubs,
        caller,
    }
}

/// One goroutine about to call the callee from its first segment's guard,
/// with a spare of `spare_size` bytes offered (0: none).
struct Setup {
    frame_size: u64,
    arg_size: u64,
    spare_size: u64,
    body: Body,
    /// Changes to G before the run.
    tweak: fn(&mut [u64]),
    /// The first segment's Stktop says a panic runs on it.
    first_panic: bool,
}

impl Setup {
    fn new(frame_size: u64, arg_size: u64) -> Setup {
        Setup {
            frame_size,
            arg_size,
            spare_size: need(frame_size, arg_size),
            body: Body::Plain,
            tweak: |_| {},
            first_panic: false,
        }
    }
}

/// What newstack requires of a segment for this call, as the stub tests it.
fn need(frame_size: u64, arg_size: u64) -> u64 {
    frame_size + arg_size + STACK_EXTRA + TOP
}

struct Outcome {
    g: Vec<u64>,
    /// The G as it was set up.
    g0: Vec<u64>,
    slow_more: u64,
    slow_less: u64,
    service: u64,
    fast: [u64; 2],
    /// The callee's SP in its body (0: it did not run).
    body_sp: u64,
    /// The caller's argument area afterwards, and as it was.
    args: Vec<u64>,
    args0: Vec<u64>,
    /// The spare's range, and the first segment's.
    spare: (u64, u64),
    first: (u64, u64),
    /// The caller's SP at its call.
    call_sp: u64,
    /// The words of the Stktop at the spare's top afterwards.
    stktop: Vec<u64>,
}

fn run(s: &Setup) -> Outcome {
    let mut body_sp = 0u64;
    let code = build(s.frame_size, s.arg_size, s.body, &mut body_sp);
    let base = code.buf.ptr(dynasmrt::AssemblyOffset(0)) as u64;

    // Both segments are plain heap words: the stubs only need addresses.
    let first_len = 64 * 1024;
    let mut first = vec![0u64; first_len / 8];
    let first_lo = first.as_mut_ptr() as u64;
    let first_hi = first_lo + first_len as u64;
    let spare_len = s.spare_size.max(8) as usize + 4096;
    let mut spare = vec![0u64; spare_len / 8];
    let spare_hi = spare.as_mut_ptr() as u64 + spare_len as u64;
    let spare_lo = spare_hi - s.spare_size;

    let mut gw = vec![0u64; g::WORDS as usize];
    let mut m = [0u64; 3];
    let guard = first_lo + STACK_GUARD;
    gw[g::STACK0 as usize] = first_lo;
    gw[g::STACKGUARD as usize] = guard;
    gw[g::STACKGUARD0 as usize] = guard;
    gw[g::STACKBASE as usize] = first_hi - TOP;
    first[(first_len as u64 - TOP) as usize / 8 + stktop::PANIC as usize] =
        u64::from(s.first_panic);
    gw[g::STATUS as usize] = Status::Running as u64;
    gw[g::HOST as usize] = m.as_mut_ptr() as u64;
    if s.spare_size > 0 {
        gw[g::SPARE_LO as usize] = spare_lo;
        gw[g::SPARE_HI as usize] = spare_hi;
        gw[g::SPARE_IDLE as usize] = 1;
    }
    gw[g::STACK_ROOM as usize] = 1 << 30;
    (s.tweak)(&mut gw);
    // The callee enters with SP at the guard: every class of check fails.
    let call_sp = guard + W;
    let args0: Vec<u64> = (0..s.arg_size / 8).map(|i| 0x1111 * (i + 1)).collect();
    let argp = call_sp as *mut u64;
    for (i, a) in args0.iter().enumerate() {
        // SAFETY: the argument area lies inside `first`, above the guard.
        unsafe { argp.add(i).write(*a) };
    }
    gw[g::SCHED_SP as usize] = call_sp;
    gw[g::SCHED_PC as usize] = base + code.caller as u64;
    let g0 = gw.clone();

    SLOW_MORE.with(|c| c.set(0));
    SLOW_LESS.with(|c| c.set(0));
    SERVICE.with(|c| c.set(0));
    let enter: extern "C" fn(u64, u64) -> u64 =
        // SAFETY: the enter stub follows the System V ABI as this type.
        unsafe { std::mem::transmute(base as usize + code.stubs.enter) };
    let left = enter(gw.as_mut_ptr() as u64, m.as_mut_ptr() as u64);
    assert_eq!(left, 0, "every stand-in answers LEAVE");
    let args = (0..s.arg_size / 8)
        // SAFETY: as above.
        .map(|i| unsafe { argp.add(i as usize).read() })
        .collect();
    let stktop = if s.spare_size > 0 {
        spare[(spare_len as u64 - TOP) as usize / 8..].to_vec()
    } else {
        Vec::new()
    };
    drop((first, spare));
    Outcome {
        g: gw,
        g0,
        slow_more: SLOW_MORE.with(Cell::get),
        slow_less: SLOW_LESS.with(Cell::get),
        service: SERVICE.with(Cell::get),
        fast: [m[1], m[2]],
        body_sp,
        args,
        args0,
        spare: (spare_lo, spare_hi),
        first: (first_lo, first_hi),
        call_sp,
        stktop,
    }
}

/// The whole trip took the fast path both ways and left G as it found it.
fn assert_fast_round_trip(s: &Setup) -> Outcome {
    let o = run(s);
    assert_eq!((o.slow_more, o.slow_less), (0, 0), "no runtime entry");
    assert_eq!(o.fast, [1, 1], "one fast split and one fast unsplit");
    assert_eq!(
        o.service,
        u64::from(DONE),
        "the caller went on after its call"
    );
    // The callee ran on the spare, its frame below the Stktop and the
    // copied arguments, above the spare's guard zone.
    let (lo, hi) = o.spare;
    assert_eq!(
        o.body_sp,
        hi - TOP - s.arg_size - W - s.frame_size,
        "callee's SP"
    );
    assert!(o.body_sp >= lo + STACK_GUARD);
    // Its results (each argument word complemented) came back.
    let want: Vec<u64> = o.args0.iter().map(|a| !a).collect();
    assert_eq!(o.args, want);
    // The caller resumed at the SP of its call (the trampoline saved it).
    assert_eq!(o.g[g::SCHED_SP as usize], o.call_sp);
    // G: the first segment's bounds, the spare idle again, the room whole.
    for f in [
        g::STACK0,
        g::STACKGUARD,
        g::STACKGUARD0,
        g::STACKBASE,
        g::SPARE_LO,
        g::SPARE_HI,
        g::SPARE_IDLE,
        g::STACK_ROOM,
    ] {
        assert_eq!(o.g[f as usize], o.g0[f as usize], "G word {f}");
    }
    // The Stktop the split wrote on the spare, as oldstack reads it.
    let t = |f: u32| o.stktop[f as usize];
    assert_eq!(t(stktop::STACKBASE), o.g0[g::STACKBASE as usize]);
    assert_eq!(t(stktop::STACKGUARD), o.g0[g::STACKGUARD as usize]);
    assert_eq!(t(stktop::GOBUF_SP), o.call_sp);
    assert_eq!(t(stktop::ARGP), o.call_sp);
    assert_eq!(t(stktop::ARGSIZE), s.arg_size);
    assert_eq!((t(stktop::FREE), t(stktop::PANIC)), (0, 0));
    o
}

#[test]
fn small_frames_and_no_arguments() {
    assert_fast_round_trip(&Setup::new(0, 0));
    assert_fast_round_trip(&Setup::new(8, 0));
    assert_fast_round_trip(&Setup::new(abi::STACK_SMALL, 0));
}

#[test]
fn frames_at_the_stacksmall_edge() {
    // STACK_SMALL is the last frame compared with SP itself; the next
    // word up takes the `lea` form.
    assert_fast_round_trip(&Setup::new(abi::STACK_SMALL, 8));
    assert_fast_round_trip(&Setup::new(abi::STACK_SMALL + 8, 8));
}

#[test]
fn frames_at_the_stackbig_edge() {
    // One word below STACK_BIG is the `lea` form; STACK_BIG takes the
    // wrap-safe comparison.
    assert_fast_round_trip(&Setup::new(abi::STACK_BIG - 8, 16));
    assert_fast_round_trip(&Setup::new(abi::STACK_BIG, 16));
    assert_fast_round_trip(&Setup::new(abi::STACK_BIG + 8, 16));
    assert_fast_round_trip(&Setup::new(20_000, 24));
}

#[test]
fn argument_sizes_none_one_word_and_large() {
    for args in [0, 8, 4096 + 8, 40_000] {
        assert_fast_round_trip(&Setup::new(64, args));
    }
}

/// Checks that the stubs sent the split to the runtime and changed
/// nothing in G before that, except what morestack records for newstack.
fn assert_fell_back(s: &Setup) -> Outcome {
    let o = run(s);
    assert_eq!(o.slow_more, 1, "morestack went to the runtime");
    assert_eq!(o.fast, [0, 0]);
    assert_eq!(o.body_sp, 0, "the callee never ran");
    for f in [
        g::STACK0,
        g::STACKGUARD,
        g::STACKGUARD0,
        g::STACKBASE,
        g::SPARE_LO,
        g::SPARE_HI,
        g::SPARE_IDLE,
        g::STACK_ROOM,
    ] {
        assert_eq!(o.g[f as usize], o.g0[f as usize], "G word {f}");
    }
    // What the runtime's newstack then reads.
    assert_eq!(o.g[g::MOREFRAMESIZE as usize], s.frame_size);
    assert_eq!(o.g[g::MOREARGSIZE as usize], s.arg_size);
    assert_eq!(o.g[g::SCHED_SP as usize], o.call_sp - W);
    assert_eq!(o.g[g::MOREBUF_SP as usize], o.call_sp);
    assert!(o.first.0 < o.call_sp && o.call_sp < o.first.1);
    o
}

#[test]
fn a_spare_one_word_too_small_falls_back() {
    for (frame, args) in [(0, 0), (136, 8), (abi::STACK_BIG, 4104)] {
        let mut s = Setup::new(frame, args);
        assert_fast_round_trip(&s);
        s.spare_size -= 8;
        assert_fell_back(&s);
    }
}

#[test]
fn no_spare_or_a_spare_in_use_falls_back() {
    let mut s = Setup::new(64, 8);
    s.spare_size = 0;
    assert_fell_back(&s);
    let mut s = Setup::new(64, 8);
    s.tweak = |gw| gw[g::SPARE_IDLE as usize] = 0;
    assert_fell_back(&s);
}

#[test]
fn a_pending_preemption_falls_back() {
    let mut s = Setup::new(64, 8);
    s.tweak = |gw| gw[g::STACKGUARD0 as usize] = abi::stack_preempt(Word::W8);
    assert_fell_back(&s);
}

#[test]
fn the_stack_limit_is_kept() {
    let mut s = Setup::new(64, 8);
    let size = s.spare_size;
    // Exactly the room the spare takes: fast.
    s.tweak = |gw| gw[g::STACK_ROOM as usize] = gw[g::SPARE_HI as usize] - gw[g::SPARE_LO as usize];
    let o = assert_fast_round_trip(&s);
    assert_eq!(o.g[g::STACK_ROOM as usize], size);
    // One byte less, or a limit lowered below the stack in use: the runtime.
    s.tweak =
        |gw| gw[g::STACK_ROOM as usize] = gw[g::SPARE_HI as usize] - gw[g::SPARE_LO as usize] - 1;
    assert_fell_back(&s);
    s.tweak = |gw| gw[g::STACK_ROOM as usize] = (-4096i64) as u64;
    assert_fell_back(&s);
}

#[test]
fn a_panicking_segment_or_odd_status_falls_back() {
    let mut s = Setup::new(64, 8);
    s.tweak = |gw| gw[g::STATUS as usize] = Status::StackSplit as u64;
    assert_fell_back(&s);
    let mut s = Setup::new(64, 8);
    s.first_panic = true;
    assert_fell_back(&s);
}

#[test]
fn a_preemption_request_made_on_the_spare_survives_the_unsplit() {
    let mut s = Setup::new(64, 8);
    s.body = Body::Preempt;
    let o = run(&s);
    assert_eq!(o.fast, [1, 1]);
    assert_eq!(
        o.g[g::STACKGUARD0 as usize],
        abi::stack_preempt(Word::W8),
        "the marker is still there for the next check"
    );
    assert_eq!(o.g[g::STACKGUARD as usize], o.g0[g::STACKGUARD as usize]);
    assert_eq!(o.g[g::STACKBASE as usize], o.g0[g::STACKBASE as usize]);
}

#[test]
fn a_segment_with_a_panic_goes_back_through_the_runtime() {
    let mut s = Setup::new(64, 8);
    s.body = Body::PanicFlag;
    let o = run(&s);
    assert_eq!(o.fast, [1, 0], "split fast, unsplit left to oldstack");
    assert_eq!(o.slow_less, 1);
    // Still on the spare, in use: oldstack has everything it needs.
    assert_eq!(o.g[g::STACK0 as usize], o.spare.0);
    assert_eq!(o.g[g::SPARE_IDLE as usize], 0);
    assert_eq!(o.g[g::STACKBASE as usize], o.spare.1 - TOP);
}
