//! Run-time type descriptors as they lie in program memory: what an
//! interface value's first word points at (Go: `_type`, runtime/type.go).
//!
//! The JIT lays them out (read-only, word-aligned) from the IR's
//! `TypeDesc`s; the runtime reads them to print a value held in an
//! interface (`fmt.Println`, `panic(v)`). The layout is fixed here, in
//! target words, so both sides agree:
//!
//! ```text
//!   word 0  kind        reflect.Kind number (Kind)
//!   word 1  size        bytes
//!   word 2  align
//!   word 3  elem        descriptor address, or 0 (pointer, slice, array, chan, map value)
//!   word 4  key         descriptor address, or 0 (map key)
//!   word 5  len         array length; for an interface, 1 if it has
//!                       methods (its first word is then an itab), else 0
//!   word 6  name.ptr    the type's name as Go prints it: `int`, `main.point`
//!   word 7  name.len
//!   word 8  nfields
//!   word 9  fields      address of nfields records of FIELD_WORDS words:
//!                       name.ptr, name.len, offset, type
//!   word 10 nmethods
//!   word 11 methods     address of nmethods records of METHOD_WORDS words,
//!                       sorted by name: name.ptr, name.len, func value,
//!                       package (0 if exported, else its id + 1),
//!                       signature id, call flags (METHOD_CALL_*), func
//!                       type descriptor (reflect's Method; 0 without
//!                       reflect)
//!   word 12 pkg.ptr     a defined type's package import path (`main`),
//!   word 13 pkg.len     empty for predeclared and unnamed types
//!   word 14 flags       FLAG_* bits: named, comparable, variadic, chan dir,
//!                       run-time error
//!   word 15 ptrto       descriptor of `*T` if the program has it, or 0
//!   word 16 nin         func types: parameter count (the variadic one as
//!                       its slice type)
//!   word 17 nout        func types: result count
//!   word 18 params      address of nin + nout descriptor addresses
//!   word 19 ptrdata     bytes from the value's start to the end of its
//!                       last pointer (0: no pointers)
//!   word 20 link        the program's next descriptor: the compiler's
//!                       descriptors form one ring (the last links to the
//!                       first), which reflect walks to find the program's
//!                       own descriptor of a type it builds (ArrayOf,
//!                       SliceOf, ...); 0 in descriptors made at run time
//!   word 21 ptrmask     which words of a value hold pointers, as a layout
//!                       word (splitgo_abi::heaplayout): 0 for none, an
//!                       odd word holding the mask shifted up by one for
//!                       pointers within the first 63 words, else the
//!                       address of a mask record in rodata (a word count,
//!                       then one bit per word). Its last set bit ends
//!                       where ptrdata says. 0 in descriptors reflect
//!                       builds at run time: the heap then derives the mask
//!                       from the descriptor's kind, element and fields
//!                       (heaplayout.rs).
//! ```
//!
//! A field record (FIELD_WORDS words) is: name.ptr, name.len, offset, type,
//! tag.ptr, tag.len, flags (FIELD_EMBEDDED, FIELD_EXPORTED), pkg.ptr,
//! pkg.len (the declaring package of an unexported field, else empty).
//!
//! Words 12 on are package reflect's (stdlib/go/reflect reads them through
//! the natives of runtime/src/reflect.rs and a Go struct of the same
//! layout); the compiler fills them from `ir::typeinfo::TypeInfo`.
//!
//! A concrete type's method records are the methods of its method set
//! that an interface of the program or the runtime may ask for: each func
//! value is the method's itab wrapper, whose receiver argument is a pointer
//! to the value. Run-time itabs match them by (name, package, signature id)
//! against an interface descriptor's records, which list the interface's
//! methods in itab order with a zero func value (itab.rs). The call flags
//! mark the methods the runtime may call: the signature `func() string`
//! (fmt and the panic printer call `Error`, `String` and `GoString` only
//! then) and fmt.Formatter's `Format(fmt.State, rune)` (docs/codegen.md
//! "The runtime calls Go").

use crate::mem::Mem;
use splitgo_abi::typeflag::{field_flag, flag};

/// Word indexes of a descriptor.
pub const KIND: u32 = 0;
pub const SIZE: u32 = 1;
pub const ALIGN: u32 = 2;
pub const ELEM: u32 = 3;
pub const KEY: u32 = 4;
pub const LEN: u32 = 5;
pub const NAME_PTR: u32 = 6;
pub const NAME_LEN: u32 = 7;
pub const NFIELDS: u32 = 8;
pub const FIELDS: u32 = 9;
pub const NMETHODS: u32 = 10;
pub const METHODS: u32 = 11;
pub const PKG_PTR: u32 = 12;
pub const PKG_LEN: u32 = 13;
pub const FLAGS: u32 = 14;
pub const PTR_TO: u32 = 15;
pub const NIN: u32 = 16;
pub const NOUT: u32 = 17;
pub const PARAMS: u32 = 18;
pub const PTRDATA: u32 = 19;
pub const LINK: u32 = 20;
pub const PTRMASK: u32 = 21;
/// Words in a descriptor.
pub const WORDS: u32 = 22;

/// Bits of the FLAGS word (the ABI crate's, which the compiler writes).
pub const FLAG_NAMED: u64 = flag::NAMED;
pub const FLAG_COMPARABLE: u64 = flag::COMPARABLE;
pub const FLAG_VARIADIC: u64 = flag::VARIADIC;
pub const FLAG_CHAN_RECV: u64 = flag::CHAN_RECV;
pub const FLAG_CHAN_SEND: u64 = flag::CHAN_SEND;
/// A run-time error's type: the data word points at the message's string
/// header, which the runtime prints without calling a method.
pub const FLAG_RUNTIME_ERROR: u64 = flag::RUNTIME_ERROR;

/// Word indexes of a field record, and its size in words.
pub const FIELD_NAME_PTR: u32 = 0;
pub const FIELD_NAME_LEN: u32 = 1;
pub const FIELD_OFFSET: u32 = 2;
pub const FIELD_TYPE: u32 = 3;
pub const FIELD_TAG_PTR: u32 = 4;
pub const FIELD_TAG_LEN: u32 = 5;
pub const FIELD_FLAGS: u32 = 6;
pub const FIELD_PKG_PTR: u32 = 7;
pub const FIELD_PKG_LEN: u32 = 8;
pub const FIELD_WORDS: u32 = 9;

/// Bits of a field record's flags word.
pub const FIELD_EMBEDDED: u64 = field_flag::EMBEDDED;
pub const FIELD_EXPORTED: u64 = field_flag::EXPORTED;

/// Word indexes of a method record, and its size in words.
pub const METHOD_NAME_PTR: u32 = 0;
pub const METHOD_NAME_LEN: u32 = 1;
pub const METHOD_FUNC: u32 = 2;
pub const METHOD_PKG: u32 = 3;
pub const METHOD_SIG: u32 = 4;
pub const METHOD_STRINGER: u32 = 5;
/// Bits of a method record's call flags word: a `func() string` method,
/// and fmt.Formatter's Format (the compiler's `MethodRec::stringer` and
/// `MethodRec::formatter`).
pub const METHOD_CALL_STRINGER: u64 = 1;
pub const METHOD_CALL_FORMATTER: u64 = 2;
/// The descriptor of the method's func type (without receiver), for
/// reflect; 0 when the program does not load package reflect.
pub const METHOD_TYPE: u32 = 6;
pub const METHOD_WORDS: u32 = 7;

/// Kinds of run-time types, numbered as reflect.Kind numbers them (the
/// front end's `TypeKind` uses the same numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

impl Kind {
    /// The kind of reflect.Kind number `n`.
    pub fn from_number(n: u64) -> Option<Kind> {
        use Kind::*;
        Some(match n {
            1 => Bool,
            2 => Int,
            3 => Int8,
            4 => Int16,
            5 => Int32,
            6 => Int64,
            7 => Uint,
            8 => Uint8,
            9 => Uint16,
            10 => Uint32,
            11 => Uint64,
            12 => Uintptr,
            13 => Float32,
            14 => Float64,
            15 => Complex64,
            16 => Complex128,
            17 => Array,
            18 => Chan,
            19 => Func,
            20 => Interface,
            21 => Map,
            22 => Pointer,
            23 => Slice,
            24 => String,
            25 => Struct,
            26 => UnsafePointer,
            _ => return None,
        })
    }

    /// The predeclared type of this kind's name (`int`, `float64`), for
    /// the kinds that have one.
    pub fn basic_name(self) -> Option<&'static str> {
        use Kind::*;
        Some(match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            _ => return None,
        })
    }
}

/// The dynamic type's descriptor (0 for nil) of the interface value at
/// `at`, whose static type is `iface`: its first word, or, when the
/// interface has methods (LEN), the first word of the itab there.
pub fn dynamic_type<M: Mem + ?Sized>(m: &M, iface: u64, at: u64) -> u64 {
    let first = m.read_word(at);
    if m.field(iface, LEN) != 0 && first != 0 {
        m.read_word(first)
    } else {
        first
    }
}

/// One field of a struct descriptor, as the value walkers need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldView {
    pub offset: u64,
    pub ty: u64,
    /// Named `_`: it takes no part in `==` (Go spec).
    pub blank: bool,
}

/// The fields of struct descriptor `t`, in order.
pub fn struct_fields<M: Mem + ?Sized>(m: &M, t: u64) -> Vec<FieldView> {
    let w = u64::from(m.word().0);
    let fields = m.field(t, FIELDS);
    (0..m.field(t, NFIELDS))
        .map(|i| {
            let f = fields + i * u64::from(FIELD_WORDS) * w;
            let mut name = [0u8; 1];
            let blank = m.field(f, FIELD_NAME_LEN) == 1 && {
                m.read_bytes(m.field(f, FIELD_NAME_PTR), &mut name);
                name[0] == b'_'
            };
            FieldView {
                offset: m.field(f, FIELD_OFFSET),
                ty: m.field(f, FIELD_TYPE),
                blank,
            }
        })
        .collect()
}

/// A descriptor at `addr`, read through `mem`.
pub struct TypeView<'m, M: Mem + ?Sized> {
    pub mem: &'m M,
    pub addr: u64,
}

impl<M: Mem + ?Sized> TypeView<'_, M> {
    pub fn kind(&self) -> Option<Kind> {
        Kind::from_number(self.mem.field(self.addr, KIND))
    }

    pub fn size(&self) -> u64 {
        self.mem.field(self.addr, SIZE)
    }

    /// The type's name as Go prints it.
    pub fn name(&self) -> String {
        let p = self.mem.field(self.addr, NAME_PTR);
        let n = self.mem.field(self.addr, NAME_LEN);
        let mut buf = vec![0u8; n as usize];
        if n > 0 {
            self.mem.read_bytes(p, &mut buf);
        }
        String::from_utf8_lossy(&buf).into_owned()
    }

    /// The func value of the runtime-callable method `name` (a record of
    /// word 11 with the stringer flag), if the type has it: a wrapper whose
    /// only argument is a pointer to the value, returning a string.
    pub fn method(&self, name: &str) -> Option<u64> {
        let m = self.mem;
        let w = u64::from(m.word().0);
        let (n, recs) = (m.field(self.addr, NMETHODS), m.field(self.addr, METHODS));
        (0..n).find_map(|i| {
            let rec = recs + i * u64::from(METHOD_WORDS) * w;
            if m.field(rec, METHOD_STRINGER) & METHOD_CALL_STRINGER == 0
                || m.field(rec, METHOD_FUNC) == 0
            {
                return None;
            }
            let len = m.field(rec, METHOD_NAME_LEN);
            if len != name.len() as u64 {
                return None;
            }
            let mut buf = vec![0u8; len as usize];
            m.read_bytes(m.field(rec, METHOD_NAME_PTR), &mut buf);
            (buf == name.as_bytes()).then(|| m.field(rec, METHOD_FUNC))
        })
    }

    /// Whether the type has fmt.Formatter's `Format(fmt.State, rune)`
    /// method (a record with the formatter call flag).
    pub fn has_format(&self) -> bool {
        let m = self.mem;
        let w = u64::from(m.word().0);
        let (n, recs) = (m.field(self.addr, NMETHODS), m.field(self.addr, METHODS));
        (0..n).any(|i| {
            let rec = recs + i * u64::from(METHOD_WORDS) * w;
            m.field(rec, METHOD_STRINGER) & METHOD_CALL_FORMATTER != 0
                && m.field(rec, METHOD_FUNC) != 0
        })
    }

    /// Whether this is the predeclared type of its kind (`int`, not a
    /// defined `main.celsius` with int underneath).
    pub fn is_predeclared(&self) -> bool {
        self.kind()
            .and_then(Kind::basic_name)
            .is_some_and(|n| n == self.name())
    }
}

/// Whether `desc` is the descriptor of a run-time error: the runtime's own
/// ([`runtime_error_desc`]) or one of the program's (with methods).
pub fn is_runtime_error<M: Mem + ?Sized>(m: &M, desc: u64) -> bool {
    desc != 0 && m.field(desc, FLAGS) & FLAG_RUNTIME_ERROR != 0
}

/// Where the message's string header of run-time error `(desc, data)` is.
/// The data word of an interface points at a boxed copy of the value: for
/// the string-shaped errors that copy is the header; for
/// `*runtime.TypeAssertionError` it is the pointer to a struct whose one
/// field is the header.
pub fn runtime_error_message<M: Mem + ?Sized>(m: &M, desc: u64, data: u64) -> u64 {
    if Kind::from_number(m.field(desc, KIND)) == Some(Kind::Pointer) {
        m.read_word(data)
    } else {
        data
    }
}

/// The Go type of a run-time error (gc 1.19, runtime/error.go), in the
/// order of the program's descriptors (the compiler's
/// `ir::RUNTIME_ERROR_TYPES`), chosen by the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeErrorType {
    ErrorString = 0,
    PlainError = 1,
    BoundsError = 2,
    TypeAssertionError = 3,
}

impl RuntimeErrorType {
    pub fn of(msg: &str) -> RuntimeErrorType {
        if msg.starts_with("interface conversion: ") {
            return RuntimeErrorType::TypeAssertionError;
        }
        let Some(text) = msg.strip_prefix("runtime error: ") else {
            return RuntimeErrorType::PlainError;
        };
        if text.starts_with("index out of range")
            || text.starts_with("slice bounds out of range")
            || text.starts_with("cannot convert slice")
        {
            RuntimeErrorType::BoundsError
        } else {
            RuntimeErrorType::ErrorString
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RuntimeErrorType::ErrorString => "runtime.errorString",
            RuntimeErrorType::PlainError => "runtime.plainError",
            RuntimeErrorType::BoundsError => "runtime.boundsError",
            RuntimeErrorType::TypeAssertionError => "*runtime.TypeAssertionError",
        }
    }
}

/// The descriptor of the values run-time errors panic with (Go:
/// runtime.Error): a string kind named `runtime.Error`, whose data word
/// points at the message's string header. `fmt` prints the message, and
/// so does `panic` (services.rs: panic_value). Lives in host memory for
/// the whole process.
pub fn runtime_error_desc() -> u64 {
    use std::sync::OnceLock;
    static DESC: OnceLock<u64> = OnceLock::new();
    const NAME: &str = "runtime.Error";
    *DESC.get_or_init(|| {
        let mut words = [0u64; WORDS as usize];
        words[KIND as usize] = 24; // reflect.String
        words[SIZE as usize] = 16;
        words[ALIGN as usize] = 8;
        words[NAME_PTR as usize] = NAME.as_ptr().expose_provenance() as u64;
        words[NAME_LEN as usize] = NAME.len() as u64;
        words[FLAGS as usize] = FLAG_NAMED | FLAG_COMPARABLE | FLAG_RUNTIME_ERROR;
        words[PTRDATA as usize] = 8;
        words[PTRMASK as usize] = 0b11;
        let b: &'static mut [u64; WORDS as usize] = Box::leak(Box::new(words));
        (b as *mut [u64; WORDS as usize]).expose_provenance() as u64
    })
}
