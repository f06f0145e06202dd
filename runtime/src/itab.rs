//! Itabs built at run time (Go: getitab, runtime/iface.go): the method
//! table of an (interface, concrete type) pair that the compiler could not
//! build statically, for type assertions to interface types, interface
//! cases of type switches and conversions between interface types
//! (`Service::AssertIface`).
//!
//! An itab has the layout of the compiler's static ones: the concrete
//! type's descriptor, then one func value per interface method in the
//! interface descriptor's order. Each method is found in the concrete
//! descriptor's method table by name, package (for an unexported name) and
//! signature id (typedesc.rs). Itabs are allocated from the program's heap
//! and kept for the life of the program in a table keyed by the pair, with
//! the pairs that failed (and the first missing method): they are roots
//! the collector will have to see (docs/codegen.md).

use rustc_hash::FxHashMap;

use crate::heap::Heap;
use crate::mem::Mem;
use crate::stop::Stop;
use crate::typedesc::{
    Kind, TypeView, ELEM, LEN, METHODS, METHOD_FUNC, METHOD_NAME_LEN, METHOD_NAME_PTR, METHOD_PKG,
    METHOD_SIG, METHOD_WORDS, NMETHODS, SIZE,
};

/// The itabs built so far, by (interface descriptor, concrete descriptor):
/// the itab's address, or 0 when the type lacks a method. Hashed with Fx,
/// whose finish moves the multiply's good high bits down to the bits that
/// pick a bucket (descriptors are word-aligned, 21 words apart: a plain
/// multiply left every key's low bits alike, and lookups, made on every
/// assertion that misses its site's cache, probed long chains).
#[derive(Default)]
pub struct Itabs {
    table: FxHashMap<(u64, u64), u64>,
}

/// One method record of a descriptor.
struct Rec {
    name: Vec<u8>,
    pkg: u64,
    sig: u64,
    func: u64,
}

fn records<M: Mem + ?Sized>(m: &M, desc: u64) -> Vec<Rec> {
    let w = u64::from(m.word().0);
    let (n, recs) = (m.field(desc, NMETHODS), m.field(desc, METHODS));
    (0..n)
        .map(|i| {
            let r = recs + i * u64::from(METHOD_WORDS) * w;
            let len = m.field(r, METHOD_NAME_LEN);
            let mut name = vec![0u8; len as usize];
            if len > 0 {
                m.read_bytes(m.field(r, METHOD_NAME_PTR), &mut name);
            }
            Rec {
                name,
                pkg: m.field(r, METHOD_PKG),
                sig: m.field(r, METHOD_SIG),
                func: m.field(r, METHOD_FUNC),
            }
        })
        .collect()
}

/// For each method of interface `iface` (in itab order), the func value
/// of the method of the same name, package and signature in the table of
/// the concrete type `ty`; `Err` with the name of the first one missing.
fn match_methods<M: Mem + ?Sized>(m: &M, iface: u64, ty: u64) -> Result<Vec<u64>, String> {
    let have = records(m, ty);
    records(m, iface)
        .iter()
        .map(|im| {
            have.iter()
                .find(|h| h.func != 0 && h.name == im.name && h.pkg == im.pkg && h.sig == im.sig)
                .map(|h| h.func)
                .ok_or_else(|| String::from_utf8_lossy(&im.name).into_owned())
        })
        .collect()
}

/// The first method of interface `iface` that type `ty` lacks, for the
/// message of a failed assertion.
pub fn missing_method<M: Mem + ?Sized>(m: &M, iface: u64, ty: u64) -> Option<String> {
    if m.field(iface, LEN) == 0 {
        return None;
    }
    match_methods(m, iface, ty).err()
}

impl Itabs {
    /// The first word of an interface value of interface type `iface`
    /// holding a value of dynamic type `ty` (not 0): the descriptor itself
    /// for an interface without methods, else the itab, built on first
    /// use; 0 when the type lacks a method.
    pub fn get<M: Mem + ?Sized>(
        &mut self,
        m: &M,
        heap: &mut Heap,
        iface: u64,
        ty: u64,
    ) -> Result<u64, Stop> {
        if m.field(iface, LEN) == 0 {
            return Ok(ty);
        }
        if let Some(&r) = self.table.get(&(iface, ty)) {
            return Ok(r);
        }
        let itab = match match_methods(m, iface, ty) {
            Err(_) => 0,
            Ok(funcs) => {
                let w = u64::from(m.word().0);
                // Words of static data: the descriptor and code addresses, none
                // in the heap.
                let itab = heap.alloc_bytes((1 + funcs.len() as u64) * w, w)?;
                m.write_word(itab, ty);
                for (i, f) in funcs.iter().enumerate() {
                    m.write_word(itab + (1 + i as u64) * w, *f);
                }
                itab
            }
        };
        self.table.insert((iface, ty), itab);
        Ok(itab)
    }
}

/// gc's message for a failed assertion of a value of static type
/// `static_t` (an interface) whose dynamic type is `ty` (0 for nil) to
/// interface `iface`, lacking `missing` (runtime.TypeAssertionError).
pub fn assert_message<M: Mem + ?Sized>(
    m: &M,
    ty: u64,
    iface: u64,
    static_t: u64,
    missing: Option<&str>,
) -> String {
    let name = |d: u64| TypeView { mem: m, addr: d }.name();
    match (ty, missing) {
        // gc names no static type when the value is nil and the target an
        // interface: "interface is nil".
        (0, _) => format!(
            "interface conversion: interface is nil, not {}",
            name(iface)
        ),
        (_, Some(meth)) => format!(
            "interface conversion: {} is not {}: missing method {meth}",
            name(ty),
            name(iface)
        ),
        (_, None) => format!(
            "interface conversion: {} is {}, not {}",
            name(static_t),
            name(ty),
            name(iface)
        ),
    }
}

/// errors.As's check of its target (an `any` whose type descriptor is `t`
/// and data word `data`, not nil): "" when it is a non-nil pointer to an
/// interface type or to a type implementing error, else Go's panic message.
pub fn as_check<M: Mem + ?Sized>(m: &M, t: u64, data: u64) -> &'static str {
    let tv = TypeView { mem: m, addr: t };
    if tv.kind() != Some(Kind::Pointer) || m.read_word(data) == 0 {
        return "errors: target must be a non-nil pointer";
    }
    let elem = m.field(t, ELEM);
    let ev = TypeView { mem: m, addr: elem };
    if ev.kind() == Some(Kind::Interface) || ev.method("Error").is_some() {
        ""
    } else {
        "errors: *target must be interface or implement error"
    }
}

/// errors.As's assignment: the error at `err` (an `error` value, not nil)
/// is stored in `*target` (the `any` at `target`, checked by [`as_check`])
/// if its dynamic type is assignable to the element type: that type
/// itself, or an interface it implements. Whether it was.
pub fn as_assign<M: Mem + ?Sized>(
    m: &M,
    heap: &mut Heap,
    itabs: &mut Itabs,
    err: u64,
    target: u64,
) -> Result<bool, Stop> {
    let w = u64::from(m.word().0);
    let itab = m.read_word(err);
    if itab == 0 {
        return Ok(false);
    }
    let (dyn_t, data) = (m.read_word(itab), m.read_word(err + w));
    let (tt, tbox) = (m.read_word(target), m.read_word(target + w));
    let (elem, p) = (m.field(tt, ELEM), m.read_word(tbox));
    let ev = TypeView { mem: m, addr: elem };
    if ev.kind() == Some(Kind::Interface) {
        let first = itabs.get(m, heap, elem, dyn_t)?;
        if first == 0 {
            return Ok(false);
        }
        m.write_word(p, first);
        m.write_word(p + w, data);
        return Ok(true);
    }
    if elem != dyn_t {
        return Ok(false);
    }
    let size = m.field(elem, SIZE);
    if size > 0 {
        m.copy(p, data, size);
    }
    Ok(true)
}
