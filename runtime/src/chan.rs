//! Channels (Go 1.2: chan.c): make, send, receive, close, on top of the
//! scheduler's park and ready.
//!
//! The channel object (`hchan`) lives in program memory, so that `len`
//! and `cap` are plain loads for generated code and the collector finds
//! the buffered elements; its layout, in target words, is [`hchan`]. The
//! queues of goroutines waiting on it are host-side ([`ChanQ`], in
//! [`Sched::chans`]): each entry ([`Waiter`]) says where the value goes
//! or comes from (a slot in the waiting goroutine's frame: segments never
//! move, so the address stays good while it waits) and where its results
//! are written when another goroutine completes its operation.

use std::collections::VecDeque;

use crate::heap::{Heap, Layout};
use crate::mem::Mem;
use crate::sched::{GIdx, Sched, Wait};
use crate::stop::Stop;

/// Layout of a channel object, in target words.
pub mod hchan {
    /// Elements in the buffer (`len(c)`); first, like a map's count.
    pub const QCOUNT: u32 = 0;
    /// Buffer capacity (`cap(c)`).
    pub const DATAQSIZ: u32 = 1;
    pub const BUF: u32 = 2;
    pub const ELEMSIZE: u32 = 3;
    pub const CLOSED: u32 = 4;
    pub const SENDX: u32 = 5;
    pub const RECVX: u32 = 6;
    /// The element's type descriptor (for the collector).
    pub const ELEMTYPE: u32 = 7;
    pub const WORDS: u32 = 8;
}

/// A goroutine waiting in a send, a receive or a select.
#[derive(Clone, Copy, Debug)]
pub struct Waiter {
    pub g: GIdx,
    pub token: u64,
    /// The element: where a receiver's value goes (0: dropped), or where a
    /// sender's value is.
    pub elem: u64,
    /// Where the results go: a receive's `ok` word; a select's chosen
    /// case and `recvOK` words. 0 for none.
    pub ret: u64,
    /// The select case this waiter stands for.
    pub case: Option<u64>,
}

/// The goroutines waiting on one channel.
#[derive(Debug, Default)]
pub struct ChanQ {
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
    /// Waiters of selects that completed on another channel, left in the
    /// queues (dequeue skips them): removing each at once would scan the
    /// queue, making n goroutines that select on one shared channel
    /// quadratic (Go's test/chanlinear.go). They are swept when they are
    /// half the queue.
    pub stale: usize,
}

/// What channel operations work on.
pub struct ChanCx<'a, M: Mem + ?Sized> {
    pub mem: &'a M,
    pub heap: &'a mut Heap,
    pub sched: &'a mut Sched,
}

/// `make(chan T, size)`: a new channel.
pub fn make<M: Mem + ?Sized>(
    cx: &mut ChanCx<'_, M>,
    elemsize: u64,
    elemtype: u64,
    size: i64,
) -> Result<u64, Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    // Go's makechan: the buffer and the hchan must fit maxAlloc; a buffer
    // below that the machine cannot back is out of memory.
    let max = splitgo_abi::growslice::max_alloc(w) - u64::from(hchan::WORDS) * w;
    if size < 0 || (size as u64).saturating_mul(elemsize) > max {
        return Err(Stop::Panic("makechan: size out of range".into()));
    }
    // The buffer's address and the element's descriptor are the
    // record's pointer words.
    let words = (1 << hchan::BUF) | (1 << hchan::ELEMTYPE);
    let c = cx
        .heap
        .alloc(u64::from(hchan::WORDS) * w, w, &Layout::Word(words))?;
    if size > 0 {
        let layout = crate::heaplayout::of_desc(m, elemtype);
        let buf = if elemsize == 0 {
            cx.heap.alloc_bytes(1, w)?
        } else {
            cx.heap.alloc_array(size as u64, elemsize, w, &layout)?
        };
        m.set_field(c, hchan::BUF, buf);
    }
    m.set_field(c, hchan::DATAQSIZ, size as u64);
    m.set_field(c, hchan::ELEMSIZE, elemsize);
    m.set_field(c, hchan::ELEMTYPE, elemtype);
    Ok(c)
}

/// The first waiter of `q` still waiting, removed from the queue.
fn dequeue(sched: &Sched, q: &mut VecDeque<Waiter>) -> Option<Waiter> {
    while let Some(w) = q.pop_front() {
        if sched.waits(w.g, w.token) {
            return Some(w);
        }
    }
    None
}

fn take_waiter(sched: &mut Sched, c: u64, send: bool) -> Option<Waiter> {
    // In place: one lookup, and the entry goes only when its queues empty.
    let q = sched.chans.get_mut(&c)?;
    let queue = if send { &mut q.sendq } else { &mut q.recvq };
    let gs = &sched.gs;
    let mut found = None;
    while let Some(w) = queue.pop_front() {
        if gs[w.g].waits(w.token) {
            found = Some(w);
            break;
        }
    }
    if q.recvq.is_empty() && q.sendq.is_empty() {
        sched.chans.remove(&c);
    }
    found
}

/// Wakes `w`, whose operation completed: writes its results (`ok` for a
/// receive, the chosen case and `recvOK` for a select) and, for a select,
/// takes it off the other channels it waited on.
pub fn wake<M: Mem + ?Sized>(m: &M, sched: &mut Sched, w: &Waiter, ok: bool) {
    let word = u64::from(m.word().0);
    match w.case {
        Some(case) => {
            m.write_word(w.ret, case);
            m.write_word(w.ret + word, u64::from(ok));
            unlink_select(sched, w.g, w.token);
        }
        None if w.ret != 0 => m.write_word(w.ret, u64::from(ok)),
        None => {}
    }
    sched.ready(w.g);
}

/// Removes goroutine `g`'s select waiters (of wait `token`) from the queues
/// of every channel it was queued on.
fn unlink_select(sched: &mut Sched, g: GIdx, token: u64) {
    for c in std::mem::take(&mut sched.gs[g].sel_chans) {
        let Some(mut q) = sched.chans.remove(&c) else {
            continue;
        };
        q.stale += 1;
        if 2 * q.stale >= q.recvq.len() + q.sendq.len() {
            // Sweep: drop this select's waiters and every other one no
            // longer waiting; the cost is paid by the stale entries.
            let live = |w: &Waiter| !(w.g == g && w.token == token) && sched.waits(w.g, w.token);
            q.recvq.retain(live);
            q.sendq.retain(live);
            q.stale = 0;
        }
        if !q.recvq.is_empty() || !q.sendq.is_empty() {
            sched.chans.insert(c, q);
        }
    }
}

/// Queues the current goroutine (already parked with `token`) on `c`.
pub fn enqueue(sched: &mut Sched, c: u64, send: bool, w: Waiter) {
    let q = sched.chans.entry(c).or_default();
    if send {
        q.sendq.push_back(w);
    } else {
        q.recvq.push_back(w);
    }
}

/// The address of buffer slot `i` of `c`.
fn slot<M: Mem + ?Sized>(m: &M, c: u64, i: u64) -> u64 {
    m.field(c, hchan::BUF) + i * m.field(c, hchan::ELEMSIZE)
}

/// What a non-blocking attempt at an operation found.
#[derive(Debug, PartialEq, Eq)]
pub enum Try {
    /// Done (for a receive: `ok` as given).
    Done { ok: bool },
    /// Would block.
    Block,
}

/// Tries to send the value at `ep` on the non-nil channel `c`.
pub fn try_send<M: Mem + ?Sized>(cx: &mut ChanCx<'_, M>, c: u64, ep: u64) -> Result<Try, Stop> {
    let m = cx.mem;
    if m.field(c, hchan::CLOSED) != 0 {
        return Err(Stop::Panic("send on closed channel".into()));
    }
    let size = m.field(c, hchan::ELEMSIZE);
    if let Some(r) = take_waiter(cx.sched, c, false) {
        if r.elem != 0 {
            m.copy(r.elem, ep, size);
        }
        wake(m, cx.sched, &r, true);
        return Ok(Try::Done { ok: true });
    }
    let (n, cap) = (m.field(c, hchan::QCOUNT), m.field(c, hchan::DATAQSIZ));
    if n < cap {
        let x = m.field(c, hchan::SENDX);
        m.copy(slot(m, c, x), ep, size);
        m.set_field(c, hchan::SENDX, if x + 1 == cap { 0 } else { x + 1 });
        m.set_field(c, hchan::QCOUNT, n + 1);
        return Ok(Try::Done { ok: true });
    }
    Ok(Try::Block)
}

/// Tries to receive from the non-nil channel `c` into `ep` (0: drop the
/// value).
pub fn try_recv<M: Mem + ?Sized>(cx: &mut ChanCx<'_, M>, c: u64, ep: u64) -> Try {
    let m = cx.mem;
    let size = m.field(c, hchan::ELEMSIZE);
    let (n, cap) = (m.field(c, hchan::QCOUNT), m.field(c, hchan::DATAQSIZ));
    if n > 0 {
        let x = m.field(c, hchan::RECVX);
        let at = slot(m, c, x);
        if ep != 0 {
            m.copy(ep, at, size);
        }
        m.zero(at, size);
        m.set_field(c, hchan::RECVX, if x + 1 == cap { 0 } else { x + 1 });
        m.set_field(c, hchan::QCOUNT, n - 1);
        // A sender waiting for room moves its value into the buffer.
        if let Some(s) = take_waiter(cx.sched, c, true) {
            let sx = m.field(c, hchan::SENDX);
            m.copy(slot(m, c, sx), s.elem, size);
            m.set_field(c, hchan::SENDX, if sx + 1 == cap { 0 } else { sx + 1 });
            m.set_field(c, hchan::QCOUNT, n);
            wake(m, cx.sched, &s, true);
        }
        return Try::Done { ok: true };
    }
    if let Some(s) = take_waiter(cx.sched, c, true) {
        if ep != 0 {
            m.copy(ep, s.elem, size);
        }
        wake(m, cx.sched, &s, true);
        return Try::Done { ok: true };
    }
    if m.field(c, hchan::CLOSED) != 0 {
        if ep != 0 {
            m.zero(ep, size);
        }
        return Try::Done { ok: false };
    }
    Try::Block
}

/// `c <- *ep`, parking the current goroutine if it must wait.
pub fn send<M: Mem + ?Sized>(cx: &mut ChanCx<'_, M>, c: u64, ep: u64) -> Result<(), Stop> {
    if c == 0 {
        cx.sched.park(Wait::ChanSendNil);
        return Ok(());
    }
    if try_send(cx, c, ep)? == Try::Block {
        let token = cx.sched.park(Wait::ChanSend);
        let g = cx.sched.cur;
        let w = Waiter {
            g,
            token,
            elem: ep,
            ret: 0,
            case: None,
        };
        enqueue(cx.sched, c, true, w);
    }
    Ok(())
}

/// `*ep, *okp = <-c`, parking the current goroutine if it must wait.
pub fn recv<M: Mem + ?Sized>(cx: &mut ChanCx<'_, M>, c: u64, ep: u64, okp: u64) {
    if c == 0 {
        cx.sched.park(Wait::ChanReceiveNil);
        return;
    }
    match try_recv(cx, c, ep) {
        Try::Done { ok } => cx.mem.write_word(okp, u64::from(ok)),
        Try::Block => {
            let token = cx.sched.park(Wait::ChanReceive);
            let g = cx.sched.cur;
            let w = Waiter {
                g,
                token,
                elem: ep,
                ret: okp,
                case: None,
            };
            enqueue(cx.sched, c, false, w);
        }
    }
}

/// `close(c)`: waiting receivers get the zero value and `ok` false;
/// waiting senders will panic when they run.
pub fn close<M: Mem + ?Sized>(cx: &mut ChanCx<'_, M>, c: u64) -> Result<(), Stop> {
    let m = cx.mem;
    if c == 0 {
        return Err(Stop::Panic("close of nil channel".into()));
    }
    if m.field(c, hchan::CLOSED) != 0 {
        return Err(Stop::Panic("close of closed channel".into()));
    }
    m.set_field(c, hchan::CLOSED, 1);
    let size = m.field(c, hchan::ELEMSIZE);
    let Some(mut q) = cx.sched.chans.remove(&c) else {
        return Ok(());
    };
    while let Some(r) = dequeue(cx.sched, &mut q.recvq) {
        if r.elem != 0 {
            m.zero(r.elem, size);
        }
        wake(m, cx.sched, &r, false);
    }
    while let Some(s) = dequeue(cx.sched, &mut q.sendq) {
        cx.sched.gs[s.g].panic_on_wake = Some("send on closed channel".into());
        wake(m, cx.sched, &s, false);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
