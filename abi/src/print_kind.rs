//! The kinds of values `print`/`println` hand to
//! [`Service::PrintValue`](crate::Service::PrintValue), in its first
//! argument word; the value follows.

pub const BOOL: u64 = 0;
pub const INT: u64 = 1;
pub const UINT: u64 = 2;
pub const FLOAT: u64 = 3;
pub const STRING: u64 = 4;
pub const POINTER: u64 = 5;
/// A slice's three words, printed `[len/cap]0xptr`.
pub const SLICE: u64 = 6;
/// An interface's two words, printed `(0xtype,0xdata)`.
pub const IFACE: u64 = 7;
/// Two f64s: the real and imaginary parts.
pub const COMPLEX: u64 = 8;
