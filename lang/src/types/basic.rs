//! Go's predeclared basic types and the untyped kinds of constants.

use crate::target::Target;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
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
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name as Go prints it in messages (`untyped int`, `byte` is `uint8`).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
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
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Ordered types support `<`: integers, floats, strings (not complex
    /// numbers).
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Size in bytes on `target`; `None` for untyped kinds.
    pub fn size(self, target: &Target) -> Option<u32> {
        use BasicKind::*;
        Some(match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int64 | Uint64 | Float64 | Complex64 => 8,
            Complex128 => 16,
            Int | Uint => target.int_size,
            Uintptr | UnsafePointer => target.ptr_size,
            String => 2 * target.ptr_size,
            _ => return None,
        })
    }

    /// The default type of an untyped kind (`untyped rune` -> `int32`).
    pub fn default_type(self) -> BasicKind {
        use BasicKind::*;
        match self {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedComplex => Complex128,
            UntypedString => String,
            k => k,
        }
    }
}
