//! Channels and select against the scheduler, without generated code:
//! goroutines here are scheduler slots, and "running" one means making it
//! current as the executor would.

use super::*;
use crate::mem::NativeMem;
use crate::sched::{Next, State};
use crate::select::{self, RECV, SEND};

/// A heap, a scheduler with `n` runnable goroutines, and host memory.
struct World {
    mem: NativeMem,
    heap: Heap,
    sched: Sched,
}

impl World {
    fn new(n: usize) -> World {
        let mut sched = Sched::new();
        for k in 0..n {
            let (i, _) = sched.alloc(|| 0x1000 * (k as u64 + 1), 0);
            sched.queue(i);
        }
        World {
            // SAFETY: the tests touch only heap memory this World allocates.
            mem: unsafe { NativeMem::new(crate::abi::Word::W8) },
            heap: Heap::new(),
            sched,
        }
    }

    fn cx(&mut self) -> ChanCx<'_, NativeMem> {
        ChanCx {
            mem: &self.mem,
            heap: &mut self.heap,
            sched: &mut self.sched,
        }
    }

    /// Runs goroutine `i` next (it must be runnable and first in line).
    fn run(&mut self, i: GIdx) {
        assert_eq!(self.sched.pick(), Next::Run(i));
    }

    /// A word-sized slot holding `v`.
    fn word(&mut self, v: u64) -> u64 {
        let p = self.heap.alloc_bytes(8, 8).unwrap();
        self.mem.write_word(p, v);
        p
    }
}

#[test]
fn a_buffered_channel_is_a_ring() {
    let mut wd = World::new(1);
    wd.run(0);
    let c = make(&mut wd.cx(), 8, 0, 3).unwrap();
    for v in [1, 2, 3] {
        let p = wd.word(v);
        send(&mut wd.cx(), c, p).unwrap();
    }
    assert!(wd.sched.cur_running(), "three fit");
    assert_eq!(wd.mem.field(c, hchan::QCOUNT), 3);
    let (dst, ok) = (wd.word(0), wd.word(0));
    recv(&mut wd.cx(), c, dst, ok);
    assert_eq!(wd.mem.read_word(dst), 1);
    let p = wd.word(4);
    send(&mut wd.cx(), c, p).unwrap();
    let mut got = Vec::new();
    for _ in 0..3 {
        recv(&mut wd.cx(), c, dst, ok);
        got.push(wd.mem.read_word(dst));
        assert_eq!(wd.mem.read_word(ok), 1);
    }
    assert_eq!(got, [2, 3, 4], "FIFO across the wrap");
    assert_eq!(wd.mem.field(c, hchan::QCOUNT), 0);
    // A fourth receive on the empty channel parks.
    recv(&mut wd.cx(), c, dst, ok);
    assert_eq!(wd.sched.gs[0].state, State::Waiting(Wait::ChanReceive));
}

#[test]
fn an_unbuffered_send_hands_the_value_to_the_waiting_receiver() {
    let mut wd = World::new(2);
    wd.run(0);
    let c = make(&mut wd.cx(), 8, 0, 0).unwrap();
    let (dst, ok) = (wd.word(7), wd.word(7));
    recv(&mut wd.cx(), c, dst, ok);
    assert!(!wd.sched.cur_running());
    wd.run(1);
    let v = wd.word(42);
    send(&mut wd.cx(), c, v).unwrap();
    assert!(wd.sched.cur_running(), "the sender does not wait");
    assert_eq!(wd.mem.read_word(dst), 42);
    assert_eq!(wd.mem.read_word(ok), 1);
    assert_eq!(wd.sched.gs[0].state, State::Runnable);
    assert!(wd.sched.chans.is_empty(), "no queue left behind");
}

#[test]
fn close_wakes_receivers_with_zero_and_senders_with_a_panic() {
    let mut wd = World::new(3);
    wd.run(0);
    let c = make(&mut wd.cx(), 8, 0, 0).unwrap();
    let (dst, ok) = (wd.word(9), wd.word(9));
    recv(&mut wd.cx(), c, dst, ok);
    // Goroutine 1 sends: the waiting receiver takes it; its second send
    // finds no receiver and waits.
    wd.run(1);
    let v = wd.word(5);
    send(&mut wd.cx(), c, v).unwrap();
    assert_eq!(wd.mem.read_word(dst), 5);
    send(&mut wd.cx(), c, v).unwrap();
    assert_eq!(wd.sched.gs[1].state, State::Waiting(Wait::ChanSend));
    // 0, woken by the first send, runs before 2 (Go's runnext).
    wd.run(0);
    wd.mem.write_word(dst, 0);
    recv(&mut wd.cx(), c, dst, ok);
    assert_eq!(wd.mem.read_word(dst), 5, "the waiting sender's value");
    assert_eq!(wd.sched.gs[1].state, State::Runnable);
    recv(&mut wd.cx(), c, dst, ok);
    assert_eq!(wd.sched.gs[0].state, State::Waiting(Wait::ChanReceive));
    // 1, woken by that receive, runs next; it yields to 2, which closes:
    // 0 gets the zero value and ok = false.
    wd.run(1);
    wd.sched.yield_cur();
    wd.run(2);
    close(&mut wd.cx(), c).unwrap();
    assert_eq!(wd.mem.read_word(dst), 0);
    assert_eq!(wd.mem.read_word(ok), 0);
    assert_eq!(wd.sched.gs[0].state, State::Runnable);
    assert_eq!(
        close(&mut wd.cx(), c),
        Err(Stop::Panic("close of closed channel".into()))
    );
    assert_eq!(
        send(&mut wd.cx(), c, v),
        Err(Stop::Panic("send on closed channel".into()))
    );
    assert_eq!(
        close(&mut wd.cx(), 0),
        Err(Stop::Panic("close of nil channel".into()))
    );
}

#[test]
fn a_sender_parked_when_the_channel_closes_panics_when_it_runs() {
    let mut wd = World::new(2);
    wd.run(0);
    let c = make(&mut wd.cx(), 8, 0, 0).unwrap();
    let v = wd.word(1);
    send(&mut wd.cx(), c, v).unwrap();
    wd.run(1);
    close(&mut wd.cx(), c).unwrap();
    assert_eq!(wd.sched.gs[0].state, State::Runnable);
    assert_eq!(
        wd.sched.gs[0].panic_on_wake.as_deref(),
        Some("send on closed channel")
    );
}

#[test]
fn a_select_that_waits_is_unlinked_from_every_channel_when_one_fires() {
    let mut wd = World::new(2);
    wd.run(0);
    let a = make(&mut wd.cx(), 8, 0, 0).unwrap();
    let b = make(&mut wd.cx(), 8, 0, 0).unwrap();
    let (slot_a, slot_b) = (wd.word(0), wd.word(0));
    // cases: recv a, recv b; results at ret, ret+8.
    let cases = wd.heap.alloc_bytes(6 * 8, 8).unwrap();
    for (i, (dir, c, p)) in [(RECV, a, slot_a), (RECV, b, slot_b)]
        .into_iter()
        .enumerate()
    {
        let at = cases + i as u64 * 24;
        wd.mem.write_word(at, dir);
        wd.mem.write_word(at + 8, c);
        wd.mem.write_word(at + 16, p);
    }
    let ret = wd.heap.alloc_bytes(16, 8).unwrap();
    for round in 0..100u64 {
        select::select(&mut wd.cx(), cases, 2, true, ret).unwrap();
        assert_eq!(wd.sched.gs[0].state, State::Waiting(Wait::Select));
        wd.run(1);
        let v = wd.word(round);
        send(&mut wd.cx(), b, v).unwrap();
        assert_eq!(wd.mem.read_word(ret), 1, "case 1 (b) chosen");
        assert_eq!(wd.mem.read_word(ret + 8), 1, "recvOK");
        assert_eq!(wd.mem.read_word(slot_b), round);
        // Nothing stays queued on a: no growth over the rounds.
        assert!(!wd.sched.chans.contains_key(&a));
        wd.sched.yield_cur();
        wd.run(0);
    }
    // With a default and nothing ready, default (-1) is chosen at once.
    select::select(&mut wd.cx(), cases, 2, false, ret).unwrap();
    assert_eq!(wd.mem.read_word(ret), u64::MAX);
    assert!(wd.sched.cur_running());
    // A send case on a closed channel panics.
    close(&mut wd.cx(), a).unwrap();
    wd.mem.write_word(cases, SEND);
    assert_eq!(
        select::select(&mut wd.cx(), cases, 2, true, ret),
        Err(Stop::Panic("send on closed channel".into()))
    );
}

#[test]
fn nil_channels_block_forever() {
    let mut wd = World::new(1);
    wd.run(0);
    let p = wd.word(0);
    send(&mut wd.cx(), 0, p).unwrap();
    assert_eq!(wd.sched.gs[0].state, State::Waiting(Wait::ChanSendNil));
    assert_eq!(wd.sched.pick(), Next::Deadlock);
    assert_eq!(
        make(&mut wd.cx(), 8, 0, -1),
        Err(Stop::Panic("makechan: size out of range".into()))
    );
}
