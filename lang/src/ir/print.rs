//! A textual form of the IR, for tests and `splitgo disasm --ir`:
//!
//! ```text
//! func main.add args=24 locals=8 out=0
//! b0:
//!     L0 = add.i64 A0, A8        ; 3
//!     A16 = mov 8 L0             ; 3
//!     ret
//! ```
//! `A`, `L` and `O` are the argument, local and outgoing areas, with byte
//! offsets.

use super::*;
use std::fmt::{self, Write};

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Loc::Local(o) => write!(f, "L{o}"),
            Loc::Arg(o) => write!(f, "A{o}"),
            Loc::Out(o) => write!(f, "O{o}"),
        }
    }
}

fn bin_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::Rem => "rem",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
        BinOp::AndNot => "andnot",
        BinOp::Shl => "shl",
        BinOp::Shr => "shr",
    }
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "eq",
        CmpOp::Ne => "ne",
        CmpOp::Lt => "lt",
        CmpOp::Le => "le",
        CmpOp::Gt => "gt",
        CmpOp::Ge => "ge",
    }
}

/// One instruction as text, naming functions and natives from `m`.
pub fn inst(m: &Module, i: &Inst) -> String {
    match i {
        Inst::Imm { dst, ty, bits } => format!("{dst} = imm.{} {:#x}", ty.name(), bits),
        Inst::Bin { op, ty, dst, a, b } => {
            format!("{dst} = {}.{} {a}, {b}", bin_name(*op), ty.name())
        }
        Inst::Un { op, ty, dst, a } => {
            let n = match op {
                UnOp::Neg => "neg",
                UnOp::Not => "not",
                UnOp::Sqrt => "sqrt",
            };
            format!("{dst} = {n}.{} {a}", ty.name())
        }
        Inst::Cmp { op, ty, dst, a, b } => {
            format!("{dst} = {}.{} {a}, {b}", cmp_name(*op), ty.name())
        }
        Inst::Conv { from, to, dst, a } => {
            format!("{dst} = conv.{}.{} {a}", from.name(), to.name())
        }
        Inst::Addr { dst, what } => {
            let w = match what {
                AddrOf::Global(g) => m.globals[g.0 as usize].name.clone(),
                AddrOf::Data(d) => format!("data{}", d.0),
                AddrOf::Frame(l) => l.to_string(),
                AddrOf::FuncValue(f) => format!("funcval {}", m.funcs[f.0 as usize].name),
                AddrOf::TypeDesc(t) => format!("type {}", m.type_descs[t.0 as usize].name),
                AddrOf::NativeValue(n) => format!("nativeval {}", m.natives[n.0 as usize].name),
                AddrOf::Itab(i) => {
                    let it = &m.itabs[i.0 as usize];
                    format!(
                        "itab {},{}",
                        it.iface, m.type_descs[it.concrete.0 as usize].name
                    )
                }
            };
            format!("{dst} = addr {w}")
        }
        Inst::Load {
            dst,
            ptr,
            off,
            size,
        } => format!("{dst} = load {size} [{ptr}+{off}]"),
        Inst::Store {
            ptr,
            off,
            src,
            size,
        } => format!("store {size} [{ptr}+{off}] = {src}"),
        Inst::Move { dst, src, size } => format!("{dst} = mov {size} {src}"),
        Inst::Zero { dst, size } => format!("{dst} = zero {size}"),
        Inst::Call { callee, arg_size } => {
            let c = match callee {
                Callee::Func(f) => m.funcs[f.0 as usize].name.clone(),
                Callee::Native(n) => format!("native {}", m.natives[n.0 as usize].name),
                Callee::Closure(l) => format!("closure {l}"),
                Callee::Runtime(s) => format!("runtime {s:?}"),
            };
            format!("call {c} args={arg_size}")
        }
        Inst::ClosureContext { dst } => format!("{dst} = closure-context"),
        Inst::PreemptCheck => "preempt-check".into(),
    }
}

/// A function as text.
pub fn func(m: &Module, f: &Func) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "func {} args={} locals={} out={}",
        f.name, f.arg_size, f.locals_size, f.out_size
    );
    for (i, b) in f.blocks.iter().enumerate() {
        let _ = writeln!(s, "b{i}:");
        for (ins, pos) in &b.insts {
            let at = match m.src_pos(*pos) {
                (None, line) => line.to_string(),
                (Some(p), line) => format!("{}:{line}", p.file),
            };
            let _ = writeln!(s, "    {:<40} ; {at}", inst(m, ins));
        }
        let t = match &b.term {
            Term::Jump(t) => format!("jmp b{}", t.0),
            Term::Branch { cond, then, els } => format!("br {cond}, b{}, b{}", then.0, els.0),
            Term::Return => "ret".to_string(),
            Term::Unreachable => "unreachable".to_string(),
        };
        let _ = writeln!(s, "    {t}");
    }
    s
}

/// The whole module as text.
pub fn module(m: &Module) -> String {
    let mut s = String::new();
    for g in &m.globals {
        let _ = writeln!(s, "global {} size={} align={}", g.name, g.size, g.align);
    }
    for f in &m.funcs {
        s.push_str(&func(m, f));
    }
    s
}
