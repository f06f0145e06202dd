//! Calls of the predeclared functions: `len`, `cap`, `new`, `make`,
//! `append`, `copy`, `delete`, `print`/`println`, `panic`, `recover`,
//! `complex`/`real`/`imag` and the others, inline or through services.

use super::*;
use crate::ast::{Expr, ExprKind};
use crate::check::scope::Builtin;

/// Kinds of values `print`/`println` know, as the runtime's PrintValue
/// service reads them from its first argument word (the ABI crate's codes).
pub(super) use splitgo_abi::print_kind;

impl FnBuilder<'_, '_> {
    pub(super) fn builtin(
        &mut self,
        b: Builtin,
        e: &Expr,
        args: &[Expr],
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        if args.len() == 1
            && matches!(
                b,
                Builtin::Print
                    | Builtin::Println
                    | Builtin::Copy
                    | Builtin::Delete
                    | Builtin::Append
                    | Builtin::Complex
            )
            && matches!(self.under(self.expr_type(args[0].id)), Type::Tuple(_))
        {
            let rs = self.call_expr(&args[0])?;
            return self.builtin_of_results(b, e, rs, line);
        }
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.call_service(Service::PrintSpace, line);
                    }
                    self.print_value(a, line)?;
                }
                if b == Builtin::Println {
                    self.call_service(Service::PrintNewline, line);
                }
                Some(vec![])
            }
            Builtin::Len => {
                let t = self.expr_type(args[0].id);
                let int_t = self.expr_type(e.id);
                match self.under(t).clone() {
                    Type::Basic(_) | Type::Slice(_) => {
                        let s = self.expr(&args[0])?;
                        Some(vec![(s.plus(w), int_t)])
                    }
                    // Not constant: the operand has a call or a receive
                    // (the checker folds every other case), which runs.
                    Type::Array(n, _) => {
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Pointer(p) if matches!(self.under(p), Type::Array(..)) => {
                        let Type::Array(n, _) = *self.under(p) else {
                            return None;
                        };
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Map(..) | Type::Chan(..) => {
                        // The count is the map's or channel's first word;
                        // nil has none.
                        let mv = self.expr(&args[0])?;
                        let n = self.word_or_zero(mv, 0, INT, line);
                        Some(vec![(n, int_t)])
                    }
                    _ => {
                        self.m.unsupported(e.span, "len of this type");
                        None
                    }
                }
            }
            Builtin::Cap => {
                let t = self.expr_type(args[0].id);
                let int_t = self.expr_type(e.id);
                match self.under(t).clone() {
                    Type::Slice(_) => {
                        let s = self.expr(&args[0])?;
                        Some(vec![(s.plus(2 * w), int_t)])
                    }
                    // Not constant: the operand has a call or a receive
                    // (the checker folds every other case), which runs.
                    Type::Array(n, _) => {
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Pointer(p) if matches!(self.under(p), Type::Array(..)) => {
                        let Type::Array(n, _) = *self.under(p) else {
                            return None;
                        };
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Chan(..) => {
                        // A channel's capacity is its second word.
                        let cv = self.expr(&args[0])?;
                        let n = self.word_or_zero(cv, w as i32, INT, line);
                        Some(vec![(n, int_t)])
                    }
                    _ => {
                        self.m.unsupported(e.span, "cap of this type");
                        None
                    }
                }
            }
            Builtin::Make => {
                let t = self.expr_type(e.id);
                if let Type::Map(..) = self.under(t) {
                    let hint = match args.get(1) {
                        Some(h) => self.int_word(h, line)?,
                        None => self.word_imm(0, line),
                    };
                    return Some(vec![(self.make_map(t, hint, line), t)]);
                }
                if let Type::Chan(..) = self.under(t) {
                    return Some(vec![(self.make_chan(t, args.get(1), line)?, t)]);
                }
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let len = self.int_word(&args[1], line)?;
                let cap = match args.get(2) {
                    Some(c) => self.int_word(c, line)?,
                    None => len,
                };
                let esz = self.word_imm(es, line);
                let dst = self.slice_service(Service::MakeSlice, [esz, len, cap], Some(el), line);
                Some(vec![(dst, t)])
            }
            Builtin::Append => {
                let t = self.expr_type(e.id);
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el);
                let s0 = self.expr(&args[0])?;
                let old = self.temp(t);
                self.mov(old, s0, 3 * w, line);
                let spread = matches!(
                    &e.kind,
                    ExprKind::Call {
                        ellipsis: Some(_),
                        ..
                    }
                );
                // The values to append (or, with ..., the slice or string).
                let mut vals = Vec::new();
                let mut extra: Option<(Loc, bool)> = None;
                if spread {
                    let at = self.expr_type(args[1].id);
                    let v = self.expr(&args[1])?;
                    let keep = self.temp(at);
                    let size = self.m.size_of(at);
                    self.emit(
                        Inst::Move {
                            dst: keep,
                            src: v,
                            size,
                        },
                        line,
                    );
                    extra = Some((keep, self.is_string(at)));
                } else {
                    for a in &args[1..] {
                        let at = self.expr_type(a.id);
                        let v = self.expr(a)?;
                        let v = self.coerce(v, at, el, line)?;
                        let keep = self.temp(el);
                        self.mov(keep, v, es, line);
                        vals.push(keep);
                    }
                }
                let res = self.append_to(old, el, vals, extra, line);
                Some(vec![(res, t)])
            }
            Builtin::Copy => {
                let dt = self.expr_type(args[0].id);
                let Type::Slice(el) = self.under(dt).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let d = self.expr(&args[0])?;
                let dk = self.words_temp(&SLICE_WORDS);
                self.mov(dk, d, 3 * w, line);
                let st = self.expr_type(args[1].id);
                let sv = self.expr(&args[1])?;
                let src_words = if self.is_string(st) { 2 } else { 3 };
                let sk = self.words_temp(&SLICE_WORDS);
                self.mov(sk, sv, src_words * w, line);
                if src_words == 2 {
                    self.mov(sk.plus(2 * w), sk.plus(w), w, line);
                }
                let int_t = self.expr_type(e.id);
                Some(vec![(self.copy_slices(dk, sk, es, line), int_t)])
            }
            Builtin::Close => {
                self.close_chan(&args[0], line)?;
                Some(vec![])
            }
            Builtin::Delete => {
                let mt = self.expr_type(args[0].id);
                let Type::Map(kt, _) = self.under(mt).clone() else {
                    return None;
                };
                let mv = self.expr(&args[0])?;
                let m = self.ptr_temp();
                self.mov(m, mv, w, line);
                let kp = self.key_ptr(&args[1], kt, line)?;
                self.mov(Loc::Out(0), m, w, line);
                self.mov(Loc::Out(w), kp, w, line);
                self.call_service(Service::MapDelete, line);
                Some(vec![])
            }
            Builtin::New => {
                let t = self.expr_type(e.id);
                let Type::Pointer(el) = self.under(t).clone() else {
                    return None;
                };
                let cell = self.heap_alloc(el, line);
                Some(vec![(cell, t)])
            }
            Builtin::Panic => {
                let at = self.expr_type(args[0].id);
                let v = self.expr(&args[0])?;
                let any = self.m.p.types.find(&Type::Interface(vec![]))?;
                let v = self.coerce(v, at, any, line)?;
                self.mov(Loc::Out(0), v, 2 * w, line);
                self.call_service(Service::Panic, line);
                self.terminate(Term::Unreachable, line);
                let _ = ws;
                Some(vec![])
            }
            Builtin::Complex => {
                let t = self.expr_type(e.id);
                let v = self.builtin_complex(e, args, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Real | Builtin::Imag => {
                let t = self.expr_type(e.id);
                let v = self.builtin_part(b == Builtin::Imag, args, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Recover => {
                self.call_service(Service::Recover, line);
                let t = self.expr_type(e.id);
                let dst = self.temp(t);
                self.emit(
                    Inst::Move {
                        dst,
                        src: Loc::Out(0),
                        size: 2 * w,
                    },
                    line,
                );
                Some(vec![(dst, t)])
            }
            Builtin::Min | Builtin::Max => {
                let t = self.expr_type(e.id);
                Some(vec![(self.min_max(b, t, args, line)?, t)])
            }
            Builtin::Clear => {
                self.clear(&args[0], line)?;
                Some(vec![])
            }
            Builtin::UnsafeAdd => Some(vec![(self.unsafe_add(args, line)?, self.expr_type(e.id))]),
            Builtin::UnsafeSlice => Some(vec![(
                self.unsafe_slice(e, args, line)?,
                self.expr_type(e.id),
            )]),
            _ => {
                self.m
                    .unsupported(e.span, &format!("the builtin {}", b.name()));
                None
            }
        }
    }

    /// One value of `print`/`println`: kind word, then the value widened to
    /// 64 bits (strings: their two words).
    fn print_value(&mut self, a: &Expr, line: u32) -> Option<()> {
        let t = self.expr_type(a.id);
        let v = self.expr(a)?;
        self.print_loc(v, t, a.span, line)
    }

    /// `print_value` of the value at `v`, of type `t`.
    fn print_loc(&mut self, v: Loc, t: TypeId, span: Span, line: u32) -> Option<()> {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let val = Loc::Out(w);
        let mut words = 2;
        let kind = if self.is_string(t) {
            self.mov(val, v, 2 * w, line);
            print_kind::STRING
        } else if let Some(fs) = self.complex_part(t) {
            self.print_complex(v, fs, val, line)
        } else if let Type::Slice(_) = self.under(t) {
            words = 3;
            self.mov(val, v, 3 * w, line);
            print_kind::SLICE
        } else if let Type::Interface(_) = self.under(t) {
            self.mov(val, v, 2 * w, line);
            print_kind::IFACE
        } else {
            let Some(sc) = self.scalar(t) else {
                self.m.unsupported(span, "printing values of this type");
                return None;
            };
            let (kind, wide) = match self.under(t) {
                Type::Basic(k) if k.is_boolean() => (print_kind::BOOL, Scalar::U64),
                Type::Basic(k) if k.is_float() => (print_kind::FLOAT, Scalar::F64),
                Type::Basic(k) if k.is_unsigned() => (print_kind::UINT, Scalar::U64),
                Type::Basic(k) if k.is_integer() => (print_kind::INT, Scalar::I64),
                _ => (print_kind::POINTER, Scalar::U64),
            };
            if sc == wide {
                self.mov(val, v, 8, line);
            } else {
                self.emit(
                    Inst::Conv {
                        from: sc,
                        to: wide,
                        dst: val,
                        a: v,
                    },
                    line,
                );
            }
            kind
        };
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: kind,
            },
            line,
        );
        let size = w + (words * w).max(16);
        self.call(Callee::Runtime(Service::PrintValue), size, line);
        Some(())
    }

    /// The slice `old` (at a 3-word slot) grown by `vals` (one slot each,
    /// elements of type `el`) or by the slice or string `extra`
    /// (`append(s, x...)`), through GrowSlice.
    fn append_to(
        &mut self,
        old: Loc,
        el: TypeId,
        vals: Vec<Loc>,
        extra: Option<(Loc, bool)>,
        line: u32,
    ) -> Loc {
        let es = self.m.size_of(el);
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        // newlen = len(old) + number of new elements.
        let count = match extra {
            Some((x, _)) => x.plus(w),
            None => self.word_imm(vals.len() as u64, line),
        };
        let newlen = self.int_temp();
        self.bin(BinOp::Add, ws, newlen, old.plus(w), count, line);
        let esz = self.word_imm(es as u64, line);
        self.mov(Loc::Out(0), esz, w, line);
        self.mov(Loc::Out(w), old, 3 * w, line);
        self.mov(Loc::Out(4 * w), newlen, w, line);
        self.type_layout_to(Loc::Out(5 * w), el, line);
        self.call_service(Service::GrowSlice, line);
        let res = self.words_temp(&SLICE_WORDS);
        self.mov(res, self.service_result(Service::GrowSlice, 0), 3 * w, line);
        match extra {
            Some((x, _)) => {
                // copy(res[len(old):], x)
                let tail = self.words_temp(&SLICE_WORDS);
                let off = self.int_temp();
                self.bin(BinOp::Mul, ws, off, old.plus(w), esz, line);
                self.bin(BinOp::Add, ws, tail, res, off, line);
                self.mov(tail.plus(w), count, w, line);
                self.mov(tail.plus(2 * w), count, w, line);
                self.mov(Loc::Out(0), esz, w, line);
                self.mov(Loc::Out(w), tail, 3 * w, line);
                // A string source has 2 words; its "cap" word is not read.
                self.mov(Loc::Out(4 * w), x, 2 * w, line);
                self.mov(Loc::Out(6 * w), count, w, line);
                self.call_service(Service::Copy, line);
            }
            None => {
                let base = self.ptr_temp();
                let off = self.int_temp();
                self.bin(BinOp::Mul, ws, off, old.plus(w), esz, line);
                self.bin(BinOp::Add, ws, base, res, off, line);
                for (i, v) in vals.into_iter().enumerate() {
                    self.emit(
                        Inst::Store {
                            ptr: base,
                            off: (i as u32 * es) as i32,
                            src: v,
                            size: es,
                        },
                        line,
                    );
                }
            }
        }
        res
    }

    /// A runtime service that takes three words (an element size first),
    /// for MakeSlice then the layout word of `elem`, and returns a slice
    /// (MakeSlice, UnsafeSlice): the slice, copied into a slot of its own.
    pub(super) fn slice_service(
        &mut self,
        svc: Service,
        args: [Loc; 3],
        elem: Option<TypeId>,
        line: u32,
    ) -> Loc {
        let w = self.word();
        for (i, a) in args.into_iter().enumerate() {
            self.mov(Loc::Out(i as u32 * w), a, w, line);
        }
        if let Some(el) = elem {
            self.type_layout_to(Loc::Out(3 * w), el, line);
        }
        self.call_service(svc, line);
        let dst = self.words_temp(&SLICE_WORDS);
        self.mov(dst, self.service_result(svc, 0), 3 * w, line);
        dst
    }

    /// copy between the slices at `dk` and `sk` (3-word slots; a string
    /// source has its length copied into the third word), elements of `es`
    /// bytes: the count copied, through the Copy service.
    fn copy_slices(&mut self, dk: Loc, sk: Loc, es: u64, line: u32) -> Loc {
        let w = self.word();
        let esz = self.word_imm(es, line);
        self.mov(Loc::Out(0), esz, w, line);
        self.mov(Loc::Out(w), dk, 3 * w, line);
        self.mov(Loc::Out(4 * w), sk, 3 * w, line);
        self.call_service(Service::Copy, line);
        let n = self.int_temp();
        self.mov(n, self.service_result(Service::Copy, 0), w, line);
        n
    }

    /// A builtin whose arguments are the results `rs` of one multi-value
    /// call (`print(f())`, `copy(f())`, `delete(f())`, `append(f())`).
    fn builtin_of_results(
        &mut self,
        b: Builtin,
        e: &Expr,
        rs: Vec<(Loc, TypeId)>,
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let w = self.word();
        // Each result in its own slot: later steps call the runtime.
        let rs: Vec<(Loc, TypeId)> = rs
            .into_iter()
            .map(|(v, t)| {
                let keep = self.temp(t);
                let size = self.m.size_of(t);
                self.mov(keep, v, size, line);
                (keep, t)
            })
            .collect();
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, &(v, t)) in rs.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.call_service(Service::PrintSpace, line);
                    }
                    self.print_loc(v, t, e.span, line)?;
                }
                if b == Builtin::Println {
                    self.call_service(Service::PrintNewline, line);
                }
                Some(vec![])
            }
            Builtin::Copy => {
                let Type::Slice(el) = self.under(rs[0].1).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let (sv, st) = rs[1];
                let sk = self.words_temp(&SLICE_WORDS);
                if self.is_string(st) {
                    self.mov(sk, sv, 2 * w, line);
                    self.mov(sk.plus(2 * w), sk.plus(w), w, line);
                } else {
                    self.mov(sk, sv, 3 * w, line);
                }
                let int_t = self.expr_type(e.id);
                Some(vec![(self.copy_slices(rs[0].0, sk, es, line), int_t)])
            }
            Builtin::Complex => {
                let t = self.expr_type(e.id);
                let v = self.complex_from_parts(t, rs[0].0, rs[1].0, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Delete => {
                let Type::Map(kt, _) = self.under(rs[0].1).clone() else {
                    return None;
                };
                let kp = self.key_ptr_of(rs[1].0, rs[1].1, kt, line)?;
                self.mov(Loc::Out(0), rs[0].0, w, line);
                self.mov(Loc::Out(w), kp, w, line);
                self.call_service(Service::MapDelete, line);
                Some(vec![])
            }
            Builtin::Append => {
                let t = self.expr_type(e.id);
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el);
                let mut vals = Vec::new();
                for &(v, vt) in &rs[1..] {
                    let v = self.coerce(v, vt, el, line)?;
                    let keep = self.temp(el);
                    self.mov(keep, v, es, line);
                    vals.push(keep);
                }
                let res = self.append_to(rs[0].0, el, vals, None, line);
                Some(vec![(res, t)])
            }
            _ => None,
        }
    }
}
