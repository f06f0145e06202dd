//! Facts of the amd64 runtime-call sequence that the runtime depends on as
//! much as the code generator does.

/// Bytes of a call into the runtime trampoline: `mov eax, imm32` (5 bytes)
/// then `call rel32` (5 bytes). The runtime steps a return address back by
/// this much to find the call (a deferred call's restart point); the code
/// generator checks that what it emitted has this length.
pub const RUNTIME_CALL_LEN: u64 = 10;
