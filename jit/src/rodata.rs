//! The read-only data of one addition to an image: where the new string
//! literals, type descriptors (in the layout of
//! `splitgo_runtime::typedesc`), static func values and itabs go in the
//! block the image allocates for them ([`layout`]), and what is written
//! there once every address is known ([`write`]).
//!
//! Everything is laid out by offsets in the block before it exists, so
//! the image can allocate the block in one piece.

use splitgo_abi::heaplayout;
use splitgo_lang::ir::{Module, TypeDescId};
use splitgo_runtime::typedesc;

/// How many of each of a module's append-only tables an image has seen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub funcs: usize,
    pub data: usize,
    pub type_descs: usize,
    pub itabs: usize,
    pub natives: usize,
    pub globals: usize,
}

impl Counts {
    /// The sizes of `m`'s tables.
    pub fn of(m: &Module) -> Counts {
        Counts {
            funcs: m.funcs.len(),
            data: m.data.len(),
            type_descs: m.type_descs.len(),
            itabs: m.itabs.len(),
            natives: m.natives.len(),
            globals: m.globals.len(),
        }
    }

    /// Whether every table of `self` is at least as long as `other`'s.
    pub fn covers(&self, other: &Counts) -> bool {
        self.funcs >= other.funcs
            && self.data >= other.data
            && self.type_descs >= other.type_descs
            && self.itabs >= other.itabs
            && self.natives >= other.natives
            && self.globals >= other.globals
    }
}

/// Where one descriptor's pieces are in the block.
struct DescOff {
    desc: usize,
    name: usize,
    fields: usize,
    field_names: Vec<usize>,
    methods: usize,
    method_names: Vec<usize>,
    /// The reflect part (ir::typeinfo): package path, parameter list,
    /// and each field's tag and package path.
    pkg: usize,
    params: usize,
    /// The layout word's mask record, when the mask is too long to be
    /// the word itself.
    mask: Option<(usize, Vec<u8>)>,
    field_strs: Vec<(usize, usize)>,
}

/// The block of one addition, by offsets from its start.
pub struct RoLayout {
    pub size: usize,
    word: usize,
    from: Counts,
    data: Vec<usize>,
    descs: Vec<DescOff>,
    /// One word per new function: its static closure.
    funcvals: Vec<usize>,
    /// One word per new native: the static closure of its thunk.
    nativevals: Vec<usize>,
    itabs: Vec<usize>,
}

fn alloc(size: &mut usize, len: usize, align: usize) -> usize {
    let at = size.div_ceil(align.max(1)) * align.max(1);
    *size = at + len;
    at
}

/// Lays out what `m` has beyond `from`, with words of `w` bytes.
pub fn layout(m: &Module, from: &Counts, w: usize) -> RoLayout {
    let mut size = 0;
    let mut ro = |len: usize, align: usize| alloc(&mut size, len, align);
    let data = m.data[from.data..].iter().map(|d| ro(d.len(), w)).collect();
    let new_descs = &m.type_descs[from.type_descs..];
    // The descriptors lie in order of their names: fmt and maps order
    // interface keys of different types by descriptor address, as gc
    // does, and gc's linker lays its descriptors out by symbol size and
    // then name (for the predeclared types, whose sizes are equal, by
    // name). Within one addition only: earlier ones stay where they are.
    let mut by_name: Vec<usize> = (0..new_descs.len()).collect();
    by_name.sort_by(|&a, &b| new_descs[a].name.cmp(&new_descs[b].name));
    let mut desc_words = vec![0; new_descs.len()];
    for &i in &by_name {
        desc_words[i] = ro(typedesc::WORDS as usize * w, w);
    }
    let descs = new_descs
        .iter()
        .zip(desc_words)
        .map(|(t, desc)| DescOff {
            desc,
            name: ro(t.name.len(), 1),
            fields: ro(t.fields.len() * typedesc::FIELD_WORDS as usize * w, w),
            field_names: t.fields.iter().map(|f| ro(f.0.len(), 1)).collect(),
            methods: ro(t.methods.len() * typedesc::METHOD_WORDS as usize * w, w),
            method_names: t.methods.iter().map(|r| ro(r.name.len(), 1)).collect(),
            pkg: ro(t.info.pkg_path.len(), 1),
            params: ro((t.info.ins.len() + t.info.outs.len()) * w, w),
            mask: match heaplayout::inline(&t.info.ptrmask, w as u32) {
                Some(_) => None,
                None => {
                    let n = (t.info.ptrdata / w as u64) as u32;
                    let rec = heaplayout::record(&t.info.ptrmask, n, w as u32);
                    Some((ro(rec.len(), w), rec))
                }
            },
            field_strs: t
                .info
                .fields
                .iter()
                .map(|f| (ro(f.tag.len(), 1), ro(f.pkg_path.len(), 1)))
                .collect(),
        })
        .collect();
    let funcvals = m.funcs[from.funcs..].iter().map(|_| ro(w, w)).collect();
    let nativevals = m.natives[from.natives..].iter().map(|_| ro(w, w)).collect();
    let itabs = m.itabs[from.itabs..]
        .iter()
        .map(|t| ro((1 + t.methods.len()) * w, w))
        .collect();
    RoLayout {
        size,
        word: w,
        from: *from,
        data,
        descs,
        funcvals,
        nativevals,
        itabs,
    }
}

impl RoLayout {
    /// The addresses of the new strings, descriptors, func values,
    /// native func values and itabs when the block lies at `base`.
    pub fn addrs(&self, base: u64) -> [Vec<u64>; 5] {
        let at = |v: &Vec<usize>| v.iter().map(|&o| base + o as u64).collect::<Vec<u64>>();
        [
            at(&self.data),
            self.descs.iter().map(|d| base + d.desc as u64).collect(),
            at(&self.funcvals),
            at(&self.nativevals),
            at(&self.itabs),
        ]
    }
}

/// Every address the block's words may refer to, for all of the module
/// (earlier additions' and this one's).
pub struct Refs<'a> {
    pub type_descs: &'a [u64],
    pub func_values: &'a [u64],
    /// The code address of each function, 0 for one without code yet.
    pub func_entries: &'a [u64],
    /// The code address of each native's thunk, 0 without one.
    pub native_entries: &'a [u64],
}

/// Fills `block` (the layout's block, at address `base`) with what `m`
/// has beyond the layout's counts. Descriptors are linked into one ring
/// in the order of their ids: the last new one links back to the first
/// of all; the caller re-links the ring's previous last descriptor.
pub fn write(block: &mut [u8], base: u64, m: &Module, lay: &RoLayout, refs: &Refs<'_>) {
    let w = lay.word;
    let ro_addr = |o: usize| base + o as u64;
    let put = |block: &mut [u8], at: usize, bytes: &[u8]| {
        block[at..at + bytes.len()].copy_from_slice(bytes);
    };
    let put_word = |block: &mut [u8], at: usize, v: u64| {
        block[at..at + w].copy_from_slice(&v.to_le_bytes()[..w]);
    };
    for (d, &o) in m.data[lay.from.data..].iter().zip(&lay.data) {
        put(block, o, d);
    }
    let desc_addr = refs.type_descs;
    let link = |id: Option<TypeDescId>| {
        id.and_then(|i| desc_addr.get(i.0 as usize).copied())
            .unwrap_or(0)
    };
    let funcval = |f: Option<splitgo_lang::ir::FuncId>| {
        f.and_then(|f| refs.func_values.get(f.0 as usize).copied())
            .unwrap_or(0)
    };
    let first = lay.from.type_descs;
    for (j, (t, off)) in m.type_descs[first..].iter().zip(&lay.descs).enumerate() {
        let k = first + j;
        let words = [
            t.kind as u64,
            u64::from(t.size),
            u64::from(t.align),
            link(t.elem),
            link(t.key),
            t.len,
            ro_addr(off.name),
            t.name.len() as u64,
            t.fields.len() as u64,
            ro_addr(off.fields),
            t.methods.len() as u64,
            ro_addr(off.methods),
            ro_addr(off.pkg),
            t.info.pkg_path.len() as u64,
            t.info.flags,
            link(t.info.ptr_to),
            t.info.ins.len() as u64,
            t.info.outs.len() as u64,
            ro_addr(off.params),
            t.info.ptrdata,
            // The ring of all descriptors (typedesc.rs LINK).
            desc_addr[(k + 1) % desc_addr.len()],
            // Its pointer words (typedesc.rs PTRMASK).
            match &off.mask {
                Some((at, _)) => ro_addr(*at),
                None => heaplayout::inline(&t.info.ptrmask, w as u32).unwrap_or(0),
            },
        ];
        const _: () = assert!(typedesc::WORDS == 22 && typedesc::FIELD_WORDS == 9);
        if let Some((at, rec)) = &off.mask {
            put(block, *at, rec);
        }
        for (i, &v) in words.iter().enumerate() {
            put_word(block, off.desc + i * w, v);
        }
        put(block, off.name, t.name.as_bytes());
        put(block, off.pkg, t.info.pkg_path.as_bytes());
        for (i, p) in t.info.ins.iter().chain(&t.info.outs).enumerate() {
            put_word(block, off.params + i * w, link(Some(*p)));
        }
        for (i, (fname, foff, fty)) in t.fields.iter().enumerate() {
            let info = &t.info.fields[i];
            let rec = [
                ro_addr(off.field_names[i]),
                fname.len() as u64,
                u64::from(*foff),
                link(Some(*fty)),
                ro_addr(off.field_strs[i].0),
                info.tag.len() as u64,
                info.flags,
                ro_addr(off.field_strs[i].1),
                info.pkg_path.len() as u64,
            ];
            put(block, off.field_strs[i].0, &info.tag);
            put(block, off.field_strs[i].1, info.pkg_path.as_bytes());
            for (x, &v) in rec.iter().enumerate() {
                put_word(
                    block,
                    off.fields + (i * typedesc::FIELD_WORDS as usize + x) * w,
                    v,
                );
            }
            put(block, off.field_names[i], fname.as_bytes());
        }
        for (i, r) in t.methods.iter().enumerate() {
            let rec = [
                ro_addr(off.method_names[i]),
                r.name.len() as u64,
                funcval(r.func),
                u64::from(r.pkg),
                u64::from(r.sig),
                u64::from(r.stringer) | u64::from(r.formatter) << 1,
                link(r.ty),
            ];
            for (x, &v) in rec.iter().enumerate() {
                put_word(
                    block,
                    off.methods + (i * typedesc::METHOD_WORDS as usize + x) * w,
                    v,
                );
            }
            put(block, off.method_names[i], r.name.as_bytes());
        }
    }
    // A static func value: one word, the code address.
    for (j, &o) in lay.funcvals.iter().enumerate() {
        let entry = refs.func_entries[lay.from.funcs + j];
        put_word(block, o, entry);
    }
    for (j, &o) in lay.nativevals.iter().enumerate() {
        let entry = refs.native_entries[lay.from.natives + j];
        put_word(block, o, entry);
    }
    // An itab: the concrete type's descriptor, then each method's func
    // value.
    for (t, &o) in m.itabs[lay.from.itabs..].iter().zip(&lay.itabs) {
        let words = std::iter::once(link(Some(t.concrete)))
            .chain(t.methods.iter().map(|&f| funcval(Some(f))));
        for (i, v) in words.enumerate() {
            put_word(block, o + i * w, v);
        }
    }
}

#[cfg(test)]
mod tests;
