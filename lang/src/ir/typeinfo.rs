//! What a run-time type descriptor carries for package reflect beyond the
//! words fmt, `==` and maps read: the defining package, flags (named,
//! comparable, variadic, channel direction), the pointer type `*T` when the
//! program has one, function parameters and results, struct field tags,
//! exported-ness and embedding, and the length of the prefix that holds
//! pointers (for the collector to come). The JIT appends these words to the
//! descriptor (runtime/src/typedesc.rs documents the layout).

use super::TypeDescId;

/// Flag bits of [`TypeInfo::flags`] and of [`FieldInfo::flags`]: the ABI
/// crate's, which the runtime reads.
pub use splitgo_abi::typeflag::{field_flag, flag};

/// The reflect part of a [`super::TypeDesc`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeInfo {
    /// The defining package's import path for a defined type (`main`),
    /// empty for predeclared and unnamed types.
    pub pkg_path: String,
    /// [`flag`] bits.
    pub flags: u64,
    /// The descriptor of `*T`, when the program has that type.
    pub ptr_to: Option<TypeDescId>,
    /// Parameter types of a func type (the variadic one as its slice type).
    pub ins: Vec<TypeDescId>,
    /// Result types of a func type.
    pub outs: Vec<TypeDescId>,
    /// Bytes of a value from its start up to the end of its last pointer
    /// (0: the collector never looks inside).
    pub ptrdata: u64,
    /// Which words of a value hold pointers (`PtrMask`'s bits: bit `k % 64`
    /// of entry `k / 64` for word `k`); its last set bit ends at ptrdata.
    pub ptrmask: Vec<u64>,
    /// One record per struct field, in the order of `TypeDesc::fields`.
    pub fields: Vec<FieldInfo>,
}

/// The reflect part of one struct field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldInfo {
    /// The tag's text, undecoded as Go keeps it (`json:"a"`).
    pub tag: Vec<u8>,
    /// [`field_flag`] bits.
    pub flags: u64,
    /// For an unexported field, the import path of the package that
    /// declared it; empty for exported fields (reflect's PkgPath).
    pub pkg_path: String,
}
