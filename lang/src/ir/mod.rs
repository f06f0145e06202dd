//! The intermediate representation: what the JIT compiles, produced from a
//! checked program by [`lower`]. It knows sizes (from [`Target`]) but no
//! machine: no registers, no instructions, no encodings.
//!
//! The model is Go 1.2's: every value lives in memory. A function's
//! arguments and results are in the caller's outgoing-argument area; its
//! temporaries and variables are slots of its fixed-size frame; instructions
//! read and write those slots. Nothing is kept in registers across an
//! instruction, so at every call every live value is in the frame, where the
//! collector and the traceback can see it (DESIGN §4). A backend is free to
//! do better inside one instruction.
//!
//! Locations are symbolic ([`Loc`]): the backend places the outgoing area at
//! the bottom of the frame (where a callee finds its arguments) and the
//! locals above it, and knows where its return address sits, so the same IR
//! serves amd64 (return address pushed by CALL), 386 (4-byte words) and
//! arm64 (link register saved at 0(SP)).

pub use crate::types::PtrMask;
pub use splitgo_abi::bounds;
pub mod fasthash;
pub mod interp;
pub mod lower;
pub mod print;
pub mod typeinfo;

use crate::target::Target;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DataId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NativeId(pub u32);

/// A whole program, ready for a backend.
#[derive(Debug)]
pub struct Module {
    pub target: Target,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Read-only bytes: string literals.
    pub data: Vec<Vec<u8>>,
    /// Functions implemented by the runtime (declared without a body).
    pub natives: Vec<Native>,
    /// Package initializers in the order they must run, then `main.main`.
    pub inits: Vec<FuncId>,
    pub main: Option<FuncId>,
    /// Run-time type descriptors (for interfaces, printing, the collector).
    pub type_descs: Vec<TypeDesc>,
    /// Method tables of (interface, concrete type) pairs converted statically.
    pub itabs: Vec<Itab>,
    /// The descriptors of the values run-time errors panic with, in the
    /// order of [`RUNTIME_ERROR_TYPES`]: strings (the message) with the
    /// methods `Error` and `RuntimeError`, so that `recover().(error)`
    /// finds them, named as gc's types so that `%T` prints what gc prints.
    /// Empty when the program lowered none.
    pub runtime_errors: Vec<TypeDescId>,
    /// The positions in files other than their function's own, which
    /// instructions refer to by [`SrcPos`] codes from [`NAMED_POS`] on.
    pub positions: Vec<SrcPlace>,
}

/// A line of a file other than the function's own: one a line directive
/// named, or another file of the package (`main.init` runs the variable
/// initializers of every file).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SrcPlace {
    pub file: String,
    pub line: u32,
    /// `file` is the name a directive wrote, reported exactly so; otherwise
    /// it is a file of the program under the name the user gave, which the
    /// runtime shows as an absolute path, as it shows `Func::file`.
    pub verbatim: bool,
}

/// The source position an instruction, a block's terminator or a
/// function's declaration carries, for the pc tables. Below [`NAMED_POS`]
/// it is a line of the function's own file ([`Func::file`]; 0: unknown,
/// the previous instruction's position goes on); from `NAMED_POS` on, the
/// entry `code - NAMED_POS` of [`Module::positions`]: a line of another
/// file. Lines never reach `NAMED_POS` (directives stop at 2^30), so the
/// common case needs no table. From [`INLINED_POS`] on, the code indexes
/// the function's own [`InlineTable::positions`]: a line of a function
/// inlined into it (jit/src/inline.rs).
pub type SrcPos = u32;

/// The first [`SrcPos`] code that indexes [`Module::positions`].
pub const NAMED_POS: u32 = 1 << 31;

/// The first [`SrcPos`] code that indexes [`InlineTable::positions`] (the
/// module's table stays far below: it would need 2^30 entries).
pub const INLINED_POS: u32 = 3 << 30;

/// A function's inline table, as gc keeps one: the calls whose bodies
/// were inlined into it, and the positions of the inlined instructions.
/// Empty for a function nothing was inlined into.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InlineTable {
    pub calls: Vec<InlinedCall>,
    pub positions: Vec<InlinedPos>,
}

/// One call replaced by the callee's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlinedCall {
    /// The callee, as traces name it.
    pub func: String,
    /// The callee's own file (its [`Func::file`]).
    pub file: String,
    /// Where the call is, a code of the function holding the table: when
    /// it is itself an inlined position, the call sits in the body of
    /// another inlined call, its parent.
    pub at: SrcPos,
}

/// The position of an inlined instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InlinedPos {
    /// The index in [`InlineTable::calls`] of the call it was inlined by.
    pub call: u32,
    /// Its position as the callee has it: a line of the callee's own file
    /// ([`InlinedCall::file`]) or a code of [`Module::positions`].
    pub pos: SrcPos,
}

impl Module {
    /// The file (`None`: the function's own) and line of a position code.
    /// An inlined position ([`INLINED_POS`] on) is not the module's to
    /// resolve: it gives line 0 (see [`Func::inlined`]).
    pub fn src_pos(&self, code: SrcPos) -> (Option<&SrcPlace>, u32) {
        if code >= INLINED_POS {
            return (None, 0);
        }
        match code.checked_sub(NAMED_POS) {
            Some(i) => match self.positions.get(i as usize) {
                Some(p) => (Some(p), p.line),
                None => (None, 0),
            },
            None => (None, code),
        }
    }
}

/// The Go types of run-time errors, as gc 1.19 names them: a message
/// without the `runtime error: ` prefix is a plainError; a failed
/// conversion of an interface a TypeAssertionError; an index, slice or
/// slice-to-array-pointer bound a boundsError; the rest errorStrings. The
/// runtime picks one by the message (runtime/src/typedesc.rs).
pub const RUNTIME_ERROR_TYPES: [&str; 4] = [
    "runtime.errorString",
    "runtime.plainError",
    "runtime.boundsError",
    "*runtime.TypeAssertionError",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItabId(pub u32);

/// The method table behind an interface value `(itab, data)`. In memory:
/// the concrete type's descriptor address, then for each method of the
/// interface (sorted by name) the address of a func value. Each method is a
/// wrapper taking the data word (a pointer to the boxed value) as its
/// receiver.
#[derive(Clone, Debug, PartialEq)]
pub struct Itab {
    /// The interface, as Go prints it (for messages).
    pub iface: String,
    pub concrete: TypeDescId,
    pub methods: Vec<FuncId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeDescId(pub u32);

/// What the runtime knows about a type: enough to print a value held in an
/// interface (fmt.Println), to compare and hash it, and to find its
/// pointers. The backend lays these out in read-only memory.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDesc {
    /// As Go prints it: `int`, `main.point`, `[]string`.
    pub name: String,
    pub kind: TypeKind,
    pub size: u32,
    pub align: u32,
    /// Element of pointers, slices, arrays, channels; value of maps.
    pub elem: Option<TypeDescId>,
    /// Key of maps.
    pub key: Option<TypeDescId>,
    /// Length of arrays; for interfaces, 1 when the interface has methods
    /// (its first word is an itab), else 0.
    pub len: u64,
    /// Fields of structs: name, offset, type.
    pub fields: Vec<(String, u32, TypeDescId)>,
    /// For a concrete type: the methods of its method set that a value of
    /// the type held in an interface may need at run time, sorted by name:
    /// those the runtime calls ([`RUNTIME_METHODS`]) and those of every
    /// interface the program has a descriptor for (assertions and
    /// conversions to it build itabs at run time). Each `func` is the itab
    /// wrapper (`T.m·i`), whose receiver is a pointer to the value.
    /// For an interface type: its methods in itab order, without `func`.
    pub methods: Vec<MethodRec>,
    /// What package reflect reads besides (ir/typeinfo.rs).
    pub info: typeinfo::TypeInfo,
}

/// One method of a descriptor's table: what the runtime matches an
/// interface's method against (name, package for an unexported name, and
/// signature, by identity) and what it calls.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MethodRec {
    pub name: String,
    /// 0 for an exported name; else the package's id plus one (an
    /// unexported method only matches one of the same package).
    pub pkg: u32,
    /// The signature's type id: types are interned, so identical
    /// signatures have equal ids.
    pub sig: u32,
    /// Whether the signature is `func() string` (the runtime calls those
    /// of [`RUNTIME_METHODS`]).
    pub stringer: bool,
    /// Whether this is `Format(fmt.State, rune)`, fmt.Formatter's method,
    /// which fmt calls (through a Go helper of package fmt) for every verb.
    pub formatter: bool,
    pub func: Option<FuncId>,
    /// The descriptor of the signature's func type (reflect's Method),
    /// set once the method tables are complete when the program loads
    /// package reflect.
    pub ty: Option<TypeDescId>,
}

/// The methods (all `func() string`) that the runtime calls on a value held
/// in an interface: `Error` before `String` (Go's fmt: handleMethods;
/// runtime: preprintpanics), and `GoString` for fmt's `%#v` (GoStringer).
/// A type descriptor lists those its type has ([`TypeDesc::methods`]).
pub const RUNTIME_METHODS: [&str; 3] = ["Error", "GoString", "String"];

/// Kinds of run-time types, numbered as reflect.Kind numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TypeKind {
    Bool = 1,
    Int = 2,
    Int8 = 3,
    Int16 = 4,
    Int32 = 5,
    Int64 = 6,
    Uint = 7,
    Uint8 = 8,
    Uint16 = 9,
    Uint32 = 10,
    Uint64 = 11,
    Uintptr = 12,
    Float32 = 13,
    Float64 = 14,
    Complex64 = 15,
    Complex128 = 16,
    Array = 17,
    Chan = 18,
    Func = 19,
    Interface = 20,
    Map = 21,
    Pointer = 22,
    Slice = 23,
    String = 24,
    Struct = 25,
    UnsafePointer = 26,
}

/// A package-level variable: zeroed memory, initialized by init code.
#[derive(Debug, Clone)]
pub struct Global {
    /// Qualified name: `main.counter`.
    pub name: String,
    pub size: u32,
    pub align: u32,
    /// Its words that hold pointers: roots of the collector.
    pub ptrs: PtrMask,
}

/// A function the runtime implements: `fmt.Println`, `os.Exit`.
#[derive(Debug, Clone)]
pub struct Native {
    /// Qualified name as the runtime binds it: `fmt.Println`,
    /// `sync.(*Mutex).Lock`.
    pub name: String,
    /// Bytes of arguments and results, as for a Go function.
    pub arg_size: u32,
}

/// Scalar types: what one instruction reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scalar {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
}

impl Scalar {
    pub fn size(self) -> u32 {
        use Scalar::*;
        match self {
            I8 | U8 => 1,
            I16 | U16 => 2,
            I32 | U32 | F32 => 4,
            I64 | U64 | F64 => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Scalar::F32 | Scalar::F64)
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Scalar::I8 | Scalar::I16 | Scalar::I32 | Scalar::I64)
    }

    /// The unsigned integer scalar of a word of `target`.
    pub fn word(target: &Target) -> Scalar {
        if target.ptr_size == 8 {
            Scalar::U64
        } else {
            Scalar::U32
        }
    }

    pub fn name(self) -> &'static str {
        use Scalar::*;
        match self {
            I8 => "i8",
            U8 => "u8",
            I16 => "i16",
            U16 => "u16",
            I32 => "i32",
            U32 => "u32",
            I64 => "i64",
            U64 => "u64",
            F32 => "f32",
            F64 => "f64",
        }
    }
}

/// A place in the current frame, by area and byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loc {
    /// The function's own variables and temporaries.
    Local(u32),
    /// The function's incoming arguments and results (in the caller's frame).
    Arg(u32),
    /// The outgoing area: arguments for the next call, and its results
    /// after it returns.
    Out(u32),
}

impl Loc {
    /// The same area, `n` bytes further.
    pub fn plus(self, n: u32) -> Loc {
        match self {
            Loc::Local(o) => Loc::Local(o + n),
            Loc::Arg(o) => Loc::Arg(o + n),
            Loc::Out(o) => Loc::Out(o + n),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Truncating division (signedness from the scalar); the lowering has
    /// already checked for a zero divisor.
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    /// Shifts: the count operand is a word; counts at or above the width
    /// give 0 (or -1 for a negative signed >>), as Go requires.
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    /// Bitwise complement.
    Not,
    /// Square root, of floats: `math.Sqrt` computed in place of a call of
    /// the native (lower/intrinsic.rs).
    Sqrt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// What an address-of instruction takes the address of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddrOf {
    Global(GlobalId),
    Data(DataId),
    Frame(Loc),
    /// The static closure object of a top-level function (a func value
    /// with no captured variables): one word, pointing at its code.
    FuncValue(FuncId),
    /// A run-time type descriptor.
    TypeDesc(TypeDescId),
    /// The static closure object of a native function (its code is the
    /// backend's entry thunk for the native).
    NativeValue(NativeId),
    /// A method table.
    Itab(ItabId),
}

/// What a call calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    Func(FuncId),
    Native(NativeId),
    /// A func value: the word at this location points at a closure object
    /// whose first word is the code address; the backend passes the closure
    /// pointer as the context (Go 1.2: DX on amd64).
    Closure(Loc),
    /// A runtime service reached through the trampoline (DESIGN §6).
    Runtime(Service),
}

/// Runtime services the generated code calls: the ABI crate's list, shared
/// with the code generator and the runtime (numbers, argument and result
/// layouts, whether each returns). Arguments and results are passed like a
/// Go call's, in the outgoing area.
pub use splitgo_abi::Service;

/// Bytes at the bottom of the address space that are never mapped, so that
/// an access through a nil pointer at an offset below this faults there, and
/// the runtime's signal handler makes such a fault the nil-dereference panic.
/// An access whose offset from a maybe-nil pointer may reach it would land
/// in mapped memory instead, so the lowering checks the pointer first (a
/// one-byte load at offset 0), as gc's nil checks do. The ABI crate's value,
/// which the runtime uses too.
pub const NIL_GUARD: u64 = splitgo_abi::NIL_GUARD;

/// A select case's direction word: a send (the ABI crate's).
pub const SELECT_SEND: u64 = splitgo_abi::select::SEND;
/// A select case's direction word: a receive.
pub const SELECT_RECV: u64 = splitgo_abi::select::RECV;
/// Words per select case.
pub const SELECT_CASE_WORDS: u32 = splitgo_abi::select::CASE_WORDS;

/// One instruction. All operands are frame locations; `Scalar` says how
/// many bytes are read or written and how they are interpreted.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    /// dst = bits (truncated to the scalar).
    Imm { dst: Loc, ty: Scalar, bits: u64 },
    /// dst = a op b.
    Bin {
        op: BinOp,
        ty: Scalar,
        dst: Loc,
        a: Loc,
        b: Loc,
    },
    /// dst = op a.
    Un {
        op: UnOp,
        ty: Scalar,
        dst: Loc,
        a: Loc,
    },
    /// dst (u8, 0 or 1) = a op b.
    Cmp {
        op: CmpOp,
        ty: Scalar,
        dst: Loc,
        a: Loc,
        b: Loc,
    },
    /// dst = conversion of a (sign/zero extension, truncation, int<->float).
    Conv {
        from: Scalar,
        to: Scalar,
        dst: Loc,
        a: Loc,
    },
    /// dst (a word) = address of `what`.
    Addr { dst: Loc, what: AddrOf },
    /// dst = *(ptr + off), `size` bytes (a scalar or a block).
    Load {
        dst: Loc,
        ptr: Loc,
        off: i32,
        size: u32,
    },
    /// *(ptr + off) = src, `size` bytes.
    Store {
        ptr: Loc,
        off: i32,
        src: Loc,
        size: u32,
    },
    /// dst = src, `size` bytes within the frame.
    Move { dst: Loc, src: Loc, size: u32 },
    /// dst = 0, `size` bytes.
    Zero { dst: Loc, size: u32 },
    /// Calls with `arg_size` bytes of arguments and results in the
    /// outgoing area.
    Call { callee: Callee, arg_size: u32 },
    /// dst (a word) = the closure context this function was called with.
    ClosureContext { dst: Loc },
    /// A loop's back edge: if the goroutine was asked to yield (its
    /// stackguard0 holds StackPreempt), it does so here, and resumes here
    /// with its frame intact (DESIGN §7).
    PreemptCheck,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Jump(BlockId),
    /// On the u8 at `cond`: nonzero goes to `then`.
    Branch {
        cond: Loc,
        then: BlockId,
        els: BlockId,
    },
    Return,
    /// After a call that does not return (panic, os.Exit).
    Unreachable,
}

#[derive(Clone, Debug)]
pub struct Block {
    /// Each instruction with the source position it comes from (for
    /// pc->line; a [`SrcPos`] code).
    pub insts: Vec<(Inst, SrcPos)>,
    pub term: Term,
    pub term_line: SrcPos,
}

/// One function.
#[derive(Clone, Debug)]
pub struct Func {
    /// As traces print it: `main.f`, `main.(*T).m`, `main.f.func1`.
    /// Empty, with no file and line either, for a declared function the
    /// program never reaches (it has no blocks): the lowering names a
    /// function when it lowers it.
    pub name: String,
    /// The source file, as the user named it.
    pub file: String,
    /// Position of the declaration (a [`SrcPos`] code: a line of `file`
    /// unless a line directive moved it to another file).
    pub line: SrcPos,
    /// Bytes of incoming arguments and results (Loc::Arg space).
    pub arg_size: u32,
    /// Bytes of Loc::Local space.
    pub locals_size: u32,
    /// The variables and temporaries of the Loc::Local space, one per
    /// allocation the lowering made, in order of offset: every local
    /// access falls within one of them (a field of a struct variable
    /// within the variable's). The backend keeps an allocation whose
    /// address is taken in memory as a whole.
    pub slots: Vec<FrameSlot>,
    /// The words of the Loc::Arg space (parameters and results) that
    /// hold pointers.
    pub arg_ptrs: PtrMask,
    /// Bytes of Loc::Out space (the largest call).
    pub out_size: u32,
    /// Where each parameter word starts, for traces (`main.f(0x1, 0x2)`):
    /// the number of argument words printed is `arg_size / word`, at most 5.
    pub blocks: Vec<Block>,
    /// Skip the split check (runtime-marked functions only).
    pub nosplit: bool,
    /// Declared under `//go:noinline`: never inlined, so a call of it
    /// stays a call (lower/pragma.rs).
    pub noinline: bool,
    /// Code the compiler generates around a method (an itab entry `T.m·i`,
    /// a method value's `T.m-fm`, a method expression): Go's autogenerated
    /// wrappers, which traces leave out unless the wrapper itself panicked.
    pub wrapper: bool,
    /// For a function with `defer`: the block that runs its deferred calls
    /// and returns. When a panic is recovered in one of its deferred calls,
    /// the runtime resumes this function here, on its own frame (Go 1.2
    /// resumed after deferproc instead).
    pub recover_block: Option<BlockId>,
    /// The calls inlined into it and the positions of their instructions
    /// (the codes from [`INLINED_POS`] on); empty as lowered.
    pub inlined: InlineTable,
}

/// One allocation of a function's locals area: `size` bytes at
/// `Loc::Local(off)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameSlot {
    pub off: u32,
    pub size: u32,
    /// The words of the allocation (from `off`) that hold pointers: what
    /// the stack maps are made of.
    pub ptrs: PtrMask,
}

impl FrameSlot {
    /// The index in `slots` (sorted by offset, as [`Func::slots`]) of the
    /// allocation holding byte `off` of the locals area, if any.
    pub fn find(slots: &[FrameSlot], off: u32) -> Option<usize> {
        let i = slots.partition_point(|s| s.off <= off).checked_sub(1)?;
        (off < slots[i].off + slots[i].size).then_some(i)
    }
}

impl Func {
    /// [`FrameSlot::find`] in this function's allocations.
    pub fn slot_of(&self, off: u32) -> Option<usize> {
        FrameSlot::find(&self.slots, off)
    }
}

impl Module {
    pub fn func(&self, id: FuncId) -> &Func {
        &self.funcs[id.0 as usize]
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod abi_tests;
