//! sigaction, sigaltstack and the machine context: the unix half of
//! [`super`] (modelled on wasmtime's traphandlers, written for splitgo).
//!
//! [`Handlers`] installs the handler for every row of [`super::SIGNALS`]
//! once per process (reference-counted: several executors may run at
//! once, on different threads) and restores the handlers it found when
//! the last one is dropped. [`AltStack`] gives the calling thread a signal
//! stack of its own for as long as it lives. The handler reads the
//! thread's [`super::Guest`] and acts on [`super::decide`]; it never
//! allocates or locks.
#![deny(clippy::undocumented_unsafe_blocks)]

use std::cell::UnsafeCell;
use std::fmt;
use std::mem::MaybeUninit;
use std::sync::Mutex;

use super::{current, decide, row, Action, Fault, SIGNALS};

#[cfg(not(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
)))]
compile_error!("splitgo's signal handling knows Linux on x86_64 and aarch64 only");

/// The handlers found when ours were installed, one per row of SIGNALS.
struct Saved(UnsafeCell<[MaybeUninit<libc::sigaction>; SIGNALS.len()]>);

// SAFETY: written only under INSTALLED's lock, before our handler is
// installed (so no handler reads it concurrently), and read by the
// handler only while ours is installed.
unsafe impl Sync for Saved {}

static PREVIOUS: Saved = Saved(UnsafeCell::new([MaybeUninit::uninit(); SIGNALS.len()]));

/// How many [`Handlers`] are alive.
static INSTALLED: Mutex<usize> = Mutex::new(0);

/// Our handlers, installed while a value of this type lives.
#[must_use]
pub struct Handlers(());

impl Handlers {
    /// Installs the handler for SIGSEGV, SIGBUS and SIGFPE (the first
    /// call; later ones only count).
    pub fn install() -> Handlers {
        let mut n = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
        if *n == 0 {
            for (i, r) in SIGNALS.iter().enumerate() {
                // SAFETY: a zeroed sigaction is a valid "no flags, empty
                // mask" value; every field we rely on is set below.
                let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
                sa.sa_sigaction = handler as *const () as usize;
                // SA_SIGINFO: we need the siginfo (si_code, si_addr) and
                //   the ucontext (registers, and rewriting them).
                // SA_ONSTACK: the fault may come from a goroutine segment
                //   with a few hundred bytes left, or from an overflowed
                //   system stack: run on the thread's alternate stack.
                // No SA_NODEFER: a fault inside the handler is then fatal
                //   at once (default action) instead of recursing.
                // No SA_RESTART: these signals are synchronous faults, no
                //   system call is interrupted by them.
                sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                // SAFETY: sa_mask is ours to initialise.
                unsafe { libc::sigemptyset(&mut sa.sa_mask) };
                // SAFETY: PREVIOUS is not read before our handler is in
                // place, and only written here under the lock.
                let slot = unsafe { (*PREVIOUS.0.get())[i].as_mut_ptr() };
                // SAFETY: valid sigaction pointers; r.signo is a real signal.
                let rc = unsafe { libc::sigaction(r.signo, &sa, slot) };
                assert_eq!(rc, 0, "sigaction({}) failed", r.name);
            }
        }
        *n += 1;
        Handlers(())
    }
}

impl Drop for Handlers {
    fn drop(&mut self) {
        let mut n = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
        *n -= 1;
        if *n == 0 {
            for (i, r) in SIGNALS.iter().enumerate() {
                // SAFETY: PREVIOUS[i] was filled by `install` (n was 0
                // then, as now); restoring it is what the caller had.
                unsafe {
                    let prev = (*PREVIOUS.0.get())[i].as_ptr();
                    libc::sigaction(r.signo, prev, std::ptr::null_mut());
                }
            }
        }
    }
}

/// Bytes of our alternate signal stack: the crash printer unwinds and
/// formats on it.
const ALT_STACK: usize = 64 << 10;

/// This thread's alternate signal stack while the value lives; the one
/// found before is restored on drop.
pub struct AltStack {
    map: *mut libc::c_void,
    len: usize,
    prev: libc::stack_t,
}

impl AltStack {
    /// Maps a stack (with a guard page below it) and makes it this
    /// thread's signal stack.
    pub fn new() -> std::io::Result<AltStack> {
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
        let len = ALT_STACK.max(libc::SIGSTKSZ) + page;
        // SAFETY: a fresh anonymous private mapping, no address hint.
        let map = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANON,
                -1,
                0,
            )
        };
        if map == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: the first page of our own mapping becomes the guard.
        if unsafe { libc::mprotect(map, page, libc::PROT_NONE) } != 0 {
            let e = std::io::Error::last_os_error();
            // SAFETY: unmapping what we mapped above.
            unsafe { libc::munmap(map, len) };
            return Err(e);
        }
        let new = libc::stack_t {
            // SAFETY: page < len: inside the mapping.
            ss_sp: unsafe { map.cast::<u8>().add(page) }.cast(),
            ss_flags: 0,
            ss_size: len - page,
        };
        // SAFETY: a zeroed stack_t is valid; sigaltstack fills it.
        let mut prev: libc::stack_t = unsafe { std::mem::zeroed() };
        // SAFETY: valid pointers; the new stack is mapped read-write and
        // stays so until drop, which puts `prev` back first.
        if unsafe { libc::sigaltstack(&new, &mut prev) } != 0 {
            let e = std::io::Error::last_os_error();
            // SAFETY: unmapping what we mapped above.
            unsafe { libc::munmap(map, len) };
            return Err(e);
        }
        Ok(AltStack { map, len, prev })
    }
}

impl Drop for AltStack {
    fn drop(&mut self) {
        // SAFETY: back to the stack this thread had; then ours is unused
        // and can be unmapped. Dropped on the thread that created it (the
        // raw pointer makes AltStack !Send).
        unsafe {
            libc::sigaltstack(&self.prev, std::ptr::null_mut());
            libc::munmap(self.map, self.len);
        }
    }
}

/// The registers of a fault, from the ucontext.
struct Regs {
    /// In [`crate::arch::Arch::dump_regs`] order.
    dump: [u64; 34],
    n: usize,
    pc: u64,
    sp: u64,
    /// The register that holds `g` in generated code.
    g: u64,
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
mod cx {
    use super::Regs;
    use crate::arch::Arch;

    pub const ARCH: Arch = Arch::Amd64;

    fn gregs(uc: *mut libc::c_void) -> *mut [libc::greg_t; 23] {
        let uc = uc.cast::<libc::ucontext_t>();
        // SAFETY: only a place projection, no access: callers pass the
        // handler's third argument and access through the result.
        unsafe { std::ptr::addr_of_mut!((*uc).uc_mcontext.gregs) }
    }

    /// # Safety
    ///
    /// `uc` must be the ucontext the kernel passed to an SA_SIGINFO handler.
    pub unsafe fn read(uc: *mut libc::c_void) -> Regs {
        // SAFETY: the caller's contract; the kernel filled gregs.
        let r = unsafe { *gregs(uc) };
        let g = |i: libc::c_int| r[i as usize] as u64;
        let csgsfs = g(libc::REG_CSGSFS);
        let mut dump = [0u64; 34];
        let vals = [
            g(libc::REG_RAX),
            g(libc::REG_RBX),
            g(libc::REG_RCX),
            g(libc::REG_RDX),
            g(libc::REG_RDI),
            g(libc::REG_RSI),
            g(libc::REG_RBP),
            g(libc::REG_RSP),
            g(libc::REG_R8),
            g(libc::REG_R9),
            g(libc::REG_R10),
            g(libc::REG_R11),
            g(libc::REG_R12),
            g(libc::REG_R13),
            g(libc::REG_R14),
            g(libc::REG_R15),
            g(libc::REG_RIP),
            g(libc::REG_EFL),
            csgsfs & 0xffff,         // cs
            (csgsfs >> 32) & 0xffff, // fs
            (csgsfs >> 16) & 0xffff, // gs
        ];
        dump[..vals.len()].copy_from_slice(&vals);
        Regs {
            dump,
            n: vals.len(),
            pc: g(libc::REG_RIP),
            sp: g(libc::REG_RSP),
            g: g(libc::REG_R14),
        }
    }

    /// Makes the interrupted code call `target` from `pc`: pushes `pc`
    /// as the return address and continues at `target`.
    ///
    /// # Safety
    ///
    /// As [`read`]; `sp - 8` must be writable memory of the interrupted
    /// code's stack.
    pub unsafe fn call_from(uc: *mut libc::c_void, pc: u64, sp: u64, target: u64) {
        let sp = sp - 8;
        // SAFETY: the caller checked sp - 8 lies in the goroutine's segment.
        unsafe { std::ptr::with_exposed_provenance_mut::<u64>(sp as usize).write(pc) };
        // SAFETY: the caller's contract.
        let r = unsafe { &mut *gregs(uc) };
        r[libc::REG_RSP as usize] = sp as i64;
        r[libc::REG_RIP as usize] = target as i64;
    }
}

#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
mod cx {
    use super::Regs;
    use crate::arch::Arch;

    pub const ARCH: Arch = Arch::Arm64;

    fn mcontext(uc: *mut libc::c_void) -> *mut libc::mcontext_t {
        let uc = uc.cast::<libc::ucontext_t>();
        // SAFETY: only a place projection, no access: callers pass the
        // handler's third argument and access through the result.
        unsafe { std::ptr::addr_of_mut!((*uc).uc_mcontext) }
    }

    /// # Safety
    ///
    /// `uc` must be the ucontext the kernel passed to an SA_SIGINFO handler.
    pub unsafe fn read(uc: *mut libc::c_void) -> Regs {
        // SAFETY: the caller's contract.
        let m = unsafe { &*mcontext(uc) };
        let mut dump = [0u64; 34];
        dump[..31].copy_from_slice(&m.regs);
        dump[31] = m.sp;
        dump[32] = m.pc;
        dump[33] = m.fault_address;
        Regs {
            dump,
            n: 34,
            pc: m.pc,
            sp: m.sp,
            g: m.regs[28],
        }
    }

    /// Makes the interrupted code call `target` from `pc` (arm64: the
    /// return address goes in the link register, which Go's arm64 frames
    /// save themselves).
    ///
    /// # Safety
    ///
    /// As [`read`].
    pub unsafe fn call_from(uc: *mut libc::c_void, pc: u64, _sp: u64, target: u64) {
        // SAFETY: the caller's contract.
        let m = unsafe { &mut *mcontext(uc) };
        m.regs[30] = pc;
        m.pc = target;
    }
}

/// An allocation-free writer to a file descriptor, for the handler.
struct FdWriter {
    fd: libc::c_int,
    buf: [u8; 512],
    len: usize,
}

impl FdWriter {
    fn new(fd: libc::c_int) -> FdWriter {
        FdWriter {
            fd,
            buf: [0; 512],
            len: 0,
        }
    }

    fn flush(&mut self) {
        write_all(self.fd, &self.buf[..self.len]);
        self.len = 0;
    }
}

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for &b in s.as_bytes() {
            if self.len == self.buf.len() {
                self.flush();
            }
            self.buf[self.len] = b;
            self.len += 1;
        }
        Ok(())
    }
}

/// write(2) until done or failed: no lock, no allocation.
pub(crate) fn write_all(fd: libc::c_int, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: a valid buffer of bytes.len() bytes.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        bytes = &bytes[n as usize..];
    }
}

/// The handler of every row of SIGNALS.
extern "C" fn handler(signo: libc::c_int, info: *mut libc::siginfo_t, uc: *mut libc::c_void) {
    let (Some(r), Some(guest)) = (row(signo), current()) else {
        // SAFETY: the kernel's arguments, passed on.
        return unsafe { forward(signo, info, uc) };
    };
    // SAFETY: the kernel's ucontext for this SA_SIGINFO handler.
    let regs = unsafe { cx::read(uc) };
    // SAFETY: the kernel's siginfo; si_addr is valid for these signals.
    let (code, addr) = unsafe { ((*info).si_code, (*info).si_addr() as u64) };
    let fault = Fault {
        signo,
        code,
        addr,
        pc: regs.pc,
        sp: regs.sp,
    };
    match decide(guest.functab, r, &fault, guest.running(regs.g).as_ref()) {
        Action::SigPanic => {
            guest.fault.set(Some(fault));
            // SAFETY: decide checked sp - 8 lies in the segment of the
            // running goroutine; uc is the kernel's.
            unsafe { cx::call_from(uc, regs.pc, regs.sp, guest.sigpanic) };
        }
        Action::Crash => {
            // Program output first (DESIGN §6), then ours on stderr.
            // SAFETY: `out` points at the executor's Output, alive while
            // the guest is registered. The fault may have interrupted a
            // write to it: we only read its buffers, and exit below.
            unsafe { (*guest.out).flush_raw() };
            let mut w = FdWriter::new(2);
            let _ = guest.write_crash(&mut w, &fault, cx::ARCH, &regs.dump[..regs.n]);
            w.flush();
            // SAFETY: _exit ends the process without running anything.
            unsafe { libc::_exit(2) };
        }
        // SAFETY: the kernel's arguments, passed on.
        Action::Forward => unsafe { forward(signo, info, uc) },
    }
}

/// The runtime's own memory (malloc, for its Rust collections and G
/// records) ran out: Go's `fatal error: runtime: out of memory` and the
/// running goroutine's trace, then exit 2. Called by the binary's global
/// allocator (runtime/src/oom.rs) instead of Rust's `memory allocation of
/// N bytes failed` and abort. Allocates nothing: the program's output is
/// flushed and the trace written as the crash handler does. A failure
/// while this runs (or on another thread) prints the line alone.
pub fn out_of_memory() -> ! {
    static BUSY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let first = !BUSY.swap(true, std::sync::atomic::Ordering::SeqCst);
    let guest = if first { current() } else { None };
    if let Some(g) = guest {
        // SAFETY: `out` points at the executor's Output, alive while the
        // guest is registered; this thread is the executor's (CURRENT is
        // thread-local). The failed allocation may have been its own
        // growth: a failed realloc leaves the old buffer intact, and we
        // only read it before exiting.
        unsafe { (*g.out).flush_raw() };
    }
    let mut w = FdWriter::new(2);
    let _ = fmt::Write::write_str(&mut w, "fatal error: runtime: out of memory\n");
    if let Some(g) = guest.filter(|g| g.running.get() && g.traceback > 0) {
        let _ = fmt::Write::write_char(&mut w, '\n');
        let _ = g.write_goroutine(&mut w);
    }
    w.flush();
    // SAFETY: _exit ends the process without running anything.
    unsafe { libc::_exit(2) }
}

/// Hands a signal that is not ours to the handler found at install time.
///
/// # Safety
///
/// The arguments must be the kernel's, for a signal of SIGNALS, while our
/// handlers are installed.
unsafe fn forward(signo: libc::c_int, info: *mut libc::siginfo_t, uc: *mut libc::c_void) {
    let Some(i) = SIGNALS.iter().position(|r| r.signo == signo) else {
        return;
    };
    // SAFETY: filled by `install` before our handler could run.
    let prev = unsafe { &*(*PREVIOUS.0.get())[i].as_ptr() };
    match prev.sa_sigaction {
        libc::SIG_DFL | libc::SIG_IGN => {
            // Back to the default action and return: the faulting
            // instruction runs again and the kernel ends the process as
            // it would have without us (a core dump, for SIGSEGV).
            // SAFETY: plain sigaction/sigemptyset on our own value.
            unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = libc::SIG_DFL;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(signo, &sa, std::ptr::null_mut());
            }
        }
        f if prev.sa_flags & libc::SA_SIGINFO != 0 => {
            // SAFETY: an SA_SIGINFO handler has this signature.
            let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                unsafe { std::mem::transmute(f) };
            f(signo, info, uc);
        }
        f => {
            // SAFETY: a plain handler takes the signal number only.
            let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(f) };
            f(signo);
        }
    }
}

/// Faults on purpose, reading a poison address that is never mapped:
/// `SPLITGO_DEBUG=oldstackfault=1` calls it in the middle of oldstack.
/// Returns only if no handler ends the process.
pub fn debug_fault() {
    const POISON: u64 = 0x10; // below mmap_min_addr: never mapped
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a load from an unmapped address: SIGSEGV, whose handler
    // exits. Nothing in Rust's view of memory is touched.
    unsafe {
        std::arch::asm!("mov {0}, qword ptr [{0}]", inout(reg) POISON => _, options(nostack));
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: as above.
    unsafe {
        std::arch::asm!("ldr {0}, [{0}]", inout(reg) POISON => _, options(nostack));
    }
}
