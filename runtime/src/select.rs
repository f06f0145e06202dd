//! `select` (Go 1.2: chan.c selectgo): the cases are tried in a random
//! order; the first that can proceed does; with none, `default` runs, or
//! the goroutine waits on every channel at once and the first operation
//! another goroutine completes picks the case (chan.rs `wake` unlinks the
//! others).
//!
//! The compiler passes the cases as an array in the caller's frame, each
//! [`CASE_WORDS`] target words: the direction ([`SEND`] or [`RECV`]), the
//! channel, and the element's address (the value to send, or where a
//! received value goes). Results: the chosen case (-1 for default) and
//! `recvOK`.

use crate::chan::{self, ChanCx, Try, Waiter};
use crate::mem::Mem;
use crate::sched::Wait;
use crate::stop::Stop;

// The case records' layout is the ABI crate's, shared with the compiler.
pub const SEND: u64 = splitgo_abi::select::SEND;
pub const RECV: u64 = splitgo_abi::select::RECV;
pub const CASE_WORDS: u64 = splitgo_abi::select::CASE_WORDS as u64;

/// Runs a select of `n` cases at `cases`; `block` is false when it has a
/// default. Results go to `ret` (chosen) and `ret + word` (recvOK), now or
/// when the goroutine is woken.
pub fn select<M: Mem + ?Sized>(
    cx: &mut ChanCx<'_, M>,
    cases: u64,
    n: u64,
    block: bool,
    ret: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let case = |i: u64| {
        let at = cases + i * CASE_WORDS * w;
        (
            m.read_word(at),
            m.read_word(at + w),
            m.read_word(at + 2 * w),
        )
    };
    // A random permutation of the cases on non-nil channels.
    let mut order: Vec<u64> = (0..n).filter(|&i| case(i).1 != 0).collect();
    for i in (1..order.len()).rev() {
        let j = (cx.sched.fastrand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let (dir, c, ep) = case(i);
        let r = if dir == SEND {
            chan::try_send(cx, c, ep)?
        } else {
            chan::try_recv(cx, c, ep)
        };
        if let Try::Done { ok } = r {
            m.write_word(ret, i);
            m.write_word(ret + w, u64::from(ok));
            return Ok(());
        }
    }
    if !block {
        m.write_word(ret, u64::MAX);
        m.write_word(ret + w, 0);
        return Ok(());
    }
    if order.is_empty() {
        cx.sched.park(if n == 0 {
            Wait::SelectNoCases
        } else {
            Wait::Select
        });
        return Ok(());
    }
    let token = cx.sched.park(Wait::Select);
    let g = cx.sched.cur;
    let mut chans = Vec::with_capacity(order.len());
    for &i in &order {
        let (dir, c, ep) = case(i);
        let waiter = Waiter {
            g,
            token,
            elem: ep,
            ret,
            case: Some(i),
        };
        chan::enqueue(cx.sched, c, dir == SEND, waiter);
        chans.push(c);
    }
    cx.sched.gs[g].sel_chans = chans;
    Ok(())
}
