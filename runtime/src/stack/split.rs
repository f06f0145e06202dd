//! Moving a goroutine onto a new stack segment and back: newstack and
//! oldstack (Go 1.2: runtime·newstack and runtime·oldstack in
//! src/pkg/runtime/stack.c; runtime·unwindstack in proc.c).
//!
//! Both run on the system stack, after a stub saved the goroutine's state
//! in its G (DESIGN §5, §6): morestack stores `sched` (the pc of the
//! `jmp start` after the call, the SP at the function's entry, the closure
//! context), `morebuf` (the caller's resume state) and the frame and
//! argument sizes; the arch module decodes the jump to get the function's
//! start (rewindmorestack). Nothing here switches registers: each function
//! returns what the stub must load.
//!
//! The goroutine's record `G` lives in program memory and is read through
//! [`Mem`] with the offsets of [`crate::abi::g`]. The list of segments,
//! the spare and the stack size charged against the limit stay host-side
//! in [`GStack`]; what the stubs' fast path needs of them (the spare, the
//! room under the limit) is copied into G ([`GStack::publish`]), and what
//! the stubs did with it read back ([`GStack::sync`]).

use super::segment::{Segment, StackCache};
use super::StackConfig;
use crate::abi::{self, g, stktop, Status, Word, STACK_EXTRA, STACK_GUARD};
use crate::mem::Mem;
use crate::throw::{hex, Fatal};

/// How the target's calls meet the stack: what newstack imitates when it
/// "calls" the function on its new segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitAbi {
    /// CALL pushes the return address (amd64, 386): the callee's entry SP
    /// points at it, and morestack's own call cost one more word below
    /// `sched.sp`. False on arm64, where BL leaves it in the link register
    /// and the word below the arguments is the caller's saved-LR slot.
    pub ret_addr_slot: bool,
    /// Alignment of the callee's entry SP on a new segment: a word on x86,
    /// 16 on arm64 (where SP-based accesses fault otherwise).
    pub sp_align: u64,
    /// The lessstack stub: the return address the callee sees on its new
    /// segment, which leads to [`oldstack`].
    pub lessstack_pc: u64,
}

/// What newstack and oldstack read and never change: program memory, the
/// target's call shape and the process-wide settings.
pub struct SplitCtx<'a, M: Mem + ?Sized> {
    pub mem: &'a M,
    pub abi: SplitAbi,
    pub cfg: &'a StackConfig,
}

/// A saved execution state (Go 1.2: Gobuf, without its g).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gobuf {
    pub pc: u64,
    pub sp: u64,
    pub lr: u64,
    /// Closure context register (amd64: rdx).
    pub ctxt: u64,
}

/// The caller of the function that failed its check: where it resumes
/// when that function returns (Go 1.2: m->morebuf). `sp` is its SP after
/// the return; `pc` the return address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MoreBuf {
    pub pc: u64,
    pub sp: u64,
    pub lr: u64,
}

/// Everything newstack needs to know about the call that failed its check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitRequest {
    /// The callee's frame size and argument size (arguments + results), in
    /// bytes, from the prologue's `mov eax/edx` (Go 1.2: m->moreframesize,
    /// m->moreargsize).
    pub framesize: u64,
    pub argsize: u64,
    pub morebuf: MoreBuf,
    /// The callee's state at its check, **rewound**: `pc` is the function's
    /// start (decoded from the `jmp start` after the morestack call),
    /// `sp` its SP at entry, `ctxt` the closure context.
    pub sched: Gobuf,
    /// The caller's outgoing-argument area (Go 1.2: m->moreargp).
    pub argp: u64,
    /// The split happens for a call made by a panic (a deferred call):
    /// recover looks for this flag in the Stktop (Go 1.2: gp->ispanic).
    pub panicking: bool,
}

impl SplitRequest {
    /// The request morestack stored in the G at `gp`, with `start_pc` the
    /// function start that rewindmorestack decoded from `sched.pc`. The
    /// arguments sit one word above the entry SP on every target: above
    /// the return address on x86, above the caller's saved-LR slot on
    /// arm64 (DESIGN §4).
    pub fn from_g<M: Mem + ?Sized>(mem: &M, gp: u64, start_pc: u64) -> SplitRequest {
        let sched_sp = mem.field(gp, g::SCHED_SP);
        SplitRequest {
            framesize: mem.field(gp, g::MOREFRAMESIZE),
            argsize: mem.field(gp, g::MOREARGSIZE),
            morebuf: MoreBuf {
                pc: mem.field(gp, g::MOREBUF_PC),
                sp: mem.field(gp, g::MOREBUF_SP),
                lr: mem.field(gp, g::MOREBUF_LR),
            },
            sched: Gobuf {
                pc: start_pc,
                sp: sched_sp,
                lr: mem.field(gp, g::SCHED_LR),
                ctxt: mem.field(gp, g::SCHED_CTXT),
            },
            argp: sched_sp + u64::from(mem.word().0),
            panicking: false,
        }
    }
}

/// What the morestack stub does after newstack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewStack {
    /// The check failed because sysmon stored the preemption marker in
    /// stackguard0. The marker is cleared (stackguard0 = stackguard) and no
    /// segment was taken: park the goroutine as runnable and later resume
    /// it at `resume` (the function's start, on its original stack), where
    /// the prologue runs again.
    Preempted { resume: Gobuf },
    /// The goroutine now runs on a new segment: start the function there.
    Grow(Grow),
}

/// Where the function starts on its new segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grow {
    /// The callee's entry SP. On x86 the word at `sp` is the return
    /// address lessstack; on arm64 it is the (zero) caller's-LR slot.
    pub sp: u64,
    /// The function's start: its prologue runs again and now passes.
    pub pc: u64,
    /// The link register to load (arm64: lessstack); `None` on x86.
    pub lr: Option<u64>,
    /// The closure context to load.
    pub ctxt: u64,
}

/// The goroutine's spare segment (DESIGN §5: one kept per goroutine so a
/// call that sits on a boundary in a loop does not map and free each time).
#[derive(Debug)]
enum Spare {
    Empty,
    Idle(Segment),
    /// In the chain, as the segment of a live split.
    InUse,
}

/// One segment above the first, and whether it is the spare.
#[derive(Debug)]
struct Link {
    seg: Segment,
    from_spare: bool,
}

/// The host-side stack state of one goroutine: what the runtime knows
/// about its segments. `chain` mirrors the Stktop chain in program memory;
/// oldstack checks one against the other before it frees anything.
///
/// The stubs' fast path (docs/codegen.md, "The hot split") moves the
/// goroutine onto its idle spare and back without calling the runtime, so
/// this record may lag behind G by one event: the spare taken, or given
/// back. [`GStack::sync`] catches up from G's SPARE_IDLE word before any
/// use, and [`GStack::publish`] writes the spare and the room left under
/// the limit back into G after any change.
#[derive(Debug)]
pub struct GStack {
    /// Address of the goroutine's G record.
    g: u64,
    first: Segment,
    /// Segments above the first, oldest first.
    chain: Vec<Link>,
    spare: Spare,
    /// Bytes of segments in use, first included (Go 1.2: gp->stacksize),
    /// charged against [`StackConfig::max_stack`].
    stacksize: u64,
    /// Whether the last [`GStack::publish`] offered the spare to the
    /// stubs: only then can they have moved it.
    offered: bool,
}

impl GStack {
    /// Gives the G at `gp` its first segment of StackMin bytes: sets
    /// stack0, stackguard, stackguard0 and stackbase, and zeroes the
    /// Stktop at the top, whose zero stackbase ends the chain for the
    /// traceback (Go 1.2: runtime·malg). Runs on the system stack.
    /// With `small` (a goroutine a `go` statement starts, with few
    /// arguments) and the cache giving them, the first segment is a
    /// [`super::segment::SMALL_FIRST`] piece of a shared slab instead.
    pub fn new<M: Mem + ?Sized>(
        mem: &M,
        cache: &mut StackCache,
        cfg: &StackConfig,
        gp: u64,
        small: bool,
    ) -> Result<GStack, Fatal> {
        let seg = if small && cache.small_first() {
            cache.small_alloc()?
        } else {
            cache.stackalloc(cache.stack_min())?
        };
        let top_size = u64::from(stktop::size(mem.word()));
        let base = seg.hi() - top_size;
        mem.zero(base, top_size);
        set_bounds(mem, gp, seg.lo(), base);
        let mut gs = GStack {
            g: gp,
            stacksize: seg.size(),
            first: seg,
            chain: Vec::new(),
            spare: Spare::Empty,
            offered: false,
        };
        gs.publish(mem, cfg);
        Ok(gs)
    }

    /// Takes in what the stubs' fast path did since the last
    /// [`GStack::publish`]: between two runtime entries they can only have
    /// taken the idle spare for a split (SPARE_IDLE went to 0), or popped
    /// the spare, then the newest segment, back to idle (SPARE_IDLE went
    /// to 1); any number of such pairs leaves the state as it was.
    pub fn sync<M: Mem + ?Sized>(&mut self, mem: &M) {
        if !self.offered {
            return;
        }
        let idle = mem.field(self.g, g::SPARE_IDLE) != 0;
        match (&self.spare, idle) {
            (Spare::Idle(_), false) => {
                let seg = take_spare(self);
                self.stacksize += seg.size();
                self.chain.push(Link {
                    seg,
                    from_spare: true,
                });
            }
            (Spare::InUse, true) => {
                let link = self.chain.pop().expect("the spare in use is in the chain");
                debug_assert!(link.from_spare, "the stubs popped a segment not the spare");
                self.stacksize -= link.seg.size();
                self.spare = Spare::Idle(link.seg);
            }
            _ => {}
        }
    }

    /// Writes into G what the stubs' fast path needs: the spare's bounds
    /// and whether it is idle (nothing when the fast path is off: the
    /// debug modes that must see every split in the runtime), and the room
    /// left under the stack limit.
    pub fn publish<M: Mem + ?Sized>(&mut self, mem: &M, cfg: &StackConfig) {
        let spare = match &self.spare {
            Spare::Idle(s) => Some((s, 1)),
            Spare::InUse => self
                .chain
                .iter()
                .rev()
                .find(|l| l.from_spare)
                .map(|l| (&l.seg, 0)),
            Spare::Empty => None,
        };
        // While the current segment can grow in place, splits from it go
        // to the runtime, which grows it instead.
        let (lo, hi, idle) = match spare {
            Some((s, idle)) if cfg.fast_split && self.current().room_below() == 0 => {
                (s.lo(), s.hi(), idle)
            }
            _ => (0, 0, 0),
        };
        let room = (cfg.max_stack() as i64).saturating_sub(self.stacksize as i64);
        mem.set_field(self.g, g::SPARE_LO, lo);
        mem.set_field(self.g, g::SPARE_HI, hi);
        mem.set_field(self.g, g::SPARE_IDLE, idle);
        mem.set_field(self.g, g::STACK_ROOM, mem.word().wrap(room));
        self.offered = lo != 0;
    }

    /// The address of the goroutine's G.
    pub fn g(&self) -> u64 {
        self.g
    }

    /// The first segment.
    pub fn first(&self) -> &Segment {
        &self.first
    }

    /// Segments in use above the first.
    pub fn depth(&self) -> usize {
        self.chain.len()
    }

    /// The segment the goroutine runs on now.
    pub fn current(&self) -> &Segment {
        self.chain.last().map_or(&self.first, |l| &l.seg)
    }

    fn current_mut(&mut self) -> &mut Segment {
        match self.chain.last_mut() {
            Some(l) => &mut l.seg,
            None => &mut self.first,
        }
    }

    /// The idle spare segment, if there is one.
    pub fn spare(&self) -> Option<&Segment> {
        match &self.spare {
            Spare::Idle(s) => Some(s),
            _ => None,
        }
    }

    /// Bytes of stack in use, charged against the limit.
    pub fn stacksize(&self) -> u64 {
        self.stacksize
    }

    /// Frees the idle spare (the goroutine parks for long, or a collection
    /// runs). A spare in use stays; it is released on its oldstack.
    pub fn release_spare(&mut self, cache: &mut StackCache) {
        if matches!(self.spare, Spare::Idle(_)) {
            cache.stackfree(take_spare_as(self, Spare::Empty));
        }
    }

    /// Frees every segment of an exited goroutine. Its G must not run again.
    pub fn release<M: Mem + ?Sized>(mut self, mem: &M, cache: &mut StackCache) {
        self.sync(mem);
        self.release_spare(cache);
        for link in self.chain.drain(..).rev() {
            cache.stackfree(link.seg);
        }
        cache.stackfree(self.first);
    }

    #[cfg(test)]
    pub(super) fn pretend_stacksize(&mut self, n: u64) {
        self.stacksize = n;
    }
}

/// The SP that the double-check compares: the lowest word used so far.
/// Go 1.2: "The call to morestack cost a word" on x86.
fn checked_sp(abi: SplitAbi, w: Word, req: &SplitRequest) -> u64 {
    if abi.ret_addr_slot {
        req.sched.sp.wrapping_sub(u64::from(w.0))
    } else {
        req.sched.sp
    }
}

/// Bytes a new segment must hold: the frame and its arguments, StackExtra
/// for the callee's own callees, and the Stktop.
fn segment_need(w: Word, req: &SplitRequest) -> u64 {
    req.framesize
        .saturating_add(req.argsize)
        .saturating_add(STACK_EXTRA + u64::from(stktop::size(w)))
}

/// Segments a goroutine may have in its chain at StackMin each before new
/// ones grow (see [`deep_segment_size`]).
pub const DEEP_CHAIN: usize = 16;

/// New segments stop growing at StackMin << DEEP_MAX_SHIFT (1 MiB with
/// the default StackMin).
pub const DEEP_MAX_SHIFT: usize = 7;

/// The least size of the next segment of a goroutine whose chain holds
/// `chain_len` segments above its first: StackMin for the first
/// [`DEEP_CHAIN`], then twice that for the next DEEP_CHAIN, and so on up to
/// StackMin << [`DEEP_MAX_SHIFT`].
///
/// Unlike Go 1.2, which took every segment of max(frame + args +
/// StackExtra, StackMin) bytes from the heap: each splitgo segment is a
/// mapping with a guard page below it, two kernel mappings, and Linux
/// allows 65530 per process (vm.max_map_count). At 8 KiB a segment, a
/// recursion 10 million frames deep would need several times that; with
/// this growth it needs about a thousand, while a shallow goroutine and a
/// hot split near the top of the stack keep StackMin segments.
pub fn deep_segment_size(stack_min: u64, chain_len: usize) -> u64 {
    stack_min << (chain_len / DEEP_CHAIN).min(DEEP_MAX_SHIFT)
}

/// Grows the stack of the goroutine of `gs`, which failed its prologue
/// check (Go 1.2: runtime·newstack).
///
/// Runs on the system stack; expects the goroutine's G status to be
/// Running and `req` to be what morestack saved, with `sched.pc` rewound
/// to the function's start. Tries [`newstack_fast`] first; every
/// diagnostic is on the slow path: the `split stack overflow`
/// double-check, the misaligned argsize, the preemption marker, the stack
/// limit. During the slow path the status reads StackSplit, and stays so
/// when it throws (the trace prints `[stack split]`).
pub fn newstack<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    req: &SplitRequest,
) -> Result<NewStack, Fatal> {
    gs.sync(cx.mem);
    // A segment that can still grow in place does so (newstack_slow)
    // rather than leave its frames for the spare.
    let fast = if gs.current().room_below() > 0 {
        None
    } else {
        spare_split(cx, cache, gs, req)
    };
    let r = match fast {
        Some(grow) => Ok(NewStack::Grow(grow)),
        None => newstack_slow(cx, cache, gs, req),
    };
    gs.publish(cx.mem, cx.cfg);
    r
}

/// The common crossing (DESIGN §5's fast path): no preemption request, the
/// SP is inside the segment, the goroutine's idle spare is big enough, the
/// limit allows it. Then the Stktop is written and the arguments copied
/// onto the spare; otherwise `None`, and nothing was changed.
///
/// It touches no status and no `sched`, prints nothing and cannot throw,
/// which is what lets the morestack stub do the same without leaving for
/// the system stack (jit/src/x64/stubs.rs, with the same tests); [`newstack`]
/// (which tries this first) is the full path.
pub fn newstack_fast<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    req: &SplitRequest,
) -> Option<Grow> {
    gs.sync(cx.mem);
    let grow = spare_split(cx, cache, gs, req);
    gs.publish(cx.mem, cx.cfg);
    grow
}

/// [`newstack_fast`] on a synced [`GStack`].
fn spare_split<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    req: &SplitRequest,
) -> Option<Grow> {
    let m = cx.mem;
    let w = m.word();
    let gp = gs.g;
    let guard = m.field(gp, g::STACKGUARD);
    let usable = m.field(gp, g::STACKGUARD0) == guard
        && m.field(gp, g::STATUS) == Status::Running as u64
        && checked_sp(cx.abi, w, req) >= guard.wrapping_sub(STACK_GUARD)
        && req.argsize.is_multiple_of(u64::from(w.0));
    let spare = match &gs.spare {
        Spare::Idle(s) => s.size(),
        _ => return None,
    };
    if !usable
        || spare < segment_need(w, req)
        || gs.stacksize.saturating_add(spare) > cx.cfg.max_stack()
    {
        return None;
    }
    let seg = take_spare(gs);
    let grow = install(cx, gs, seg, true, req);
    cache.stats.splits += 1;
    cache.stats.spare_hits += 1;
    Some(grow)
}

/// Everything [`newstack_fast`] declined, with Go 1.2's checks in its order.
fn newstack_slow<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    req: &SplitRequest,
) -> Result<NewStack, Fatal> {
    let m = cx.mem;
    let w = m.word();
    let gp = gs.g;
    on_system_stack(m, gp, "runtime: newstack on a goroutine stack")?;
    let oldstatus = m.field(gp, g::STATUS);
    if oldstatus != Status::Running as u64 {
        return Err(
            Fatal::new("runtime: newstack of a goroutine that is not running")
                .line(format!("runtime: newstack: goroutine status {oldstatus}")),
        );
    }
    m.set_field(gp, g::STATUS, Status::StackSplit as u64);
    // Go 1.2: rewindmorestack(&gp->sched). From here on a traceback shows
    // the function at its entry, with no +0x offset.
    set_sched(m, gp, &req.sched);

    let guard = m.field(gp, g::STACKGUARD);
    let base = m.field(gp, g::STACKBASE);
    let lo = guard.wrapping_sub(STACK_GUARD);
    let sp = checked_sp(cx.abi, w, req);
    if sp < lo {
        // The function's check let a frame below the segment: the re-run
        // prologue caught it before anything was corrupted further.
        let (mb, s) = (req.morebuf, req.sched);
        return Err(Fatal::new("runtime: split stack overflow")
            .line(format!(
                "runtime: newstack framesize={} argsize={} sp={} stack=[{}, {}]",
                hex(req.framesize),
                hex(req.argsize),
                hex(sp),
                hex(lo),
                hex(base)
            ))
            .line(format!(
                "\tmorebuf={{pc:{} sp:{} lr:{}}}",
                hex(mb.pc),
                hex(mb.sp),
                hex(mb.lr)
            ))
            .line(format!(
                "\tsched={{pc:{} sp:{} lr:{} ctxt:{}}}",
                hex(s.pc),
                hex(s.sp),
                hex(s.lr),
                hex(s.ctxt)
            ))
            .line(format!(
                "runtime: split stack overflow: {} < {}",
                hex(sp),
                hex(lo)
            )));
    }
    if !req.argsize.is_multiple_of(u64::from(w.0)) {
        return Err(Fatal::new("runtime: stack split argsize").line(format!(
            "runtime: stack split with misaligned argsize {}",
            req.argsize
        )));
    }

    // sysmon stores the marker from its own thread at any time: the word
    // is read once, so that a request arriving after the first read is
    // left for the next check instead of being honoured for a call that
    // cannot be preempted.
    let preempt = m.field(gp, g::STACKGUARD0) == abi::stack_preempt(w);
    if preempt && req.panicking {
        // A call the runtime makes (a deferred call run by a panic, a
        // method fmt needs) has no function start of its own to resume
        // at: the request is dropped (Go 1.2 ignored it in newstackcall
        // too), sysmon asks again.
        m.set_field(gp, g::STACKGUARD0, guard);
    } else if preempt {
        // Act as if the goroutine called Gosched at its function's start.
        m.set_field(gp, g::STACKGUARD0, guard);
        m.set_field(gp, g::STATUS, oldstatus);
        cache.stats.preempts += 1;
        return Ok(NewStack::Preempted { resume: req.sched });
    }

    if let Some(grow) = extend_current(cx, cache, gs, req)? {
        m.set_field(gp, g::STATUS, oldstatus);
        return Ok(NewStack::Grow(grow));
    }
    let need = segment_need(w, req).max(deep_segment_size(cache.stack_min(), gs.chain.len()));
    let spare_fits = matches!(&gs.spare, Spare::Idle(s) if s.size() >= need);
    let size = match &gs.spare {
        Spare::Idle(s) if spare_fits => s.size(),
        _ => cache.segment_size(need),
    };
    let max = cx.cfg.max_stack();
    if gs.stacksize.saturating_add(size) > max {
        return Err(Fatal::new("stack overflow")
            .line(format!("runtime: goroutine stack exceeds {max}-byte limit")));
    }
    let seg = if spare_fits {
        cache.stats.spare_hits += 1;
        take_spare(gs)
    } else {
        cache.stats.spare_misses += 1;
        cache.stackalloc(need)?
    };
    let grow = install(cx, gs, seg, spare_fits, req);
    cache.stats.splits += 1;
    m.set_field(gp, g::STATUS, oldstatus);
    Ok(NewStack::Grow(grow))
}

/// Grows the current segment in place, if it has room below it, far
/// enough for the function of `req` and StackExtra more: no new segment,
/// no Stktop, no copy; the function restarts at its start with the SP it
/// had, and its check now passes. At least three times the segment's size
/// is added (up to all the room left), so that a recursion grows it a few
/// times (8 KiB to 1 MiB in four), not once per frame. `None` when it cannot: no room, not enough,
/// over the stack limit (the split then reports it), or a call the
/// runtime makes (those run on a segment of their own).
fn extend_current<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    req: &SplitRequest,
) -> Result<Option<Grow>, Fatal> {
    // On arm64 the restarted function would need its caller's LR back,
    // which newstack does not get.
    if req.panicking || !cx.abi.ret_addr_slot {
        return Ok(None);
    }
    let m = cx.mem;
    let gp = gs.g;
    let stacksize = gs.stacksize;
    let seg = gs.current_mut();
    let room = seg.room_below();
    let lowest = req
        .sched
        .sp
        .saturating_sub(req.framesize.saturating_add(STACK_EXTRA + STACK_GUARD));
    if room == 0 || lowest >= seg.lo() {
        return Ok(None);
    }
    let short = super::segment::round_up(seg.lo() - lowest, super::segment::page_size());
    let grow = short.max(3 * seg.size()).min(room);
    if grow < short || stacksize.saturating_add(grow) > cx.cfg.max_stack() {
        return Ok(None);
    }
    seg.extend(grow)?;
    let lo = seg.lo();
    gs.stacksize += grow;
    // A segment above the first says in its Stktop how much to free with
    // it (check_newest compares): now more.
    if let Some(link) = gs.chain.last().filter(|l| !l.from_spare) {
        let top = m.field(gp, g::STACKBASE);
        m.set_field(top, stktop::FREE, link.seg.size());
    }
    let guard = lo + STACK_GUARD;
    m.set_field(gp, g::STACK0, lo);
    m.set_field(gp, g::STACKGUARD, guard);
    // As in an unsplit: a marker sysmon stored meanwhile stays.
    if m.field(gp, g::STACKGUARD0) != abi::stack_preempt(m.word()) {
        m.set_field(gp, g::STACKGUARD0, guard);
    }
    cache.stats.extends += 1;
    Ok(Some(Grow {
        sp: req.sched.sp,
        pc: req.sched.pc,
        lr: None,
        ctxt: req.sched.ctxt,
    }))
}

/// Takes the idle spare for a split; it is then in use.
fn take_spare(gs: &mut GStack) -> Segment {
    take_spare_as(gs, Spare::InUse)
}

/// Takes the idle spare, leaving `then` in its slot.
fn take_spare_as(gs: &mut GStack, then: Spare) -> Segment {
    match std::mem::replace(&mut gs.spare, then) {
        Spare::Idle(seg) => seg,
        other => unreachable!("no idle spare: {other:?}"),
    }
}

/// Makes `seg` the goroutine's current segment for the call in `req`:
/// writes the Stktop, copies the arguments, stores the return address the
/// callee will see, and points G's bounds at `seg`.
fn install<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    gs: &mut GStack,
    seg: Segment,
    from_spare: bool,
    req: &SplitRequest,
) -> Grow {
    let m = cx.mem;
    let w = m.word();
    let ws = u64::from(w.0);
    let gp = gs.g;
    // From the top down: the Stktop, the arguments, the return-address
    // (or saved-LR) slot at the callee's entry SP. Aligning that SP down
    // leaves any slack above the Stktop, not between it and the arguments,
    // since oldstack finds the results right below stackbase.
    let top_size = u64::from(stktop::size(w));
    let sp = (seg.hi() - top_size - req.argsize - ws) & !(cx.abi.sp_align - 1);
    let top = sp + ws + req.argsize;
    debug_assert!(
        sp - req.framesize >= seg.lo() + STACK_GUARD,
        "segment too small"
    );

    let old_base = m.field(gp, g::STACKBASE);
    let old_guard = m.field(gp, g::STACKGUARD);
    // Go 1.2: splitting in the top frame of a panic's deferred call carries
    // the panic flag forward, so that recover still finds it.
    let old_panic = m.field(old_base, stktop::PANIC) != 0;
    let old_args = old_base.wrapping_sub(m.field(old_base, stktop::ARGSIZE));
    let panic = req.panicking || (old_panic && req.argp == old_args);
    // FREE = 0 marks the spare: its unsplit keeps it instead of freeing.
    let free = if from_spare { 0 } else { seg.size() };
    for (field, value) in [
        (stktop::STACKBASE, old_base),
        (stktop::STACKGUARD, old_guard),
        (stktop::GOBUF_PC, req.morebuf.pc),
        (stktop::GOBUF_SP, req.morebuf.sp),
        (stktop::GOBUF_LR, req.morebuf.lr),
        (stktop::ARGP, req.argp),
        (stktop::ARGSIZE, req.argsize),
        (stktop::FREE, free),
        (stktop::PANIC, u64::from(panic)),
    ] {
        m.set_field(top, field, value);
    }
    if req.argsize > 0 {
        m.copy(top - req.argsize, req.argp, req.argsize);
    }
    let lr = cx.abi.lessstack_pc;
    m.write_word(sp, if cx.abi.ret_addr_slot { lr } else { 0 });
    set_bounds(m, gp, seg.lo(), top);

    gs.stacksize += seg.size();
    gs.chain.push(Link { seg, from_spare });
    Grow {
        sp,
        pc: req.sched.pc,
        lr: (!cx.abi.ret_addr_slot).then_some(lr),
        ctxt: req.sched.ctxt,
    }
}

/// Returns the goroutine of `gs` from its current segment to the one
/// below, after the function that caused the split returned into
/// lessstack (Go 1.2: runtime·oldstack). Gives the caller's resume state.
///
/// Runs on the system stack; expects the goroutine to be Running on a
/// segment above its first, with the results at the top of the segment.
/// Copies `argsize` bytes of results back to the caller's argument area,
/// restores the bounds of the segment below, and keeps the segment as the
/// goroutine's spare or gives it to the cache. The status reads
/// StackUnsplit meanwhile, and `sched` holds the caller's state.
pub fn oldstack<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
) -> Result<Gobuf, Fatal> {
    gs.sync(cx.mem);
    let r = oldstack_synced(cx, cache, gs);
    gs.publish(cx.mem, cx.cfg);
    r
}

fn oldstack_synced<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
) -> Result<Gobuf, Fatal> {
    let m = cx.mem;
    let w = m.word();
    let gp = gs.g;
    on_system_stack(m, gp, "runtime: oldstack on a goroutine stack")?;
    let oldstatus = m.field(gp, g::STATUS);
    if oldstatus != Status::Running as u64 {
        return Err(
            Fatal::new("runtime: oldstack of a goroutine that is not running")
                .line(format!("runtime: oldstack: goroutine status {oldstatus}")),
        );
    }
    let top = m.field(gp, g::STACKBASE);
    let lo = m.field(gp, g::STACKGUARD).wrapping_sub(STACK_GUARD);
    if gs.chain.is_empty() {
        return Err(
            Fatal::new("runtime: oldstack on the first segment").line(format!(
                "runtime: oldstack with no segment to pop: stack=[{}, {}]",
                hex(lo),
                hex(top)
            )),
        );
    }
    check_newest(m, gs, top, lo)?;
    m.set_field(gp, g::STATUS, Status::StackUnsplit as u64);

    let resume = Gobuf {
        pc: m.field(top, stktop::GOBUF_PC),
        sp: m.field(top, stktop::GOBUF_SP),
        lr: m.field(top, stktop::GOBUF_LR),
        ctxt: 0,
    };
    set_sched(m, gp, &resume);
    let argsize = m.field(top, stktop::ARGSIZE);
    if argsize > top - lo || !argsize.is_multiple_of(u64::from(w.0)) {
        return Err(Fatal::new("runtime: oldstack: bad argsize").line(format!(
            "runtime: oldstack argsize={} stack=[{}, {}]",
            hex(argsize),
            hex(lo),
            hex(top)
        )));
    }
    if argsize > 0 {
        let argp = m.field(top, stktop::ARGP);
        m.copy(argp, top - argsize, argsize);
    }
    pop_segment(m, cache, gs, top);
    m.set_field(gp, g::STATUS, oldstatus);
    cache.stats.unsplits += 1;
    Ok(resume)
}

/// Pops segments until `sp` lies in the current one, without copying
/// results: a recovered panic resumes a frame further down the stack, or
/// (`sp == 0`) an exiting goroutine drops all but its first segment (Go
/// 1.2: runtime·unwindstack). Runs on the system stack, not for the
/// goroutine's own account: its status is left alone.
pub fn unwindstack<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    sp: u64,
) -> Result<(), Fatal> {
    gs.sync(cx.mem);
    let r = unwindstack_synced(cx, cache, gs, sp);
    gs.publish(cx.mem, cx.cfg);
    r
}

fn unwindstack_synced<M: Mem + ?Sized>(
    cx: &SplitCtx<'_, M>,
    cache: &mut StackCache,
    gs: &mut GStack,
    sp: u64,
) -> Result<(), Fatal> {
    let m = cx.mem;
    let gp = gs.g;
    on_system_stack(m, gp, "runtime: unwindstack on a goroutine stack")?;
    let bounds = || {
        let top = m.field(gp, g::STACKBASE);
        (m.field(gp, g::STACKGUARD).wrapping_sub(STACK_GUARD), top)
    };
    loop {
        let (lo, top) = bounds();
        if gs.chain.is_empty() || (sp != 0 && lo <= sp && sp < top) {
            break;
        }
        check_newest(m, gs, top, lo)?;
        pop_segment(m, cache, gs, top);
    }
    let (lo, top) = bounds();
    if sp != 0 && (sp < lo || top < sp) {
        return Err(Fatal::new("bad unwindstack").line(format!(
            "recover: {} not in [{}, {}]",
            hex(sp),
            hex(lo),
            hex(top)
        )));
    }
    Ok(())
}

/// Checks that the segment G points at, `[lo, top]`, is the newest one of
/// the host-side chain and that its Stktop's `free` agrees, before anything
/// is copied or freed: a corrupted Stktop must not make us unmap a range
/// that is not a segment.
fn check_newest<M: Mem + ?Sized>(m: &M, gs: &GStack, top: u64, lo: u64) -> Result<(), Fatal> {
    let link = gs.chain.last().expect("caller checked the chain");
    let free = m.field(top, stktop::FREE);
    let free_ok = if link.from_spare {
        free == 0
    } else {
        free == link.seg.size()
    };
    if link.seg.lo() == lo && link.seg.contains(top) && free_ok {
        return Ok(());
    }
    Err(
        Fatal::new("runtime: corrupt stack segment chain").line(format!(
            "runtime: stack=[{}, {}] free={} but the newest segment is [{}, {}] spare={}",
            hex(lo),
            hex(top),
            hex(free),
            hex(link.seg.lo()),
            hex(link.seg.hi()),
            link.from_spare
        )),
    )
}

/// Restores G's bounds from the Stktop at `top` and disposes of the
/// segment (checked by [`check_newest`]): back to the spare slot, into the
/// empty spare slot, or to the cache.
fn pop_segment<M: Mem + ?Sized>(m: &M, cache: &mut StackCache, gs: &mut GStack, top: u64) {
    let gp = gs.g;
    let base = m.field(top, stktop::STACKBASE);
    let guard = m.field(top, stktop::STACKGUARD);
    m.set_field(gp, g::STACKBASE, base);
    m.set_field(gp, g::STACKGUARD, guard);
    m.set_field(gp, g::STACK0, guard.wrapping_sub(STACK_GUARD));
    // Unlike Go 1.2, a preemption request stored while the goroutine ran
    // on the upper segment survives the unsplit: Go 1.2 overwrote it and
    // relied on gp->preempt to store it again, a flag splitgo does not have.
    if m.field(gp, g::STACKGUARD0) != abi::stack_preempt(m.word()) {
        m.set_field(gp, g::STACKGUARD0, guard);
    }
    let link = gs.chain.pop().expect("caller checked the chain");
    gs.stacksize -= link.seg.size();
    // The segment just left becomes the spare: it is the one the next
    // split from here wants (a call on this boundary made in a loop), at
    // any depth, and its size suits this depth. An older spare, idle or
    // still holding frames further down, stops being one.
    match (&gs.spare, link.from_spare) {
        (Spare::InUse, true) | (Spare::Empty, false) => {}
        (Spare::Idle(_), false) => cache.stackfree(take_spare_as(gs, Spare::Empty)),
        (Spare::InUse, false) => demote_spare_in_use(m, gs, base),
        (Spare::Idle(_) | Spare::Empty, true) => {
            unreachable!("check_newest: a spare segment in the chain is the spare in use")
        }
    }
    gs.spare = Spare::Idle(link.seg);
}

/// Makes the spare in use, somewhere in the chain below the newest
/// segment whose Stktop is at `top`, an ordinary segment: freed when its
/// split returns, as its Stktop's FREE now says.
fn demote_spare_in_use<M: Mem + ?Sized>(m: &M, gs: &mut GStack, mut top: u64) {
    for link in gs.chain.iter_mut().rev() {
        if link.from_spare {
            link.from_spare = false;
            m.set_field(top, stktop::FREE, link.seg.size());
            return;
        }
        top = m.field(top, stktop::STACKBASE);
    }
    unreachable!("the spare in use is in the chain");
}

/// G's bounds for a current segment of usable bytes from `lo`, whose
/// Stktop is at `top`.
fn set_bounds<M: Mem + ?Sized>(m: &M, gp: u64, lo: u64, top: u64) {
    let guard = lo + STACK_GUARD;
    m.set_field(gp, g::STACK0, lo);
    m.set_field(gp, g::STACKGUARD, guard);
    m.set_field(gp, g::STACKGUARD0, guard);
    m.set_field(gp, g::STACKBASE, top);
}

fn set_sched<M: Mem + ?Sized>(m: &M, gp: u64, b: &Gobuf) {
    m.set_field(gp, g::SCHED_PC, b.pc);
    m.set_field(gp, g::SCHED_SP, b.sp);
    m.set_field(gp, g::SCHED_LR, b.lr);
    m.set_field(gp, g::SCHED_CTXT, b.ctxt);
}

/// Rust code must not run on a goroutine segment (they are small, and a
/// split there would recurse): check that this host stack is not the
/// goroutine's current segment. Go 1.2: "stackalloc not on scheduler stack".
fn on_system_stack<M: Mem + ?Sized>(m: &M, gp: u64, message: &'static str) -> Result<(), Fatal> {
    let probe = 0u8;
    let here = std::hint::black_box(&probe) as *const u8 as usize as u64;
    let lo = m.field(gp, g::STACKGUARD).wrapping_sub(STACK_GUARD);
    let hi = m.field(gp, g::STACKBASE);
    if lo <= here && here < hi {
        return Err(Fatal::new(message).line(format!(
            "runtime: host sp={} is inside the goroutine's stack=[{}, {}]",
            hex(here),
            hex(lo),
            hex(hi)
        )));
    }
    Ok(())
}
