//! The runtime services: what compiled code calls through the runtime-call
//! trampoline (DESIGN §6), by number. One list for the IR (which names the
//! service a call needs), the code generator (which loads its number) and
//! the runtime (which dispatches on it).
//!
//! A service takes its arguments and gives its results like a Go call, in
//! the caller's outgoing-argument area: the arguments from offset 0, the
//! results right after them. [`Service::frame`] gives that layout for a
//! pointer size, so it is written here once for every target.

/// A run of argument or result values: `words` pointer-sized words, then
/// `f64s` eight-byte floats (no service mixes the two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub words: u32,
    pub f64s: u32,
}

impl Block {
    const fn w(words: u32) -> Block {
        Block { words, f64s: 0 }
    }

    const fn f(f64s: u32) -> Block {
        Block { words: 0, f64s }
    }

    /// The block's size in bytes with pointers of `ptr_size` bytes.
    pub const fn bytes(self, ptr_size: u32) -> u32 {
        self.words * ptr_size + self.f64s * 8
    }

    /// The byte offset of the block's `k`th value (words first, then
    /// f64s).
    pub const fn offset_of(self, k: u32, ptr_size: u32) -> u32 {
        if k < self.words {
            k * ptr_size
        } else {
            self.words * ptr_size + (k - self.words) * 8
        }
    }
}

/// How a service's call looks from the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The arguments every call passes, from offset 0.
    pub args: Block,
    /// Whether the call passes more arguments after `args`, as many as the
    /// call's own size says (a deferred call's arguments, a printed value).
    /// Such a service has no results.
    pub variable: bool,
    /// The results, right after the arguments.
    pub results: Block,
    /// Whether the call comes back to its caller. One that does not ends
    /// the caller's block (a panic), or leaves the frame some other way.
    pub returns: bool,
}

impl Frame {
    const fn new(args: Block, results: Block) -> Frame {
        Frame {
            args,
            variable: false,
            results,
            returns: true,
        }
    }

    const fn no_return(mut self) -> Frame {
        self.returns = false;
        self
    }

    const fn variable(mut self) -> Frame {
        self.variable = true;
        self
    }

    /// The byte offset of the first result.
    pub const fn results_at(self, ptr_size: u32) -> u32 {
        self.args.bytes(ptr_size)
    }

    /// The byte offset of the `k`th result value (a value being one word
    /// or one f64; a multi-word result starts at its first word's index).
    pub const fn result_at(self, k: u32, ptr_size: u32) -> u32 {
        self.results_at(ptr_size) + self.results.offset_of(k, ptr_size)
    }

    /// The bytes of the outgoing area a call uses (for a service with
    /// variable arguments, the fixed part only).
    pub const fn size(self, ptr_size: u32) -> u32 {
        self.args.bytes(ptr_size) + self.results.bytes(ptr_size)
    }
}

/// The services, numbered for the trampoline from 1 in the order of
/// [`Service::ALL`]. The numbers are private to one build (compiler and
/// runtime are always built together). Layouts are in pointer-sized words
/// unless they say f64; [`Service::frame`] has them as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Service {
    /// `panic(v)`: args = the interface value (2 words). Does not return.
    Panic = 1,
    /// An index or slice bound out of range: args = the failing index or
    /// bound, its limit, and which check failed (the compiler's and the
    /// runtime's `bounds` codes). Does not return.
    PanicBounds,
    /// Integer division by zero. Does not return.
    PanicDivide,
    /// A shift by a negative count (of a signed type). Does not return.
    PanicShift,
    /// `print`/`println` of one value: args = kind word
    /// ([`print_kind`](crate::print_kind)), then the value (at most two
    /// words, or two f64 for a complex value).
    PrintValue,
    /// Between printed values (a space).
    PrintSpace,
    /// At the end of println (a newline).
    PrintNewline,
    /// Allocation: args = size, layout word ([`heaplayout`]: which words
    /// hold pointers); result = pointer to zeroed memory.
    ///
    /// [`heaplayout`]: crate::heaplayout
    New,
    /// String concatenation: args = two strings; result = the string.
    Concat,
    /// String comparison: args = two strings; result = -1, 0 or 1.
    CompareStrings,
    /// `append`: args = element size, old slice (3 words), new length,
    /// the element's layout word; result = a slice (3 words) with at least that capacity, the old
    /// elements copied, length set to the new length.
    GrowSlice,
    /// `make([]T, len, cap)`: args = element size, len, cap, the element's
    /// layout word; result = the
    /// slice (3 words). Panics on a negative or too large size.
    MakeSlice,
    /// `copy(dst, src)`: args = element size, dst (3 words), src (3
    /// words); result = the number of elements copied.
    Copy,
    /// `string(r)` of an integer: args = the integer (sign extended);
    /// result = the UTF-8 of that code point (U+FFFD if invalid).
    IntToString,
    /// `string(b)` of a []byte: args = the slice; result = a new string.
    BytesToString,
    /// `[]byte(s)`: args = the string; result = a new slice.
    StringToBytes,
    /// `string(r)` of a []rune: args = the slice; result = a new string.
    RunesToString,
    /// `[]rune(s)`: args = the string; result = a new slice of int32.
    StringToRunes,
    /// `make(map[K]V, hint)`: args = key descriptor, value descriptor,
    /// hint; result = the map. A map object's first word is its element
    /// count (so `len` reads it; a nil map has none).
    MakeMap,
    /// `m[k]`: args = map, pointer to the key; results = pointer to the
    /// value (to a zeroed value when absent), found (0/1).
    MapAccess,
    /// `m[k] = v`: args = map, pointer to the key; result = pointer to the
    /// value's cell (created zeroed). Panics on a nil map.
    MapAssign,
    /// `delete(m, k)`: args = map, pointer to the key.
    MapDelete,
    /// `clear(m)`: args = map (nil: nothing to do).
    MapClear,
    /// One step of `range` over a map: args = map, position (0 to start);
    /// results = pointer to the key (0 when done), pointer to the value,
    /// next position.
    MapNext,
    /// One step of `range` over a string: args = the string (2 words), the
    /// byte index; results = the rune (sign-extended), the index of the
    /// next rune. Invalid UTF-8 yields U+FFFD, width 1
    /// ([`decode_rune`](crate::decode_rune)).
    DecodeRune,
    /// A failed type assertion: args = the dynamic type's descriptor (0
    /// for nil), the asserted type's descriptor, the interface's
    /// descriptor. Message: `interface conversion: interface {} is string,
    /// not int`. Does not return.
    PanicAssert,
    /// The itab of (interface, concrete type), built at run time from the
    /// descriptors' method tables and cached: args = the dynamic type's
    /// descriptor (0 for nil), the interface's descriptor, the static type
    /// of the asserted value's descriptor (for the message), whether a
    /// failure panics (0/1); result = the itab, or 0 when the value is nil
    /// or lacks a method and the failure does not panic.
    AssertIface,
    /// A run-time error with a message of the compiler's: args = the
    /// message (a string). Used by itab wrappers for a value method called
    /// through a nil pointer (gc: runtime.panicwrap). Does not return.
    PanicWrap,
    /// `defer f(args)`: args = size of f's argument block, the closure to
    /// call, then f's arguments laid out as for a call. The call is
    /// recorded for the calling frame (the executor handles it).
    Defer,
    /// Runs, last first, the deferred calls the calling frame recorded.
    DeferReturn,
    /// `recover()`: result = the panic value being recovered (2 words), or
    /// nil when not panicking or not called by a deferred call.
    Recover,
    /// `defer recover()`'s wrapper: recover as if called by the frame that
    /// called the wrapper (the function whose `defer` it was; gc's
    /// ORECOVERFP). Results as [`Service::Recover`]'s.
    RecoverOfCaller,
    /// Internal: a deferred call run by a panic returned (the `deferret`
    /// stub calls it); the panic goes on or recovers.
    PanicContinue,
    /// Internal: a Go function the runtime called returned (the `callret`
    /// stub calls it).
    CallReturn,
    /// `go f(args)`: args laid out as for [`Service::Defer`]; starts a
    /// goroutine running the call.
    Go,
    /// Internal: a goroutine's function returned into the goexit stub.
    GoExit,
    /// `a == b` of interfaces, structs or arrays: args = the (common)
    /// static type's descriptor, pointers to both values; result = equal
    /// (0/1). Panics on an uncomparable dynamic type.
    ValuesEqual,
    /// Internal: a loop back-edge saw the preemption marker (the IR's
    /// `PreemptCheck`).
    Preempt,
    /// `make(chan T, n)`: args = element size, element descriptor, n;
    /// result = the channel. A channel's first word is its buffered count
    /// and its second its capacity (`len`, `cap` read them).
    MakeChan,
    /// `c <- v`: args = channel, pointer to the value.
    ChanSend,
    /// `<-c`: args = channel, pointer to where the value goes (0:
    /// dropped); result = ok (0/1).
    ChanRecv,
    /// `close(c)`: args = channel.
    ChanClose,
    /// `select`: args = number of cases, block (0 when there is a
    /// default), pointer to the cases (the IR's `SELECT_CASE_WORDS` words
    /// each: direction, channel, pointer to the value); results = the
    /// chosen case (-1 for default), recvOK.
    Select,
    /// `a / b` of complex numbers ([`complex128div`](crate::complex128div)):
    /// args = real and imaginary parts of `a`, then of `b` (four f64);
    /// results = the quotient's parts (two f64).
    ComplexDiv,
    /// `unsafe.Slice(ptr, len)`: args = element size, ptr, len; result =
    /// the slice (3 words). Panics as gc on a negative or too large length,
    /// or a nil ptr with a non-zero length.
    UnsafeSlice,
}

impl Service {
    /// Every service, in number order (a test checks it).
    pub const ALL: [Service; 45] = [
        Service::Panic,
        Service::PanicBounds,
        Service::PanicDivide,
        Service::PanicShift,
        Service::PrintValue,
        Service::PrintSpace,
        Service::PrintNewline,
        Service::New,
        Service::Concat,
        Service::CompareStrings,
        Service::GrowSlice,
        Service::MakeSlice,
        Service::Copy,
        Service::IntToString,
        Service::BytesToString,
        Service::StringToBytes,
        Service::RunesToString,
        Service::StringToRunes,
        Service::MakeMap,
        Service::MapAccess,
        Service::MapAssign,
        Service::MapDelete,
        Service::MapClear,
        Service::MapNext,
        Service::DecodeRune,
        Service::PanicAssert,
        Service::AssertIface,
        Service::PanicWrap,
        Service::Defer,
        Service::DeferReturn,
        Service::Recover,
        Service::RecoverOfCaller,
        Service::PanicContinue,
        Service::CallReturn,
        Service::Go,
        Service::GoExit,
        Service::ValuesEqual,
        Service::Preempt,
        Service::MakeChan,
        Service::ChanSend,
        Service::ChanRecv,
        Service::ChanClose,
        Service::Select,
        Service::ComplexDiv,
        Service::UnsafeSlice,
    ];

    /// The number the trampoline receives.
    pub const fn id(self) -> u32 {
        self as u32
    }

    /// The service numbered `id`, if any.
    pub fn from_id(id: u32) -> Option<Service> {
        // An index, not a search: this runs on every runtime call.
        let s = *Service::ALL.get((id as usize).checked_sub(1)?)?;
        (s.id() == id).then_some(s)
    }

    /// The services only the code generator's own sequences call (its
    /// stubs and preemption checks); a `Call` of the IR never names them.
    pub const fn is_internal(self) -> bool {
        matches!(
            self,
            Service::PanicContinue | Service::CallReturn | Service::GoExit | Service::Preempt
        )
    }

    /// The services the executor handles itself (they change where the
    /// goroutine runs) rather than the runtime's plain dispatch.
    pub const fn is_executor(self) -> bool {
        matches!(
            self,
            Service::Defer
                | Service::DeferReturn
                | Service::Recover
                | Service::RecoverOfCaller
                | Service::PanicContinue
                | Service::CallReturn
        )
    }

    /// The services of the scheduler (they may park the goroutine or start
    /// another).
    pub const fn is_sched(self) -> bool {
        matches!(
            self,
            Service::Go
                | Service::GoExit
                | Service::Preempt
                | Service::MakeChan
                | Service::ChanSend
                | Service::ChanRecv
                | Service::ChanClose
                | Service::Select
        )
    }

    /// Where a call's arguments and results are, and whether it returns.
    pub const fn frame(self) -> Frame {
        use Block as B;
        use Service as S;
        let none = B::w(0);
        match self {
            S::Panic => Frame::new(B::w(2), none).no_return(),
            S::PanicBounds | S::PanicAssert => Frame::new(B::w(3), none).no_return(),
            S::PanicDivide | S::PanicShift => Frame::new(none, none).no_return(),
            S::PanicWrap => Frame::new(B::w(2), none).no_return(),
            S::PrintValue => Frame::new(B::w(1), none).variable(),
            S::PrintSpace | S::PrintNewline | S::DeferReturn | S::Preempt => Frame::new(none, none),
            S::New => Frame::new(B::w(2), B::w(1)),
            S::Concat => Frame::new(B::w(4), B::w(2)),
            S::CompareStrings => Frame::new(B::w(4), B::w(1)),
            S::GrowSlice => Frame::new(B::w(6), B::w(3)),
            S::MakeSlice => Frame::new(B::w(4), B::w(3)),
            S::UnsafeSlice => Frame::new(B::w(3), B::w(3)),
            S::Copy => Frame::new(B::w(7), B::w(1)),
            S::IntToString => Frame::new(B::w(1), B::w(2)),
            S::BytesToString | S::RunesToString => Frame::new(B::w(3), B::w(2)),
            S::StringToBytes | S::StringToRunes => Frame::new(B::w(2), B::w(3)),
            S::MakeMap | S::ValuesEqual | S::MakeChan => Frame::new(B::w(3), B::w(1)),
            S::MapAccess => Frame::new(B::w(2), B::w(2)),
            S::MapAssign | S::ChanRecv => Frame::new(B::w(2), B::w(1)),
            S::MapDelete | S::ChanSend => Frame::new(B::w(2), none),
            S::MapClear | S::ChanClose => Frame::new(B::w(1), none),
            S::MapNext => Frame::new(B::w(2), B::w(3)),
            S::DecodeRune => Frame::new(B::w(3), B::w(2)),
            S::AssertIface => Frame::new(B::w(4), B::w(1)),
            S::Defer | S::Go => Frame::new(B::w(2), none).variable(),
            S::Recover | S::RecoverOfCaller => Frame::new(none, B::w(2)),
            // The stubs' calls: the runtime takes the goroutine elsewhere.
            S::PanicContinue | S::CallReturn | S::GoExit => Frame::new(none, none).no_return(),
            S::Select => Frame::new(B::w(3), B::w(2)),
            S::ComplexDiv => Frame::new(B::f(4), B::f(2)),
        }
    }
}

// The numbers run from 1 without gaps in the order of ALL, so that
// `from_id` can index; checked when the crate is built.
const _: () = {
    let mut i = 0;
    while i < Service::ALL.len() {
        assert!(Service::ALL[i].id() as usize == i + 1);
        i += 1;
    }
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for s in Service::ALL {
            assert_eq!(Service::from_id(s.id()), Some(s));
        }
        assert_eq!(Service::from_id(0), None);
        assert_eq!(Service::from_id(Service::ALL.len() as u32 + 1), None);
    }

    #[test]
    fn layouts_scale_with_the_pointer_size() {
        let f = Service::Concat.frame();
        assert_eq!((f.results_at(8), f.size(8)), (32, 48));
        assert_eq!((f.results_at(4), f.size(4)), (16, 24));
        // Floats keep their size whatever the pointer's.
        let f = Service::ComplexDiv.frame();
        assert_eq!((f.results_at(4), f.size(4)), (32, 48));
        assert_eq!(f.result_at(1, 4), 40);
        assert_eq!(Service::MapNext.frame().result_at(2, 8), 32);
        assert!(!Service::Panic.frame().returns && Service::New.frame().returns);
    }
}
