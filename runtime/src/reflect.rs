//! The natives of package reflect (stdlib/go/reflect): small memory
//! primitives over the program's values and the type descriptors of
//! typedesc.rs. reflect's logic is Go code; what Go cannot say without
//! package unsafe (reading a word through an untyped pointer, splitting an
//! interface value into its type and data words, indexing descriptor
//! records) is here.
//!
//! Every `*byte` argument is a pointer to a value's memory (reflect's
//! Values always hold their value indirectly, as interface values do).
//! Argument and result layouts follow the IR's frame layout: each argument
//! at its alignment, results from the next word.

use crate::mem::Mem;
use crate::service_ctx::ServiceCtx;
use crate::stop::Stop;
use crate::typedesc::{self, Kind};
use crate::value::read_sized;

/// One reflect native, by what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReflectFn {
    /// `unpackEface(i any) (*rtype, *byte)`: the interface's two words.
    UnpackEface,
    /// `packEface(t *rtype, p *byte) any`: an interface holding a copy of
    /// the value at p (for an interface type, the value's own dynamic type
    /// and data).
    PackEface,
    /// `storeEface(p *byte, i any)`: the interface's two words at p.
    StoreEface,
    /// `loadBytes(p *byte) []byte` (and loadRunes): the slice header at p.
    LoadSlice,
    /// `storeBytes(p *byte, b []byte)` (and storeRunes).
    StoreSlice,
    /// `load(p *byte, size uintptr) uint64`: size bytes, zero-extended.
    Load,
    /// `store(p *byte, size uintptr, v uint64)`.
    Store,
    /// `add(p *byte, off uintptr) *byte`.
    Add,
    /// `loadPtr(p *byte) *byte`.
    LoadPtr,
    /// `storePtr(p *byte, v *byte)`.
    StorePtr,
    /// `memmove(dst, src *byte, n uintptr)`.
    Memmove,
    /// `loadString(p *byte) string`.
    LoadString,
    /// `storeString(p *byte, s string)`.
    StoreString,
    /// `newOf(t *rtype) *byte`: a zeroed value of type t.
    NewOf,
    /// `newArray(t *rtype, n int) *byte`: n zeroed values of type t.
    NewArray,
    /// `allocWords(n, ptrs uintptr) *byte`: n zeroed words, those of the
    /// set bits of ptrs pointers.
    AllocWords,
    /// `allocFrame(size uintptr) *byte`: a call's argument area, typed
    /// piecewise by MarkAt and MarkWords.
    AllocFrame,
    /// `markAt(p *byte, t *rtype)`: a value of type t lies at p.
    MarkAt,
    /// `markWords(p *byte, ptrs uintptr)`: the words at p of ptrs' set
    /// bits hold pointers.
    MarkWords,
    /// `fieldAt(t *rtype, i int) *fieldRec`: struct t's i-th field record.
    FieldAt,
    /// `methodAt(t *rtype, i int) *methodRec`: t's i-th method record.
    MethodAt,
    /// `getitab(iface, t *rtype) *byte`: the itab of (iface, t), nil if t
    /// lacks a method (itab.rs).
    GetItab,
    /// `paramAt(t *rtype, i int) *rtype`: func t's i-th parameter, then
    /// its results.
    ParamAt,
    /// `mapAccess(m, k *byte) (*byte, bool)`.
    MapAccess,
    /// `mapAssign(m, k *byte) *byte`: the value's cell (nil: nil map).
    MapAssign,
    /// `mapDelete(m, k *byte)`.
    MapDelete,
    /// `mapNext(m *byte, pos int) (k, v *byte, next int)`: k nil at the end.
    MapNext,
    /// `makeMap(k, v *rtype) *byte`.
    MakeMap,
    /// `valuesEqual(t *rtype, a, b *byte) bool`: `==` of comparable values
    /// (panics as `==` does for uncomparable dynamic types).
    ValuesEqual,
    /// `growslice(elem *rtype, s *byte, newLen int)`: makes the slice
    /// header at s hold at least newLen elements, as append grows it.
    GrowSlice,
}

/// The natives by qualified name, for services.rs's table.
pub const NATIVES: &[(&str, ReflectFn)] = &[
    ("reflect.unpackEface", ReflectFn::UnpackEface),
    ("reflect.packEface", ReflectFn::PackEface),
    ("reflect.storeEface", ReflectFn::StoreEface),
    ("reflect.loadBytes", ReflectFn::LoadSlice),
    ("reflect.loadRunes", ReflectFn::LoadSlice),
    ("reflect.storeBytes", ReflectFn::StoreSlice),
    ("reflect.storeRunes", ReflectFn::StoreSlice),
    ("reflect.load", ReflectFn::Load),
    ("reflect.store", ReflectFn::Store),
    ("reflect.add", ReflectFn::Add),
    ("reflect.loadPtr", ReflectFn::LoadPtr),
    ("reflect.storePtr", ReflectFn::StorePtr),
    ("reflect.memmove", ReflectFn::Memmove),
    ("reflect.loadString", ReflectFn::LoadString),
    ("reflect.storeString", ReflectFn::StoreString),
    ("reflect.newOf", ReflectFn::NewOf),
    ("reflect.newArray", ReflectFn::NewArray),
    ("reflect.allocWords", ReflectFn::AllocWords),
    ("reflect.allocFrame", ReflectFn::AllocFrame),
    ("reflect.markAt", ReflectFn::MarkAt),
    ("reflect.markWords", ReflectFn::MarkWords),
    ("reflect.fieldAt", ReflectFn::FieldAt),
    ("reflect.paramAt", ReflectFn::ParamAt),
    ("reflect.methodAt", ReflectFn::MethodAt),
    ("reflect.getitab", ReflectFn::GetItab),
    ("reflect.mapAccess", ReflectFn::MapAccess),
    ("reflect.mapAssign", ReflectFn::MapAssign),
    ("reflect.mapDelete", ReflectFn::MapDelete),
    ("reflect.mapNext", ReflectFn::MapNext),
    ("reflect.makeMap", ReflectFn::MakeMap),
    ("reflect.valuesEqual", ReflectFn::ValuesEqual),
    ("reflect.growslice", ReflectFn::GrowSlice),
];

/// Runs reflect native `f` with its argument area at `args`.
pub fn call<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    f: ReflectFn,
    args: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let put = |i: u64, v: u64| m.write_word(args + i * w, v);
    match f {
        ReflectFn::UnpackEface => {
            put(2, arg(0));
            put(3, arg(1));
        }
        ReflectFn::PackEface => {
            let (t, p) = (arg(0), arg(1));
            if Kind::from_number(m.field(t, typedesc::KIND)) == Some(Kind::Interface) {
                put(2, typedesc::dynamic_type(m, t, p));
                put(3, m.read_word(p + w));
            } else {
                let size = m.field(t, typedesc::SIZE);
                let cell = cx.heap.alloc(size, w, &crate::heaplayout::of_desc(m, t))?;
                m.copy(cell, p, size);
                put(2, t);
                put(3, cell);
            }
        }
        ReflectFn::StoreEface => m.copy(arg(0), args + w, 2 * w),
        ReflectFn::LoadSlice => m.copy(args + w, arg(0), 3 * w),
        ReflectFn::StoreSlice => m.copy(arg(0), args + w, 3 * w),
        ReflectFn::Load => put(2, read_sized(m, arg(0), arg(1))),
        ReflectFn::Store => {
            let n = arg(1).min(8) as usize;
            m.write_bytes(arg(0), &arg(2).to_le_bytes()[..n]);
        }
        ReflectFn::Add => put(2, arg(0).wrapping_add(arg(1))),
        ReflectFn::LoadPtr => put(1, m.read_word(arg(0))),
        ReflectFn::StorePtr => m.write_word(arg(0), arg(1)),
        ReflectFn::Memmove => {
            if arg(2) > 0 {
                m.copy(arg(0), arg(1), arg(2));
            }
        }
        ReflectFn::LoadString => {
            put(1, m.read_word(arg(0)));
            put(2, m.read_word(arg(0) + w));
        }
        ReflectFn::StoreString => {
            m.write_word(arg(0), arg(1));
            m.write_word(arg(0) + w, arg(2));
        }
        ReflectFn::NewOf => {
            let t = arg(0);
            let layout = crate::heaplayout::of_desc(m, t);
            put(1, cx.heap.alloc(m.field(t, typedesc::SIZE), w, &layout)?);
        }
        ReflectFn::NewArray => {
            let (t, n) = (arg(0), arg(1));
            let layout = crate::heaplayout::of_desc(m, t);
            let size = m.field(t, typedesc::SIZE);
            put(2, cx.heap.alloc_array(n, size, w, &layout)?);
        }
        ReflectFn::AllocWords => {
            let layout = crate::heap::Layout::Word(arg(1));
            put(2, cx.heap.alloc(arg(0) * w, w, &layout)?);
        }
        ReflectFn::AllocFrame => put(1, cx.heap.alloc_bytes(arg(0), w)?),
        ReflectFn::MarkAt => {
            let layout = crate::heaplayout::of_desc(m, arg(1));
            cx.heap.set_pointers(arg(0), &layout);
        }
        ReflectFn::MarkWords => {
            cx.heap
                .set_pointers(arg(0), &crate::heap::Layout::Word(arg(1)));
        }
        ReflectFn::FieldAt => {
            let rec =
                m.field(arg(0), typedesc::FIELDS) + arg(1) * u64::from(typedesc::FIELD_WORDS) * w;
            put(2, rec);
        }
        ReflectFn::MethodAt => {
            let rec =
                m.field(arg(0), typedesc::METHODS) + arg(1) * u64::from(typedesc::METHOD_WORDS) * w;
            put(2, rec);
        }
        ReflectFn::GetItab => {
            let itab = cx.itabs.get(m, cx.heap, arg(0), arg(1))?;
            put(2, itab);
        }
        ReflectFn::ParamAt => put(
            2,
            m.read_word(m.field(arg(0), typedesc::PARAMS) + arg(1) * w),
        ),
        ReflectFn::MapAccess => {
            let (vp, ok) = if arg(0) == 0 {
                (0, false)
            } else {
                cx.maps.access(m, cx.heap, arg(0), arg(1))?
            };
            put(2, if ok { vp } else { 0 });
            put(3, u64::from(ok));
        }
        ReflectFn::MapAssign => {
            let cell = if arg(0) == 0 {
                None
            } else {
                cx.maps.assign(m, cx.heap, arg(0), arg(1))?
            };
            put(2, cell.unwrap_or(0));
        }
        ReflectFn::MapDelete => {
            if arg(0) != 0 {
                cx.maps.delete(m, arg(0), arg(1))?;
            }
        }
        ReflectFn::MapNext => {
            let next = if arg(0) == 0 {
                None
            } else {
                cx.maps.next(arg(0), arg(1))
            };
            let (k, v, n) = next.unwrap_or((0, 0, arg(1)));
            put(2, k);
            put(3, v);
            put(4, n);
        }
        ReflectFn::MakeMap => {
            let map = cx.maps.make(m, cx.heap, arg(0), arg(1))?;
            put(2, map);
        }
        ReflectFn::ValuesEqual => {
            let eq = crate::equal::values_equal(m, arg(0), arg(1), arg(2))
                .map_err(|msg| Stop::Panic(format!("runtime error: {msg}")))?;
            m.write_bytes(args + 3 * w, &[u8::from(eq)]);
        }
        ReflectFn::GrowSlice => {
            let (elem, s, want) = (arg(0), arg(1), arg(2));
            let size = m.field(elem, typedesc::SIZE);
            let (p, len, cap) = (m.read_word(s), m.read_word(s + w), m.read_word(s + 2 * w));
            if want > cap {
                let (ncap, bytes) = splitgo_abi::growslice::grow_cap(size, cap, want, w)
                    .ok_or_else(|| {
                        Stop::Panic("runtime error: growslice: len out of range".into())
                    })?;
                let layout = crate::heaplayout::of_desc(m, elem);
                let np = if size == 0 || !layout.has_pointers() {
                    cx.heap.alloc_bytes(bytes, w)?
                } else {
                    cx.heap.alloc_array(bytes / size, size, w, &layout)?
                };
                if len > 0 {
                    m.copy(np, p, len * size);
                }
                m.write_word(s, np);
                m.write_word(s + 2 * w, ncap);
            }
        }
    }
    Ok(())
}

/// What a `reflect.Value` operand of fmt holds: its type and value
/// address (None for the zero Value), and whether it may be turned into
/// an interface (not reached through an unexported field).
pub struct HeldValue {
    pub held: Option<(u64, u64)>,
    pub can_interface: bool,
}

/// The name and layout fmt recognises a reflect.Value by: stdlib/go/reflect's
/// `Value{typ, ptr, flag}`, with its two read-only flags (flagStickyRO = 2,
/// flagEmbedRO = 4): either one means the value may not become an interface.
const VALUE_TYPE: &str = "reflect.Value";
const FLAG_RO: u64 = 2 | 4;

/// The value a reflect.Value at `at` (of type `t`) holds, if `t` is
/// reflect.Value.
pub fn value_operand<M: Mem + ?Sized>(m: &M, t: u64, at: u64) -> Option<HeldValue> {
    if t == 0 || Kind::from_number(m.field(t, typedesc::KIND)) != Some(Kind::Struct) {
        return None;
    }
    if (typedesc::TypeView { mem: m, addr: t }).name() != VALUE_TYPE {
        return None;
    }
    let w = u64::from(m.word().0);
    let (typ, ptr, flag) = (
        m.read_word(at),
        m.read_word(at + w),
        m.read_word(at + 2 * w),
    );
    Some(HeldValue {
        held: (typ != 0).then_some((typ, ptr)),
        can_interface: flag & FLAG_RO == 0,
    })
}
