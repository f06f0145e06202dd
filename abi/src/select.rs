//! The case records [`Service::Select`](crate::Service::Select) reads: the
//! compiler lays them out in the caller's frame, the runtime walks them.

/// A case's direction word: a send.
pub const SEND: u64 = 1;
/// A case's direction word: a receive.
pub const RECV: u64 = 2;
/// Words per case: direction, channel, pointer to the value (to send, or
/// where a received one goes; 0 to drop it).
pub const CASE_WORDS: u32 = 3;
