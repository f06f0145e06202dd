//! Inlining: a call of a small function replaced by the function's body,
//! as gc does (spectral-norm's `a(i, j)`: the call costs more than what it
//! computes).
//!
//! A function declared under `//go:noinline` is never inlined. This step
//! inlines *pure leaves*: functions that make no call, have no
//! loop (so no preemption check), and touch no memory but their own frame
//! and arguments (no load or store through a pointer, no address of a
//! frame slot). Nothing in such a body can panic, fault, yield or be seen
//! by a traceback, so the inlined code needs no entry in an inline table:
//! no trace, `runtime.Caller` or panic can stop inside it. Its instructions
//! take the call's source position.
//!
//! The body works on the caller's frame: its arguments and results are
//! where the caller put them for the call, the caller's outgoing area (a
//! leaf has no outgoing area of its own to clash with), and its locals get
//! a fresh region above the caller's, with their allocations
//! (`Func::slots`), so that the register allocator promotes them as any
//! other local. The caller's frame grows by that region, which its own
//! split check covers.

use splitgo_lang::ir::{
    AddrOf, Block, BlockId, Callee, FrameSlot, Func, Inst, Loc, Module, PtrMask, Term,
};

/// The largest body inlined, in instructions.
const MAX_INSTS: usize = 40;

/// Whether `g` is a pure leaf small enough to inline.
pub fn inlinable(g: &Func) -> bool {
    if g.blocks.is_empty()
        || g.nosplit
        || g.noinline
        || g.wrapper
        || g.recover_block.is_some()
        || g.out_size != 0
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
            Term::Unreachable => false,
        };
        if !ok {
            return false;
        }
        for (inst, _) in &b.insts {
            let pure = match inst {
                Inst::Imm { .. }
                | Inst::Bin { .. }
                | Inst::Un { .. }
                | Inst::Cmp { .. }
                | Inst::Conv { .. }
                | Inst::Move { .. }
                | Inst::Zero { .. } => true,
                Inst::Addr { what, .. } => !matches!(what, AddrOf::Frame(_)),
                _ => false,
            };
            if !pure {
                return false;
            }
        }
    }
    true
}

/// Replaces `f`'s calls of inlinable functions of `m` by their bodies;
/// whether it called any. `can` says which functions are inlinable (by
/// index).
pub fn inline_calls(m: &Module, f: &mut Func, can: &[bool]) -> bool {
    let name = std::mem::take(&mut f.name);
    let changed = inline_into(m, f, &name, can);
    f.name = name;
    changed
}

fn inline_into(m: &Module, f: &mut Func, name: &str, can: &[bool]) -> bool {
    let target = |inst: &Inst| match inst {
        Inst::Call {
            callee: Callee::Func(g),
            ..
        } if can.get(g.0 as usize).copied().unwrap_or(false) && m.func(*g).name != name => {
            Some(m.func(*g))
        }
        _ => None,
    };
    if !f
        .blocks
        .iter()
        .any(|b| b.insts.iter().any(|(i, _)| target(i).is_some()))
    {
        return false;
    }
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
                for (ci, _) in &cb.insts {
                    let mut ci = ci.clone();
                    crate::locals::rewrite(&mut ci, &loc);
                    insts.push((ci, pos));
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
                g.blocks.push(Block {
                    insts,
                    term,
                    term_line: pos,
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
    true
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
