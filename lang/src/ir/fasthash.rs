//! The hash maps and sets of the lowering, keyed by the compiler's own
//! small values (object, type and function numbers, spans, names).
//!
//! std's default hasher (SipHash, seeded at random per process) cost a
//! tenth of the lowering's time, and its random seed made the order of
//! some sets, and so the code made from them (which variables a closure
//! captures first), change from one run to the next. The Fx hasher (the
//! checker's tables use it too) is several times faster and the same in
//! every run; the inputs are the program's, so there is no adversary to
//! defend against.

/// A map with the fixed, fast hasher.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A set with the fixed, fast hasher.
pub type FastSet<T> = rustc_hash::FxHashSet<T>;
