//! Which virtual registers are live at the start and end of each block:
//! the backward dataflow `in = use ∪ (out − def)`, `out = ∪ in(succ)`,
//! iterated to its fixed point over bit sets.

use splitgo_lang::ir::{Func, Loc, Term};

use super::operands;

/// A set of virtual registers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bits(Vec<u64>);

impl Bits {
    pub fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    pub fn contains(&self, v: u32) -> bool {
        self.0[v as usize / 64] & (1 << (v % 64)) != 0
    }

    pub fn insert(&mut self, v: u32) {
        self.0[v as usize / 64] |= 1 << (v % 64);
    }

    pub fn remove(&mut self, v: u32) {
        self.0[v as usize / 64] &= !(1 << (v % 64));
    }

    /// Adds `other`'s members; whether anything was added.
    pub fn union(&mut self, other: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a | b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    pub fn for_each(&self, mut f: impl FnMut(u32)) {
        for (i, &w) in self.0.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                let b = w.trailing_zeros();
                f(i as u32 * 64 + b);
                w &= w - 1;
            }
        }
    }
}

/// The live sets at each block's boundaries.
pub struct Liveness {
    pub live_in: Vec<Bits>,
    pub live_out: Vec<Bits>,
}

fn successors(t: &Term) -> impl Iterator<Item = usize> {
    let (a, b) = match *t {
        Term::Jump(to) => (Some(to), None),
        Term::Branch { then, els, .. } => (Some(then), Some(els)),
        _ => (None, None),
    };
    a.into_iter().chain(b).map(|b| b.0 as usize)
}

impl Liveness {
    /// `vreg_at` names the virtual register a location is, if any. `None`
    /// for an instruction the allocator does not know.
    pub fn new(
        f: &Func,
        n: usize,
        word: u32,
        vreg_at: &impl Fn(Loc) -> Option<u32>,
    ) -> Option<Liveness> {
        let nb = f.blocks.len();
        let mut uses = vec![Bits::new(n); nb];
        let mut defs = vec![Bits::new(n); nb];
        for (b, block) in f.blocks.iter().enumerate() {
            let (u, d) = (&mut uses[b], &mut defs[b]);
            for (inst, _) in &block.insts {
                // Reads come before writes within an instruction.
                operands(inst, word, &mut |l, _, access| {
                    if let Some(v) = vreg_at(l) {
                        if access.write {
                            d.insert(v);
                        } else if !d.contains(v) {
                            u.insert(v);
                        }
                    }
                })?;
            }
            if let Term::Branch { cond, .. } = block.term {
                if let Some(v) = vreg_at(cond) {
                    if !d.contains(v) {
                        u.insert(v);
                    }
                }
            }
        }
        let mut live_in = uses.clone();
        let mut live_out = vec![Bits::new(n); nb];
        let mut changed = true;
        while changed {
            changed = false;
            for b in (0..nb).rev() {
                for s in successors(&f.blocks[b].term) {
                    if s < nb {
                        let (lo, li) = (&mut live_out[b], &live_in[s]);
                        lo.union(li);
                    }
                }
                // in = use ∪ (out − def)
                let mut inn = live_out[b].clone();
                for (w, d) in inn.0.iter_mut().zip(&defs[b].0) {
                    *w &= !d;
                }
                inn.union(&uses[b]);
                if inn != live_in[b] {
                    live_in[b] = inn;
                    changed = true;
                }
            }
        }
        Some(Liveness { live_in, live_out })
    }
}
