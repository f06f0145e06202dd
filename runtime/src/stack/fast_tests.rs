//! The runtime's side of the stubs' fast path: G offers the spare
//! ([`GStack::publish`]) and the runtime's record of the segments catches
//! up with what the stubs did ([`GStack::sync`]). The stubs themselves run
//! in jit/src/x64/stubs_tests.rs; here a model of them (the same stores,
//! written with [`Mem`]) moves the goroutine, and newstack, oldstack,
//! unwindstack and release must find a consistent chain afterwards.

use super::tests::{x86, Rig};
use super::*;
use crate::abi::{g, stktop, Word, STACK_GUARD};
use crate::mem::Mem;

/// What the morestack stub's fast path stores, for a callee of
/// `framesize` bytes called with `args`; false if it would fall back.
fn stub_split(r: &Rig, framesize: u64, args: &[u8]) -> bool {
    let m = &r.mem;
    let (lo, hi) = (r.gfield(g::SPARE_LO), r.gfield(g::SPARE_HI));
    let size = hi.wrapping_sub(lo);
    let need = framesize + args.len() as u64 + abi::STACK_EXTRA + 72;
    let room = r.gfield(g::STACK_ROOM) as i64;
    if lo == 0 || r.gfield(g::SPARE_IDLE) == 0 || need > size || size as i64 > room {
        return false;
    }
    let req = r.morestack(framesize, args);
    r.set_gfield(g::STACK_ROOM, (room - size as i64) as u64);
    r.set_gfield(g::SPARE_IDLE, 0);
    let top = hi - 72;
    for (f, v) in [
        (stktop::STACKBASE, r.gfield(g::STACKBASE)),
        (stktop::STACKGUARD, r.gfield(g::STACKGUARD)),
        (stktop::GOBUF_PC, req.morebuf.pc),
        (stktop::GOBUF_SP, req.morebuf.sp),
        (stktop::GOBUF_LR, 0),
        (stktop::ARGP, req.argp),
        (stktop::ARGSIZE, args.len() as u64),
        (stktop::FREE, 0),
        (stktop::PANIC, 0),
    ] {
        m.set_field(top, f, v);
    }
    m.write_bytes(top - args.len() as u64, args);
    r.set_gfield(g::STACK0, lo);
    r.set_gfield(g::STACKGUARD, lo + STACK_GUARD);
    r.set_gfield(g::STACKGUARD0, lo + STACK_GUARD);
    r.set_gfield(g::STACKBASE, top);
    true
}

/// What the lessstack stub's fast path stores; false if it would fall back.
fn stub_unsplit(r: &Rig) -> bool {
    let m = &r.mem;
    let top = r.gfield(g::STACKBASE);
    let lo = r.gfield(g::STACK0);
    if m.field(top, stktop::FREE) != 0
        || m.field(top, stktop::PANIC) != 0
        || lo != r.gfield(g::SPARE_LO)
        || r.gfield(g::SPARE_IDLE) != 0
    {
        return false;
    }
    let n = m.field(top, stktop::ARGSIZE);
    let mut res = vec![0u8; n as usize];
    m.read_bytes(top - n, &mut res);
    m.write_bytes(m.field(top, stktop::ARGP), &res);
    let guard = m.field(top, stktop::STACKGUARD);
    r.set_gfield(g::STACKBASE, m.field(top, stktop::STACKBASE));
    r.set_gfield(g::STACKGUARD, guard);
    r.set_gfield(g::STACK0, guard - STACK_GUARD);
    if r.gfield(g::STACKGUARD0) != abi::stack_preempt(Word::W8) {
        r.set_gfield(g::STACKGUARD0, guard);
    }
    r.set_gfield(g::SPARE_IDLE, 1);
    let size = r.gfield(g::SPARE_HI) - lo;
    r.set_gfield(g::STACK_ROOM, r.gfield(g::STACK_ROOM).wrapping_add(size));
    true
}

/// A goroutine whose spare was made by one split and unsplit.
fn with_spare() -> Rig {
    let mut r = Rig::new(Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    r
}

#[test]
fn g_offers_the_idle_spare_and_the_room_under_the_limit() {
    let r = with_spare();
    let spare = r.gs().spare().unwrap();
    assert_eq!(r.gfield(g::SPARE_LO), spare.lo());
    assert_eq!(r.gfield(g::SPARE_HI), spare.hi());
    assert_eq!(r.gfield(g::SPARE_IDLE), 1);
    assert_eq!(
        r.gfield(g::STACK_ROOM),
        r.cfg.max_stack() - r.gs().stacksize()
    );
}

#[test]
fn nothing_is_offered_when_the_fast_path_is_off() {
    let mut cfg = StackConfig::new(Word::W8);
    cfg.fast_split = false;
    let mut r = Rig::with_config(cfg, Word::W8, x86(Word::W8));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    assert!(r.gs().spare().is_some());
    assert_eq!(r.gfield(g::SPARE_LO), 0);
    assert!(!stub_split(&r, 0x40, &[]));
}

#[test]
fn oldstack_after_a_fast_split_pops_the_spare() {
    let mut r = with_spare();
    let spare_lo = r.gs().spare().unwrap().lo();
    let first = r.bounds();
    assert!(stub_split(&r, 0x40, &[7; 16]));
    // As if the segment had to go back through the runtime (a panic on it).
    let top = r.gfield(g::STACKBASE);
    r.mem.write_bytes(top - 16, &[9; 16]);
    let resume = r.oldstack().unwrap();
    assert_eq!(r.read(resume.sp, 16), vec![9; 16]);
    assert_eq!(r.bounds(), first);
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.gs().spare().map(|s| s.lo()), Some(spare_lo));
    assert_eq!(r.gfield(g::SPARE_IDLE), 1);
    assert_eq!(r.gs().stacksize(), r.gs().first().size());
}

#[test]
fn the_runtime_splits_and_unsplits_above_a_fast_split() {
    let mut r = with_spare();
    let maps = r.cache.stats.maps;
    assert!(stub_split(&r, 0x40, &[1; 8]));
    let on_spare = r.bounds();
    // The spare in use: the next split is the runtime's.
    assert!(!stub_split(&r, 0x40, &[]));
    let req = r.morestack(0x40, &[2; 8]);
    r.grow(&req);
    assert_eq!(r.gs().depth(), 2, "the fast split is in the chain");
    r.oldstack().unwrap();
    assert_eq!(r.bounds(), on_spare);
    // The segment just left is the spare now; the old one, still holding
    // the frames below, is an ordinary segment.
    assert_eq!(r.gfield(g::SPARE_IDLE), 1);
    assert!(!stub_unsplit(&r), "not the spare any more");
    r.oldstack().unwrap();
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.cache.cached(), 1, "the demoted spare went to the cache");
    // And the new spare serves the next hot split from the stubs.
    assert!(stub_split(&r, 0x40, &[]));
    assert!(stub_unsplit(&r));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    assert_eq!(r.cache.stats.maps, maps + 1, "one new segment in all");
}

#[test]
fn many_fast_pairs_between_runtime_entries_change_nothing() {
    let mut r = with_spare();
    let before = (r.bounds(), r.gs().stacksize(), r.gfield(g::STACK_ROOM));
    for i in 0..1000u64 {
        assert!(stub_split(&r, 8 * (i % 100), &[i as u8; 24]));
        assert!(stub_unsplit(&r));
    }
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    r.oldstack().unwrap();
    assert_eq!(
        (r.bounds(), r.gs().stacksize(), r.gfield(g::STACK_ROOM)),
        before
    );
}

#[test]
fn unwinding_and_exit_release_a_fast_split_segment() {
    let mut r = with_spare();
    let mapped = r.cache.mapped();
    assert!(stub_split(&r, 0x40, &[]));
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    // A recovered panic resumes a frame on the first segment.
    let resume_sp = r.gs().first().hi() - 0x200;
    r.unwindstack(resume_sp).unwrap();
    assert_eq!(r.gs().depth(), 0);
    assert_eq!(r.gfield(g::STACK0), r.gs().first().lo());
    assert_eq!(r.gfield(g::SPARE_IDLE), 1);
    // An exit with the spare in use by the stubs frees it all the same.
    assert!(stub_split(&r, 0x40, &[]));
    let gs = r.gs.take().unwrap();
    gs.release(&r.mem, &mut r.cache);
    r.cache.trim();
    assert!(r.cache.mapped() < mapped, "{}", r.cache.mapped());
    assert_eq!(r.cache.mapped(), 0);
}

#[test]
fn a_lower_limit_is_seen_by_the_next_fast_split() {
    let mut r = with_spare();
    let (cx_cfg, gs) = (&r.cfg, r.gs.as_mut().unwrap());
    cx_cfg.set_max_stack(8192);
    gs.publish(&r.mem, cx_cfg);
    assert!((r.gfield(g::STACK_ROOM) as i64) <= 0);
    assert!(!stub_split(&r, 0x40, &[]));
}
