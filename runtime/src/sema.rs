//! sync.Mutex, sync.RWMutex and sync.WaitGroup (Go 1.2: sema.goc and the
//! sync package): the state words live in the Go structs (stdlib/go/sync),
//! the goroutines waiting on them in the scheduler's semaphore queues,
//! keyed by the address of the struct's semaphore word. Waiting shows as
//! `semacquire` in traces.
//!
//! One thread runs every goroutine and a runtime call is never interrupted,
//! so each operation is a plain read-modify-write; a lock released with
//! waiters is handed to the first of them directly (no barging).

use crate::mem::Mem;
use crate::sched::{GIdx, Sched, Wait};
use crate::stop::Stop;
use crate::throw::Fatal;

fn read_u32<M: Mem + ?Sized>(m: &M, at: u64) -> u32 {
    let mut b = [0u8; 4];
    m.read_bytes(at, &mut b);
    u32::from_le_bytes(b)
}

fn write_u32<M: Mem + ?Sized>(m: &M, at: u64, v: u32) {
    m.write_bytes(at, &v.to_le_bytes());
}

/// Parks the current goroutine on semaphore `sema`.
fn acquire(sched: &mut Sched, sema: u64) {
    let token = sched.park(Wait::Semacquire);
    let g = sched.cur;
    sched.semas.entry(sema).or_default().push_back((g, token));
}

/// The first goroutine still waiting on `sema`, removed from its queue.
fn first_waiter(sched: &mut Sched, sema: u64) -> Option<GIdx> {
    let mut q = sched.semas.remove(&sema)?;
    let mut found = None;
    while let Some((g, token)) = q.pop_front() {
        if sched.waits(g, token) {
            found = Some(g);
            break;
        }
    }
    if !q.is_empty() {
        sched.semas.insert(sema, q);
    }
    found
}

fn has_waiter(sched: &Sched, sema: u64) -> bool {
    sched
        .semas
        .get(&sema)
        .is_some_and(|q| q.iter().any(|&(g, t)| sched.waits(g, t)))
}

fn throw(msg: &'static str) -> Stop {
    Stop::Fatal(Fatal::new(msg))
}

// Mutex: state (int32) at +0, sema (uint32) at +4.

pub fn mutex_lock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, mu: u64) {
    if read_u32(m, mu) == 0 {
        write_u32(m, mu, 1);
    } else {
        acquire(sched, mu + 4);
    }
}

pub fn mutex_trylock<M: Mem + ?Sized>(m: &M, mu: u64) -> bool {
    let free = read_u32(m, mu) == 0;
    if free {
        write_u32(m, mu, 1);
    }
    free
}

pub fn mutex_unlock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, mu: u64) -> Result<(), Stop> {
    if read_u32(m, mu) == 0 {
        return Err(throw("sync: unlock of unlocked mutex"));
    }
    match first_waiter(sched, mu + 4) {
        // Handed over: the state stays locked.
        Some(g) => sched.ready(g),
        None => write_u32(m, mu, 0),
    }
    Ok(())
}

// RWMutex: w Mutex at +0 (its state: a writer holds the lock), writerSem
// at +8, readerSem at +12, readerCount at +16 (active readers).

const WRITER_SEM: u64 = 8;
const READER_SEM: u64 = 12;
const READERS: u64 = 16;

pub fn rw_rlock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, rw: u64) {
    if read_u32(m, rw) != 0 || has_waiter(sched, rw + WRITER_SEM) {
        acquire(sched, rw + READER_SEM);
    } else {
        write_u32(m, rw + READERS, read_u32(m, rw + READERS) + 1);
    }
}

pub fn rw_try_rlock<M: Mem + ?Sized>(m: &M, sched: &Sched, rw: u64) -> bool {
    let ok = read_u32(m, rw) == 0 && !has_waiter(sched, rw + WRITER_SEM);
    if ok {
        write_u32(m, rw + READERS, read_u32(m, rw + READERS) + 1);
    }
    ok
}

pub fn rw_runlock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, rw: u64) -> Result<(), Stop> {
    let n = read_u32(m, rw + READERS);
    if n == 0 {
        return Err(throw("sync: RUnlock of unlocked RWMutex"));
    }
    write_u32(m, rw + READERS, n - 1);
    if n == 1 {
        if let Some(g) = first_waiter(sched, rw + WRITER_SEM) {
            write_u32(m, rw, 1);
            sched.ready(g);
        }
    }
    Ok(())
}

pub fn rw_lock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, rw: u64) {
    if read_u32(m, rw) == 0 && read_u32(m, rw + READERS) == 0 {
        write_u32(m, rw, 1);
    } else {
        acquire(sched, rw + WRITER_SEM);
    }
}

pub fn rw_trylock<M: Mem + ?Sized>(m: &M, rw: u64) -> bool {
    let ok = read_u32(m, rw) == 0 && read_u32(m, rw + READERS) == 0;
    if ok {
        write_u32(m, rw, 1);
    }
    ok
}

pub fn rw_unlock<M: Mem + ?Sized>(m: &M, sched: &mut Sched, rw: u64) -> Result<(), Stop> {
    if read_u32(m, rw) == 0 {
        return Err(throw("sync: Unlock of unlocked RWMutex"));
    }
    write_u32(m, rw, 0);
    // Waiting readers go first (they waited behind this writer), then a
    // writer.
    let mut readers = 0;
    while let Some(g) = first_waiter(sched, rw + READER_SEM) {
        readers += 1;
        sched.ready(g);
    }
    if readers > 0 {
        write_u32(m, rw + READERS, readers);
    } else if let Some(g) = first_waiter(sched, rw + WRITER_SEM) {
        write_u32(m, rw, 1);
        sched.ready(g);
    }
    Ok(())
}

// WaitGroup: the counter (a signed word) at +0, sema (uint32) at +8.

pub fn wg_add<M: Mem + ?Sized>(m: &M, sched: &mut Sched, wg: u64, delta: i64) -> Result<(), Stop> {
    let n = (m.read_word(wg) as i64).wrapping_add(delta);
    if n < 0 {
        return Err(Stop::Panic("sync: negative WaitGroup counter".into()));
    }
    m.write_word(wg, n as u64);
    if n == 0 {
        while let Some(g) = first_waiter(sched, wg + 8) {
            sched.ready(g);
        }
    }
    Ok(())
}

pub fn wg_wait<M: Mem + ?Sized>(m: &M, sched: &mut Sched, wg: u64) {
    if m.read_word(wg) != 0 {
        acquire(sched, wg + 8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;
    use crate::mem::NativeMem;
    use crate::sched::{Next, State};

    fn setup(n: usize) -> (NativeMem, Heap, Sched) {
        let mut s = Sched::new();
        for k in 0..n {
            let (i, _) = s.alloc(|| 0x1000 * (k as u64 + 1), 0);
            s.queue(i);
        }
        // SAFETY: the tests touch only memory their heap allocates.
        let m = unsafe { NativeMem::new(crate::abi::Word::W8) };
        (m, Heap::new(), s)
    }

    #[test]
    fn an_unlocked_mutex_goes_to_the_first_waiter() {
        let (m, mut h, mut s) = setup(3);
        let mu = h.alloc_bytes(8, 8).unwrap();
        assert_eq!(s.pick(), Next::Run(0));
        mutex_lock(&m, &mut s, mu);
        assert!(!mutex_trylock(&m, mu));
        assert!(s.cur_running(), "not parked: it holds the lock");
        s.yield_cur();
        assert_eq!(s.pick(), Next::Run(1));
        mutex_lock(&m, &mut s, mu);
        assert_eq!(s.gs[1].state, State::Waiting(Wait::Semacquire));
        assert_eq!(s.pick(), Next::Run(2));
        mutex_lock(&m, &mut s, mu);
        assert_eq!(s.pick(), Next::Run(0));
        mutex_unlock(&m, &mut s, mu).unwrap();
        // Handed to 1, still locked; 2 still waits.
        assert_eq!(s.gs[1].state, State::Runnable);
        assert_eq!(s.gs[2].state, State::Waiting(Wait::Semacquire));
        assert!(!mutex_trylock(&m, mu));
        mutex_unlock(&m, &mut s, mu).unwrap();
        mutex_unlock(&m, &mut s, mu).unwrap();
        assert_eq!(
            mutex_unlock(&m, &mut s, mu),
            Err(Stop::Fatal(Fatal::new("sync: unlock of unlocked mutex")))
        );
    }

    #[test]
    fn a_waitgroup_releases_every_waiter_at_zero() {
        let (m, mut h, mut s) = setup(3);
        let wg = h.alloc_bytes(16, 8).unwrap();
        assert_eq!(s.pick(), Next::Run(0));
        wg_add(&m, &mut s, wg, 2).unwrap();
        wg_wait(&m, &mut s, wg);
        assert_eq!(s.pick(), Next::Run(1));
        wg_wait(&m, &mut s, wg);
        assert_eq!(s.pick(), Next::Run(2));
        wg_add(&m, &mut s, wg, -1).unwrap();
        assert_eq!(s.gs[0].state, State::Waiting(Wait::Semacquire));
        wg_add(&m, &mut s, wg, -1).unwrap();
        assert_eq!(s.gs[0].state, State::Runnable);
        assert_eq!(s.gs[1].state, State::Runnable);
        assert_eq!(
            wg_add(&m, &mut s, wg, -1),
            Err(Stop::Panic("sync: negative WaitGroup counter".into()))
        );
    }
}
