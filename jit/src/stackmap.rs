//! Stack maps: at each safepoint of a function (a call, or the yield of a
//! preemption check), the words of its frame that hold live pointers. The
//! collector marks from them, and only from them: a word in a map must
//! hold a pointer or nil, and a pointer the function still needs must be
//! in the map.
//!
//! The pointer words are those of the frame allocations' masks
//! ([`splitgo_lang::ir::FrameSlot::ptrs`]) and of the argument area's
//! ([`splitgo_lang::ir::Func::arg_ptrs`]); this pass runs on the function
//! after register allocation renamed the promoted locals away (their
//! pointers are in home slots at safepoints, which the code generator
//! adds) and before the locals are packed (whose moves
//! [`crate::locals::Packer::relocated`] then applies).
//!
//! Each pointer word is a variable of a backward liveness analysis over
//! the blocks: a read of any of its bytes uses it, a write of all of them
//! defines it. A safepoint's map is what is live just after it. Packing
//! lets temporaries whose lives do not overlap share bytes, possibly a
//! pointer word of one with an integer of another; a word is only in a map
//! where it is live, and a packed temporary is live only between its first
//! write and its last read in one block, where no other temporary touches
//! its bytes: so a mapped word always holds what its own allocation wrote.
//!
//! Three things widen the maps, as Go's liveness analysis does:
//! - a frame allocation whose address is taken may be read through a
//!   pointer at any time: its pointer words are in every map;
//! - a function that can recover resumes at its recover block after any
//!   safepoint that panicked: what that block needs is live at each;
//! - `return` reads the results, so they stay live to the end.
//!
//! A pointer word may be live where no path has written it yet (a
//! variable read before it is written on some path, an address-taken
//! array): its bytes would be whatever an earlier frame left there. Such
//! words — live on entry and in some map — are zeroed on entry
//! ([`Maps::zero_on_entry`]), as Go zeroes its ambiguously live variables.
//! Incoming parameters are written by the caller and need no zeroing.

use splitgo_lang::ir::{AddrOf, BlockId, Func, Inst, Loc, Term};

use splitgo_runtime::debugvars::splitgo_debug;

use crate::codegen::Emitted;
use crate::locals::{accesses, Packer};
use crate::regalloc::{is_safepoint, VIRT};

/// A pointer word of the frame: `Local(o)` or `Arg(o)`, by its offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Word {
    Local(u32),
    Arg(u32),
}

/// The stack maps of one function, by IR position.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Maps {
    /// `(block, inst, words)` for each safepoint, in block and
    /// instruction order; the words sorted.
    pub at: Vec<(u32, u32, Vec<Word>)>,
    /// Local pointer words to zero when the frame is allocated.
    pub zero_on_entry: Vec<u32>,
    /// The argument words live on entry, before the frame exists: the map
    /// of the split check's call.
    pub entry: Vec<Word>,
    /// The map of a frame stopped where it faulted, which is no safepoint:
    /// it never goes on from there, so only what a recovered panic needs
    /// (the recover block's live words), the address-taken allocations
    /// and the argument area.
    pub fault: Vec<Word>,
}

impl Maps {
    /// The map of the safepoint at `inst` of `block`.
    pub fn of(&self, block: u32, inst: u32) -> Option<&[Word]> {
        self.at
            .binary_search_by_key(&(block, inst), |&(b, i, _)| (b, i))
            .ok()
            .map(|k| self.at[k].2.as_slice())
    }
}

/// A growable set of variable numbers.
#[derive(Clone, PartialEq, Eq)]
struct Set(Vec<u64>);

impl Set {
    fn new(n: usize) -> Set {
        Set(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn remove(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn subtract(&mut self, o: &Set) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a &= !b;
        }
    }
    fn union(&mut self, o: &Set) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + b
                })
            })
        })
    }
}

/// The variables: every pointer word, locals first, each space sorted.
struct Vars {
    words: Vec<Word>,
    /// How many of `words` are locals.
    locals: usize,
    word: u32,
}

impl Vars {
    fn of(f: &Func, word: u32) -> Vars {
        let mut words: Vec<Word> = f
            .slots
            .iter()
            .filter(|s| s.off < VIRT)
            .flat_map(|s| s.ptrs.iter().map(move |k| Word::Local(s.off + k * word)))
            .collect();
        words.sort_unstable();
        words.dedup();
        let locals = words.len();
        words.extend(f.arg_ptrs.iter().map(|k| Word::Arg(k * word)));
        Vars {
            words,
            locals,
            word,
        }
    }

    /// The variables within bytes `[lo, hi)` of `loc`'s space: those
    /// touched (`whole` false) or wholly covered (`whole` true).
    fn within(&self, loc: Loc, size: u32, whole: bool) -> std::ops::Range<usize> {
        let (space, o) = match loc {
            Loc::Local(o) if o < VIRT => (0..self.locals, o),
            Loc::Arg(o) => (self.locals..self.words.len(), o),
            _ => return 0..0,
        };
        let off = |w: &Word| match *w {
            Word::Local(x) | Word::Arg(x) => x,
        };
        let slice = &self.words[space.clone()];
        let (lo, hi) = (u64::from(o), u64::from(o) + u64::from(size));
        let w = u64::from(self.word);
        let first = if whole {
            slice.partition_point(|x| u64::from(off(x)) < lo)
        } else {
            slice.partition_point(|x| u64::from(off(x)) + w <= lo)
        };
        let last = if whole {
            slice.partition_point(|x| u64::from(off(x)) + w <= hi)
        } else {
            slice.partition_point(|x| u64::from(off(x)) < hi)
        };
        space.start + first..space.start + last.max(first)
    }
}

/// The stack maps of `f` (renamed by the register allocator, not packed
/// yet) for a machine of `word`-byte words.
pub fn compute(f: &Func, word: u32) -> Result<Maps, String> {
    let vars = Vars::of(f, word);
    let n = vars.words.len();
    let safepoints: Vec<(u32, u32)> = f
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(b, blk)| {
            blk.insts
                .iter()
                .enumerate()
                .filter(|(_, (i, _))| is_safepoint(i))
                .map(move |(i, _)| (b as u32, i as u32))
        })
        .collect();
    if n == 0 || safepoints.is_empty() {
        return Ok(Maps {
            at: safepoints
                .into_iter()
                .map(|(b, i)| (b, i, Vec::new()))
                .collect(),
            ..Maps::default()
        });
    }
    // Address-taken allocations, and the argument area if its address is
    // taken (the whole area: the IR does not say where a parameter ends).
    let mut pinned = Set::new(n);
    let mut understood = true;
    for (inst, _) in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Inst::Addr {
            what: AddrOf::Frame(loc),
            ..
        } = inst
        {
            let range = match *loc {
                Loc::Local(o) if o < VIRT => match f.slot_of(o) {
                    Some(s) => vars.within(Loc::Local(f.slots[s].off), f.slots[s].size, false),
                    None => 0..0,
                },
                Loc::Arg(_) => vars.locals..n,
                _ => 0..0,
            };
            range.for_each(|v| pinned.insert(v));
        }
        understood &= accesses(inst, word, &mut |_, _, _| {}).is_some();
    }
    if !understood {
        return Err("stack maps: an instruction the analysis does not know".into());
    }
    let args = vars.locals..n;
    let nb = f.blocks.len();
    let mut live_in = vec![Set::new(n); nb];
    let recover = f.recover_block.map(|BlockId(r)| r as usize);
    // Each block's effect, once: what it reads before writing (`gen`),
    // what it writes whole (`kill`), and what it writes before its first
    // safepoint (`kill_pre`: what the recover block needs enters there,
    // and at later safepoints, where it is killed by more).
    let mut summary = Vec::with_capacity(nb);
    for b in 0..nb {
        let mut gen = Set::new(n);
        let mut kill = Set::new(n);
        let mut kill_pre = None;
        for (inst, _) in &f.blocks[b].insts {
            if is_safepoint(inst) && kill_pre.is_none() {
                kill_pre = Some(kill.clone());
            }
            for_each_access(inst, &vars, |lo, hi, write| {
                for v in lo..hi {
                    if write {
                        kill.insert(v);
                    } else if !kill.contains(v) {
                        gen.insert(v);
                    }
                }
            });
        }
        summary.push((gen, kill, kill_pre));
    }
    // Iterate to the fixed point, blocks in reverse (most edges go forward):
    // in = gen | (out - kill) | (recover_in - kill_pre).
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..nb).rev() {
            let (gen, kill, kill_pre) = &summary[b];
            let mut live = Set::new(n);
            match f.blocks[b].term {
                Term::Jump(t) => live.union(&live_in[t.0 as usize]),
                Term::Branch { then, els, .. } => {
                    live.union(&live_in[then.0 as usize]);
                    live.union(&live_in[els.0 as usize]);
                }
                Term::Return => args.clone().for_each(|v| live.insert(v)),
                Term::Unreachable => {}
            }
            live.subtract(kill);
            if let (Some(r), Some(pre)) = (recover, kill_pre) {
                let mut need = live_in[r].clone();
                need.subtract(pre);
                live.union(&need);
            }
            live.union(gen);
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }

    let mut at = Vec::with_capacity(safepoints.len());
    for b in 0..nb {
        let mut out = Vec::new();
        block_live_in(f, b, &vars, &live_in, recover, &args, Some(&mut out));
        out.reverse();
        for (i, mut set) in out {
            set.union(&pinned);
            at.push((b as u32, i, set.iter().map(|v| vars.words[v]).collect()));
        }
    }
    // Locals live on entry that some map holds, and pinned ones.
    let mut mapped = Set::new(n);
    for (_, _, words) in &at {
        for w in words {
            if let Ok(v) = vars.words.binary_search(w) {
                mapped.insert(v);
            }
        }
    }
    let entry_live = &live_in[0];
    let zero: Vec<usize> = (0..vars.locals)
        .filter(|&v| mapped.contains(v) && (entry_live.contains(v) || pinned.contains(v)))
        .collect();
    // On entry only the parameters have been written (the results are
    // zeroed by the body's first instructions).
    let entry = (vars.locals..n)
        .filter(|&v| entry_live.contains(v))
        .map(|v| vars.words[v])
        .collect();
    let mut fault = pinned.clone();
    if let Some(r) = recover {
        fault.union(&live_in[r]);
    }
    args.clone().for_each(|v| fault.insert(v));
    Ok(Maps {
        at,
        zero_on_entry: local_offsets(&vars, zero.into_iter()),
        entry,
        fault: fault.iter().map(|v| vars.words[v]).collect(),
    })
}

fn local_offsets(vars: &Vars, vs: impl Iterator<Item = usize>) -> Vec<u32> {
    vs.filter_map(|v| match vars.words[v] {
        Word::Local(o) => Some(o),
        Word::Arg(_) => None,
    })
    .collect()
}

/// Calls `f(lo, hi, write)` with the variables `[lo, hi)` each location of
/// `inst` reads (touches) or writes (covers whole).
fn for_each_access(inst: &Inst, vars: &Vars, mut f: impl FnMut(usize, usize, bool)) {
    let _ = accesses(inst, vars.word, &mut |loc, size, write| {
        let r = vars.within(loc, size, write);
        if r.start < r.end {
            f(r.start, r.end, write);
        }
    });
}

/// What is live on entry to block `b`, given `live_in` of its
/// successors; with `maps`, also each safepoint's live-after set, last
/// first.
fn block_live_in(
    f: &Func,
    b: usize,
    vars: &Vars,
    live_in: &[Set],
    recover: Option<usize>,
    args: &std::ops::Range<usize>,
    mut maps: Option<&mut Vec<(u32, Set)>>,
) -> Set {
    let n = vars.words.len();
    let blk = &f.blocks[b];
    let mut live = Set::new(n);
    match blk.term {
        Term::Jump(t) => live.union(&live_in[t.0 as usize]),
        Term::Branch { then, els, .. } => {
            live.union(&live_in[then.0 as usize]);
            live.union(&live_in[els.0 as usize]);
        }
        Term::Return => args.clone().for_each(|v| live.insert(v)),
        Term::Unreachable => {}
    }
    for (k, (inst, _)) in blk.insts.iter().enumerate().rev() {
        if is_safepoint(inst) {
            if let Some(r) = recover {
                live.union(&live_in[r]);
            }
            if let Some(m) = maps.as_deref_mut() {
                m.push((k as u32, live.clone()));
            }
        }
        // Writes first (backwards), then reads: an instruction's reads
        // happen before its writes.
        for_each_access(inst, vars, |lo, hi, write| {
            if write {
                (lo..hi).for_each(|v| live.remove(v));
            }
        });
        for_each_access(inst, vars, |lo, hi, write| {
            if !write {
                (lo..hi).for_each(|v| live.insert(v));
            }
        });
    }
    live
}

/// The stack maps of an emitted function, as the function table keeps
/// them: `(offset of the return address, SP offsets of the pointer words)`
/// for each safepoint in `em`, from `maps` (computed on `f` before
/// `packer` moved its locals). Besides the IR's words, a safepoint's map
/// holds the home slots of the pointer registers saved there and the
/// saved closure context. The split check's call in the prologue, before
/// the frame exists, has the map of the arguments alone, and so has the
/// entry.
pub fn frame_maps(em: &Emitted, maps: &Maps, packer: &Packer) -> Result<FrameMaps, String> {
    let fr = &em.frame;
    let word = |w: &Word, frame: u32| match *w {
        Word::Local(o) => fr.locals + packer.relocated(o),
        Word::Arg(o) => frame + fr.ret + o,
    };
    let mut out = Vec::with_capacity(em.safepoints.len() + 2);
    // A goroutine stopped in the prologue is seen at the split check's
    // return address, or at the entry once newstack rewound it (and one
    // that never ran is at its entry).
    let args: Vec<u32> = maps.entry.iter().map(|w| word(w, 0)).collect();
    if let Some(split) = em.prologue.split {
        out.push((split.morestack_ret, args.clone()));
    }
    out.push((em.prologue.start, args));
    let all_locals = mistyped_locals();
    for s in &em.safepoints {
        let Some(words) = maps.of(s.block, s.inst) else {
            return Err(format!(
                "no stack map for the safepoint at instruction {} of block {}",
                s.inst, s.block
            ));
        };
        let mut words: Vec<u32> = words.iter().map(|w| word(w, fr.size)).collect();
        words.extend(&s.ptr_homes);
        words.extend(fr.ctxt);
        if all_locals {
            words.extend((fr.locals..fr.homes).step_by(8));
        }
        words.sort_unstable();
        words.dedup();
        out.push((s.ret, words));
    }
    let mut fault: Vec<u32> = maps.fault.iter().map(|w| word(w, fr.size)).collect();
    fault.extend(fr.ctxt);
    fault.sort_unstable();
    Ok(FrameMaps { at: out, fault })
}

/// [`frame_maps`]' answer, as the function table keeps it.
#[derive(Clone, Debug, Default)]
pub struct FrameMaps {
    /// `(offset of a return address, SP offsets of the pointer words)`.
    pub at: Vec<(usize, Vec<u32>)>,
    /// The map of a frame stopped at a fault ([`Maps::fault`]), as SP
    /// offsets in the body.
    pub fault: Vec<u32>,
}

/// `SPLITGO_DEBUG=mapints`: every word of the locals area in every map,
/// integers too: wrong maps on purpose, which the runtime's check
/// (`SPLITGO_DEBUG=stackmaps`) must catch (tests/stackmaps.rs).
fn mistyped_locals() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| splitgo_debug("mapints"))
}

/// `SPLITGO_DEBUG=mapintglobals`: every word of every global taken for a
/// pointer, for the same purpose (jit/src/image.rs).
pub(crate) fn mistyped_globals() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| splitgo_debug("mapintglobals"))
}

#[cfg(test)]
mod tests;
