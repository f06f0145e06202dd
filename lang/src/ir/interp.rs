//! A reference interpreter of the IR: the semantics every backend must
//! match, executable. Tests run lowered programs here and compare what they
//! print with gc's output; later, backends are checked against it.
//!
//! Memory is one flat little-endian byte array: data and globals at the
//! bottom, a heap above them, the stack at the top growing down. Address 0 is
//! never used, so nil is distinguishable. Frames are laid out as a backend
//! lays them out: the outgoing area at the bottom of the frame, the locals
//! above it; a callee's arguments are its caller's outgoing area.
//!
//! Services whose result is pure (float texts, slice growth, rune
//! conversions, panic texts) run the ABI crate's code, the same the runtime
//! runs; the rest (maps, fmt of `any`) are this module's own, limited to
//! what they model exactly: beyond that a run stops with
//! [`Stop::Unsupported`] (docs/ir.md, "The reference interpreter").

use super::*;

/// Why a run stopped early.
#[derive(Debug, Clone, PartialEq)]
pub enum Stop {
    /// A Go panic, with gc's message (`runtime error: index out of range [5] with length 3`).
    Panic(String),
    /// Something the interpreter does not model (natives, closures, ...).
    Unsupported(String),
    /// The step budget ran out (a test guard against endless loops).
    OutOfSteps,
    /// os.Exit(code).
    Exit(i32),
    /// A panic unwinding (internal: becomes `Panic` if nothing recovers it).
    Panicking,
}

/// The type-descriptor address the interpreter uses for run-time errors
/// (which print as their message).
const RUNTIME_ERROR_DESC: u64 = u64::MAX;

/// Marks the code word of a native's func value (the interpreter's "code
/// address" of a function is its index plus one).
const NATIVE_TAG: u64 = 1 << 62;

/// What a run printed (print/println write to stderr, as in Go).
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
}

/// Memory of the interpreter (lazily zeroed by the OS): the stack is the
/// top `STACK` bytes, the heap grows from the bottom towards it.
const MEM: usize = 512 << 20;
const STACK: usize = 128 << 20;

struct Machine<'m> {
    m: &'m Module,
    mem: Vec<u8>,
    word: u32,
    heap: usize,
    sp: usize,
    data_addr: Vec<u64>,
    global_addr: Vec<u64>,
    funcval_addr: HashMap<FuncId, u64>,
    desc_addr: HashMap<TypeDescId, u64>,
    itab_addr: HashMap<ItabId, u64>,
    /// Deferred calls of each active frame: (closure, argument bytes).
    defers: Vec<Vec<(u64, Vec<u8>)>>,
    /// The panic in progress: its value (an interface, 2 words), the text
    /// Go prints for it, and whether a deferred call recovered it.
    panicking: Option<(u64, u64, String, bool)>,
    /// How many deferred calls run at the moment (recover works only there).
    in_defer: u32,
    /// Maps by address: key size and kind, value size, entries (key bytes,
    /// value cell address; `None` once deleted).
    maps: HashMap<u64, MapObj>,
    out: Output,
    steps: u64,
}

use splitgo_abi::{
    assert_message, complex128div, format_float_g, go_print_complex, go_print_float, growslice,
    print_kind, utf8,
};
use std::collections::HashMap;

/// Runs the module's initializers and `main.main`.
pub fn run(m: &Module, max_steps: u64) -> (Output, Result<(), Stop>) {
    let mut vm = Machine {
        m,
        mem: vec![0; MEM],
        word: m.target.ptr_size,
        heap: 64,
        sp: MEM,
        data_addr: Vec::new(),
        global_addr: Vec::new(),
        funcval_addr: HashMap::new(),
        desc_addr: HashMap::new(),
        itab_addr: HashMap::new(),
        defers: Vec::new(),
        panicking: None,
        in_defer: 0,
        maps: HashMap::new(),
        out: Output::default(),
        steps: max_steps,
    };
    for d in &m.data {
        let a = vm.alloc(d.len().max(1), 8);
        vm.mem[a..a + d.len()].copy_from_slice(d);
        vm.data_addr.push(a as u64);
    }
    for g in &m.globals {
        let a = vm.alloc(g.size as usize, g.align as usize);
        vm.global_addr.push(a as u64);
    }
    // os.Args is the program's name alone, as a run without arguments has
    // it (the executor sets it before the first initializer too).
    if let Some(i) = m.globals.iter().position(|g| g.name == "os.Args") {
        let name = b"prog";
        let p = vm.alloc(name.len(), 1);
        vm.mem[p..p + name.len()].copy_from_slice(name);
        let w = vm.word as u64;
        let hdr = vm.alloc(2 * w as usize, 8) as u64;
        vm.write(hdr, vm.word, p as u64);
        vm.write(hdr + w, vm.word, name.len() as u64);
        let at = vm.global_addr[i];
        vm.write(at, vm.word, hdr);
        vm.write(at + w, vm.word, 1);
        vm.write(at + 2 * w, vm.word, 1);
    }
    let mut entry: Vec<FuncId> = m.inits.clone();
    entry.extend(m.main);
    for f in entry {
        let sp = vm.sp;
        if let Err(e) = vm.call(f, sp as u64) {
            let e = match e {
                Stop::Panicking => {
                    let msg = vm.panicking.take().map(|p| p.2).unwrap_or_default();
                    Stop::Panic(msg)
                }
                e => e,
            };
            return (vm.out, Err(e));
        }
    }
    (vm.out, Ok(()))
}

impl Machine<'_> {
    fn alloc(&mut self, size: usize, align: usize) -> usize {
        let a = align.max(1);
        let at = self.heap.div_ceil(a) * a;
        assert!(
            at + size <= MEM - STACK,
            "the interpreter's heap is exhausted (no collector)"
        );
        self.heap = at + size;
        at
    }

    fn read(&self, addr: u64, n: u32) -> u64 {
        let a = addr as usize;
        let mut b = [0u8; 8];
        b[..n as usize].copy_from_slice(&self.mem[a..a + n as usize]);
        u64::from_le_bytes(b)
    }

    fn write(&mut self, addr: u64, n: u32, v: u64) {
        let a = addr as usize;
        self.mem[a..a + n as usize].copy_from_slice(&v.to_le_bytes()[..n as usize]);
    }

    fn copy(&mut self, dst: u64, src: u64, n: u32) {
        let (d, s) = (dst as usize, src as usize);
        self.mem.copy_within(s..s + n as usize, d);
    }

    /// Calls `f` whose arguments are at `args`.
    fn call(&mut self, id: FuncId, args: u64) -> Result<(), Stop> {
        self.call_ctx(id, args, 0)
    }

    /// Calls `f` with closure context `ctx`.
    fn call_ctx(&mut self, id: FuncId, args: u64, ctx: u64) -> Result<(), Stop> {
        let f = self.m.func(id);
        let frame = (f.out_size + f.locals_size).div_ceil(16) as usize * 16;
        let saved = self.sp;
        if self.sp < MEM - STACK + frame {
            // The interpreter's limit, not Go's (gc allows 1 GB of stack).
            return Err(Stop::Unsupported(
                "deeper recursion than the interpreter's stack".to_string(),
            ));
        }
        self.sp -= frame;
        self.defers.push(Vec::new());
        let fr = Frame {
            out: self.sp as u64,
            locals: (self.sp + f.out_size as usize) as u64,
            args,
            ctx,
        };
        let mut r = self.exec(f, &fr, 0);
        if let Err(Stop::Panicking) = r {
            // Unwinding: this frame's deferred calls run; one may recover.
            r = self.run_defers();
            if r.is_ok() {
                if let Some((_, _, _, true)) = self.panicking {
                    self.panicking = None;
                    // Recovered: the function returns normally, through
                    // its recover block.
                    r = match f.recover_block {
                        Some(b) => self.exec(f, &fr, b.0 as usize),
                        None => Ok(()),
                    };
                } else {
                    r = Err(Stop::Panicking);
                }
            }
        }
        self.defers.pop();
        self.sp = saved;
        r
    }

    /// The address of a type descriptor.
    fn desc(&mut self, t: TypeDescId) -> u64 {
        if let Some(&a) = self.desc_addr.get(&t) {
            return a;
        }
        let a = self.alloc(8, 8) as u64;
        self.write(a, 8, t.0 as u64);
        self.desc_addr.insert(t, a);
        a
    }

    /// The address of a function's static func value.
    fn funcval(&mut self, f: FuncId) -> u64 {
        if let Some(&a) = self.funcval_addr.get(&f) {
            return a;
        }
        let a = self.alloc(8, 8) as u64;
        self.write(a, 8, f.0 as u64 + 1);
        self.funcval_addr.insert(f, a);
        a
    }

    /// Calls what a closure's code word designates: a function or a native.
    fn call_code(&mut self, code: u64, args: u64, ctx: u64) -> Result<(), Stop> {
        if code & NATIVE_TAG != 0 {
            let name = self.m.natives[(code & !NATIVE_TAG) as usize].name.clone();
            return self.native(&name, args);
        }
        if code == 0 {
            return Err(Stop::Unsupported("call of a nil func value".into()));
        }
        self.call_ctx(FuncId(code as u32 - 1), args, ctx)
    }

    /// Runs the current frame's deferred calls, last first.
    fn run_defers(&mut self) -> Result<(), Stop> {
        while let Some((clo, bytes)) = self.defers.last_mut().and_then(|d| d.pop()) {
            let n = bytes.len().div_ceil(16) * 16 + 16;
            self.sp -= n;
            let area = self.sp;
            self.mem[area..area + bytes.len()].copy_from_slice(&bytes);
            let at = self.deref(clo, 0)?;
            let code = self.read(at, 8);
            self.in_defer += 1;
            let r = self.call_code(code, area as u64, clo);
            self.in_defer -= 1;
            self.sp += n;
            match r {
                Ok(()) => {}
                // A panic in a deferred call replaces the one in progress.
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Starts a panic with interface value (desc, data) and Go's text for it.
    fn start_panic(&mut self, desc: u64, data: u64, text: String) -> Stop {
        self.panicking = Some((desc, data, text, false));
        Stop::Panicking
    }

    /// A run-time error: a panic whose value prints as `msg`.
    fn runtime_error(&mut self, msg: String) -> Stop {
        let p = self.alloc(msg.len().max(1), 1);
        self.mem[p..p + msg.len()].copy_from_slice(msg.as_bytes());
        let hdr = self.alloc(16, 8) as u64;
        self.write(hdr, self.word, p as u64);
        self.write(hdr + self.word as u64, self.word, msg.len() as u64);
        self.start_panic(RUNTIME_ERROR_DESC, hdr, msg)
    }

    fn exec(&mut self, f: &Func, fr: &Frame, start: usize) -> Result<(), Stop> {
        let mut b = start;
        loop {
            let block = &f.blocks[b];
            for (i, _) in &block.insts {
                if self.steps == 0 {
                    return Err(Stop::OutOfSteps);
                }
                self.steps -= 1;
                self.inst(i, fr)?;
            }
            match &block.term {
                Term::Jump(t) => b = t.0 as usize,
                Term::Branch { cond, then, els } => {
                    b = if self.read(fr.at(*cond), 1) != 0 {
                        then.0
                    } else {
                        els.0
                    } as usize
                }
                Term::Return => return Ok(()),
                Term::Unreachable => {
                    return Err(Stop::Unsupported("reached unreachable code".into()))
                }
            }
        }
    }

    fn inst(&mut self, i: &Inst, fr: &Frame) -> Result<(), Stop> {
        let w = self.word;
        match i {
            Inst::Imm { dst, ty, bits } => self.write(fr.at(*dst), ty.size(), *bits),
            Inst::Bin { op, ty, dst, a, b } => {
                let (x, y) = (
                    self.read(fr.at(*a), ty.size()),
                    self.read(fr.at(*b), ty.size()),
                );
                let y_count = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.read(fr.at(*b), w)
                } else {
                    y
                };
                let r = match bin(*op, *ty, x, y, y_count) {
                    Ok(r) => r,
                    Err(Stop::Panic(m)) => return Err(self.runtime_error(m)),
                    Err(e) => return Err(e),
                };
                self.write(fr.at(*dst), ty.size(), r);
            }
            Inst::Un { op, ty, dst, a } => {
                let x = self.read(fr.at(*a), ty.size());
                let r = match (op, ty) {
                    (UnOp::Neg, Scalar::F64) => (-f64::from_bits(x)).to_bits(),
                    (UnOp::Neg, Scalar::F32) => (-f32::from_bits(x as u32)).to_bits() as u64,
                    (UnOp::Neg, _) => x.wrapping_neg(),
                    (UnOp::Not, _) => !x,
                    (UnOp::Sqrt, Scalar::F32) => f32::from_bits(x as u32).sqrt().to_bits() as u64,
                    (UnOp::Sqrt, _) => f64::from_bits(x).sqrt().to_bits(),
                };
                self.write(fr.at(*dst), ty.size(), r);
            }
            Inst::Cmp { op, ty, dst, a, b } => {
                let (x, y) = (
                    self.read(fr.at(*a), ty.size()),
                    self.read(fr.at(*b), ty.size()),
                );
                let ord = compare(*ty, x, y);
                let r = match op {
                    CmpOp::Eq => ord == Some(std::cmp::Ordering::Equal),
                    CmpOp::Ne => ord != Some(std::cmp::Ordering::Equal),
                    CmpOp::Lt => ord == Some(std::cmp::Ordering::Less),
                    CmpOp::Le => matches!(
                        ord,
                        Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
                    ),
                    CmpOp::Gt => ord == Some(std::cmp::Ordering::Greater),
                    CmpOp::Ge => matches!(
                        ord,
                        Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
                    ),
                };
                self.write(fr.at(*dst), 1, r as u64);
            }
            Inst::Conv { from, to, dst, a } => {
                let x = self.read(fr.at(*a), from.size());
                self.write(fr.at(*dst), to.size(), conv(*from, *to, x));
            }
            Inst::Addr { dst, what } => {
                let a = match what {
                    AddrOf::Global(g) => self.global_addr[g.0 as usize],
                    AddrOf::Data(d) => self.data_addr[d.0 as usize],
                    AddrOf::Frame(l) => fr.at(*l),
                    AddrOf::TypeDesc(t) => {
                        // A descriptor is identified by its address; the
                        // interpreter only needs distinct addresses.
                        if let Some(&a) = self.desc_addr.get(t) {
                            a
                        } else {
                            let a = self.alloc(8, 8) as u64;
                            self.write(a, 8, t.0 as u64);
                            self.desc_addr.insert(*t, a);
                            a
                        }
                    }
                    AddrOf::Itab(i) => {
                        if let Some(&a) = self.itab_addr.get(i) {
                            a
                        } else {
                            let it = self.m.itabs[i.0 as usize].clone();
                            let a = self.alloc(8 * (1 + it.methods.len()), 8) as u64;
                            let d = self.desc(it.concrete);
                            self.write(a, 8, d);
                            for (k, f) in it.methods.iter().enumerate() {
                                let fv = self.funcval(*f);
                                self.write(a + 8 * (1 + k as u64), 8, fv);
                            }
                            self.itab_addr.insert(*i, a);
                            a
                        }
                    }
                    AddrOf::NativeValue(n) => {
                        let a = self.alloc(8, 8) as u64;
                        self.write(a, 8, NATIVE_TAG | n.0 as u64);
                        a
                    }
                    AddrOf::FuncValue(f) => {
                        if let Some(&a) = self.funcval_addr.get(f) {
                            a
                        } else {
                            let a = self.alloc(8, 8) as u64;
                            self.write(a, 8, f.0 as u64 + 1);
                            self.funcval_addr.insert(*f, a);
                            a
                        }
                    }
                };
                self.write(fr.at(*dst), w, a);
            }
            Inst::Load {
                dst,
                ptr,
                off,
                size,
            } => {
                let p = self.read(fr.at(*ptr), w);
                let src = self.deref(p, *off)?;
                self.copy(fr.at(*dst), src, *size);
            }
            Inst::Store {
                ptr,
                off,
                src,
                size,
            } => {
                let p = self.read(fr.at(*ptr), w);
                let dst = self.deref(p, *off)?;
                self.copy(dst, fr.at(*src), *size);
            }
            Inst::Move { dst, src, size } => self.copy(fr.at(*dst), fr.at(*src), *size),
            Inst::Zero { dst, size } => {
                let a = fr.at(*dst) as usize;
                self.mem[a..a + *size as usize].fill(0);
            }
            Inst::Call { callee, .. } => match callee {
                Callee::Func(f) => self.call(*f, fr.out)?,
                Callee::Closure(l) => {
                    let c = self.read(fr.at(*l), w);
                    let at = self.deref(c, 0)?;
                    let code = self.read(at, 8);
                    self.call_code(code, fr.out, c)?
                }
                Callee::Native(n) => {
                    self.native(&self.m.natives[n.0 as usize].name.clone(), fr.out)?
                }
                Callee::Runtime(s) => self.service(*s, fr.out)?,
            },
            Inst::ClosureContext { dst } => self.write(fr.at(*dst), w, fr.ctx),
            // Nothing else to run: the check never fires.
            Inst::PreemptCheck => {}
        }
        Ok(())
    }

    /// The address `p + off`, faulting like Go on nil.
    fn deref(&mut self, p: u64, off: i32) -> Result<u64, Stop> {
        if p < 64 {
            return Err(self.runtime_error(
                "runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        }
        Ok((p as i64 + off as i64) as u64)
    }

    /// Writes a new string with contents `b` at `at` (2 words).
    fn put_string(&mut self, at: u64, b: &[u8]) {
        let a = self.alloc(b.len().max(1), 1);
        self.mem[a..a + b.len()].copy_from_slice(b);
        self.write(at, self.word, a as u64);
        self.write(at + self.word as u64, self.word, b.len() as u64);
    }

    fn string(&self, at: u64) -> Vec<u8> {
        let w = self.word;
        let (p, n) = (self.read(at, w), self.read(at + w as u64, w));
        if n == 0 {
            return Vec::new();
        }
        self.mem[p as usize..(p + n) as usize].to_vec()
    }

    fn service(&mut self, s: Service, args: u64) -> Result<(), Stop> {
        let w = self.word as u64;
        match s {
            Service::New => {
                let size = self.read(args, self.word) as usize;
                // The layout word (args + w) is the runtime heap's: this
                // memory has no collector to tell.
                let a = self.alloc(size.max(1), 8) as u64;
                self.write(args + 2 * w, self.word, a);
            }
            Service::ComplexDiv => {
                let part = |i: u64| f64::from_bits(self.read(args + 8 * i, 8));
                let (e, f) = complex128div((part(0), part(1)), (part(2), part(3)));
                self.write(args + 32, 8, e.to_bits());
                self.write(args + 40, 8, f.to_bits());
            }
            Service::PrintSpace => self.out.stderr.push(' '),
            Service::PrintNewline => self.out.stderr.push('\n'),
            Service::PrintValue => {
                let kind = self.read(args, self.word);
                let v = args + w;
                let float = |at: u64| f64::from_bits(self.read(at, 8));
                let text = match kind {
                    print_kind::BOOL => (self.read(v, 8) & 0xff != 0).to_string(),
                    print_kind::INT => (self.read(v, 8) as i64).to_string(),
                    print_kind::UINT => self.read(v, 8).to_string(),
                    print_kind::FLOAT => go_print_float(float(v)),
                    print_kind::COMPLEX => go_print_complex(float(v), float(v + 8)),
                    print_kind::STRING => String::from_utf8_lossy(&self.string(v)).into_owned(),
                    print_kind::SLICE => format!(
                        "[{}/{}]{:#x}",
                        self.read(v + w, self.word),
                        self.read(v + 2 * w, self.word),
                        self.read(v, self.word)
                    ),
                    print_kind::IFACE => format!(
                        "({:#x},{:#x})",
                        self.read(v, self.word),
                        self.read(v + w, self.word)
                    ),
                    _ => format!("{:#x}", self.read(v, 8)),
                };
                self.out.stderr.push_str(&text);
            }
            Service::Concat => {
                let mut a = self.string(args);
                a.extend(self.string(args + 2 * w));
                let p = self.alloc(a.len().max(1), 1);
                self.mem[p..p + a.len()].copy_from_slice(&a);
                self.write(args + 4 * w, self.word, p as u64);
                self.write(args + 5 * w, self.word, a.len() as u64);
            }
            Service::CompareStrings => {
                let (a, b) = (self.string(args), self.string(args + 2 * w));
                let r = match a.cmp(&b) {
                    std::cmp::Ordering::Less => -1i64,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                };
                self.write(args + 4 * w, self.word, r as u64);
            }
            Service::PanicBounds => {
                let x = self.read(args, self.word);
                let y = self.read(args + w, self.word);
                let code = self.read(args + 2 * w, self.word);
                return Err(self.runtime_error(bounds::message(x, y, code, self.word)));
            }
            Service::IntToString => {
                let r = sext(self.read(args, self.word), 8 * self.word);
                let mut bytes = Vec::with_capacity(4);
                utf8::encode_rune(r, &mut bytes);
                self.put_string(args + w, &bytes);
            }
            Service::BytesToString | Service::RunesToString => {
                let (p, n) = (self.read(args, self.word), self.read(args + w, self.word));
                let bytes: Vec<u8> = if s == Service::BytesToString {
                    self.mem[p as usize..(p + n) as usize].to_vec()
                } else {
                    let mut out = Vec::new();
                    for i in 0..n {
                        let r = self.read(p + 4 * i, 4) as u32 as i32;
                        utf8::encode_rune(i64::from(r), &mut out);
                    }
                    out
                };
                self.put_string(args + 3 * w, &bytes);
            }
            Service::StringToBytes | Service::StringToRunes => {
                let bytes = self.string(args);
                let (data, n): (Vec<u8>, u64) = if s == Service::StringToBytes {
                    let n = bytes.len() as u64;
                    (bytes, n)
                } else {
                    let rs: Vec<u8> = utf8::string_to_runes(&bytes)
                        .iter()
                        .flat_map(|r| r.to_le_bytes())
                        .collect();
                    let n = (rs.len() / 4) as u64;
                    (rs, n)
                };
                let a = self.alloc(data.len().max(1), 8);
                self.mem[a..a + data.len()].copy_from_slice(&data);
                self.write(args + 2 * w, self.word, a as u64);
                self.write(args + 3 * w, self.word, n);
                self.write(args + 4 * w, self.word, n);
            }
            Service::MakeMap
            | Service::MapAccess
            | Service::MapAssign
            | Service::MapDelete
            | Service::MapClear
            | Service::MapNext => self.map_service(s, args)?,
            Service::PanicAssert => {
                let name = |vm: &Self, d: u64| -> String {
                    if d == 0 {
                        "nil".into()
                    } else {
                        vm.m.type_descs[vm.read(d, 8) as usize].name.clone()
                    }
                };
                let (have, want, iface) = (
                    self.read(args, self.word),
                    self.read(args + w, self.word),
                    self.read(args + 2 * w, self.word),
                );
                let msg = assert_message(&name(self, iface), &name(self, have), &name(self, want));
                return Err(self.runtime_error(msg));
            }
            Service::Defer => {
                let size = self.read(args, self.word) as usize;
                let clo = self.read(args + w, self.word);
                let a = (args + 2 * w) as usize;
                let bytes = self.mem[a..a + size].to_vec();
                if let Some(d) = self.defers.last_mut() {
                    d.push((clo, bytes));
                }
            }
            Service::DeferReturn => self.run_defers()?,
            Service::ValuesEqual => {
                return Err(Stop::Unsupported(
                    "comparing interfaces, structs or arrays (not in the reference interpreter)"
                        .into(),
                ));
            }
            Service::PanicWrap => {
                let msg = String::from_utf8_lossy(&self.string(args)).into_owned();
                return Err(self.runtime_error(msg));
            }
            Service::AssertIface => {
                return Err(Stop::Unsupported(
                    "assertions to interface types (not in the reference interpreter)".into(),
                ));
            }
            Service::Go
            | Service::MakeChan
            | Service::ChanSend
            | Service::ChanRecv
            | Service::ChanClose
            | Service::Select => {
                // One Rust call stack runs the program here: no goroutines.
                return Err(Stop::Unsupported(
                    "goroutines and channels (the reference interpreter runs one goroutine)".into(),
                ));
            }
            Service::Recover | Service::RecoverOfCaller => {
                let v = match &mut self.panicking {
                    Some((d, x, _, rec)) if self.in_defer > 0 && !*rec => {
                        *rec = true;
                        (*d, *x)
                    }
                    _ => (0, 0),
                };
                self.write(args, self.word, v.0);
                self.write(args + w, self.word, v.1);
            }
            Service::Panic => {
                let (d, x) = (self.read(args, self.word), self.read(args + w, self.word));
                // gc 1.19's printpanicval of a nil interface (the
                // runtime's panic_value too).
                let text = if d == 0 {
                    "nil".to_string()
                } else {
                    self.format_value(d, x)
                };
                return Err(self.start_panic(d, x, text));
            }
            Service::UnsafeSlice => {
                let (es, p, len) = (
                    self.read(args, self.word),
                    self.read(args + w, self.word),
                    self.read(args + 2 * w, self.word),
                );
                let bits = 8 * self.word;
                if let Err(msg) = splitgo_abi::unsafe_slice_check(es, p, len, bits) {
                    return Err(self.runtime_error(msg.into()));
                }
                self.write(args + 3 * w, self.word, p);
                self.write(args + 4 * w, self.word, len);
                self.write(args + 5 * w, self.word, len);
            }
            Service::MakeSlice => {
                let bits = 8 * self.word;
                let (es, len, cap) = (
                    self.read(args, self.word),
                    sext(self.read(args + w, self.word), bits),
                    sext(self.read(args + 2 * w, self.word), bits),
                );
                if let Err(msg) = growslice::makeslice_check(es, len, cap, w) {
                    return Err(self.runtime_error(msg.into()));
                }
                let (len, cap) = (len as u64, cap as u64);
                let p = self.alloc((cap * es).max(1) as usize, 8) as u64;
                // After the element's layout word.
                self.write(args + 4 * w, self.word, p);
                self.write(args + 5 * w, self.word, len);
                self.write(args + 6 * w, self.word, cap);
            }
            Service::GrowSlice => {
                let es = self.read(args, self.word);
                let (p, len, cap) = (
                    self.read(args + w, self.word),
                    self.read(args + 2 * w, self.word),
                    self.read(args + 3 * w, self.word),
                );
                let newlen = self.read(args + 4 * w, self.word);
                if sext(newlen, 8 * self.word) < 0 {
                    return Err(self.runtime_error(growslice::GROWSLICE_CAP_ERROR.into()));
                }
                let (np, ncap) = if newlen <= cap {
                    (p, cap)
                } else {
                    let Some((ncap, bytes)) = growslice::grow_cap(es, cap, newlen, w) else {
                        return Err(self.runtime_error(growslice::GROWSLICE_CAP_ERROR.into()));
                    };
                    let np = self.alloc(bytes.max(1) as usize, 8) as u64;
                    if len > 0 {
                        self.copy(np, p, (len * es) as u32);
                    }
                    (np, ncap)
                };
                // After the element's layout word.
                self.write(args + 6 * w, self.word, np);
                self.write(args + 7 * w, self.word, newlen);
                self.write(args + 8 * w, self.word, ncap);
            }
            Service::Copy => {
                let es = self.read(args, self.word);
                let (dp, dl) = (
                    self.read(args + w, self.word),
                    self.read(args + 2 * w, self.word),
                );
                let (sp, sl) = (
                    self.read(args + 4 * w, self.word),
                    self.read(args + 5 * w, self.word),
                );
                let n = dl.min(sl);
                if n > 0 {
                    self.copy(dp, sp, (n * es) as u32);
                }
                self.write(args + 7 * w, self.word, n);
            }
            Service::DecodeRune => {
                let s = self.string(args);
                let i = self.read(args + 2 * w, self.word) as usize;
                let (r, next) = utf8::decode_rune_at(&s, i);
                self.write(args + 3 * w, self.word, r as i64 as u64);
                self.write(args + 4 * w, self.word, next as u64);
            }
            Service::PanicShift => {
                return Err(self.runtime_error("runtime error: negative shift amount".into()))
            }
            Service::PanicDivide => {
                return Err(self.runtime_error("runtime error: integer divide by zero".into()))
            }
            // The code generator's own sequences call these; the IR never does.
            Service::PanicContinue | Service::CallReturn | Service::GoExit | Service::Preempt => {
                return Err(Stop::Unsupported(format!("internal service {s:?}")))
            }
        }
        Ok(())
    }
}

impl Machine<'_> {
    /// The few natives the reference interpreter models: printing basic
    /// values held in interfaces, os.Exit, and fmt's init.
    fn native(&mut self, name: &str, args: u64) -> Result<(), Stop> {
        let w = self.word as u64;
        match name {
            "fmt.Println" | "fmt.Print" => {
                let (p, n) = (self.read(args, self.word), self.read(args + w, self.word));
                let mut parts = Vec::new();
                for i in 0..n {
                    let e = p + i * 2 * w;
                    let (desc, data) = (self.read(e, self.word), self.read(e + w, self.word));
                    parts.push(self.format_value(desc, data));
                }
                let text = if name == "fmt.Println" {
                    format!("{}\n", parts.join(" "))
                } else {
                    parts.concat()
                };
                self.out.stdout.push_str(&text);
                self.write(args + 3 * w, self.word, text.len() as u64);
                Ok(())
            }
            "fmt.Sprint" => {
                // Spaces between operands when neither is a string.
                let (p, n) = (self.read(args, self.word), self.read(args + w, self.word));
                let mut text = String::new();
                let mut prev_string = true;
                for i in 0..n {
                    let e = p + i * 2 * w;
                    let (desc, data) = (self.read(e, self.word), self.read(e + w, self.word));
                    let is_string = desc != 0
                        && desc != RUNTIME_ERROR_DESC
                        && self.m.type_descs[self.read(desc, 8) as usize].kind == TypeKind::String;
                    if i > 0 && !is_string && !prev_string {
                        text.push(' ');
                    }
                    text.push_str(&self.format_value(desc, data));
                    prev_string = is_string;
                }
                let a = self.alloc(text.len().max(1), 1);
                self.mem[a..a + text.len()].copy_from_slice(text.as_bytes());
                self.write(args + 3 * w, self.word, a as u64);
                self.write(args + 4 * w, self.word, text.len() as u64);
                Ok(())
            }
            "os.Exit" => Err(Stop::Exit(self.read(args, self.word) as i64 as i32)),
            // fmt's init registering its Format helper: this printer calls
            // no methods, so it has no use for it.
            "fmt.setFormatHook" => Ok(()),
            other => Err(Stop::Unsupported(format!("native {other}"))),
        }
    }

    fn format_value(&self, desc_addr: u64, data: u64) -> String {
        if desc_addr == 0 {
            return "<nil>".into();
        }
        if desc_addr == RUNTIME_ERROR_DESC {
            return String::from_utf8_lossy(&self.string(data)).into_owned();
        }
        let id = self.read(desc_addr, 8) as usize;
        let d = &self.m.type_descs[id];
        let raw = |n: u32| self.read(data, n);
        match d.kind {
            TypeKind::Bool => (raw(1) != 0).to_string(),
            TypeKind::Int | TypeKind::Int64 => (raw(8) as i64).to_string(),
            TypeKind::Int32 => (raw(4) as u32 as i32).to_string(),
            TypeKind::Int16 => (raw(2) as u16 as i16).to_string(),
            TypeKind::Int8 => (raw(1) as u8 as i8).to_string(),
            TypeKind::Uint | TypeKind::Uint64 | TypeKind::Uintptr => raw(8).to_string(),
            TypeKind::Uint32 => raw(4).to_string(),
            TypeKind::Uint16 => raw(2).to_string(),
            TypeKind::Uint8 => raw(1).to_string(),
            TypeKind::Float64 => format_float_g(f64::from_bits(raw(8)), 64),
            TypeKind::Float32 => format_float_g(f64::from(f32::from_bits(raw(4) as u32)), 32),
            TypeKind::Complex64 | TypeKind::Complex128 => {
                // Each part as its float type's %v; the imaginary part signed.
                let (re, im) = if d.kind == TypeKind::Complex64 {
                    let part = |o: u64| f32::from_bits(self.read(data + o, 4) as u32);
                    let g = |o: u64| format_float_g(f64::from(part(o)), 32);
                    (g(0), g(4))
                } else {
                    let part = |o: u64| f64::from_bits(self.read(data + o, 8));
                    (format_float_g(part(0), 64), format_float_g(part(8), 64))
                };
                let sign = if im.starts_with('-') { "" } else { "+" };
                format!("({re}{sign}{im}i)")
            }
            TypeKind::String => String::from_utf8_lossy(&self.string(data)).into_owned(),
            _ => format!("%!v(UNSUPPORTED {})", d.name),
        }
    }
}

struct MapObj {
    key_size: usize,
    key_is_string: bool,
    val_size: usize,
    entries: Vec<Option<(Vec<u8>, u64)>>,
}

impl Machine<'_> {
    /// The bytes that identify a key: strings by content, others by value.
    fn key_bytes(&self, m: &MapObj, kp: u64) -> Vec<u8> {
        if m.key_is_string {
            self.string(kp)
        } else {
            self.mem[kp as usize..kp as usize + m.key_size].to_vec()
        }
    }

    fn map_find(&self, addr: u64, kp: u64) -> Option<usize> {
        let m = self.maps.get(&addr)?;
        let k = self.key_bytes(m, kp);
        m.entries
            .iter()
            .position(|e| e.as_ref().is_some_and(|(x, _)| *x == k))
    }

    fn map_service(&mut self, s: Service, args: u64) -> Result<(), Stop> {
        let w = self.word as u64;
        let word = self.word;
        match s {
            Service::MakeMap => {
                let (kd, vd) = (self.read(args, word), self.read(args + w, word));
                let kdesc = &self.m.type_descs[self.read(kd, 8) as usize];
                let vdesc = &self.m.type_descs[self.read(vd, 8) as usize];
                // Keys are compared by their bytes (strings by content),
                // which is Go's == only for these kinds: floats (±0, NaN),
                // interfaces and aggregates (which may hold either, or
                // strings) are the runtime's hmap.rs alone, not modelled
                // here rather than answered wrongly.
                if !matches!(
                    kdesc.kind,
                    TypeKind::Bool
                        | TypeKind::Int
                        | TypeKind::Int8
                        | TypeKind::Int16
                        | TypeKind::Int32
                        | TypeKind::Int64
                        | TypeKind::Uint
                        | TypeKind::Uint8
                        | TypeKind::Uint16
                        | TypeKind::Uint32
                        | TypeKind::Uint64
                        | TypeKind::Uintptr
                        | TypeKind::Pointer
                        | TypeKind::Chan
                        | TypeKind::UnsafePointer
                        | TypeKind::String
                ) {
                    return Err(Stop::Unsupported(format!(
                        "map keys of type {} (not in the reference interpreter)",
                        kdesc.name
                    )));
                }
                let obj = MapObj {
                    key_size: kdesc.size as usize,
                    key_is_string: kdesc.kind == TypeKind::String,
                    val_size: vdesc.size as usize,
                    entries: Vec::new(),
                };
                // The map object: its first word is the count.
                let a = self.alloc(16, 8) as u64;
                self.maps.insert(a, obj);
                self.write(args + 3 * w, word, a);
            }
            Service::MapAccess => {
                let (m, kp) = (self.read(args, word), self.read(args + w, word));
                let found = if m == 0 { None } else { self.map_find(m, kp) };
                let (vp, ok) = match found {
                    Some(i) => (self.maps[&m].entries[i].as_ref().map_or(0, |e| e.1), 1),
                    None => {
                        let size = if m == 0 { 64 } else { self.maps[&m].val_size };
                        (self.alloc(size.max(1), 8) as u64, 0)
                    }
                };
                self.write(args + 2 * w, word, vp);
                self.write(args + 3 * w, word, ok);
            }
            Service::MapAssign => {
                let (m, kp) = (self.read(args, word), self.read(args + w, word));
                if m == 0 {
                    return Err(self.runtime_error("assignment to entry in nil map".into()));
                }
                let vp = match self.map_find(m, kp) {
                    Some(i) => self.maps[&m].entries[i].as_ref().map_or(0, |e| e.1),
                    None => {
                        let size = self.maps[&m].val_size;
                        let cell = self.alloc(size.max(1), 8) as u64;
                        let k = self.key_bytes(&self.maps[&m], kp);
                        self.maps
                            .get_mut(&m)
                            .expect("map")
                            .entries
                            .push(Some((k, cell)));
                        let n = self.read(m, word) + 1;
                        self.write(m, word, n);
                        cell
                    }
                };
                self.write(args + 2 * w, word, vp);
            }
            Service::MapDelete => {
                let (m, kp) = (self.read(args, word), self.read(args + w, word));
                if m != 0 {
                    if let Some(i) = self.map_find(m, kp) {
                        self.maps.get_mut(&m).expect("map").entries[i] = None;
                        let n = self.read(m, word) - 1;
                        self.write(m, word, n);
                    }
                }
            }
            Service::MapClear => {
                let m = self.read(args, word);
                if let Some(map) = self.maps.get_mut(&m) {
                    map.entries.iter_mut().for_each(|e| *e = None);
                    self.write(m, word, 0);
                }
            }
            Service::MapNext => {
                let (m, pos) = (self.read(args, word), self.read(args + w, word) as usize);
                let mut out = (0u64, 0u64, pos as u64);
                if m != 0 {
                    let entries = &self.maps[&m].entries;
                    if let Some(i) = (pos..entries.len()).find(|&i| entries[i].is_some()) {
                        let key_is_string = self.maps[&m].key_is_string;
                        let (k, v) = entries[i].clone().expect("present");
                        // A copy of the key in memory for the caller to load.
                        let ka = if key_is_string {
                            let d = self.alloc(k.len().max(1), 1);
                            self.mem[d..d + k.len()].copy_from_slice(&k);
                            let hdr = self.alloc(16, 8) as u64;
                            self.write(hdr, word, d as u64);
                            self.write(hdr + w, word, k.len() as u64);
                            hdr
                        } else {
                            let a = self.alloc(k.len().max(1), 8);
                            self.mem[a..a + k.len()].copy_from_slice(&k);
                            a as u64
                        };
                        out = (ka, v, i as u64 + 1);
                    }
                }
                self.write(args + 2 * w, word, out.0);
                self.write(args + 3 * w, word, out.1);
                self.write(args + 4 * w, word, out.2);
            }
            _ => {}
        }
        Ok(())
    }
}

struct Frame {
    out: u64,
    locals: u64,
    args: u64,
    /// The closure this call came through (0 for a direct call).
    ctx: u64,
}

impl Frame {
    fn at(&self, l: Loc) -> u64 {
        match l {
            Loc::Out(o) => self.out + o as u64,
            Loc::Local(o) => self.locals + o as u64,
            Loc::Arg(o) => self.args + o as u64,
        }
    }
}

fn sext(x: u64, bits: u32) -> i64 {
    let s = 64 - bits;
    ((x << s) as i64) >> s
}

fn bin(op: BinOp, ty: Scalar, x: u64, y: u64, count: u64) -> Result<u64, Stop> {
    let bits = ty.size() * 8;
    if ty.is_float() {
        let (a, b) = if ty == Scalar::F64 {
            (f64::from_bits(x), f64::from_bits(y))
        } else {
            (
                f32::from_bits(x as u32) as f64,
                f32::from_bits(y as u32) as f64,
            )
        };
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => a / b,
            _ => return Err(Stop::Unsupported("float op".into())),
        };
        return Ok(if ty == Scalar::F64 {
            r.to_bits()
        } else {
            (r as f32).to_bits() as u64
        });
    }
    let signed = ty.is_signed();
    let (sx, sy) = (sext(x, bits), sext(y, bits));
    let r = match op {
        BinOp::Add => x.wrapping_add(y),
        BinOp::Sub => x.wrapping_sub(y),
        BinOp::Mul => x.wrapping_mul(y),
        BinOp::Div | BinOp::Rem => {
            let m = if bits == 64 {
                u64::MAX
            } else {
                (1u64 << bits) - 1
            };
            if y & m == 0 {
                return Err(Stop::Panic("runtime error: integer divide by zero".into()));
            }
            if signed {
                // MinInt / -1 wraps, as Go defines.
                let q = if op == BinOp::Div {
                    sx.wrapping_div(sy)
                } else {
                    sx.wrapping_rem(sy)
                };
                q as u64
            } else {
                let (ux, uy) = (x & m, y & m);
                if op == BinOp::Div {
                    ux / uy
                } else {
                    ux % uy
                }
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::AndNot => x & !y,
        BinOp::Shl => {
            if count >= bits as u64 {
                0
            } else {
                x << count
            }
        }
        BinOp::Shr => {
            if signed {
                let c = count.min(bits as u64 - 1);
                (sx >> c) as u64
            } else if count >= bits as u64 {
                0
            } else {
                let m = if bits == 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                (x & m) >> count
            }
        }
    };
    Ok(r)
}

fn compare(ty: Scalar, x: u64, y: u64) -> Option<std::cmp::Ordering> {
    let bits = ty.size() * 8;
    match ty {
        Scalar::F64 => f64::from_bits(x).partial_cmp(&f64::from_bits(y)),
        Scalar::F32 => f32::from_bits(x as u32).partial_cmp(&f32::from_bits(y as u32)),
        _ if ty.is_signed() => Some(sext(x, bits).cmp(&sext(y, bits))),
        _ => {
            let m = if bits == 64 {
                u64::MAX
            } else {
                (1u64 << bits) - 1
            };
            Some((x & m).cmp(&(y & m)))
        }
    }
}

fn conv(from: Scalar, to: Scalar, x: u64) -> u64 {
    let fb = from.size() * 8;
    let as_f64 = match from {
        Scalar::F64 => Some(f64::from_bits(x)),
        Scalar::F32 => Some(f32::from_bits(x as u32) as f64),
        _ => None,
    };
    match (as_f64, to) {
        (Some(f), Scalar::F64) => f.to_bits(),
        (Some(f), Scalar::F32) => (f as f32).to_bits() as u64,
        (Some(f), t) if t.is_signed() => cvtt(f) as u64,
        (Some(f), _) => {
            // gc on amd64: values from 2^63 up are converted after
            // subtracting 2^63; below, as a signed conversion.
            const TWO63: f64 = 9_223_372_036_854_775_808.0;
            if f >= TWO63 {
                (cvtt(f - TWO63) as u64) ^ (1 << 63)
            } else {
                cvtt(f) as u64
            }
        }
        (None, t) => {
            let v = if from.is_signed() {
                sext(x, fb)
            } else {
                (x & mask(fb)) as i64
            };
            match t {
                Scalar::F64 => {
                    if from.is_signed() {
                        (v as f64).to_bits()
                    } else {
                        ((x & mask(fb)) as f64).to_bits()
                    }
                }
                Scalar::F32 => {
                    let f = if from.is_signed() {
                        v as f32
                    } else {
                        (x & mask(fb)) as f32
                    };
                    f.to_bits() as u64
                }
                _ => v as u64,
            }
        }
    }
}

/// x86's truncating conversion: out of range and NaN give MinInt64.
fn cvtt(f: f64) -> i64 {
    if f.is_nan() || !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}
