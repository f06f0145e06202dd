//! Inlining: a call of a small function replaced by the function's body,
//! as gc does (spectral-norm's `a(i, j)`: the call costs more than what it
//! computes; a getter through a pointer, an element accessor).
//!
//! A function declared under `//go:noinline` is never inlined. This step
//! inlines small *leaves that may panic*: functions that have no loop (so
//! no preemption check), take no frame address and make no call but of
//! the runtime services that panic and do not return (the bounds, divide,
//! shift and type assertion checks, and `panic(v)` of a value that needs
//! no allocation), and of functions that are
//! themselves inlined into them (bottom-up, so two levels and more). Loads
//! and stores through pointers are allowed: a nil pointer faults there.
//!
//! Such code can stop a goroutine (a panic, a fault) where a trace or
//! `runtime.Caller` sees it, so the function keeps an inline table
//! ([`Func::inlined`]): each inlined call is a node (the callee's name and
//! file, the call's position in its parent, another node when the call was
//! itself in inlined code), and each inlined instruction carries a position
//! code from [`INLINED_POS`] on, naming its node and its position in the
//! callee's source. The pc table (jit/src/functab.rs) turns them into
//! sources that name the inlined call, which the runtime walks.
//!
//! The body works on the caller's frame: its arguments and results are
//! where the caller put them for the call, its outgoing area (used only by
//! the calls of panicking services) the caller's, grown to fit, and its
//! locals get a fresh region above the caller's, with their allocations
//! (`Func::slots`), so that the register allocator promotes them as any
//! other local. The caller's frame grows by that region, which its own
//! split check covers.

use std::collections::HashMap;

use splitgo_lang::ir::{
    AddrOf, Block, BlockId, Callee, FrameSlot, Func, FuncId, InlineTable, InlinedCall, InlinedPos,
    Inst, Loc, Module, PtrMask, Service, SrcPos, Term, INLINED_POS,
};

/// The largest body inlined, in instructions (after its own inlining).
const MAX_INSTS: usize = 40;

/// How deep calls inlined into inlined bodies go.
const MAX_DEPTH: usize = 4;

/// Whether `g` has the shape of an inlinable function: small, no loop, no
/// frame address, no call but of panicking services and of Go functions
/// (which must themselves be inlined into it: [`inline_calls`] checks
/// that once it has tried).
pub fn inlinable(g: &Func) -> bool {
    if g.blocks.is_empty()
        || g.nosplit
        || g.noinline
        || g.wrapper
        || g.recover_block.is_some()
        || g.blocks.iter().map(|b| b.insts.len()).sum::<usize>() > MAX_INSTS
    {
        return false;
    }
    // No loop: every jump goes forward.
    for (i, b) in g.blocks.iter().enumerate() {
        let forward = |t: BlockId| t.0 as usize > i;
        let ok = match b.term {
            Term::Jump(t) => forward(t),
            Term::Branch { then, els, .. } => forward(then) && forward(els),
            Term::Return => true,
            // Only after a run-time error's service, which never returns.
            Term::Unreachable => matches!(
                b.insts.last(),
                Some((Inst::Call { callee: Callee::Runtime(s), .. }, _)) if raises(*s)
            ),
        };
        if !ok {
            return false;
        }
        for (inst, _) in &b.insts {
            let ok = match inst {
                Inst::Imm { .. }
                | Inst::Bin { .. }
                | Inst::Un { .. }
                | Inst::Cmp { .. }
                | Inst::Conv { .. }
                | Inst::Move { .. }
                | Inst::Zero { .. }
                | Inst::Load { .. }
                | Inst::Store { .. } => true,
                Inst::Addr { what, .. } => !matches!(what, AddrOf::Frame(_)),
                Inst::Call {
                    callee: Callee::Runtime(s),
                    ..
                } => raises(*s),
                Inst::Call {
                    callee: Callee::Func(_),
                    ..
                } => true,
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// Whether `s` raises a panic and never returns: `panic(v)`, or one of the
/// run-time errors the lowering checks for.
fn raises(s: Service) -> bool {
    matches!(
        s,
        Service::Panic
            | Service::PanicBounds
            | Service::PanicDivide
            | Service::PanicShift
            | Service::PanicAssert
    )
}

/// Whether nothing in `g` can stop the goroutine: no load, store or call.
/// Only such bodies go into a wrapper, whose frame traces hide.
fn cannot_stop(g: &Func) -> bool {
    g.blocks.iter().flat_map(|b| &b.insts).all(|(i, _)| {
        !matches!(
            i,
            Inst::Load { .. } | Inst::Store { .. } | Inst::Call { .. }
        )
    })
}

/// Whether `g`, once its own calls are inlined, can replace a call: no Go
/// call left, and small enough.
fn closed(g: &Func) -> bool {
    g.blocks.iter().map(|b| b.insts.len()).sum::<usize>() <= MAX_INSTS
        && g.blocks.iter().flat_map(|b| &b.insts).all(|(i, _)| {
            !matches!(
                i,
                Inst::Call {
                    callee: Callee::Func(_),
                    ..
                }
            )
        })
}

/// The bodies of the candidates met while inlining into one function, each
/// with its own calls inlined (`None`: it cannot be inlined after all).
struct Bodies<'m> {
    m: &'m Module,
    can: &'m [bool],
    done: HashMap<FuncId, Option<Func>>,
    /// The candidates being expanded, outermost first: a call of one of
    /// them is recursion and stays a call.
    open: Vec<FuncId>,
}

impl Bodies<'_> {
    /// The body of `id` ready to inline, if it is one.
    fn get(&mut self, id: FuncId) -> Option<&Func> {
        if !self.done.contains_key(&id) {
            if self.open.contains(&id) || self.open.len() >= MAX_DEPTH {
                return None;
            }
            self.open.push(id);
            let mut g = self.m.func(id).clone();
            inline_into(self, &mut g);
            self.open.pop();
            let body = closed(&g).then_some(g);
            self.done.insert(id, body);
        }
        self.done[&id].as_ref()
    }
}

/// Replaces `f`'s calls of inlinable functions of `m` by their bodies;
/// whether it called any. `can` says which functions have the shape of
/// one (by index: [`inlinable`]).
pub fn inline_calls(m: &Module, f: &mut Func, can: &[bool]) -> bool {
    let mut bodies = Bodies {
        m,
        can,
        done: HashMap::new(),
        open: Vec::new(),
    };
    inline_into(&mut bodies, f)
}

fn inline_into(bodies: &mut Bodies<'_>, f: &mut Func) -> bool {
    let (m, can) = (bodies.m, bodies.can);
    // Code that traces must not see stop in (a wrapper's, which they
    // hide; a nosplit function's) takes only bodies that cannot stop.
    let quiet = f.wrapper || f.nosplit;
    let mut any = false;
    for b in &f.blocks {
        for (i, _) in &b.insts {
            if let Inst::Call {
                callee: Callee::Func(g),
                ..
            } = i
            {
                if can.get(g.0 as usize).copied().unwrap_or(false)
                    && m.func(*g).name != f.name
                    && bodies.get(*g).is_some_and(|g| !quiet || cannot_stop(g))
                {
                    any = true;
                }
            }
        }
    }
    if !any {
        return false;
    }
    let done = &bodies.done;
    let name = std::mem::take(&mut f.name);
    let target = |inst: &Inst| match inst {
        Inst::Call {
            callee: Callee::Func(g),
            ..
        } if m.func(*g).name != name => done
            .get(g)
            .and_then(Option::as_ref)
            .filter(|g| !quiet || cannot_stop(g)),
        _ => None,
    };
    // Where each block starts in the new numbering: its pieces are the
    // code before each inlined call, the callee's blocks, and the rest.
    let mut first = Vec::with_capacity(f.blocks.len());
    let mut next = 0u32;
    for b in &f.blocks {
        first.push(next);
        next += 1;
        for (i, _) in &b.insts {
            if let Some(g) = target(i) {
                next += g.blocks.len() as u32 + 1;
            }
        }
    }
    let remap = |t: BlockId| BlockId(first[t.0 as usize]);
    let old = std::mem::replace(&mut f.blocks, Vec::with_capacity(next as usize));
    let g = f;
    let mut locals = g.locals_size;
    let mut table = Table::new(std::mem::take(&mut g.inlined));
    for b in old {
        let mut cur = Block {
            insts: Vec::new(),
            term: Term::Unreachable,
            term_line: b.term_line,
        };
        // After an inlined call: its argument region and the result ranges
        // the copies that follow may read from there instead of the
        // outgoing area; what they did not read is copied back.
        let mut results: Option<(u32, Vec<(u32, u32)>)> = None;
        for (mut inst, pos) in b.insts {
            if let Some((region, pending)) = results.as_mut() {
                match &mut inst {
                    Inst::Move {
                        src: src @ Loc::Out(_),
                        size,
                        ..
                    } if pending
                        .iter()
                        .any(|&r| Loc::Out(r.0) == *src && r.1 == *size) =>
                    {
                        let Loc::Out(o) = *src else { unreachable!() };
                        pending.retain(|&r| r != (o, *size));
                        *src = Loc::Local(*region + o);
                    }
                    _ => {
                        let (region, pending) = results.take().expect("some");
                        copy_back(&mut cur, region, &pending, pos);
                    }
                }
            }
            let Some(callee) = target(&inst) else {
                cur.insts.push((inst, pos));
                continue;
            };
            // The arguments: the copies into the outgoing area right before
            // the call write the callee's argument region instead; bytes
            // the callee reads that no such copy wrote are copied in.
            // Ranges that overlap (a string read whole and as its length)
            // are taken as their union, and copied rather than redirected.
            let (accessed, written) = arg_ranges(callee);
            let (ranges, redirect) = disjoint(accessed);
            let args = locals.div_ceil(8) * 8;
            locals = args + callee.arg_size;
            let mut covered: Vec<(u32, u32)> = Vec::new();
            for (ci, _) in cur.insts.iter_mut().rev().take_while(|_| redirect) {
                match ci {
                    Inst::Move {
                        dst: dst @ Loc::Out(_),
                        size,
                        ..
                    } if {
                        let Loc::Out(o) = *dst else { unreachable!() };
                        ranges.contains(&(o, *size)) && !covered.contains(&(o, *size))
                    } =>
                    {
                        let Loc::Out(o) = *dst else { unreachable!() };
                        covered.push((o, *size));
                        *dst = Loc::Local(args + o);
                    }
                    _ => break,
                }
            }
            for &(o, size) in &ranges {
                if !covered.contains(&(o, size)) {
                    cur.insts.push((
                        Inst::Move {
                            dst: Loc::Local(args + o),
                            src: Loc::Out(o),
                            size,
                        },
                        pos,
                    ));
                }
            }
            g.slots.extend(ranges.iter().map(|&(o, size)| FrameSlot {
                off: args + o,
                size,
                ptrs: words_within(&callee.arg_ptrs, o, size, m.target.ptr_size),
            }));
            // The call becomes a node of the inline table, and the callee's
            // own nodes its children.
            let tr = table.add(callee, pos);
            // The callee's blocks follow this piece; the rest of the block
            // follows them.
            let base = g.blocks.len() as u32 + 1;
            let after = BlockId(base + callee.blocks.len() as u32);
            cur.term = Term::Jump(BlockId(base));
            cur.term_line = pos;
            g.blocks.push(cur);
            let region = locals.div_ceil(8) * 8;
            locals = region + callee.locals_size;
            g.slots.extend(callee.slots.iter().map(|s| FrameSlot {
                off: region + s.off,
                size: s.size,
                ptrs: s.ptrs.clone(),
            }));
            let loc = |l: Loc| match l {
                Loc::Arg(o) => Loc::Local(args + o),
                Loc::Local(o) => Loc::Local(region + o),
                Loc::Out(o) => Loc::Out(o),
            };
            for cb in &callee.blocks {
                let mut insts = Vec::with_capacity(cb.insts.len());
                for (ci, cpos) in &cb.insts {
                    let mut ci = ci.clone();
                    crate::locals::rewrite(&mut ci, &loc);
                    insts.push((ci, table.pos(&tr, *cpos)));
                }
                let term = match cb.term {
                    Term::Jump(t) => Term::Jump(BlockId(base + t.0)),
                    Term::Branch { cond, then, els } => Term::Branch {
                        cond: loc(cond),
                        then: BlockId(base + then.0),
                        els: BlockId(base + els.0),
                    },
                    Term::Return => Term::Jump(after),
                    Term::Unreachable => Term::Unreachable,
                };
                let term_line = table.pos(&tr, cb.term_line);
                g.blocks.push(Block {
                    insts,
                    term,
                    term_line,
                });
            }
            cur = Block {
                insts: Vec::new(),
                term: Term::Unreachable,
                term_line: b.term_line,
            };
            let pending = if redirect {
                written
            } else {
                // Each union that holds a result goes back whole.
                ranges
                    .iter()
                    .copied()
                    .filter(|&(o, n)| written.iter().any(|&(w, m)| w < o + n && o < w + m))
                    .collect()
            };
            results = Some((args, pending));
        }
        if let Some((region, pending)) = results.take() {
            copy_back(&mut cur, region, &pending, b.term_line);
        }
        cur.term = match b.term {
            Term::Jump(t) => Term::Jump(remap(t)),
            Term::Branch { cond, then, els } => Term::Branch {
                cond,
                then: remap(then),
                els: remap(els),
            },
            Term::Return => Term::Return,
            Term::Unreachable => Term::Unreachable,
        };
        cur.term_line = b.term_line;
        g.blocks.push(cur);
    }
    debug_assert_eq!(g.blocks.len(), next as usize);
    g.locals_size = locals.div_ceil(8) * 8;
    g.slots.sort_by_key(|s| s.off);
    g.recover_block = g.recover_block.map(remap);
    g.out_size = g.out_size.max(table.out_size);
    g.inlined = table.done();
    g.name = name;
    true
}

/// The inline table of the function being inlined into, as it grows.
struct Table {
    t: InlineTable,
    /// Each position's code, so that equal ones are stored once.
    known: HashMap<InlinedPos, SrcPos>,
    /// The largest outgoing area an inlined body uses.
    out_size: u32,
}

/// How the position codes of one inlined callee become the caller's.
struct Translate<'c> {
    /// The callee's node.
    node: u32,
    /// Where the callee's own nodes start in the caller's table.
    base: u32,
    callee: &'c InlineTable,
}

impl Table {
    fn new(t: InlineTable) -> Table {
        let known = t
            .positions
            .iter()
            .enumerate()
            .map(|(i, &p)| (p, INLINED_POS + i as u32))
            .collect();
        Table {
            t,
            known,
            out_size: 0,
        }
    }

    /// The code of `p`.
    fn intern(&mut self, p: InlinedPos) -> SrcPos {
        if let Some(&c) = self.known.get(&p) {
            return c;
        }
        let c = INLINED_POS + self.t.positions.len() as u32;
        self.t.positions.push(p);
        self.known.insert(p, c);
        c
    }

    /// Adds the call at `at` (a position of the caller) of `callee` and
    /// the calls inlined into the callee.
    fn add<'c>(&mut self, callee: &'c Func, at: SrcPos) -> Translate<'c> {
        self.out_size = self.out_size.max(callee.out_size);
        let node = self.t.calls.len() as u32;
        self.t.calls.push(InlinedCall {
            func: callee.name.clone(),
            file: callee.file.clone(),
            at,
        });
        let tr = Translate {
            node,
            base: node + 1,
            callee: &callee.inlined,
        };
        for c in &callee.inlined.calls {
            self.t.calls.push(InlinedCall {
                func: c.func.clone(),
                file: c.file.clone(),
                at: 0,
            });
        }
        for (k, c) in callee.inlined.calls.iter().enumerate() {
            let at = self.pos(&tr, c.at);
            self.t.calls[(tr.base as usize) + k].at = at;
        }
        tr
    }

    /// The caller's code of the callee's position `code`. An unknown
    /// position (0) stays unknown: the one before it goes on.
    fn pos(&mut self, tr: &Translate<'_>, code: SrcPos) -> SrcPos {
        if code == 0 {
            return 0;
        }
        let p = match code.checked_sub(INLINED_POS) {
            // A position of a call inlined into the callee: that call's
            // node among the callee's, moved into the caller's table.
            Some(i) => match tr.callee.positions.get(i as usize) {
                Some(p) => InlinedPos {
                    call: tr.base + p.call,
                    pos: p.pos,
                },
                None => return 0,
            },
            None => InlinedPos {
                call: tr.node,
                pos: code,
            },
        };
        self.intern(p)
    }

    fn done(self) -> InlineTable {
        self.t
    }
}

/// Byte ranges of an argument area, as (offset, size).
type Ranges = Vec<(u32, u32)>;

/// The (offset, size) of every access of `g` to its arguments and
/// results, and of those it writes (its results), without repeats.
/// The words of `mask` within bytes `[off, off + size)`, from there.
fn words_within(mask: &PtrMask, off: u32, size: u32, word: u32) -> PtrMask {
    let (lo, hi) = (off.div_ceil(word), (off + size) / word);
    let mut m = PtrMask::none();
    for i in mask.iter().filter(|&i| i >= lo && i < hi) {
        m.set(i - lo);
    }
    m
}

fn arg_ranges(g: &Func) -> (Ranges, Ranges) {
    let (mut all, mut written) = (Vec::new(), Vec::new());
    let mut note = |o: u32, size: u32, write: bool| {
        if size > 0 && !all.contains(&(o, size)) {
            all.push((o, size));
        }
        if write && size > 0 && !written.contains(&(o, size)) {
            written.push((o, size));
        }
    };
    for b in &g.blocks {
        for (inst, _) in &b.insts {
            let _ = crate::locals::accesses(inst, 8, &mut |l, size, write| {
                if let Loc::Arg(o) = l {
                    note(o, size, write);
                }
            });
        }
        if let Term::Branch {
            cond: Loc::Arg(o), ..
        } = b.term
        {
            note(o, 1, false);
        }
    }
    (all, written)
}

/// `ranges` as they are when no two overlap (`true`: each can be
/// redirected alone), else merged into the disjoint unions of those that
/// do (`false`).
fn disjoint(mut ranges: Vec<(u32, u32)>) -> (Vec<(u32, u32)>, bool) {
    ranges.sort_unstable();
    let overlap = ranges.windows(2).any(|w| w[0].0 + w[0].1 > w[1].0);
    if !overlap {
        return (ranges, true);
    }
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for (o, n) in ranges {
        match runs.last_mut() {
            Some((ro, rn)) if o < *ro + *rn => *rn = (*rn).max(o + n - *ro),
            _ => runs.push((o, n)),
        }
    }
    (runs, false)
}

/// Copies the results no copy read from the argument region back to the
/// outgoing area, where a reader further on finds them.
fn copy_back(cur: &mut Block, region: u32, pending: &[(u32, u32)], pos: u32) {
    for &(o, size) in pending {
        cur.insts.push((
            Inst::Move {
                dst: Loc::Out(o),
                src: Loc::Local(region + o),
                size,
            },
            pos,
        ));
    }
}

#[cfg(test)]
mod tests;
