//! Segments growing in place (split.rs: extend_current; segment.rs:
//! Segment::extend): a split from a segment with reserved room below it
//! moves the segment's bottom down instead of taking another segment.

use super::segment::Placement;
use super::tests::{kernel_can_read, perms_at, x86, Rig};
use super::*;
use crate::abi::{self, g, stktop, Word, STACK_GUARD};
use crate::mem::Mem;

const EXTEND: u64 = 64 * 1024;

fn rig() -> Rig {
    Rig::with_extension(StackConfig::new(Word::W8), Word::W8, x86(Word::W8), EXTEND)
}

#[test]
fn a_split_grows_the_first_segment_in_place() {
    let mut r = rig();
    let [_, base, _, lo] = r.bounds();
    let size = r.gs().first().size();
    let req = r.morestack(0x200, &[5; 16]);
    let grow = r.grow(&req);
    // The function restarts where it was, on the same segment.
    assert_eq!(
        (grow.sp, grow.pc, grow.ctxt),
        (req.sched.sp, req.sched.pc, req.sched.ctxt)
    );
    assert_eq!(r.gs().depth(), 0);
    let seg = r.gs().first();
    assert_eq!(seg.size(), 4 * size, "three times its size added");
    assert_eq!(seg.hi(), lo + size, "its top did not move");
    let [guard0, base2, guard, lo2] = r.bounds();
    assert_eq!((base2, lo2), (base, seg.lo()));
    assert_eq!((guard0, guard), (lo2 + STACK_GUARD, lo2 + STACK_GUARD));
    // The new bytes are stack; the guard page moved down with the bottom.
    assert!(perms_at(lo2).starts_with("rw"), "{}", perms_at(lo2));
    r.mem.write_word(lo2, 1);
    assert!(!kernel_can_read(lo2 - 1));
    assert_eq!(r.gs().stacksize(), 4 * size);
    let s = r.cache.stats;
    assert_eq!((s.extends, s.splits, s.maps), (1, 0, 1), "{s}");
}

#[test]
fn growth_stops_at_its_reservation_and_splits_follow() {
    let mut r = rig();
    for _ in 0..3 {
        let lo = r.gfield(g::STACK0);
        let req = r.morestack_at(lo + 0x100, 0x400, &[]);
        r.grow(&req);
    }
    assert_eq!(r.gs().first().size(), EXTEND);
    assert_eq!(r.gs().depth(), 1, "the third one split");
    assert_eq!(r.cache.stats.extends, 2);
    // No room left below the first segment: the spare can be offered once
    // there is one; the segment above may grow itself.
    r.oldstack().unwrap();
    assert_eq!(r.gs().first().room_below(), 0);
    assert_ne!(r.gfield(g::SPARE_LO), 0);
}

#[test]
fn no_spare_is_offered_while_the_segment_can_grow() {
    let mut r = rig();
    // A segment above the first, made by a runtime call (never grows the
    // segment it starts from), becomes the spare.
    let mut req = r.morestack(0x40, &[]);
    req.panicking = true;
    r.grow(&req);
    r.oldstack().unwrap();
    assert!(r.gs().spare().is_some());
    assert!(r.gs().first().room_below() > 0);
    assert_eq!(
        r.gfield(g::SPARE_LO),
        0,
        "splits go to the runtime, which grows"
    );
    let req = r.morestack(0x40, &[]);
    r.grow(&req);
    assert_eq!((r.cache.stats.extends, r.gs().depth()), (1, 0));
}

#[test]
fn a_segment_above_the_first_grows_and_is_freed_whole() {
    let mut r = rig();
    let mut req = r.morestack(0x40, &[3; 8]);
    req.panicking = true;
    r.grow(&req);
    let seg_lo = r.gfield(g::STACK0);
    let req = r.morestack_at(seg_lo + 0x80, 0x300, &[]);
    r.grow(&req);
    assert_eq!(r.gs().depth(), 1);
    assert!(r.gfield(g::STACK0) < seg_lo);
    let top = r.gfield(g::STACKBASE);
    assert_eq!(r.mem.field(top, stktop::FREE), r.gs().current().size());
    // oldstack checks FREE against the segment: they agree.
    r.oldstack().unwrap();
    assert_eq!(r.gs().depth(), 0);
}

#[test]
fn calls_the_runtime_makes_and_the_limit_do_not_grow() {
    let mut r = rig();
    let mut req = r.morestack(0x40, &[]);
    req.panicking = true;
    r.grow(&req);
    assert_eq!((r.cache.stats.extends, r.gs().depth()), (0, 1));
    r.oldstack().unwrap();

    let mut r = rig();
    r.cfg.set_max_stack(r.gs().stacksize() + 4096);
    let req = r.morestack(0x40, &[]);
    let err = r.newstack(&req).unwrap_err();
    assert_eq!(err.message, "stack overflow");
    assert_eq!(r.cache.stats.extends, 0);
    r.set_gfield(g::STATUS, crate::abi::Status::Running as u64);
}

#[test]
fn a_preemption_request_is_honoured_before_growing() {
    let mut r = rig();
    r.set_gfield(g::STACKGUARD0, abi::stack_preempt(Word::W8));
    let req = r.morestack(0x40, &[]);
    assert!(matches!(r.newstack(&req), Ok(NewStack::Preempted { .. })));
    assert_eq!(r.cache.stats.extends, 0);
}

#[test]
fn small_first_segments_share_slabs_and_are_reused() {
    use super::segment::{SLAB_BYTES, SMALL_FIRST};
    let mut cache = StackCache::new(abi::STACK_MIN, Placement::Anywhere).with_small_first(true);
    let a = cache.small_alloc().unwrap();
    let b = cache.small_alloc().unwrap();
    assert_eq!((a.size(), b.size()), (SMALL_FIRST, SMALL_FIRST));
    assert_eq!(b.lo(), a.hi(), "pieces of one slab, back to back");
    assert_eq!((a.guard_page(), a.room_below()), (None, 0));
    assert_eq!(cache.stats.maps, 1);
    let lo = a.lo();
    cache.stackfree(a);
    assert_eq!(
        cache.small_alloc().unwrap().lo(),
        lo,
        "reused, not unmapped"
    );
    assert_eq!(cache.stats.unmaps, 0);
    for _ in 0..SLAB_BYTES / SMALL_FIRST {
        cache.small_alloc().unwrap();
    }
    assert_eq!(cache.stats.maps, 2, "a second slab");
}

#[test]
fn a_goroutine_on_a_small_first_segment_splits_to_an_ordinary_one() {
    use super::segment::SMALL_FIRST;
    let mut r = rig();
    let mut cache = StackCache::new(abi::STACK_MIN, Placement::Anywhere)
        .with_small_first(true)
        .with_extend_to(EXTEND);
    let old = r.gs.take().unwrap();
    old.release(&r.mem, &mut r.cache);
    let gs = GStack::new(&r.mem, &mut cache, &r.cfg, r.gp, true).unwrap();
    assert_eq!(gs.first().size(), SMALL_FIRST);
    std::mem::swap(&mut r.cache, &mut cache);
    r.gs = Some(gs);
    // No room below a slab piece: the frame goes to a new segment.
    let req = r.morestack(0x400, &[1; 8]);
    r.grow(&req);
    assert_eq!(r.gs().depth(), 1);
    assert!(r.gs().current().room_below() > 0, "which may grow in place");
    r.oldstack().unwrap();
    // The spare is offered: the first segment cannot grow.
    assert_ne!(r.gfield(g::SPARE_LO), 0);
    let gs = r.gs.take().unwrap();
    gs.release(&r.mem, &mut r.cache);
}
