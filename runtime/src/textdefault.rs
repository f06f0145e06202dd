//! flag's stand-in for the reflect calls of gc's TextVar (stdlib/go/flag,
//! text.go): the checks that the variable is a pointer whose element type
//! is the default's type, and the copy of the default into the variable.
//!
//! Both arguments arrive as `any`: (type descriptor, pointer to a boxed
//! copy), so a pointer's box holds the pointer itself. Types are compared
//! by descriptor address, as errors.As does (itab.rs): one descriptor per
//! type in a program. The native answers a code and leaves the panics, and
//! their texts, to the Go side.

use crate::mem::Mem;
use crate::typedesc::{Kind, ELEM, KIND, SIZE};

/// What [`copy_default`] found; the numbers are those flag's text.go tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Outcome {
    /// The default was stored in the variable.
    Copied = 0,
    /// The variable (p) is nil or not a pointer.
    NotPointer = 1,
    /// The default is nil, or a nil pointer: it has no value to copy.
    NoDefault = 2,
    /// The default's type is not the variable's element type.
    Mismatch = 3,
    /// The types agree but p is a nil pointer: nowhere to store.
    NilVariable = 4,
}

fn is_pointer<M: Mem + ?Sized>(m: &M, t: u64) -> bool {
    t != 0 && Kind::from_number(m.field(t, KIND)) == Some(Kind::Pointer)
}

/// `flag.copyDefault(p, value any) int`: p must hold a pointer to a
/// variable of the type of value (or of *value, when value is a pointer);
/// the checks come in gc's order, so a call failing several of them is
/// reported as gc reports it.
pub fn copy_default<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let outcome = check_and_copy(m, args, w);
    m.write_word(args + 4 * w, outcome as u64);
}

fn check_and_copy<M: Mem + ?Sized>(m: &M, args: u64, w: u64) -> Outcome {
    let (pt, pbox) = (m.read_word(args), m.read_word(args + w));
    let (mut vt, vbox) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
    if !is_pointer(m, pt) {
        return Outcome::NotPointer;
    }
    if vt == 0 {
        return Outcome::NoDefault;
    }
    // The address of the default's bytes: its box, or where it points.
    let mut src = vbox;
    if is_pointer(m, vt) {
        src = m.read_word(vbox);
        if src == 0 {
            return Outcome::NoDefault;
        }
        vt = m.field(vt, ELEM);
    }
    if vt != m.field(pt, ELEM) {
        return Outcome::Mismatch;
    }
    let dst = m.read_word(pbox);
    if dst == 0 {
        return Outcome::NilVariable;
    }
    let size = m.field(vt, SIZE);
    if size > 0 {
        m.copy(dst, src, size);
    }
    Outcome::Copied
}
