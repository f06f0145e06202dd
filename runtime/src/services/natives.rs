//! The natives: Go functions of stdlib/ declared without a body that the
//! runtime implements, their names and ids (from [`NATIVE_BASE`]), and
//! the dispatch of those the services run (the executor runs the
//! scheduler's and the stack's itself).

use super::*;
use crate::value::signed;

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
    /// records (exec/native/stackinfo.rs).
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
    /// the executor (exec/native/stackinfo.rs), never [`call`].
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

pub(super) fn native<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    f: NativeFn,
    args: u64,
) -> Result<(), Stop> {
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
            // Only the executor can run Go methods (exec/native/gocall.rs).
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
}
