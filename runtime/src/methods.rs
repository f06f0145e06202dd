//! The methods fmt calls while formatting (Go: fmt's handleMethods):
//! `Format` of a fmt.Formatter, `Error`, `String` and `GoString`, as
//! results gathered before the text is made.
//!
//! fmt formats in Rust on the system stack, and Go methods run only on the
//! goroutine (exec/native/gocall.rs). So a fmt native formats in rounds: each
//! round walks the values in Go's order, asking [`MethodCalls::text`] at
//! every value whose method fmt would call; the answers of earlier rounds
//! are used in order, and every call not answered yet is queued. A round
//! that queued nothing made the final text; otherwise the goroutine calls
//! the queued methods and the native runs another round. Which methods a
//! walk reaches depends only on the values, not on the methods' results,
//! so two rounds suffice unless a method changes the values being printed
//! (then a third round asks for what is new).

use crate::mem::Mem;
use crate::typedesc::{Kind, TypeView};

/// A method fmt needs called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodCall {
    /// A `func() string` method: its func value and the receiver pointer
    /// (the address of the value).
    Text { func: u64, recv: u64 },
    /// The Format method of the value of type `t` at `at`, called by
    /// package fmt's Go helper `hook`, `func(v any, verb, flags, wid,
    /// prec int) string` (stdlib/go/fmt/format.go), which hands Format a
    /// State reporting `flags` ([`FormatState`]) and returns what Format
    /// wrote.
    Format {
        hook: u64,
        t: u64,
        at: u64,
        verb: char,
        state: FormatState,
    },
}

impl MethodCall {
    /// The func value to call and its argument words (the result, a
    /// string, follows them).
    pub fn words(&self) -> (u64, Vec<u64>) {
        match *self {
            MethodCall::Text { func, recv } => (func, vec![recv]),
            MethodCall::Format {
                hook,
                t,
                at,
                verb,
                state,
            } => (
                hook,
                vec![
                    t,
                    at,
                    u64::from(verb),
                    state.flags,
                    state.wid as u64,
                    state.prec as u64,
                ],
            ),
        }
    }
}

/// What a Format method's State reports: the directive's flags (the
/// `STATE_*` bits, as fmt's Go helper reads them), width and precision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatState {
    pub flags: u64,
    pub wid: usize,
    pub prec: usize,
}

/// Bits of [`FormatState::flags`]; stdlib/go/fmt/format.go has the same.
pub const STATE_MINUS: u64 = 1;
pub const STATE_PLUS: u64 = 2;
pub const STATE_SHARP: u64 = 4;
pub const STATE_SPACE: u64 = 8;
pub const STATE_ZERO: u64 = 16;
pub const STATE_WID: u64 = 32;
pub const STATE_PREC: u64 = 64;
/// The value is a nil pointer: a panic in Format prints `<nil>`.
pub const STATE_NIL: u64 = 128;

/// What a method call gave.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodResult {
    /// It returned this string: its bytes as they are (a Go string need
    /// not be UTF-8, and fmt copies it unchanged).
    Text(Vec<u8>),
    /// It panicked: the panic value as text, whether that value is a plain
    /// string, and its type's name.
    Panicked {
        text: String,
        is_string: bool,
        type_name: String,
    },
}

/// How fmt writes a method's outcome.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodText {
    /// The method's string, formatted with the directive's verb.
    Verb(Vec<u8>),
    /// Text written as it is (`<nil>`, or the `%!v(PANIC=...)` note).
    Raw(Vec<u8>),
}

/// One formatting round's view of the methods: the results of earlier
/// rounds, in order, and the calls this round found unanswered.
#[derive(Debug, Default)]
pub struct MethodCalls {
    results: Vec<MethodResult>,
    calls: Vec<MethodCall>,
    next: usize,
    /// Methods are not called at all (the value is printed as its fields).
    off: bool,
    /// fmt's Go helper that calls Format methods (0: the program has
    /// none, and Format is not called).
    format_hook: u64,
}

impl MethodCalls {
    /// A round with the results of the earlier ones.
    pub fn new(results: Vec<MethodResult>, format_hook: u64) -> MethodCalls {
        MethodCalls {
            results,
            format_hook,
            ..MethodCalls::default()
        }
    }

    /// What fmt prints for the value of type `t` at `at` under `verb` if
    /// its type is a fmt.Formatter: the text its Format method wrote
    /// (fmt's helper also writes the note of a panic in it, keeping what
    /// Format wrote before); None if it is none.
    pub fn format<M: Mem + ?Sized>(
        &mut self,
        m: &M,
        t: u64,
        at: u64,
        verb: char,
        mut state: FormatState,
    ) -> Option<Vec<u8>> {
        if self.off || t == 0 || self.format_hook == 0 {
            return None;
        }
        let tv = TypeView { mem: m, addr: t };
        if !tv.has_format() {
            return None;
        }
        if tv.kind() == Some(Kind::Pointer) && m.read_word(at) == 0 {
            state.flags |= STATE_NIL;
        }
        let i = self.next;
        self.next += 1;
        let Some(r) = self.results.get(i) else {
            self.calls.push(MethodCall::Format {
                hook: self.format_hook,
                t,
                at,
                verb,
                state,
            });
            return Some(Vec::new());
        };
        Some(match r {
            MethodResult::Text(s) => s.clone(),
            // The helper recovers Format's panics itself; one here came
            // from printing the panic's value.
            MethodResult::Panicked { text, .. } => {
                format!("%!{verb}(PANIC=Format method: {text})").into_bytes()
            }
        })
    }

    /// Formatting that calls no method (a value printed for a message).
    pub fn off() -> MethodCalls {
        MethodCalls {
            off: true,
            ..MethodCalls::default()
        }
    }

    /// What fmt prints for the value of type `t` at `at` (verb `verb`) if
    /// its type has an Error or String method, Error first; None if it has
    /// neither. Unanswered calls are queued, and their text is empty for
    /// this round.
    pub fn text<M: Mem + ?Sized>(
        &mut self,
        m: &M,
        t: u64,
        at: u64,
        verb: u8,
    ) -> Option<MethodText> {
        self.ask(m, t, at, verb, &["Error", "String"])
    }

    /// What `%#v` prints for the value of type `t` at `at` if its type has
    /// a GoString method (Go's GoStringer); as [`MethodCalls::text`].
    pub fn go_string<M: Mem + ?Sized>(&mut self, m: &M, t: u64, at: u64) -> Option<MethodText> {
        self.ask(m, t, at, b'v', &["GoString"])
    }

    /// The first of the methods `names` that type `t` has, called on the
    /// value at `at` (or queued).
    fn ask<M: Mem + ?Sized>(
        &mut self,
        m: &M,
        t: u64,
        at: u64,
        verb: u8,
        names: &[&str],
    ) -> Option<MethodText> {
        if self.off || t == 0 {
            return None;
        }
        let tv = TypeView { mem: m, addr: t };
        let (func, method) = names.iter().find_map(|&n| tv.method(n).map(|f| (f, n)))?;
        let i = self.next;
        self.next += 1;
        let Some(r) = self.results.get(i) else {
            self.calls.push(MethodCall::Text { func, recv: at });
            return Some(MethodText::Raw(Vec::new()));
        };
        Some(match r {
            MethodResult::Text(s) => MethodText::Verb(s.clone()),
            // A nil pointer whose method panicked (Go's catchPanic).
            MethodResult::Panicked { .. }
                if tv.kind() == Some(Kind::Pointer) && m.read_word(at) == 0 =>
            {
                MethodText::Raw(b"<nil>".to_vec())
            }
            MethodResult::Panicked { text, .. } => MethodText::Raw(
                format!("%!{}(PANIC={method} method: {text})", verb as char).into_bytes(),
            ),
        })
    }

    /// After a round: None if every method it needed was answered (its
    /// text is final), else the results so far and the calls to make.
    pub fn finish(self) -> Option<(Vec<MethodResult>, Vec<MethodCall>)> {
        if self.calls.is_empty() {
            None
        } else {
            Some((self.results, self.calls))
        }
    }
}
