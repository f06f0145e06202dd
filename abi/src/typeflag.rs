//! Flag bits of the type descriptors and struct-field records the compiler
//! emits and the runtime (reflect, printing, equality) reads.

/// Bits of a type descriptor's FLAGS word.
pub mod flag {
    /// A defined or predeclared type: reflect's Name is not empty.
    pub const NAMED: u64 = 1;
    /// Values of the type may be compared with `==` (and be map keys).
    pub const COMPARABLE: u64 = 2;
    /// A func type whose last parameter is `...T`.
    pub const VARIADIC: u64 = 4;
    /// A channel that may receive (reflect.RecvDir).
    pub const CHAN_RECV: u64 = 8;
    /// A channel that may send (reflect.SendDir).
    pub const CHAN_SEND: u64 = 16;
    /// The type of the values run-time errors panic with: the data word
    /// points at the message's string header (the runtime prints it
    /// without calling a method).
    pub const RUNTIME_ERROR: u64 = 32;
}

/// Bits of a struct-field record's flags word.
pub mod field_flag {
    /// The field is embedded (reflect's StructField.Anonymous).
    pub const EMBEDDED: u64 = 1;
    /// The field's name is exported.
    pub const EXPORTED: u64 = 2;
}
