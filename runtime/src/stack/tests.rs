//! Tests of the segment cache, newstack and oldstack over real segments and
//! a G record in host memory, driven as the morestack and lessstack stubs
//! will drive them: the "program" is simulated by writing its frames with
//! the same [`Mem`].

use super::segment::{CLASSES, GUARDED_MAX};
use super::*;
use crate::abi::{self, g, stktop, Status, Word, STACK_EXTRA, STACK_GUARD};
use crate::mem::{Mem, NativeMem};
use crate::throw::Fatal;

const LESSSTACK: u64 = 0x0040_1230;
const START: u64 = 0x0040_2000;
const CALLER_RET: u64 = 0x0040_3456;
const CTXT: u64 = 0x0034_e700;

pub(super) fn x86(w: Word) -> SplitAbi {
    SplitAbi {
        ret_addr_slot: true,
        sp_align: u64::from(w.0),
        lessstack_pc: LESSSTACK,
    }
}

fn arm64() -> SplitAbi {
    SplitAbi {
        ret_addr_slot: false,
        sp_align: 16,
        lessstack_pc: LESSSTACK,
    }
}

/// One goroutine: its G in a boxed slice, its first segment, a cache.
pub(super) struct Rig {
    pub(super) _g: Box<[u64]>,
    pub(super) gp: u64,
    pub(super) mem: NativeMem,
    pub(super) cfg: StackConfig,
    pub(super) abi: SplitAbi,
    pub(super) cache: StackCache,
    pub(super) gs: Option<GStack>,
}

impl Rig {
    pub(super) fn new(w: Word, abi: SplitAbi) -> Rig {
        Rig::with_config(StackConfig::new(w), w, abi)
    }

    pub(super) fn with_config(cfg: StackConfig, w: Word, abi: SplitAbi) -> Rig {
        Rig::with_extension(cfg, w, abi, 0)
    }

    /// A rig whose segments may grow in place up to `extend_to` bytes.
    pub(super) fn with_extension(cfg: StackConfig, w: Word, abi: SplitAbi, extend_to: u64) -> Rig {
        // Room for a G of 8-byte words; a 4-byte-word G uses the first half.
        let mut gbox = vec![0u64; g::WORDS as usize].into_boxed_slice();
        let gp = gbox.as_mut_ptr().expose_provenance() as u64;
        // SAFETY: the rig accesses only its G box and segments mapped by its
        // own cache, both alive as long as the rig, and holds no Rust
        // reference into either while the Mem runs.
        let mem = unsafe { NativeMem::new(w) };
        // A 4-byte-word target stores segment addresses in its words.
        let placement = if w == Word::W4 {
            Placement::Below4G
        } else {
            Placement::Anywhere
        };
        let mut cache = StackCache::new(cfg.stack_min, placement).with_extend_to(extend_to);
        let gs = GStack::new(&mem, &mut cache, &cfg, gp, false).expect("first segment");
        mem.set_field(gp, g::STATUS, Status::Running as u64);
        Rig {
            _g: gbox,
            gp,
            mem,
            cfg,
            abi,
            cache,
            gs: Some(gs),
        }
    }

    pub(super) fn gs(&self) -> &GStack {
        self.gs.as_ref().unwrap()
    }

    pub(super) fn ws(&self) -> u64 {
        u64::from(self.mem.word().0)
    }

    pub(super) fn gfield(&self, f: u32) -> u64 {
        self.mem.field(self.gp, f)
    }

    pub(super) fn set_gfield(&self, f: u32, v: u64) {
        self.mem.set_field(self.gp, f, v)
    }

    /// What morestack would store for a call whose callee (frame
    /// `framesize`) fails its check just below the current guard, with
    /// `args` in the caller's outgoing-argument area; then the request
    /// newstack receives, rewound to START.
    pub(super) fn morestack(&self, framesize: u64, args: &[u8]) -> SplitRequest {
        let guard = self.gfield(g::STACKGUARD);
        let entry_sp = (guard - 16) & !15;
        self.morestack_at(entry_sp, framesize, args)
    }

    pub(super) fn morestack_at(&self, entry_sp: u64, framesize: u64, args: &[u8]) -> SplitRequest {
        let ws = self.ws();
        let m = &self.mem;
        let argp = entry_sp + ws;
        m.write_bytes(argp, args);
        let morebuf_sp = if self.abi.ret_addr_slot {
            m.write_word(entry_sp, CALLER_RET);
            entry_sp + ws
        } else {
            entry_sp
        };
        self.set_gfield(g::MOREFRAMESIZE, framesize);
        self.set_gfield(g::MOREARGSIZE, args.len() as u64);
        self.set_gfield(g::MOREBUF_PC, CALLER_RET);
        self.set_gfield(g::MOREBUF_SP, morebuf_sp);
        self.set_gfield(g::MOREBUF_LR, 0);
        // The raw pc of the `jmp start` after the call; from_g replaces it.
        self.set_gfield(g::SCHED_PC, START + 0x1a);
        self.set_gfield(g::SCHED_SP, entry_sp);
        self.set_gfield(g::SCHED_LR, 0);
        self.set_gfield(g::SCHED_CTXT, CTXT);
        SplitRequest::from_g(m, self.gp, START)
    }

    pub(super) fn newstack(&mut self, req: &SplitRequest) -> Result<NewStack, Fatal> {
        let cx = SplitCtx {
            mem: &self.mem,
            abi: self.abi,
            cfg: &self.cfg,
        };
        newstack(&cx, &mut self.cache, self.gs.as_mut().unwrap(), req)
    }

    pub(super) fn grow(&mut self, req: &SplitRequest) -> Grow {
        match self.newstack(req) {
            Ok(NewStack::Grow(grow)) => grow,
            other => panic!("expected Grow, got {other:?}"),
        }
    }

    pub(super) fn oldstack(&mut self) -> Result<Gobuf, Fatal> {
        let cx = SplitCtx {
            mem: &self.mem,
            abi: self.abi,
            cfg: &self.cfg,
        };
        oldstack(&cx, &mut self.cache, self.gs.as_mut().unwrap())
    }

    pub(super) fn unwindstack(&mut self, sp: u64) -> Result<(), Fatal> {
        let cx = SplitCtx {
            mem: &self.mem,
            abi: self.abi,
            cfg: &self.cfg,
        };
        unwindstack(&cx, &mut self.cache, self.gs.as_mut().unwrap(), sp)
    }

    pub(super) fn bounds(&self) -> [u64; 4] {
        [
            self.gfield(g::STACKGUARD0),
            self.gfield(g::STACKBASE),
            self.gfield(g::STACKGUARD),
            self.gfield(g::STACK0),
        ]
    }

    pub(super) fn read(&self, addr: u64, len: usize) -> Vec<u8> {
        let mut v = vec![0; len];
        self.mem.read_bytes(addr, &mut v);
        v
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        if let Some(gs) = self.gs.take() {
            gs.release(&self.mem, &mut self.cache);
        }
    }
}

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

#[test]
fn first_segment_sets_the_bounds_and_a_zero_stktop() {
    let r = Rig::new(Word::W8, x86(Word::W8));
    let first = r.gs().first();
    let top = first.hi() - u64::from(stktop::size(Word::W8));
    assert_eq!(first.size(), r.cache.stack_min());
    assert_eq!(
        r.bounds(),
        [
            first.lo() + STACK_GUARD,
            top,
            first.lo() + STACK_GUARD,
            first.lo()
        ]
    );
    for f in 0..stktop::WORDS {
        assert_eq!(r.mem.field(top, f), 0, "Stktop word {f}");
    }
    assert_eq!(r.gs().stacksize(), first.size());
}

#[test]
fn split_writes_every_stktop_field() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let old = r.bounds();
    let args = pattern(0x18, 1);
    let req = r.morestack(0x40, &args);
    assert_eq!(req.sched.pc, START);
    assert_eq!(req.argp, req.sched.sp + 8);
    let grow = r.grow(&req);

    let seg_lo = r.gs().current().lo();
    let seg_hi = r.gs().current().hi();
    let top = r.gfield(g::STACKBASE);
    assert_eq!(top, seg_hi - 72, "x86: Stktop at the very top");
    let field = |f| r.mem.field(top, f);
    assert_eq!(field(stktop::STACKBASE), old[1]);
    assert_eq!(field(stktop::STACKGUARD), old[2]);
    assert_eq!(field(stktop::GOBUF_PC), CALLER_RET);
    assert_eq!(field(stktop::GOBUF_SP), req.sched.sp + 8);
    assert_eq!(field(stktop::GOBUF_LR), 0);
    assert_eq!(field(stktop::ARGP), req.argp);
    assert_eq!(field(stktop::ARGSIZE), 0x18);
    assert_eq!(field(stktop::FREE), seg_hi - seg_lo, "a fresh segment");
    assert_eq!(field(stktop::PANIC), 0);

    let guard = seg_lo + STACK_GUARD;
    assert_eq!(r.bounds(), [guard, top, guard, seg_lo]);
    assert_eq!(r.gfield(g::STATUS), Status::Running as u64);
    assert_eq!(r.gfield(g::SCHED_PC), START, "sched rewound");
    assert_eq!(
        grow,
        Grow {
            sp: top - 0x18 - 8,
            pc: START,
            lr: None,
            ctxt: CTXT
        }
    );
    assert_eq!(
        r.mem.read_word(grow.sp),
        LESSSTACK,
        "returns into lessstack"
    );
    assert_eq!(r.read(grow.sp + 8, 0x18), args, "arguments above it");
    assert_eq!(r.gs().depth(), 1);
    assert_eq!(r.cache.stats.splits, 1);
    assert_eq!(r.cache.stats.spare_misses, 1);
    // The callee's re-run prologue passes: its frame fits above the guard.
    assert!(grow.sp - 0x40 > guard);
}

#[test]
fn arguments_are_copied_byte_exactly() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    for (n, len) in [0usize, 8, 0x18, 0x108, 4000].into_iter().enumerate() {
        let args = pattern(len, n as u8 * 7 + 3);
        let req = r.morestack(0x20, &args);
        let grow = r.grow(&req);
        assert_eq!(r.read(grow.sp + 8, len), args, "argsize {len}");
        let top = r.gfield(g::STACKBASE);
        assert_eq!(grow.sp + 8 + len as u64, top);
        // Nothing beyond the arguments was copied over the Stktop.
        assert_eq!(r.mem.field(top, stktop::ARGSIZE), len as u64);
    }
    assert_eq!(r.gs().depth(), 5);
}

#[test]
fn oldstack_copies_results_back_and_restores_bounds() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let before = r.bounds();
    let req = r.morestack(0x40, &pattern(0x30, 9));
    let first_size = r.gs().stacksize();
    r.grow(&req);
    assert_eq!(r.gs().stacksize(), first_size + 8192);

    // The callee stores its results in its argument area, right below the
    // Stktop, and returns into lessstack.
    let top = r.gfield(g::STACKBASE);
    let results = pattern(0x30, 200);
    r.mem.write_bytes(top - 0x30, &results);
    let resume = r.oldstack().expect("oldstack");

    assert_eq!(
        resume,
        Gobuf {
            pc: CALLER_RET,
            sp: req.argp,
            lr: 0,
            ctxt: 0
        }
    );
    assert_eq!(r.read(req.argp, 0x30), results);
    assert_eq!(r.bounds(), before);
    assert_eq!(r.gfield(g::STATUS), Status::Running as u64);
    assert_eq!(r.gfield(g::SCHED_PC), CALLER_RET);
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.gs().stacksize(), first_size);
    assert!(r.gs().spare().is_some(), "kept as the spare");
    assert_eq!(r.cache.stats.unsplits, 1);
    assert_eq!(r.cache.stats.frees, 0);
}

#[test]
fn the_spare_is_reused_on_the_next_split() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &pattern(16, 1));
    r.grow(&req);
    let spare_lo = r.gs().current().lo();
    r.oldstack().unwrap();
    let maps = r.cache.stats.maps;

    // The fast path alone takes it.
    let req = r.morestack(0x40, &pattern(16, 2));
    let cx = SplitCtx {
        mem: &r.mem,
        abi: r.abi,
        cfg: &r.cfg,
    };
    let grow = newstack_fast(&cx, &mut r.cache, r.gs.as_mut().unwrap(), &req).expect("fast");
    assert_eq!(r.gs().current().lo(), spare_lo);
    assert_eq!(r.read(grow.sp + 8, 16), pattern(16, 2));
    let top = r.gfield(g::STACKBASE);
    assert_eq!(
        r.mem.field(top, stktop::FREE),
        0,
        "FREE = 0 marks the spare"
    );
    assert!(r.gs().spare().is_none(), "in use");
    r.oldstack().unwrap();
    assert_eq!(r.gs().spare().map(|s| s.lo()), Some(spare_lo));

    // And through newstack, which tries the fast path first.
    let req = r.morestack(0x40, &pattern(16, 3));
    r.grow(&req);
    assert_eq!(r.gs().current().lo(), spare_lo);
    r.oldstack().unwrap();
    let s = r.cache.stats;
    assert_eq!((s.splits, s.spare_hits, s.spare_misses), (3, 2, 1));
    assert_eq!(s.maps, maps, "no new mapping");
    assert!(s
        .to_string()
        .starts_with("stackstats: splits=3 unsplits=3 spare_hits=2"));
}

#[test]
fn a_spare_too_small_gives_way_to_the_bigger_segment_taken() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    let spare_lo = r.gs().spare().unwrap().lo();
    let req = r.morestack(20_000, &[]);
    r.grow(&req);
    assert_eq!(r.gs().current().size(), 32768, "class 2");
    assert_eq!(r.gs().spare().map(|s| s.lo()), Some(spare_lo));
    r.oldstack().unwrap();
    // The segment just left is the spare now (the next split here wants
    // its size); the small one went to the cache.
    assert_eq!(r.gs().spare().map(|s| s.size()), Some(32768));
    assert_eq!(r.cache.cached(), 1);
    let req = r.morestack(20_000, &[]);
    r.grow(&req);
    assert_eq!(r.cache.stats.spare_hits, 1, "{}", r.cache.stats);
    r.oldstack().unwrap();
}

#[test]
fn a_thousand_splits_and_unsplits_leak_nothing() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let start = r.cache.mapped();
    assert_eq!(start, 1);
    let base_bounds = r.bounds();
    for round in 0..2u8 {
        let mut calls = Vec::new();
        for i in 0..1000u64 {
            // Mostly small frames; every 97th needs a segment past the
            // largest class, mapped and unmapped directly.
            let frame = if i % 97 == 0 { 100_000 } else { 8 * (i % 300) };
            let args = pattern(8 * (i as usize % 5), i as u8 ^ round);
            let req = r.morestack(frame, &args);
            let grow = r.grow(&req);
            assert_eq!(r.read(grow.sp + 8, args.len()), args);
            calls.push((req, args));
        }
        assert_eq!(r.gs().depth(), 1000);
        while let Some((req, args)) = calls.pop() {
            let top = r.gfield(g::STACKBASE);
            let results: Vec<u8> = args.iter().map(|b| !b).collect();
            r.mem.write_bytes(top - results.len() as u64, &results);
            let resume = r.oldstack().unwrap();
            assert_eq!(resume.sp, req.argp);
            assert_eq!(r.read(req.argp, results.len()), results);
        }
        assert_eq!(r.gs().depth(), 0);
        assert_eq!(r.bounds(), base_bounds);
        assert_eq!(r.gs().stacksize(), r.gs().first().size());
        // In use: the first segment; also mapped: the spare and the cache.
        assert_eq!(r.cache.mapped(), start + 1 + r.cache.cached() as u64);
    }
    let s = r.cache.stats;
    assert_eq!(s.splits, 2000);
    assert_eq!(s.unsplits, 2000);
    assert!(s.cache_hits > 0 && s.spare_hits > 0, "{s}");
    assert_eq!(s.maps - s.unmaps, r.cache.mapped());
    let gs = r.gs.as_mut().unwrap();
    gs.release_spare(&mut r.cache);
    r.cache.trim();
    assert_eq!(r.cache.mapped(), start);
}

/// A deep chain takes bigger segments (split::deep_segment_size), so that a
/// recursion millions of frames deep stays within the kernel's limit on
/// mappings; the top of the stack keeps StackMin segments.
#[test]
fn deep_chains_take_growing_segments() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let min = r.cache.stack_min();
    let top = u64::from(stktop::size(Word::W8));
    let mut sizes = Vec::new();
    for _ in 0..(split::DEEP_CHAIN * (split::DEEP_MAX_SHIFT + 2)) {
        let req = r.morestack(64, &[]);
        r.grow(&req);
        let size = r.gfield(g::STACKBASE) + top - r.gfield(g::STACK0);
        sizes.push(size);
    }
    for (i, &size) in sizes.iter().enumerate() {
        let want = min << (i / split::DEEP_CHAIN).min(split::DEEP_MAX_SHIFT);
        assert_eq!(size, want, "segment {i}");
    }
    while r.gs().depth() > 0 {
        r.oldstack().unwrap();
    }
}

/// The protection of the mapping holding `addr`, from /proc/self/maps.
pub(super) fn perms_at(addr: u64) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let range = parts.next().unwrap();
        let perms = parts.next().unwrap();
        let (a, b) = range.split_once('-').unwrap();
        let (a, b) = (
            u64::from_str_radix(a, 16).unwrap(),
            u64::from_str_radix(b, 16).unwrap(),
        );
        if a <= addr && addr < b {
            return perms.to_string();
        }
    }
    "unmapped".to_string()
}

/// Whether the kernel can read one byte at `addr`, asked by writing it to
/// a pipe: EFAULT instead of a fault in this process.
pub(super) fn kernel_can_read(addr: u64) -> bool {
    let mut fds = [0; 2];
    // SAFETY: pipe writes two descriptors into the array we own.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: write checks the user range itself and returns EFAULT for an
    // inaccessible one; nothing in this process dereferences `addr`.
    let n = unsafe { libc::write(fds[1], std::ptr::with_exposed_provenance(addr as usize), 1) };
    let err = std::io::Error::last_os_error().raw_os_error();
    // SAFETY: closing the two descriptors pipe gave us.
    unsafe {
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
    if n == 1 {
        return true;
    }
    assert_eq!(err, Some(libc::EFAULT));
    false
}

#[test]
fn the_guard_page_is_really_inaccessible() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    let page = page_size();
    for seg in [r.gs().first(), r.gs().current()] {
        let (glo, ghi) = seg.guard_page().expect("the first segments are guarded");
        assert_eq!(ghi - glo, page);
        assert_eq!(ghi, seg.lo());
        for a in [glo, ghi - 1] {
            assert_eq!(&perms_at(a)[..3], "---", "guard byte {a:#x}");
            assert!(!kernel_can_read(a));
        }
        for a in [seg.lo(), seg.hi() - 1] {
            assert_eq!(&perms_at(a)[..3], "rw-", "segment byte {a:#x}");
            assert!(kernel_can_read(a));
        }
    }
}

#[test]
fn split_stack_overflow_prints_go_1_2_lines() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let [_, base, guard, lo] = r.bounds();
    let maps = r.cache.stats.maps;
    // A frame overran the segment: the re-run prologue at entry SP below
    // stack0 fails its check and morestack is called.
    let entry_sp = lo - 0x30;
    let req = SplitRequest {
        framesize: 0,
        argsize: 0x18,
        morebuf: MoreBuf {
            pc: 0x69f5b,
            sp: entry_sp + 8,
            lr: 0,
        },
        sched: Gobuf {
            pc: 0x68880,
            sp: entry_sp,
            lr: 0,
            ctxt: CTXT,
        },
        argp: entry_sp + 8,
        panicking: false,
    };
    let err = r.newstack(&req).unwrap_err();
    let sp = entry_sp - 8; // morestack's own return address
    assert_eq!(guard - STACK_GUARD, lo);
    let h = |v: u64| format!("{v:#x}");
    assert_eq!(
        err.context,
        vec![
            format!(
                "runtime: newstack framesize=0x0 argsize=0x18 sp={} stack=[{}, {}]",
                h(sp),
                h(lo),
                h(base)
            ),
            format!("\tmorebuf={{pc:0x69f5b sp:{} lr:0x0}}", h(entry_sp + 8)),
            format!(
                "\tsched={{pc:0x68880 sp:{} lr:0x0 ctxt:0x34e700}}",
                h(entry_sp)
            ),
            format!("runtime: split stack overflow: {} < {}", h(sp), h(lo)),
        ]
    );
    assert_eq!(err.message, "runtime: split stack overflow");
    assert_eq!(
        err.lines().last().unwrap(),
        "fatal error: runtime: split stack overflow"
    );
    assert!(h(base).chars().all(|c| !c.is_ascii_uppercase()));
    // Thrown in newstack: the trace will read [stack split] and show the
    // rewound pc; nothing was mapped.
    assert_eq!(r.gfield(g::STATUS), Status::StackSplit as u64);
    assert_eq!(r.gfield(g::SCHED_PC), 0x68880);
    assert_eq!(r.cache.stats.maps, maps);
    assert_eq!(r.gs().depth(), 0);
    r.set_gfield(g::STATUS, Status::Running as u64);
}

#[test]
fn sp_exactly_at_stack0_is_not_an_overflow() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let lo = r.gfield(g::STACK0);
    let req = r.morestack_at(lo + 8, 0x10, &[]);
    r.grow(&req);
    assert_eq!(r.gs().depth(), 1);
}

#[test]
fn the_stack_limit_is_go_s_message_for_8_byte_words() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    assert_eq!(r.cfg.max_stack(), 1_000_000_000);
    r.gs.as_mut()
        .unwrap()
        .pretend_stacksize(1_000_000_000 - 4096);
    let req = r.morestack(0x40, &[]);
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(
        err.lines(),
        vec![
            "runtime: goroutine stack exceeds 1000000000-byte limit".to_string(),
            "fatal error: stack overflow".to_string(),
        ]
    );
    assert_eq!(r.gfield(g::STATUS), Status::StackSplit as u64);
    r.set_gfield(g::STATUS, Status::Running as u64);
    r.gs.as_mut().unwrap().pretend_stacksize(8192);

    // runtime/debug.SetMaxStack: returns the previous limit.
    assert_eq!(r.cfg.set_max_stack(12_288), 1_000_000_000);
    let req = r.morestack(0x40, &[]);
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(
        err.context,
        vec!["runtime: goroutine stack exceeds 12288-byte limit".to_string()]
    );
    r.set_gfield(g::STATUS, Status::Running as u64);
    assert_eq!(r.cfg.set_max_stack(16_384), 12_288);
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
}

#[test]
fn the_fast_path_respects_the_limit() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    r.cfg.set_max_stack(8192);
    let req = r.morestack(0x40, &[]);
    let cx = SplitCtx {
        mem: &r.mem,
        abi: r.abi,
        cfg: &r.cfg,
    };
    assert!(newstack_fast(&cx, &mut r.cache, r.gs.as_mut().unwrap(), &req).is_none());
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(err.message, "stack overflow");
    r.set_gfield(g::STATUS, Status::Running as u64);
}

#[test]
fn the_preemption_marker_gives_preempted_and_restores_the_guard() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let guard = r.gfield(g::STACKGUARD);
    r.set_gfield(g::STACKGUARD0, abi::stack_preempt(Word::W8));
    // SP is above the real guard: only the marker made the check fail.
    let req = r.morestack_at(guard + 0x100, 0x40, &[1; 8]);
    match r.newstack(&req).unwrap() {
        NewStack::Preempted { resume } => assert_eq!(
            resume,
            Gobuf {
                pc: START,
                sp: guard + 0x100,
                lr: 0,
                ctxt: CTXT
            }
        ),
        other => panic!("expected Preempted, got {other:?}"),
    }
    assert_eq!(r.gfield(g::STACKGUARD0), guard);
    assert_eq!(r.gfield(g::STATUS), Status::Running as u64);
    assert_eq!(r.gfield(g::SCHED_PC), START);
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.cache.stats.splits, 0);
    assert_eq!(r.cache.stats.preempts, 1);
}

#[test]
fn a_preemption_request_survives_an_unsplit() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.set_gfield(g::STACKGUARD0, abi::stack_preempt(Word::W8));
    r.oldstack().unwrap();
    assert_eq!(r.gfield(g::STACKGUARD0), abi::stack_preempt(Word::W8));
    assert_ne!(r.gfield(g::STACKGUARD), abi::stack_preempt(Word::W8));
}

#[test]
fn misaligned_argsize_throws() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[0; 12]);
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(
        err.lines(),
        vec![
            "runtime: stack split with misaligned argsize 12".to_string(),
            "fatal error: runtime: stack split argsize".to_string()
        ]
    );
    r.set_gfield(g::STATUS, Status::Running as u64);
}

#[test]
fn oldstack_checks_the_chain_before_freeing() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let err = r.oldstack().unwrap_err();
    assert_eq!(err.message, "runtime: oldstack on the first segment");

    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    let top = r.gfield(g::STACKBASE);
    let free = r.mem.field(top, stktop::FREE);
    r.mem.set_field(top, stktop::FREE, 0x1000);
    let err = r.oldstack().unwrap_err();
    assert_eq!(err.message, "runtime: corrupt stack segment chain");
    assert!(err.context[0].contains("free=0x1000"), "{:?}", err.context);
    assert_eq!(r.gs().depth(), 1, "nothing freed");
    r.mem.set_field(top, stktop::FREE, free);
    r.oldstack().unwrap();
}

#[test]
fn unwindstack_pops_to_the_frame_that_recovers() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let mut sps = Vec::new();
    for i in 0..5 {
        let req = r.morestack(0x40, &pattern(8, i));
        sps.push(r.grow(&req).sp);
    }
    // Recover in the function running on the second new segment.
    r.unwindstack(sps[1] - 0x40).unwrap();
    assert_eq!(r.gs().depth(), 2);
    let cur = r.gs().current();
    assert!(cur.contains(sps[1]));
    assert_eq!(r.gfield(g::STACK0), cur.lo());
    // An exiting goroutine: back to the first segment.
    r.unwindstack(0).unwrap();
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.gfield(g::STACK0), r.gs().first().lo());
    assert_eq!(r.gs().stacksize(), r.gs().first().size());
    // An SP in no segment of the goroutine: every segment is popped looking
    // for it, then the throw.
    for i in 0..2 {
        let req = r.morestack(0x40, &pattern(8, i));
        r.grow(&req);
    }
    let err = r.unwindstack(0x10).unwrap_err();
    let [_, base, _, lo] = r.bounds();
    assert_eq!(lo, r.gs().first().lo());
    assert_eq!(
        err.lines(),
        vec![
            format!("recover: 0x10 not in [{lo:#x}, {base:#x}]"),
            "fatal error: bad unwindstack".to_string()
        ]
    );
}

#[test]
fn the_panic_flag_is_recorded_and_carried_to_the_top_frame() {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let mut req = r.morestack(0x40, &pattern(16, 0));
    req.panicking = true;
    let grow = r.grow(&req);
    let top1 = r.gfield(g::STACKBASE);
    assert_eq!(r.mem.field(top1, stktop::PANIC), 1);
    // A split in that deferred call's own frame (its argp is the
    // arguments just below the Stktop) carries the flag forward...
    let mut req = r.morestack(0x40, &[]);
    req.argp = top1 - 16;
    assert_eq!(grow.sp + 8, req.argp);
    r.grow(&req);
    assert_eq!(r.mem.field(r.gfield(g::STACKBASE), stktop::PANIC), 1);
    // ...a deeper one does not.
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    assert_eq!(r.mem.field(r.gfield(g::STACKBASE), stktop::PANIC), 0);
}

#[test]
fn arm64_keeps_sp_aligned_and_returns_lessstack_in_lr() {
    let mut r = Rig::new(Word::W8, arm64());
    let before = r.bounds();
    let args = pattern(0x18, 5);
    let req = r.morestack(0x40, &args);
    assert_eq!(req.morebuf.sp, req.sched.sp, "no return address pushed");
    let grow = r.grow(&req);
    assert_eq!(grow.lr, Some(LESSSTACK));
    assert_eq!(grow.sp % 16, 0);
    assert_eq!(r.mem.read_word(grow.sp), 0, "the caller's saved-LR slot");
    assert_eq!(r.read(grow.sp + 8, 0x18), args);
    let top = r.gfield(g::STACKBASE);
    assert_eq!(top, grow.sp + 8 + 0x18);
    assert!(top + 72 <= r.gs().current().hi());
    assert_eq!(r.mem.field(top, stktop::GOBUF_SP), req.sched.sp);
    // The check compares the entry SP itself: no word for a pushed call.
    let lo = r.gfield(g::STACK0);
    let req2 = r.morestack_at(lo, 0x10, &[]);
    r.grow(&req2);
    r.oldstack().unwrap();

    r.mem.write_bytes(top - 0x18, &pattern(0x18, 99));
    let resume = r.oldstack().unwrap();
    assert_eq!(resume.sp, req.sched.sp);
    assert_eq!(r.read(req.argp, 0x18), pattern(0x18, 99));
    assert_eq!(r.bounds(), before);
}

#[test]
fn a_386_g_with_4_byte_words_below_4_gib() {
    let w = Word::W4;
    let mut r = Rig::new(w, x86(w));
    assert!(r.gs().first().hi() <= 1 << 32, "Below4G placement");
    let old = r.bounds();
    let args = pattern(12, 4);
    let req = r.morestack(0x40, &args);
    assert_eq!(req.argp, req.sched.sp + 4);
    let grow = r.grow(&req);
    let seg_hi = r.gs().current().hi();
    let top = r.gfield(g::STACKBASE);
    assert_eq!(top, seg_hi - 36, "a 386 Stktop is 9 words of 4 bytes");
    assert_eq!(grow.sp, top - 12 - 4);

    // The same fields, read as raw 4-byte words at 4-byte strides.
    let raw = r.read(top, 36);
    let word = |i: u32| {
        let i = i as usize * 4;
        u64::from(u32::from_le_bytes(raw[i..i + 4].try_into().unwrap()))
    };
    assert_eq!(word(stktop::STACKBASE), old[1]);
    assert_eq!(word(stktop::STACKGUARD), old[2]);
    assert_eq!(word(stktop::GOBUF_PC), CALLER_RET);
    assert_eq!(word(stktop::GOBUF_SP), req.sched.sp + 4);
    assert_eq!(word(stktop::ARGP), req.argp);
    assert_eq!(word(stktop::ARGSIZE), 12);
    assert_eq!(word(stktop::FREE), r.gs().current().size());
    assert_eq!(r.read(grow.sp, 4), (LESSSTACK as u32).to_le_bytes());
    assert_eq!(r.read(grow.sp + 4, 12), args);
    let graw = r.read(r.gp, 16);
    assert_eq!(
        u32::from_le_bytes(graw[4..8].try_into().unwrap()) as u64,
        top,
        "G.stackbase is word 1 = bytes 4..8"
    );

    r.mem.write_bytes(top - 12, &pattern(12, 77));
    let resume = r.oldstack().unwrap();
    assert_eq!(resume.sp, req.argp);
    assert_eq!(r.read(req.argp, 12), pattern(12, 77));
    assert_eq!(r.bounds(), old);

    // The marker as a 4-byte word.
    r.set_gfield(g::STACKGUARD0, 0xffff_fade);
    let req = r.morestack(0x40, &[]);
    assert!(matches!(
        r.newstack(&req).unwrap(),
        NewStack::Preempted { .. }
    ));
    assert_eq!(r.gfield(g::STACKGUARD0), old[2]);

    // And the 32-bit limit.
    assert_eq!(r.cfg.max_stack(), 250_000_000);
    r.gs.as_mut().unwrap().pretend_stacksize(250_000_000);
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(
        err.context,
        vec!["runtime: goroutine stack exceeds 250000000-byte limit".to_string()]
    );
    r.set_gfield(g::STATUS, Status::Running as u64);
}

#[test]
fn segment_sizes_follow_the_classes() {
    let c = StackCache::new(8192, Placement::Anywhere);
    let page = page_size();
    assert_eq!(c.segment_size(1), 8192);
    assert_eq!(c.segment_size(8192), 8192);
    assert_eq!(c.segment_size(8193), 16384);
    assert_eq!(c.segment_size(8192 << (CLASSES - 1)), 65536);
    let big = 65536 + 1;
    assert_eq!(c.segment_size(big), big.div_ceil(page) * page);
    // A 7200-byte frame with 24 bytes of arguments needs f + a + StackExtra
    // + the Stktop.
    let need = 7200 + 24 + STACK_EXTRA + 72;
    assert_eq!(c.segment_size(need), 16384);
}

#[test]
fn the_cache_reuses_and_caps() {
    let mut c = StackCache::new(8192, Placement::Anywhere);
    let a = c.stackalloc(100).unwrap();
    let lo = a.lo();
    c.stackfree(a);
    let b = c.stackalloc(8000).unwrap();
    assert_eq!(b.lo(), lo);
    assert_eq!(c.stats.cache_hits, 1);
    let big = c.stackalloc(1 << 20).unwrap();
    assert_eq!(big.size(), 1 << 20);
    c.stackfree(big);
    assert_eq!(c.cached(), 0, "beyond the classes: unmapped at once");
    // StackMin segments (first segments of goroutines) are all kept.
    let many: Vec<_> = (0..40).map(|_| c.stackalloc(8192).unwrap()).collect();
    for s in many {
        c.stackfree(s);
    }
    assert_eq!(c.cached(), 40);
    c.stackfree(b);
    assert_eq!(c.mapped(), 41);
    // Bigger classes are capped: 8 of the twice-StackMin class stay.
    let twice: Vec<_> = (0..12).map(|_| c.stackalloc(16384).unwrap()).collect();
    for s in twice {
        c.stackfree(s);
    }
    assert_eq!(c.cached(), 41 + 8);
    assert_eq!(c.mapped(), 41 + 8);
    c.trim();
    assert_eq!(c.mapped(), 0);
}

#[test]
fn stackmin_from_the_environment_is_validated() {
    assert_eq!(parse_stack_min("8192"), Ok(8192));
    assert_eq!(parse_stack_min(" 0x4000 "), Ok(16384));
    assert_eq!(parse_stack_min("4096"), Ok(4096));
    assert_eq!(parse_stack_min("8k"), Err("not a byte count".to_string()));
    assert_eq!(
        parse_stack_min("100"),
        Err("must be between 4096 and 268435456 bytes".to_string())
    );
    assert_eq!(
        ignored_warning("SPLITGO_STACKMIN", "8k", "not a byte count"),
        "runtime: ignoring SPLITGO_STACKMIN=\"8k\": not a byte count"
    );
    assert_eq!(parse_max_stack("0"), Err("must be positive".to_string()));
    assert_eq!(parse_max_stack("1000000"), Ok(1_000_000));
}

#[test]
fn a_bigger_stack_min_gives_bigger_first_segments() {
    let cfg = StackConfig::new(Word::W8).with_stack_min(20_000);
    let r = Rig::with_config(cfg, Word::W8, x86(Word::W8));
    let page = page_size();
    assert_eq!(r.cache.stack_min(), 20_000u64.div_ceil(page) * page);
    assert_eq!(r.gs().first().size(), r.cache.stack_min());
}

#[test]
fn past_the_guarded_segments_stackmin_ones_come_from_chunks() {
    let mut c = StackCache::new(8192, Placement::Anywhere);
    let mut segs: Vec<_> = (0..GUARDED_MAX)
        .map(|_| c.stackalloc(8192).unwrap())
        .collect();
    assert!(segs.iter().all(|s| s.guard_page().is_some()));
    let maps = c.stats.maps;
    let more: Vec<_> = (0..100).map(|_| c.stackalloc(8192).unwrap()).collect();
    assert!(more.iter().all(|s| s.guard_page().is_none()));
    // 100 segments from two chunk mappings, adjacent within a chunk.
    assert_eq!(c.stats.maps - maps, 2);
    assert_eq!(more[1].lo(), more[0].hi());
    // Usable: write the first and last byte of each.
    for s in &more {
        // SAFETY: the segment is mapped read-write and owned by this test.
        unsafe {
            *std::ptr::with_exposed_provenance_mut::<u8>(s.lo() as usize) = 1;
            *std::ptr::with_exposed_provenance_mut::<u8>((s.hi() - 1) as usize) = 1;
        }
    }
    segs.extend(more);
    for s in segs {
        c.stackfree(s);
    }
    assert_eq!(c.mapped(), GUARDED_MAX + 100);
    c.trim();
    assert_eq!(c.mapped(), 0);
}
