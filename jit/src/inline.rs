//! Inlining: a call of a small function replaced by the function's body,
//! as gc does (spectral-norm's `a(i, j)`: the call costs more than what it
//! computes).
//!
//! This step inlines *pure leaves*: functions that make no call, have no
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

use splitgo_lang::ir::{AddrOf, Block, BlockId, Callee, FrameSlot, Func, Inst, Loc, Module, Term};

/// The largest body inlined, in instructions.
const MAX_INSTS: usize = 40;

/// Whether `g` is a pure leaf small enough to inline.
pub fn inlinable(g: &Func) -> bool {
    if g.blocks.is_empty()
        || g.nosplit
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
        for (inst, pos) in b.insts {
            let Some(callee) = target(&inst) else {
                cur.insts.push((inst, pos));
                continue;
            };
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
            }));
            let loc = |l: Loc| match l {
                Loc::Arg(o) => Loc::Out(o),
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

#[cfg(test)]
mod tests;
