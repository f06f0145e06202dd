//! Which virtual registers are live at the start and end of each block:
//! the backward dataflow `in = use ∪ (out − def)`, `out = ∪ in(succ)`,
//! iterated to its fixed point over bit sets.

use splitgo_lang::ir::{Func, Loc, Term};

use super::operands;

/// A set of virtual registers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

    /// Adds the members of the set of words `other`.
    pub fn union(&mut self, other: &[u64]) {
        for (a, b) in self.0.iter_mut().zip(other) {
            *a |= b;
        }
    }

    /// Becomes the set of words `other`.
    pub fn set_to(&mut self, other: &[u64]) {
        self.0.clear();
        self.0.extend_from_slice(other);
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

/// Whether the set of words `w` holds `v`.
pub fn has(w: &[u64], v: u32) -> bool {
    w[v as usize / 64] & (1 << (v % 64)) != 0
}

/// The live sets at each block's boundaries, `words` words per set, all
/// blocks' sets in one vector each.
pub struct Liveness {
    words: usize,
    live_in: Vec<u64>,
    live_out: Vec<u64>,
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
    /// What is live where block `b` starts.
    pub fn live_in(&self, b: usize) -> &[u64] {
        &self.live_in[b * self.words..(b + 1) * self.words]
    }

    /// What is live where block `b` ends.
    pub fn live_out(&self, b: usize) -> &[u64] {
        &self.live_out[b * self.words..(b + 1) * self.words]
    }

    /// `vreg_at` names the virtual register a location is, if any. `None`
    /// for an instruction the allocator does not know.
    pub fn new(
        f: &Func,
        n: usize,
        word: u32,
        vreg_at: &impl Fn(Loc) -> Option<u32>,
    ) -> Option<Liveness> {
        let nb = f.blocks.len();
        let words = n.div_ceil(64);
        let mut uses = vec![0u64; nb * words];
        let mut defs = vec![0u64; nb * words];
        for (b, block) in f.blocks.iter().enumerate() {
            let u = &mut uses[b * words..(b + 1) * words];
            let d = &mut defs[b * words..(b + 1) * words];
            for (inst, _) in &block.insts {
                // Reads come before writes within an instruction.
                operands(inst, word, &mut |l, _, access| {
                    if let Some(v) = vreg_at(l) {
                        let (i, bit) = (v as usize / 64, 1u64 << (v % 64));
                        if access.write {
                            d[i] |= bit;
                        } else if d[i] & bit == 0 {
                            u[i] |= bit;
                        }
                    }
                })?;
            }
            if let Term::Branch { cond, .. } = block.term {
                if let Some(v) = vreg_at(cond) {
                    let (i, bit) = (v as usize / 64, 1u64 << (v % 64));
                    if d[i] & bit == 0 {
                        u[i] |= bit;
                    }
                }
            }
        }
        let mut live_in = uses.clone();
        let mut live_out = vec![0u64; nb * words];
        let mut changed = true;
        while changed {
            changed = false;
            for b in (0..nb).rev() {
                for s in successors(&f.blocks[b].term) {
                    if s < nb {
                        for i in 0..words {
                            live_out[b * words + i] |= live_in[s * words + i];
                        }
                    }
                }
                // in = use ∪ (out − def)
                for i in 0..words {
                    let k = b * words + i;
                    let inn = uses[k] | (live_out[k] & !defs[k]);
                    if inn != live_in[k] {
                        live_in[k] = inn;
                        changed = true;
                    }
                }
            }
        }
        Some(Liveness {
            words,
            live_in,
            live_out,
        })
    }
}
