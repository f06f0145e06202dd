//! Runtime services and natives: what generated code calls through the
//! runtime-call trampoline (DESIGN §6), by number.
//!
//! A call passes its arguments and receives its results like a Go call,
//! in the caller's outgoing-argument area; the trampoline hands its
//! address to [`call`] as `args`, with the number the compiler chose:
//! - [`Service`]: the operations the compiler itself emits (allocation,
//!   `print`, string concatenation, bounds-check panics, ...). The list,
//!   numbers and layouts are the ABI crate's (splitgo-abi), which the IR
//!   and the JIT use too; the runtime never sees the IR.
//! - [`NativeFn`]: Go functions declared without a body in stdlib/
//!   (`os.Exit`, `fmt.Println`, `math.Sqrt`), bound by qualified name
//!   ([`NativeFn::by_name`]) and numbered from [`NATIVE_BASE`].
//!
//! Services run on the system stack and never touch registers: they read
//! and write program memory through [`Mem`], allocate from the [`Heap`]
//! and write through [`Output`]. One that must stop the goroutine (a
//! panic, `os.Exit`, a throw) returns a [`Stop`] for the executor to act on.
//!
//! Layouts below are in target words `w` (8 bytes on amd64).

use crate::heap::Heap;
use crate::hmap::Maps;
use crate::mem::Mem;
use crate::methods::{MethodCall, MethodCalls, MethodResult};
use crate::print::{go_print_float, Output};
use crate::stack::StackConfig;
use crate::throw::Fatal;
use crate::typedesc::{Kind, TypeView};
pub use splitgo_abi::Service;
use splitgo_abi::{decode_rune, print_kind};

/// Why a service stopped the goroutine instead of returning to it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// `os.Exit(code)`: output flushed, no deferred calls.
    Exit(i32),
    /// A Go panic; the text printed after `panic: `.
    Panic(String),
    /// A throw (`fatal error: ...`).
    Fatal(Fatal),
    /// SIGQUIT: every goroutine's trace, exit status 2.
    Quit,
    /// runtime.Breakpoint: gc's SIGTRAP, printed as a crash (exit 2).
    Breakpoint,
    /// SIGHUP, SIGINT or SIGTERM: the output is flushed and the process
    /// dies by the signal, printing nothing (runtime/src/signals/kill.rs).
    Signal(i32),
}

impl From<Fatal> for Stop {
    fn from(f: Fatal) -> Stop {
        Stop::Fatal(f)
    }
}

/// Native ids start here, so that a service number and a native number
/// never meet.
pub const NATIVE_BASE: u32 = 0x1000;

/// Functions of stdlib/ that the runtime implements.
#[derive(Clone, Copy, Debug)]
pub enum NativeFn {
    OsExit,
    OsLookupEnv,
    OsWrite,
    OsWriteString,
    OsRead,
    OsClose,
    OsOpen,
    OsRemove,
    SortSliceLen,
    SortSwapElems,
    FlagZeroLike,
    FlagCopyDefault,
    FmtPrint,
    FmtPrintln,
    FmtSprint,
    FmtPrintf,
    FmtSprintf,
    FmtErrorf,
    /// fmt.setFormatHook: registers fmt's Go helper that calls Format
    /// methods (methods.rs), kept by the executor.
    FmtSetFormatHook,
    /// fmt.pointee and fmt.storeScanned: scanning into defined types
    /// (scanstore.rs).
    FmtPointee,
    FmtStoreScanned,
    ErrorsIsComparableType,
    ErrorsAsCheck,
    ErrorsAsAssign,
    FmtSprintln,
    DebugSetMaxStack,
    DebugSetGCPercent,
    DebugFreeOSMemory,
    RuntimeGosched,
    RuntimeGC,
    RuntimeNumGoroutine,
    RuntimeGOMAXPROCS,
    RuntimeNumCPU,
    RuntimeGoexit,
    RuntimeReadMemStats,
    RuntimeCaller,
    RuntimeCallers,
    RuntimeFuncAt,
    RuntimeLineAt,
    RuntimeStack,
    /// `goroutineStacks(p []StackRecord) int`: runtime.GoroutineProfile's
    /// records (exec/stackinfo.rs).
    RuntimeGoroutineStacks,
    RuntimeBreakpoint,
    DebugSetMaxThreads,
    DebugSetTraceback,
    TimeSleep,
    TimeStartTimer,
    TimeStopTimer,
    TimeNow,
    StrconvParseFloat,
    StrconvFormatFloat,
    MutexLock,
    MutexTryLock,
    MutexUnlock,
    RWMutexRLock,
    RWMutexTryRLock,
    RWMutexRUnlock,
    RWMutexLock,
    RWMutexTryLock,
    RWMutexUnlock,
    WaitGroupAdd,
    WaitGroupWait,
    /// `func(float64) float64` of package math.
    MathUnary(fn(f64) -> f64),
    /// `func(float64, float64) float64` of package math.
    MathBinary(fn(f64, f64) -> f64),
    /// `func(float64, float64, float64) float64` of package math (FMA).
    MathTernary(fn(f64, f64, f64) -> f64),
    /// math.Float64bits, Float64frombits, Float32bits, Float32frombits:
    /// the argument's bits, of this many bytes, unchanged as the result.
    FloatBits(u64),
    /// A native of package reflect (reflect.rs), numbered after [`NATIVES`].
    Reflect(crate::reflect::ReflectFn),
    /// A function of sync/atomic (atomic.rs): the operation and the
    /// operand's size (0: the target word).
    Atomic(crate::atomic::Kind, u8),
    /// A file-system or process native of package os (osfs.rs).
    OsFs(crate::osfs::Call),
    /// runtime.GOROOT (goroot.rs).
    RuntimeGOROOT,
    /// A native of package regexp (regexp/mod.rs).
    Regexp(crate::regexp::RegexpFn),
    /// A byte search of package bytes (true) or strings (bytealg.rs).
    Bytealg(crate::bytealg::Op, bool),
}

/// Every native by its qualified name; a native's number is its index
/// here plus [`NATIVE_BASE`].
const NATIVES: &[(&str, NativeFn)] = &[
    ("os.Exit", NativeFn::OsExit),
    ("os.LookupEnv", NativeFn::OsLookupEnv),
    ("os.write", NativeFn::OsWrite),
    ("os.writeString", NativeFn::OsWriteString),
    ("os.read", NativeFn::OsRead),
    ("os.closeFd", NativeFn::OsClose),
    ("os.open", NativeFn::OsOpen),
    ("os.remove", NativeFn::OsRemove),
    ("sort.sliceLen", NativeFn::SortSliceLen),
    ("sort.swapElems", NativeFn::SortSwapElems),
    ("flag.zeroLike", NativeFn::FlagZeroLike),
    ("flag.copyDefault", NativeFn::FlagCopyDefault),
    ("fmt.Print", NativeFn::FmtPrint),
    ("fmt.Println", NativeFn::FmtPrintln),
    ("fmt.Sprint", NativeFn::FmtSprint),
    ("fmt.Sprintln", NativeFn::FmtSprintln),
    ("fmt.Printf", NativeFn::FmtPrintf),
    ("fmt.Sprintf", NativeFn::FmtSprintf),
    ("fmt.errorf", NativeFn::FmtErrorf),
    ("fmt.setFormatHook", NativeFn::FmtSetFormatHook),
    ("fmt.pointee", NativeFn::FmtPointee),
    // fmt reads standard input without package os (stdlib/go/fmt/scan.go).
    ("fmt.readFd", NativeFn::OsRead),
    ("fmt.storeScanned", NativeFn::FmtStoreScanned),
    ("errors.isComparableType", NativeFn::ErrorsIsComparableType),
    ("errors.asCheck", NativeFn::ErrorsAsCheck),
    ("errors.asAssign", NativeFn::ErrorsAsAssign),
    ("runtime/debug.SetMaxStack", NativeFn::DebugSetMaxStack),
    ("runtime/debug.SetGCPercent", NativeFn::DebugSetGCPercent),
    ("runtime/debug.FreeOSMemory", NativeFn::DebugFreeOSMemory),
    ("runtime.Gosched", NativeFn::RuntimeGosched),
    ("runtime.GC", NativeFn::RuntimeGC),
    ("runtime.NumGoroutine", NativeFn::RuntimeNumGoroutine),
    ("runtime.GOMAXPROCS", NativeFn::RuntimeGOMAXPROCS),
    ("runtime.NumCPU", NativeFn::RuntimeNumCPU),
    ("runtime.GOROOT", NativeFn::RuntimeGOROOT),
    ("runtime.Goexit", NativeFn::RuntimeGoexit),
    ("runtime.readMemStats", NativeFn::RuntimeReadMemStats),
    ("runtime.Caller", NativeFn::RuntimeCaller),
    ("runtime.Callers", NativeFn::RuntimeCallers),
    ("runtime.funcAt", NativeFn::RuntimeFuncAt),
    ("runtime.lineAt", NativeFn::RuntimeLineAt),
    ("runtime.Stack", NativeFn::RuntimeStack),
    ("runtime.goroutineStacks", NativeFn::RuntimeGoroutineStacks),
    ("runtime.Breakpoint", NativeFn::RuntimeBreakpoint),
    ("runtime/debug.SetMaxThreads", NativeFn::DebugSetMaxThreads),
    ("runtime/debug.SetTraceback", NativeFn::DebugSetTraceback),
    ("time.Sleep", NativeFn::TimeSleep),
    ("time.startTimer", NativeFn::TimeStartTimer),
    ("time.stopTimer", NativeFn::TimeStopTimer),
    ("time.now", NativeFn::TimeNow),
    // Package time reads zone files and $TZ itself, through os's natives
    // under its own names (it cannot import os).
    ("time.lookupEnv", NativeFn::OsLookupEnv),
    ("time.open", NativeFn::OsOpen),
    ("time.read", NativeFn::OsRead),
    ("time.closeFd", NativeFn::OsClose),
    ("strconv.parseFloat", NativeFn::StrconvParseFloat),
    ("strconv.formatFloat", NativeFn::StrconvFormatFloat),
    ("sync.(*Mutex).Lock", NativeFn::MutexLock),
    ("sync.(*Mutex).TryLock", NativeFn::MutexTryLock),
    ("sync.(*Mutex).Unlock", NativeFn::MutexUnlock),
    ("sync.(*RWMutex).RLock", NativeFn::RWMutexRLock),
    ("sync.(*RWMutex).TryRLock", NativeFn::RWMutexTryRLock),
    ("sync.(*RWMutex).RUnlock", NativeFn::RWMutexRUnlock),
    ("sync.(*RWMutex).Lock", NativeFn::RWMutexLock),
    ("sync.(*RWMutex).TryLock", NativeFn::RWMutexTryLock),
    ("sync.(*RWMutex).Unlock", NativeFn::RWMutexUnlock),
    ("sync.(*WaitGroup).Add", NativeFn::WaitGroupAdd),
    ("sync.(*WaitGroup).Wait", NativeFn::WaitGroupWait),
    ("math.Float64bits", NativeFn::FloatBits(8)),
    ("math.Float64frombits", NativeFn::FloatBits(8)),
    ("math.Float32bits", NativeFn::FloatBits(4)),
    ("math.Float32frombits", NativeFn::FloatBits(4)),
    ("math.Sqrt", NativeFn::MathUnary(f64::sqrt)),
    ("math.Floor", NativeFn::MathUnary(f64::floor)),
    ("math.Ceil", NativeFn::MathUnary(f64::ceil)),
    ("math.Trunc", NativeFn::MathUnary(f64::trunc)),
    ("math.Round", NativeFn::MathUnary(f64::round)),
    (
        "math.RoundToEven",
        NativeFn::MathUnary(f64::round_ties_even),
    ),
    ("math.Exp", NativeFn::MathUnary(crate::explog::exp)),
    ("math.Log", NativeFn::MathUnary(crate::explog::log)),
    ("math.Mod", NativeFn::MathBinary(go_mod)),
    // One rounding, as IEEE 754's fusedMultiplyAdd: gc's FMA (an
    // instruction or its exact software fallback) gives the same bits.
    ("math.FMA", NativeFn::MathTernary(f64::mul_add)),
];

impl NativeFn {
    /// The natives of the scheduler (goroutines, sleeping, locks), handled
    /// by the executor with its scheduler, never [`call`].
    pub fn is_sched(self) -> bool {
        use NativeFn::*;
        matches!(
            self,
            RuntimeGosched
                | RuntimeGC
                | RuntimeNumGoroutine
                | RuntimeGoexit
                | TimeSleep
                | TimeStartTimer
                | TimeStopTimer
                | TimeNow
                | MutexLock
                | MutexTryLock
                | MutexUnlock
                | RWMutexRLock
                | RWMutexTryRLock
                | RWMutexRUnlock
                | RWMutexLock
                | RWMutexTryLock
                | RWMutexUnlock
                | WaitGroupAdd
                | WaitGroupWait
        )
    }

    /// The natives that read the calling goroutine's stack or the
    /// runtime's settings (runtime.Caller, Callers, Stack, ...), handled by
    /// the executor (exec/stackinfo.rs), never [`call`].
    pub fn is_stack(self) -> bool {
        use NativeFn::*;
        matches!(
            self,
            RuntimeCaller
                | RuntimeCallers
                | RuntimeFuncAt
                | RuntimeLineAt
                | RuntimeStack
                | RuntimeGoroutineStacks
                | RuntimeBreakpoint
                | DebugSetMaxThreads
                | DebugSetGCPercent
                | DebugSetTraceback
        )
    }

    /// The native bound to a stdlib function's qualified name, with its
    /// number.
    pub fn by_name(name: &str) -> Option<(NativeFn, u32)> {
        let count = NATIVES.len()
            + crate::reflect::NATIVES.len()
            + crate::atomic::NATIVES.len()
            + crate::osfs::NATIVES.len()
            + crate::regexp::NATIVES.len()
            + crate::bytealg::NATIVES.len();
        (0..count)
            .map(|i| (i, Self::nth(i).expect("in range")))
            .find(|(_, (n, _))| *n == name)
            .map(|(i, (_, f))| (f, NATIVE_BASE + i as u32))
    }

    /// The i-th native: those of [`NATIVES`], then reflect's, then
    /// sync/atomic's, then os's file-system ones, then regexp's, then the
    /// byte searches.
    fn nth(i: usize) -> Option<(&'static str, NativeFn)> {
        if let Some(&(n, f)) = NATIVES.get(i) {
            return Some((n, f));
        }
        let i = i - NATIVES.len();
        if let Some(&(n, f)) = crate::reflect::NATIVES.get(i) {
            return Some((n, NativeFn::Reflect(f)));
        }
        let i = i - crate::reflect::NATIVES.len();
        if let Some(&(n, k, size)) = crate::atomic::NATIVES.get(i) {
            return Some((n, NativeFn::Atomic(k, size)));
        }
        let i = i - crate::atomic::NATIVES.len();
        if let Some(&(n, c)) = crate::osfs::NATIVES.get(i) {
            return Some((n, NativeFn::OsFs(c)));
        }
        let i = i - crate::osfs::NATIVES.len();
        if let Some(&(n, f)) = crate::regexp::NATIVES.get(i) {
            return Some((n, NativeFn::Regexp(f)));
        }
        let i = i - crate::regexp::NATIVES.len();
        crate::bytealg::NATIVES
            .get(i)
            .map(|&(n, op, slices)| (n, NativeFn::Bytealg(op, slices)))
    }

    pub fn from_id(id: u32) -> Option<NativeFn> {
        let i = id.checked_sub(NATIVE_BASE)? as usize;
        Self::nth(i).map(|(_, f)| f)
    }

    /// The qualified name of native number `id`.
    pub fn name_of(id: u32) -> Option<&'static str> {
        let i = id.checked_sub(NATIVE_BASE)? as usize;
        Self::nth(i).map(|(n, _)| n)
    }
}

/// math.Mod: fmod, exact as gc's is, with Go's special cases (Mod(±Inf,
/// y), Mod(x, 0) and NaNs give NaN, as fmod does); every NaN it gives is
/// gc's NaN() encoding, as its pure-Go Mod returns.
fn go_mod(x: f64, y: f64) -> f64 {
    let r = x % y;
    if r.is_nan() {
        // gc's NaN(): quiet, with the lowest payload bit set.
        return f64::from_bits(0x7FF8_0000_0000_0001);
    }
    r
}

/// What services may touch.
pub struct ServiceCtx<'a, M: Mem + ?Sized> {
    pub mem: &'a M,
    pub heap: &'a mut Heap,
    pub maps: &'a mut Maps,
    pub out: &'a mut Output,
    pub cfg: &'a StackConfig,
    pub itabs: &'a mut crate::itab::Itabs,
}

/// Runs service or native number `id` with its argument area at `args`.
pub fn call<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, id: u32, args: u64) -> Result<(), Stop> {
    if let Some(s) = Service::from_id(id) {
        return service(cx, s, args);
    }
    if let Some(n) = NativeFn::from_id(id) {
        return native(cx, n, args);
    }
    Err(Stop::Fatal(
        Fatal::new("runtime: unknown runtime call")
            .line(format!("runtime: call of unknown service number {id:#x}")),
    ))
}

/// A Go string (pointer, length) at `at`, copied out.
pub(crate) fn read_string<M: Mem + ?Sized>(m: &M, at: u64) -> Vec<u8> {
    let w = u64::from(m.word().0);
    let (p, n) = (m.read_word(at), m.read_word(at + w));
    let mut buf = vec![0u8; n as usize];
    if n > 0 {
        m.read_bytes(p, &mut buf);
    }
    buf
}

/// Allocates a copy of `bytes` and stores the string header at `at`.
pub(crate) fn write_string<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    at: u64,
    bytes: &[u8],
) -> Result<(), Stop> {
    let w = u64::from(cx.mem.word().0);
    let p = if bytes.is_empty() {
        0
    } else {
        let p = cx.heap.alloc(bytes.len() as u64, 1)?;
        cx.mem.write_bytes(p, bytes);
        p
    };
    cx.mem.write_word(at, p);
    cx.mem.write_word(at + w, bytes.len() as u64);
    Ok(())
}

/// A word read as a signed `int` of the target.
fn signed<M: Mem + ?Sized>(m: &M, v: u64) -> i64 {
    if m.word().0 == 8 {
        v as i64
    } else {
        v as u32 as i32 as i64
    }
}

fn service<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, s: Service, args: u64) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    match s {
        Service::Panic => {
            let (t, data) = (arg(0), arg(1));
            Err(Stop::Panic(panic_value(m, t, data)))
        }
        Service::PanicBounds => Err(Stop::Panic(crate::bounds::message(
            arg(0),
            arg(1),
            arg(2),
            m.word().0,
        ))),
        Service::PanicDivide => Err(Stop::Panic("runtime error: integer divide by zero".into())),
        Service::PanicShift => Err(Stop::Panic("runtime error: negative shift amount".into())),
        Service::ValuesEqual => match crate::equal::values_equal(m, arg(0), arg(1), arg(2)) {
            Ok(eq) => {
                m.write_word(args + 3 * w, u64::from(eq));
                Ok(())
            }
            Err(msg) => Err(Stop::Panic(format!("runtime error: {msg}"))),
        },
        Service::PrintValue => {
            let v = args + w;
            let text = match arg(0) {
                print_kind::BOOL => (m.read_word(v) & 0xff != 0).to_string(),
                print_kind::INT => (m.read_word(v) as i64).to_string(),
                print_kind::UINT => m.read_word(v).to_string(),
                print_kind::FLOAT => go_print_float(f64::from_bits(read_u64(m, v))),
                print_kind::COMPLEX => crate::complex::go_print_complex(
                    f64::from_bits(read_u64(m, v)),
                    f64::from_bits(read_u64(m, v + 8)),
                ),
                print_kind::STRING => {
                    cx.out.stderr(&read_string(m, v));
                    return Ok(());
                }
                // gc's printslice and printeface: the words in hex.
                print_kind::SLICE => format!(
                    "[{}/{}]{:#x}",
                    m.read_word(v + w),
                    m.read_word(v + 2 * w),
                    m.read_word(v)
                ),
                print_kind::IFACE => format!("({:#x},{:#x})", m.read_word(v), m.read_word(v + w)),
                _ => format!("{:#x}", m.read_word(v)),
            };
            cx.out.stderr(text.as_bytes());
            Ok(())
        }
        Service::ComplexDiv => {
            let part = |i: u64| f64::from_bits(read_u64(m, args + 8 * i));
            let (e, f) = splitgo_abi::complex128div((part(0), part(1)), (part(2), part(3)));
            write_u64(m, args + 32, e.to_bits());
            write_u64(m, args + 40, f.to_bits());
            Ok(())
        }
        Service::PrintSpace => {
            cx.out.stderr(b" ");
            Ok(())
        }
        Service::PrintNewline => {
            cx.out.stderr(b"\n");
            Ok(())
        }
        Service::New => {
            let p = cx.heap.alloc(arg(0), w)?;
            m.write_word(args + w, p);
            Ok(())
        }
        Service::Concat => {
            let mut a = read_string(m, args);
            a.extend(read_string(m, args + 2 * w));
            write_string(cx, args + 4 * w, &a)
        }
        Service::CompareStrings => {
            // In place: every == of strings comes here.
            let mut r = 0i64;
            crate::bytealg::with_both(m, (arg(0), arg(1)), (arg(2), arg(3)), &mut |a, b| {
                r = a.cmp(b) as i64
            });
            m.write_word(args + 4 * w, r as u64);
            Ok(())
        }
        Service::GrowSlice => {
            let es = arg(0);
            let (p, len, cap) = (arg(1), arg(2), arg(3));
            let newlen = arg(4);
            let out = args + 5 * w;
            if signed(m, newlen) < 0 {
                // The compiler's len(s)+n overflowed: gc 1.19 reports it
                // as a capacity below the old one.
                return Err(Stop::Panic(
                    "runtime error: growslice: cap out of range".into(),
                ));
            }
            if newlen <= cap {
                m.write_word(out, p);
                m.write_word(out + w, newlen);
                m.write_word(out + 2 * w, cap);
                return Ok(());
            }
            let (newcap, bytes) = grow_cap(es, cap, newlen, w)
                .ok_or_else(|| Stop::Panic("runtime error: growslice: cap out of range".into()))?;
            let q = cx.heap.alloc(bytes, w)?;
            if len > 0 && es > 0 {
                m.copy(q, p, len.min(cap) * es);
            }
            m.write_word(out, q);
            m.write_word(out + w, newlen);
            m.write_word(out + 2 * w, newcap);
            Ok(())
        }
        Service::UnsafeSlice => crate::unsafe_slice::unsafe_slice(m, args),
        Service::MakeSlice => {
            let es = arg(0);
            let (len, cap) = (signed(m, arg(1)), signed(m, arg(2)));
            let max = max_alloc(w);
            let mem_of = |n: i64| (n as u64).checked_mul(es).filter(|b| *b <= max);
            if cap < 0 || len > cap || mem_of(cap).is_none() {
                let msg = if len < 0 || mem_of(len).is_none() {
                    "runtime error: makeslice: len out of range"
                } else {
                    "runtime error: makeslice: cap out of range"
                };
                return Err(Stop::Panic(msg.into()));
            }
            if len < 0 {
                return Err(Stop::Panic(
                    "runtime error: makeslice: len out of range".into(),
                ));
            }
            let p = cx.heap.alloc(cap as u64 * es, w)?;
            m.write_word(args + 3 * w, p);
            m.write_word(args + 4 * w, len as u64);
            m.write_word(args + 5 * w, cap as u64);
            Ok(())
        }
        Service::Copy => {
            let es = arg(0);
            let (dp, dlen) = (arg(1), arg(2));
            let (sp, slen) = (arg(4), arg(5));
            let n = dlen.min(slen);
            if n > 0 && es > 0 && dp != sp {
                m.copy(dp, sp, n * es);
            }
            m.write_word(args + 7 * w, n);
            Ok(())
        }
        Service::IntToString => {
            let r = signed(m, arg(0));
            let c = u32::try_from(r)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}');
            let mut b = [0u8; 4];
            write_string(cx, args + w, c.encode_utf8(&mut b).as_bytes())
        }
        Service::BytesToString | Service::RunesToString => {
            let (p, n) = (arg(0), arg(1));
            let bytes = if s == Service::BytesToString {
                let mut b = vec![0u8; n as usize];
                if n > 0 {
                    m.read_bytes(p, &mut b);
                }
                b
            } else {
                let mut text = String::new();
                for i in 0..n {
                    let mut r = [0u8; 4];
                    m.read_bytes(p + 4 * i, &mut r);
                    text.push(char::from_u32(u32::from_le_bytes(r)).unwrap_or('\u{FFFD}'));
                }
                text.into_bytes()
            };
            write_string(cx, args + 3 * w, &bytes)
        }
        Service::StringToBytes | Service::StringToRunes => {
            let bytes = read_string(m, args);
            let (data, n) = if s == Service::StringToBytes {
                let n = bytes.len() as u64;
                (bytes, n)
            } else {
                let mut runes = Vec::new();
                let mut i = 0;
                while i < bytes.len() {
                    let (r, width) = decode_rune(&bytes[i..]);
                    runes.extend_from_slice(&r.to_le_bytes());
                    i += width;
                }
                let n = (runes.len() / 4) as u64;
                (runes, n)
            };
            // Never nil, even when empty: `[]byte("") == nil` is false
            // (Go's fixedbugs/issue5704.go; the heap gives a zero-size
            // request an address, as Go gives zerobase).
            let p = cx.heap.alloc(data.len() as u64, w)?;
            if !data.is_empty() {
                m.write_bytes(p, &data);
            }
            m.write_word(args + 2 * w, p);
            m.write_word(args + 3 * w, n);
            m.write_word(args + 4 * w, n);
            Ok(())
        }
        Service::MakeMap => {
            let (kd, vd) = (arg(0), arg(1));
            let kt = TypeView { mem: m, addr: kd };
            let vt = TypeView { mem: m, addr: vd };
            let map = cx.maps.make(cx.heap, kt.size(), kd, vt.size())?;
            m.write_word(args + 3 * w, map);
            Ok(())
        }
        Service::MapAccess => {
            let (vp, ok) = cx.maps.access(m, cx.heap, arg(0), arg(1))?;
            m.write_word(args + 2 * w, vp);
            m.write_word(args + 3 * w, u64::from(ok));
            Ok(())
        }
        Service::MapAssign => match cx.maps.assign(m, cx.heap, arg(0), arg(1))? {
            Some(vp) => {
                m.write_word(args + 2 * w, vp);
                Ok(())
            }
            None => Err(Stop::Panic("assignment to entry in nil map".into())),
        },
        Service::MapDelete => {
            cx.maps.delete(m, arg(0), arg(1))?;
            Ok(())
        }
        Service::MapClear => {
            cx.maps.clear(m, arg(0));
            Ok(())
        }
        Service::MapNext => {
            let (k, v, next) = cx.maps.next(arg(0), arg(1)).unwrap_or((0, 0, arg(1)));
            m.write_word(args + 2 * w, k);
            m.write_word(args + 3 * w, v);
            m.write_word(args + 4 * w, next);
            Ok(())
        }
        Service::DecodeRune => {
            let bytes = read_string(m, args);
            let i = arg(2) as usize;
            let (r, width) = decode_rune(bytes.get(i..).unwrap_or(&[]));
            m.write_word(args + 3 * w, i64::from(r) as u64);
            m.write_word(args + 4 * w, (i + width) as u64);
            Ok(())
        }
        Service::PanicAssert => {
            let name = |d: u64| {
                if d == 0 {
                    "nil".to_string()
                } else {
                    TypeView { mem: m, addr: d }.name()
                }
            };
            let (have, want) = (name(arg(0)), name(arg(1)));
            // gc's clearer message for two types of one name: local types
            // of different functions (descriptors name no package path,
            // so types of two packages of one name read the same way).
            let note = if have == want {
                " (types from different scopes)"
            } else {
                ""
            };
            Err(Stop::Panic(format!(
                "interface conversion: {} is {have}, not {want}{note}",
                name(arg(2)),
            )))
        }
        Service::PanicWrap => Err(Stop::Panic(
            String::from_utf8_lossy(&read_string(m, args)).into_owned(),
        )),
        Service::AssertIface => {
            let (ty, iface, static_t, panics) = (arg(0), arg(1), arg(2), arg(3) != 0);
            let itab = if ty == 0 {
                0
            } else {
                cx.itabs.get(m, cx.heap, iface, ty)?
            };
            if itab == 0 && panics {
                let missing = (ty != 0).then(|| crate::itab::missing_method(m, iface, ty));
                return Err(Stop::Panic(crate::itab::assert_message(
                    m,
                    ty,
                    iface,
                    static_t,
                    missing.flatten().as_deref(),
                )));
            }
            m.write_word(args + 4 * w, itab);
            Ok(())
        }
        Service::Defer
        | Service::DeferReturn
        | Service::Recover
        | Service::RecoverOfCaller
        | Service::PanicContinue
        | Service::CallReturn => Err(Stop::Fatal(Fatal::new(
            "runtime: defer service outside the executor",
        ))),
        Service::Go
        | Service::GoExit
        | Service::Preempt
        | Service::MakeChan
        | Service::ChanSend
        | Service::ChanRecv
        | Service::ChanClose
        | Service::Select => Err(Stop::Fatal(Fatal::new(
            "runtime: scheduler service outside the executor",
        ))),
    }
}

/// The 8 bytes at `at` (a float64 argument), whatever the word size.
fn read_u64<M: Mem + ?Sized>(m: &M, at: u64) -> u64 {
    let mut b = [0u8; 8];
    m.read_bytes(at, &mut b);
    u64::from_le_bytes(b)
}

fn write_u64<M: Mem + ?Sized>(m: &M, at: u64, v: u64) {
    m.write_bytes(at, &v.to_le_bytes());
}

/// The largest allocation (Go 1.19: maxAlloc in runtime/malloc.go,
/// `1<<heapAddrBits - (1-_64bit)`): 2^48 bytes on 64-bit targets, 2^32-1
/// on 32-bit ones. Below it, a request the machine cannot back is `out of
/// memory` (runtime/src/sysmem.rs), as gc's; above, `len out of range`.
pub(crate) fn max_alloc(w: u64) -> u64 {
    if w == 8 {
        1 << 48
    } else {
        (1 << 32) - 1
    }
}

/// Go's size classes (runtime/sizeclasses.go): what a small allocation is
/// rounded up to, which decides the capacity `append` reports.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's roundupsize for pointer-free memory: the size class, or whole
/// 8 KiB pages above the largest class.
fn round_up_size(size: u64) -> u64 {
    if size <= 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| c < size);
        SIZE_CLASSES[i]
    } else {
        size.div_ceil(8192).saturating_mul(8192)
    }
}

/// growslice's new capacity for `newlen` elements of `es` bytes (Go 1.20+:
/// double below 256 elements, then grow by ~1.25x, then round the memory
/// up to the size class), and the bytes to allocate; `None` on overflow.
pub(crate) fn grow_cap(es: u64, oldcap: u64, newlen: u64, w: u64) -> Option<(u64, u64)> {
    if es == 0 {
        return Some((newlen, 0));
    }
    let mut newcap = oldcap;
    let double = oldcap.saturating_mul(2);
    if newlen > double {
        newcap = newlen;
    } else if oldcap < 256 {
        newcap = double;
    } else {
        while newcap < newlen {
            newcap = newcap.saturating_add((newcap + 3 * 256) >> 2);
        }
    }
    let mem = newcap.checked_mul(es).filter(|m| *m <= max_alloc(w))?;
    let rounded = round_up_size(mem);
    Some((rounded / es, rounded))
}

/// The text `panic(v)` prints after `panic: ` (Go: printpanicval): values
/// of predeclared basic types as print prints them, defined types of a
/// basic kind as `main.T(5)`, anything else as `(T) 0xADDR`.
pub fn panic_value<M: Mem + ?Sized>(m: &M, t: u64, data: u64) -> String {
    if t == 0 {
        return "nil".into();
    }
    if crate::typedesc::is_runtime_error(m, t) {
        let msg = crate::typedesc::runtime_error_message(m, t, data);
        return String::from_utf8_lossy(&read_string(m, msg)).into_owned();
    }
    let tv = TypeView { mem: m, addr: t };
    let Some(kind) = tv.kind() else {
        return format!("(?) {data:#x}");
    };
    let plain = match kind {
        Kind::Bool => Some((read_sized(m, data, 1) != 0).to_string()),
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
            Some(read_signed(m, data, tv.size()).to_string())
        }
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            Some(read_sized(m, data, tv.size()).to_string())
        }
        Kind::Float32 => Some(go_print_float(
            f32::from_bits(read_sized(m, data, 4) as u32) as f64,
        )),
        Kind::Float64 => Some(go_print_float(f64::from_bits(read_sized(m, data, 8)))),
        Kind::Complex64 | Kind::Complex128 => {
            let (re, im) = crate::equal::complex_parts(m, data, tv.size());
            Some(crate::complex::go_print_complex(re, im))
        }
        Kind::String => Some(String::from_utf8_lossy(&read_string(m, data)).into_owned()),
        _ => None,
    };
    match plain {
        Some(text) if tv.is_predeclared() => text,
        Some(text) if kind == Kind::String => format!("{}(\"{text}\")", tv.name()),
        // A complex value brings its own parentheses: `main.N(+1.0e+000+2.0e+000i)`.
        Some(text) if matches!(kind, Kind::Complex64 | Kind::Complex128) => {
            format!("{}{text}", tv.name())
        }
        Some(text) => format!("{}({text})", tv.name()),
        None => format!("({}) {data:#x}", tv.name()),
    }
}

pub(crate) fn read_sized<M: Mem + ?Sized>(m: &M, at: u64, size: u64) -> u64 {
    let n = size.min(8) as usize;
    let mut b = [0u8; 8];
    m.read_bytes(at, &mut b[..n]);
    u64::from_le_bytes(b)
}

pub(crate) fn read_signed<M: Mem + ?Sized>(m: &M, at: u64, size: u64) -> i64 {
    let v = read_sized(m, at, size);
    let shift = 64 - 8 * size.clamp(1, 8) as u32;
    ((v << shift) as i64) >> shift
}

/// What fmt.Sprint (fmt.Sprintln when `ln`) makes of the `[]any` at `args`.
fn fmt_text<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    args: u64,
    ln: bool,
) -> Vec<u8> {
    let w = u64::from(m.word().0);
    let (p, n) = (m.read_word(args), m.read_word(args + w));
    crate::printf::sprint(m, maps, mc, p, n, ln)
}

/// Whether `f` is one of fmt's formatting natives, which may need Go
/// methods called ([`fmt_native`]).
pub fn is_fmt(f: NativeFn) -> bool {
    matches!(
        f,
        NativeFn::FmtPrint
            | NativeFn::FmtPrintln
            | NativeFn::FmtSprint
            | NativeFn::FmtSprintln
            | NativeFn::FmtPrintf
            | NativeFn::FmtSprintf
            | NativeFn::FmtErrorf
    )
}

/// One formatting round of the fmt native `f` with arguments at `args`
/// (methods.rs), given the method results of earlier rounds. If the text
/// is complete it is written (stdout, or the string result) and the
/// answer is None; otherwise nothing is written and the answer is the
/// results so far with the method calls still needed.
///
/// Layouts: Print/Println/Sprint/Sprintln take `[]any` (words 0-2);
/// Printf/Sprintf a format string then `[]any` (words 0-3). Results
/// follow: (n int, err error) for the printing ones, a string for the
/// Sprint ones.
#[allow(clippy::type_complexity)]
pub fn fmt_native<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    f: NativeFn,
    args: u64,
    results: Vec<MethodResult>,
    format_hook: u64,
) -> Result<Option<(Vec<MethodResult>, Vec<MethodCall>)>, Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let mut mc = MethodCalls::new(results, format_hook);
    let (text, res) = match f {
        NativeFn::FmtPrint | NativeFn::FmtPrintln | NativeFn::FmtSprint | NativeFn::FmtSprintln => {
            let ln = matches!(f, NativeFn::FmtPrintln | NativeFn::FmtSprintln);
            (fmt_text(m, cx.maps, &mut mc, args, ln), 3)
        }
        NativeFn::FmtPrintf | NativeFn::FmtSprintf => {
            let format = read_string(m, args);
            let (p, n) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
            let text = crate::printf::sprintf(m, cx.maps, &mut mc, &format, p, n);
            (text, 5)
        }
        NativeFn::FmtErrorf => {
            // (format string, a []any) (s string, wrapped int).
            let format = read_string(m, args);
            let (p, n) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
            let (text, wrapped) = crate::printf::errorf(m, cx.maps, &mut mc, &format, p, n);
            if let Some(more) = mc.finish() {
                return Ok(Some(more));
            }
            write_string(cx, args + 5 * w, &text)?;
            m.write_word(args + 7 * w, wrapped.map_or(u64::MAX, |i| i as u64));
            return Ok(None);
        }
        _ => return Err(Fatal::new("runtime: not a fmt native").into()),
    };
    if let Some(more) = mc.finish() {
        return Ok(Some(more));
    }
    let at = args + res * w;
    if matches!(
        f,
        NativeFn::FmtSprint | NativeFn::FmtSprintln | NativeFn::FmtSprintf
    ) {
        write_string(cx, at, &text)?;
    } else {
        cx.out.stdout(&text);
        m.write_word(at, text.len() as u64);
        m.write_word(at + w, 0);
        m.write_word(at + 2 * w, 0);
    }
    Ok(None)
}

fn native<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, f: NativeFn, args: u64) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    match f {
        NativeFn::OsExit => Err(Stop::Exit(signed(m, arg(0)) as i32)),
        NativeFn::OsLookupEnv => {
            let key = String::from_utf8_lossy(&read_string(m, args)).into_owned();
            let v = std::env::var_os(&key);
            let bytes = v
                .as_ref()
                .map(|v| v.as_encoded_bytes().to_vec())
                .unwrap_or_default();
            write_string(cx, args + 2 * w, &bytes)?;
            m.write_bytes(args + 4 * w, &[u8::from(v.is_some())]);
            Ok(())
        }
        NativeFn::OsWrite | NativeFn::OsWriteString => {
            let fd = signed(m, arg(0));
            let bytes = read_string(m, args + w);
            let res = if matches!(f, NativeFn::OsWrite) { 4 } else { 3 };
            let errno = match fd {
                1 => {
                    cx.out.stdout(&bytes);
                    0
                }
                2 => {
                    cx.out.stderr(&bytes);
                    0
                }
                _ => {
                    let (n, e) = crate::osfile::write_fd(fd as i32, &bytes);
                    m.write_word(args + res * w, n as u64);
                    m.write_word(args + (res + 1) * w, e as u64);
                    return Ok(());
                }
            };
            let n = if errno == 0 { bytes.len() as u64 } else { 0 };
            m.write_word(args + res * w, n);
            m.write_word(args + (res + 1) * w, errno);
            Ok(())
        }
        NativeFn::OsRead => {
            crate::osfile::read(m, cx.out, args);
            Ok(())
        }
        NativeFn::OsClose => {
            crate::osfile::close(m, cx.out, args);
            Ok(())
        }
        NativeFn::OsOpen => {
            crate::osfile::open(m, args);
            Ok(())
        }
        NativeFn::OsRemove => {
            crate::osfile::remove(m, args);
            Ok(())
        }
        NativeFn::SortSliceLen => {
            crate::swapper::slice_len(m, args);
            Ok(())
        }
        NativeFn::SortSwapElems => {
            crate::swapper::swap_elems(m, args);
            Ok(())
        }
        NativeFn::FlagZeroLike => crate::zerovalue::zero_like(m, cx.heap, args),
        NativeFn::FlagCopyDefault => {
            crate::textdefault::copy_default(m, args);
            Ok(())
        }
        NativeFn::FmtPrint
        | NativeFn::FmtPrintln
        | NativeFn::FmtSprint
        | NativeFn::FmtSprintln
        | NativeFn::FmtPrintf
        | NativeFn::FmtSprintf
        | NativeFn::FmtErrorf => match fmt_native(cx, f, args, Vec::new(), 0)? {
            None => Ok(()),
            // Only the executor can run Go methods (exec/gocall.rs).
            Some(_) => Err(Fatal::new("runtime: fmt needs Go methods outside an executor").into()),
        },
        // Only an executor calls Format methods; elsewhere none is called.
        NativeFn::FmtSetFormatHook => Ok(()),
        NativeFn::FmtPointee => {
            crate::scanstore::pointee(m, args);
            Ok(())
        }
        NativeFn::FmtStoreScanned => crate::scanstore::store_scanned(m, args),
        NativeFn::ErrorsIsComparableType => {
            // (x any) bool, x not nil.
            let ok = crate::equal::comparable(m, arg(0));
            m.write_bytes(args + 2 * w, &[u8::from(ok)]);
            Ok(())
        }
        NativeFn::ErrorsAsCheck => {
            // (target any) string: "" when target is usable by errors.As.
            let msg = crate::itab::as_check(m, arg(0), arg(1));
            write_string(cx, args + 2 * w, msg.as_bytes())
        }
        NativeFn::ErrorsAsAssign => {
            // (err error, target any) bool.
            let ok = crate::itab::as_assign(m, cx.heap, cx.itabs, args, args + 2 * w)?;
            m.write_bytes(args + 4 * w, &[u8::from(ok)]);
            Ok(())
        }
        NativeFn::StrconvFormatFloat => {
            // (f float64, fmt byte, prec, bitSize int) -> string.
            let f = f64::from_bits(arg(0));
            let fmt = arg(1) as u8;
            let prec = signed(m, arg(2)).clamp(-1, i64::from(i32::MAX)) as i32;
            let bits = if signed(m, arg(3)) == 32 { 32 } else { 64 };
            // A float32's digits are those of the value rounded to it.
            let f = if bits == 32 { f64::from(f as f32) } else { f };
            let text = if b"beEfgGxX".contains(&fmt) {
                crate::strconv::format_float(f, fmt, prec, bits)
            } else {
                // Go's answer to an unknown format.
                vec![b'%', fmt]
            };
            write_string(cx, args + 4 * w, &text)
        }
        NativeFn::StrconvParseFloat => {
            // (s string, bitSize int) -> (f float64, status int).
            let s = read_string(m, args);
            let bits = if signed(m, arg(2)) == 32 { 32 } else { 64 };
            let (f, status) = crate::atof::parse_float(&s, bits);
            m.write_word(args + 3 * w, f.to_bits());
            m.write_word(args + 4 * w, status);
            Ok(())
        }
        NativeFn::DebugSetMaxStack => {
            let n = signed(m, arg(0)).max(0) as u64;
            let old = cx.cfg.set_max_stack(n);
            m.write_word(args + w, old);
            Ok(())
        }
        NativeFn::DebugFreeOSMemory => Ok(()),
        NativeFn::RuntimeReadMemStats => {
            // stats []uint64 at words 0..3 (mstats.go's stat* order); the
            // pause buffers stay zero and GCCPUFraction 0: nothing is
            // collected yet, so Alloc is also TotalAlloc.
            let (stats, n) = (arg(0), arg(1));
            let h = &*cx.heap;
            let values = [
                (0, h.allocated), // Alloc
                (1, h.allocated), // TotalAlloc
                (2, h.mapped()),  // Sys
                (4, h.objects),   // Mallocs
                (6, h.allocated), // HeapAlloc
                (7, h.mapped()),  // HeapSys
                (9, h.allocated), // HeapInuse
                (11, h.objects),  // HeapObjects
            ];
            for (i, v) in values {
                if i < n {
                    m.write_word(stats + i * 8, v);
                }
            }
            write_u64(m, args + 9 * w, 0f64.to_bits());
            Ok(())
        }
        NativeFn::RuntimeGOMAXPROCS => {
            m.write_word(args + w, 1);
            Ok(())
        }
        NativeFn::OsFs(c) => crate::osfs::run(cx, c, args),
        NativeFn::RuntimeGOROOT => write_string(cx, args, crate::goroot::goroot()),
        NativeFn::RuntimeNumCPU => {
            let n = std::thread::available_parallelism().map_or(1, |n| n.get());
            m.write_word(args, n as u64);
            Ok(())
        }
        NativeFn::MathUnary(op) => {
            let x = f64::from_bits(read_u64(m, args));
            write_u64(m, args + 8, op(x).to_bits());
            Ok(())
        }
        NativeFn::MathBinary(op) => {
            let x = f64::from_bits(read_u64(m, args));
            let y = f64::from_bits(read_u64(m, args + 8));
            write_u64(m, args + 16, op(x, y).to_bits());
            Ok(())
        }
        NativeFn::MathTernary(op) => {
            let x = f64::from_bits(read_u64(m, args));
            let y = f64::from_bits(read_u64(m, args + 8));
            let z = f64::from_bits(read_u64(m, args + 16));
            write_u64(m, args + 24, op(x, y, z).to_bits());
            Ok(())
        }
        NativeFn::FloatBits(size) => {
            // The result starts at the word boundary after the argument.
            let w = u64::from(m.word().0);
            let mut bits = [0u8; 8];
            let b = &mut bits[..size as usize];
            m.read_bytes(args, b);
            m.write_bytes(args + size.div_ceil(w) * w, b);
            Ok(())
        }
        NativeFn::Reflect(r) => crate::reflect::call(cx, r, args),
        NativeFn::Atomic(k, size) => crate::atomic::run(m, k, size, args),
        NativeFn::Regexp(f) => crate::regexp::call(cx, f, args),
        NativeFn::Bytealg(op, slices) => crate::bytealg::run(m, op, slices, args),
        NativeFn::RuntimeGosched
        | NativeFn::RuntimeGC
        | NativeFn::RuntimeNumGoroutine
        | NativeFn::RuntimeGoexit
        | NativeFn::TimeSleep
        | NativeFn::TimeStartTimer
        | NativeFn::TimeStopTimer
        | NativeFn::TimeNow
        | NativeFn::MutexLock
        | NativeFn::MutexTryLock
        | NativeFn::MutexUnlock
        | NativeFn::RWMutexRLock
        | NativeFn::RWMutexTryRLock
        | NativeFn::RWMutexRUnlock
        | NativeFn::RWMutexLock
        | NativeFn::RWMutexTryLock
        | NativeFn::RWMutexUnlock
        | NativeFn::WaitGroupAdd
        | NativeFn::WaitGroupWait => Err(Stop::Fatal(Fatal::new(
            "runtime: scheduler native outside the executor",
        ))),
        NativeFn::RuntimeCaller
        | NativeFn::RuntimeCallers
        | NativeFn::RuntimeFuncAt
        | NativeFn::RuntimeLineAt
        | NativeFn::RuntimeStack
        | NativeFn::RuntimeGoroutineStacks
        | NativeFn::RuntimeBreakpoint
        | NativeFn::DebugSetMaxThreads
        | NativeFn::DebugSetGCPercent
        | NativeFn::DebugSetTraceback => Err(Stop::Fatal(Fatal::new(
            "runtime: stack native outside the executor",
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        // Services' own numbering is abi's test; here, natives against it.
        let (f, id) = NativeFn::by_name("fmt.Println").unwrap();
        assert!(matches!(f, NativeFn::FmtPrintln));
        assert!(matches!(NativeFn::from_id(id), Some(NativeFn::FmtPrintln)));
        assert_eq!(NativeFn::name_of(id), Some("fmt.Println"));
        assert!(NativeFn::by_name("fmt.Nope").is_none());
        assert!(Service::from_id(NATIVE_BASE).is_none());
    }

    #[test]
    fn append_capacities_follow_go() {
        // []int from nil, one append at a time: 1, 2, 4, 8, ...
        let caps: Vec<u64> = [(0, 1), (1, 2), (2, 3), (4, 5), (8, 9)]
            .iter()
            .map(|&(c, n)| grow_cap(8, c, n, 8).unwrap().0)
            .collect();
        assert_eq!(caps, [1, 2, 4, 8, 16]);
        // []byte: the size class rounds 1 byte up to 8.
        assert_eq!(grow_cap(1, 0, 1, 8).unwrap().0, 8);
        // Past 256 elements: ~1.25x plus 192, rounded to the class.
        assert_eq!(grow_cap(8, 512, 513, 8).unwrap().0, 848);
        assert_eq!(grow_cap(8, 0, 5, 8).unwrap().0, 6);
    }
}
