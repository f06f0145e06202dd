//! fmt's printer: Printf/Sprintf's directives, Print/Println's operands,
//! and the value printer behind `%v`, as gc 1.19's fmt (print.go,
//! format.go) does them: every verb (`v T t d b o O x X c q U e E f F g
//! G s p %`), the flags `+ - # 0 space`, width and precision (also `*`
//! and `[n]` argument indexes), `%+v` field names, `%#v` Go syntax, and
//! Go's notes (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA ...)`,
//! `%!(BADWIDTH)`, `%!(BADPREC)`, `%!d(BADINDEX)`, `%!(NOVERB)`).
//!
//! Values arrive as interface words: a type descriptor (typedesc.rs) and
//! a pointer to the value. Where Go's handleMethods would call a method
//! (Format of a fmt.Formatter for every verb, Error or String for `v s x
//! X q`, GoString for `%#v`; not while
//! printing a bad verb's value, not below an unexported field) the
//! printer asks [`MethodCalls`], which answers from earlier rounds
//! (methods.rs); the walk is the same every round.

use crate::hmap::Maps;
use crate::mem::Mem;
use crate::methods::{
    FormatState, MethodCalls, MethodText, STATE_MINUS, STATE_PLUS, STATE_PREC, STATE_SHARP,
    STATE_SPACE, STATE_WID, STATE_ZERO,
};
use crate::typedesc::{dynamic_type, Kind, TypeView, ELEM, KEY, LEN};
use crate::value::{read_signed, read_sized, read_string};

mod format;

use format::{LDIGITS, UDIGITS};

/// One directive's flags, width and precision (Go's fmtFlags + wid/prec).
#[derive(Default, Clone, Copy)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid: usize,
    wid_present: bool,
    prec: usize,
    prec_present: bool,
}

/// A value to print: its type descriptor (0: nil) and where it lies.
#[derive(Clone, Copy)]
struct Val {
    t: u64,
    at: u64,
}

/// Go's pp with its fmt: the text so far and the current directive.
pub struct Printer<'a, M: Mem + ?Sized> {
    m: &'a M,
    maps: &'a Maps,
    mc: &'a mut MethodCalls,
    pub buf: Vec<u8>,
    f: Flags,
    /// Printing a bad verb's value: no methods are called.
    erroring: bool,
    /// Errorf: `%w` is accepted once, for an operand implementing error
    /// (Go's pp.wrapErrs), and the index of that operand once it was.
    wrap_errs: bool,
    wrapped: Option<usize>,
    /// The index of the operand being printed by do_printf.
    cur_arg: usize,
}

/// Go's tooLarge: widths and precisions are kept below a million.
fn too_large(n: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&n)
}

/// Go's parsenum: a decimal number at `s[i..end]`.
fn parsenum(s: &[u8], mut i: usize, end: usize) -> (usize, bool, usize) {
    let (mut num, mut isnum) = (0i64, false);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num as usize, isnum, i)
}

/// Whether a struct field's value may become an interface (Go's
/// CanInterface): its name (an embedded field's type name) is exported.
pub(crate) fn exported(name: &[u8]) -> bool {
    String::from_utf8_lossy(name)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

impl<'a, M: Mem + ?Sized> Printer<'a, M> {
    /// A printer with an empty text, asking `mc` for method results.
    pub fn new(m: &'a M, maps: &'a Maps, mc: &'a mut MethodCalls) -> Self {
        Printer {
            m,
            maps,
            mc,
            buf: Vec::new(),
            f: Flags::default(),
            erroring: false,
            wrap_errs: false,
            wrapped: None,
            cur_arg: 0,
        }
    }

    /// Bytes in a target word.
    fn w(&self) -> u64 {
        u64::from(self.m.word().0)
    }

    /// A view of the descriptor `t`.
    fn tv(&self, t: u64) -> TypeView<'a, M> {
        TypeView {
            mem: self.m,
            addr: t,
        }
    }

    /// The kind of `t`; None for nil.
    fn kind(&self, t: u64) -> Option<Kind> {
        if t == 0 {
            None
        } else {
            self.tv(t).kind()
        }
    }

    /// `t`'s name as Go prints it; `<nil>` for nil.
    fn name(&self, t: u64) -> String {
        if t == 0 {
            "<nil>".into()
        } else {
            self.tv(t).name()
        }
    }

    /// The `i`th element of the `[]any` at `p`.
    fn arg(&self, p: u64, i: usize) -> Val {
        let w = self.w();
        let e = p + i as u64 * 2 * w;
        Val {
            t: self.m.read_word(e),
            at: self.m.read_word(e + w),
        }
    }

    /// Go's badVerb: `%!d(type=value)`, the value printed with `%v` and
    /// no methods, or `%!d(<nil>)`.
    fn bad_verb(&mut self, verb: char, v: Val) {
        self.erroring = true;
        self.buf.extend_from_slice(format!("%!{verb}(").as_bytes());
        if v.t == 0 {
            self.buf.extend_from_slice(b"<nil>");
        } else {
            let name = self.name(v.t);
            self.buf.extend_from_slice(name.as_bytes());
            self.buf.push(b'=');
            self.print_arg(v, 'v');
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    /// A bool under `verb` (`t` or `v`).
    fn fmt_bool(&mut self, b: bool, verb: char, v: Val) {
        match verb {
            't' | 'v' => self.fmt_boolean(b),
            _ => self.bad_verb(verb, v),
        }
    }

    /// `u` in hex, with `0x` when `leading` (addresses, `%#v` of
    /// unsigned integers).
    fn fmt_0x64(&mut self, u: u64, leading: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading;
        self.fmt_integer(u, 16, false, b'v', LDIGITS);
        self.f.sharp = sharp;
    }

    /// An integer (two's complement `u`, `signed` or not) under `verb`.
    fn fmt_int(&mut self, u: u64, signed: bool, verb: char, v: Val) {
        match verb {
            'v' if self.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => self.fmt_integer(u, 10, signed, b'v', LDIGITS),
            'b' => self.fmt_integer(u, 2, signed, b'b', LDIGITS),
            'o' | 'O' => self.fmt_integer(u, 8, signed, verb as u8, LDIGITS),
            'x' => self.fmt_integer(u, 16, signed, b'x', LDIGITS),
            'X' => self.fmt_integer(u, 16, signed, b'X', UDIGITS),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, v),
        }
    }

    /// A float of `size` bits under `verb` (`%v` is `%g`, `%F` is `%f`).
    fn fmt_float(&mut self, x: f64, size: u32, verb: char, v: Val) {
        match verb {
            'v' => self.fmt_float_digits(x, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_digits(x, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float_digits(x, size, verb as u8, 6),
            'F' => self.fmt_float_digits(x, size, b'f', 6),
            _ => self.bad_verb(verb, v),
        }
    }

    /// A complex number of `size` bits: `(re+imi)`, each part a float of
    /// half the size under `verb`, the imaginary part always signed (the
    /// width applies to each part, as in Go's fmtComplex).
    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, v: Val) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            return self.bad_verb(verb, v);
        }
        let plus = self.f.plus;
        self.buf.push(b'(');
        self.fmt_float(re, size / 2, verb, v);
        self.f.plus = true;
        self.fmt_float(im, size / 2, verb, v);
        self.buf.extend_from_slice(b"i)");
        self.f.plus = plus;
    }

    /// A string under `verb` (`%#v` quotes it).
    fn fmt_string(&mut self, s: &[u8], verb: char, v: Val) {
        match verb {
            'v' if self.f.sharp_v => self.fmt_q(s),
            'v' | 's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, LDIGITS),
            'X' => self.fmt_sbx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, v),
        }
    }

    /// Go's fmtBytes for `v` and `d` (the other verbs are handled by the
    /// caller): `[1 2]`, or `%#v`'s `[]byte{0x1, 0x2}`.
    fn fmt_bytes_list(&mut self, b: &[u8], nil: bool, verb: char, type_name: &str) {
        if self.f.sharp_v {
            self.buf.extend_from_slice(type_name.as_bytes());
            if nil {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for (i, &c) in b.iter().enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.fmt_0x64(u64::from(c), true);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for (i, &c) in b.iter().enumerate() {
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.fmt_integer(u64::from(c), 10, false, verb as u8, LDIGITS);
            }
            self.buf.push(b']');
        }
    }

    /// The bytes of a []byte or [N]byte value and whether it is a nil
    /// slice.
    fn bytes_of(&self, v: Val) -> (Vec<u8>, bool) {
        let (p, n) = if self.kind(v.t) == Some(Kind::Array) {
            (v.at, self.m.field(v.t, LEN))
        } else {
            (self.m.read_word(v.at), self.m.read_word(v.at + self.w()))
        };
        let mut b = vec![0u8; n as usize];
        if n > 0 {
            self.m.read_bytes(p, &mut b);
        }
        (b, p == 0 && self.kind(v.t) == Some(Kind::Slice))
    }

    /// A chan, func, map, pointer, slice or unsafe pointer as its address:
    /// `%p`, `%v` (`<nil>` for 0), `%#v` (`(*main.T)(0x...)`), or an
    /// integer verb.
    fn fmt_pointer(&mut self, v: Val, verb: char) {
        let u = match self.kind(v.t) {
            Some(
                Kind::Chan
                | Kind::Func
                | Kind::Map
                | Kind::Pointer
                | Kind::Slice
                | Kind::UnsafePointer,
            ) => self.m.read_word(v.at),
            _ => return self.bad_verb(verb, v),
        };
        match verb {
            'v' if self.f.sharp_v => {
                let name = self.name(v.t);
                self.buf.extend_from_slice(format!("({name})(").as_bytes());
                if u == 0 {
                    self.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.buf.push(b')');
            }
            'v' => {
                if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.f.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_int(u, false, verb, v),
            _ => self.bad_verb(verb, v),
        }
    }

    /// Go's handleMethods for the value `v` (a dynamic type, not an
    /// interface): whether a method's text was printed.
    fn handle_methods(&mut self, v: Val, verb: char) -> bool {
        if self.erroring || v.t == 0 {
            return false;
        }
        // Only Errorf wraps errors, once, and only an operand implementing
        // error (an `Error() string` method); otherwise `%w` is a bad verb
        // and nothing is wrapped, as Go's handleMethods decides.
        let mut verb = verb;
        if verb == 'w' {
            let is_error = self.tv(v.t).method("Error").is_some();
            if !is_error || !self.wrap_errs || self.wrapped.is_some() {
                self.wrapped = None;
                self.wrap_errs = false;
                self.bad_verb(verb, v);
                return true;
            }
            self.wrapped = Some(self.cur_arg);
            verb = 'v';
        }
        // A Formatter prints itself under every verb (Go checks it first).
        let state = self.format_state();
        if let Some(text) = self.mc.format(self.m, v.t, v.at, verb, state) {
            self.buf.extend_from_slice(&text);
            return true;
        }
        if self.f.sharp_v {
            return match self.mc.go_string(self.m, v.t, v.at) {
                Some(MethodText::Verb(s)) => {
                    self.fmt_s(&s);
                    true
                }
                Some(MethodText::Raw(s)) => {
                    self.buf.extend_from_slice(&s);
                    true
                }
                None => false,
            };
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        match self.mc.text(self.m, v.t, v.at, verb as u8) {
            Some(MethodText::Verb(s)) => {
                self.fmt_string(&s, verb, v);
                true
            }
            Some(MethodText::Raw(s)) => {
                self.buf.extend_from_slice(&s);
                true
            }
            None => false,
        }
    }

    /// What a Format method's State reports of the current directive (Go's
    /// pp.Flag, Width, Precision): `%+v` and `%#v` count as `+` and `#`.
    fn format_state(&self) -> FormatState {
        let f = &self.f;
        let bits = [
            (f.minus, STATE_MINUS),
            (f.plus || f.plus_v, STATE_PLUS),
            (f.sharp || f.sharp_v, STATE_SHARP),
            (f.space, STATE_SPACE),
            (f.zero, STATE_ZERO),
            (f.wid_present, STATE_WID),
            (f.prec_present, STATE_PREC),
        ];
        FormatState {
            flags: bits
                .iter()
                .filter(|(on, _)| *on)
                .fold(0, |acc, (_, bit)| acc | bit),
            wid: f.wid,
            prec: f.prec,
        }
    }

    /// Whether `t` is the unnamed `[]byte` (printArg's `case []byte`).
    fn is_byte_slice(&self, t: u64) -> bool {
        self.kind(t) == Some(Kind::Slice) && {
            let el = self.m.field(t, ELEM);
            self.tv(el).kind() == Some(Kind::Uint8)
                && self.tv(el).is_predeclared()
                && self.name(t).starts_with("[]")
        }
    }

    /// Go's printArg: one operand held in an interface.
    fn print_arg(&mut self, v: Val, verb: char) {
        if v.t == 0 {
            match verb {
                'T' | 'v' => self.pad(b"<nil>"),
                _ => self.bad_verb(verb, v),
            }
            return;
        }
        match verb {
            'T' => {
                let name = self.name(v.t);
                return self.fmt_s(name.as_bytes());
            }
            'p' => return self.fmt_pointer(v, 'p'),
            _ => {}
        }
        if let Some(inner) = crate::reflect::value_operand(self.m, v.t, v.at) {
            // Go's printArg: a reflect.Value operand prints the value it
            // holds (with its methods, unless it came through an
            // unexported field), never its own String method.
            if let Some(held) = inner.held {
                let dynv = if self.kind(held.0) == Some(Kind::Interface) {
                    Val {
                        t: dynamic_type(self.m, held.0, held.1),
                        at: self.m.read_word(held.1 + self.w()),
                    }
                } else {
                    Val {
                        t: held.0,
                        at: held.1,
                    }
                };
                if inner.can_interface && dynv.t != 0 && self.handle_methods(dynv, verb) {
                    return;
                }
            }
            let (t, at) = inner.held.unwrap_or((0, 0));
            return self.print_value(Val { t, at }, verb, 0, inner.can_interface);
        }
        if self.is_byte_slice(v.t) {
            let (b, nil) = self.bytes_of(v);
            return match verb {
                'v' | 'd' => self.fmt_bytes_list(&b, nil, verb, "[]byte"),
                's' => self.fmt_s(&b),
                'x' => self.fmt_sbx(&b, LDIGITS),
                'X' => self.fmt_sbx(&b, UDIGITS),
                'q' => self.fmt_q(&b),
                _ => self.print_value(v, verb, 0, true),
            };
        }
        if !self.handle_methods(v, verb) {
            self.print_value(v, verb, 0, true);
        }
    }

    /// Go's printValue: the value `v` at nesting `depth`; `can_iface`:
    /// not reached through an unexported field, so its methods are
    /// called.
    fn print_value(&mut self, v: Val, verb: char, depth: u32, can_iface: bool) {
        let (m, w) = (self.m, self.w());
        if depth > 0 && can_iface && v.t != 0 {
            let dynv = if self.kind(v.t) == Some(Kind::Interface) {
                Val {
                    t: dynamic_type(m, v.t, v.at),
                    at: m.read_word(v.at + w),
                }
            } else {
                v
            };
            if self.handle_methods(dynv, verb) {
                return;
            }
        }
        if depth > 10_000 {
            // A value that contains itself through an interface (a slice
            // or map holding itself): Go's fmt recurses until the stack
            // overflows; this cuts it, far deeper than real values nest.
            self.buf.extend_from_slice(b"...");
            return;
        }
        let Some(kind) = self.kind(v.t) else {
            if v.t == 0 {
                if depth == 0 {
                    self.buf.extend_from_slice(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    self.bad_verb(verb, v);
                }
            } else {
                let name = self.name(v.t);
                self.buf.extend_from_slice(format!("?{name}?").as_bytes());
            }
            return;
        };
        let size = self.tv(v.t).size();
        match kind {
            Kind::Bool => self.fmt_bool(read_sized(m, v.at, 1) != 0, verb, v),
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
                self.fmt_int(read_signed(m, v.at, size) as u64, true, verb, v)
            }
            Kind::Uint
            | Kind::Uint8
            | Kind::Uint16
            | Kind::Uint32
            | Kind::Uint64
            | Kind::Uintptr => self.fmt_int(read_sized(m, v.at, size), false, verb, v),
            Kind::Float32 => {
                let x = f32::from_bits(read_sized(m, v.at, 4) as u32);
                self.fmt_float(f64::from(x), 32, verb, v)
            }
            Kind::Float64 => self.fmt_float(f64::from_bits(read_sized(m, v.at, 8)), 64, verb, v),
            Kind::Complex64 | Kind::Complex128 => {
                let (re, im) = crate::equal::complex_parts(m, v.at, size);
                self.fmt_complex(re, im, size as u32 * 8, verb, v)
            }
            Kind::String => {
                let s = read_string(m, v.at);
                self.fmt_string(&s, verb, v)
            }
            Kind::Map => {
                let name = self.name(v.t);
                let mp = m.read_word(v.at);
                if self.f.sharp_v {
                    self.buf.extend_from_slice(name.as_bytes());
                    if mp == 0 {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                let (kt, vt) = (m.field(v.t, KEY), m.field(v.t, ELEM));
                let mut entries = Vec::new();
                let mut pos = 0;
                while let Some((k, e, next)) = self.maps.next(mp, pos) {
                    entries.push((k, e));
                    pos = next;
                }
                entries.sort_by(|a, b| crate::equal::key_order(m, kt, a.0, b.0));
                for (i, (k, e)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        self.sep();
                    }
                    self.print_value(Val { t: kt, at: k }, verb, depth + 1, can_iface);
                    self.buf.push(b':');
                    self.print_value(Val { t: vt, at: e }, verb, depth + 1, can_iface);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            Kind::Struct => {
                if self.f.sharp_v {
                    let name = self.name(v.t);
                    self.buf.extend_from_slice(name.as_bytes());
                }
                self.buf.push(b'{');
                for (i, (name, off, ft)) in self.fields(v.t).into_iter().enumerate() {
                    if i > 0 {
                        self.sep();
                    }
                    if (self.f.plus_v || self.f.sharp_v) && !name.is_empty() {
                        self.buf.extend_from_slice(&name);
                        self.buf.push(b':');
                    }
                    let field_iface = can_iface && exported(&name);
                    let fv = Val {
                        t: ft,
                        at: v.at + off,
                    };
                    self.print_value(fv, verb, depth + 1, field_iface);
                }
                self.buf.push(b'}');
            }
            Kind::Interface => {
                let dt = dynamic_type(m, v.t, v.at);
                if dt == 0 {
                    if self.f.sharp_v {
                        let name = self.name(v.t);
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                } else {
                    let dv = Val {
                        t: dt,
                        at: m.read_word(v.at + w),
                    };
                    self.print_value(dv, verb, depth + 1, can_iface);
                }
            }
            Kind::Array | Kind::Slice => {
                let el = m.field(v.t, ELEM);
                if matches!(verb, 's' | 'q' | 'x' | 'X') && self.tv(el).kind() == Some(Kind::Uint8)
                {
                    let (b, _) = self.bytes_of(v);
                    return match verb {
                        's' => self.fmt_s(&b),
                        'x' => self.fmt_sbx(&b, LDIGITS),
                        'X' => self.fmt_sbx(&b, UDIGITS),
                        _ => self.fmt_q(&b),
                    };
                }
                let es = self.tv(el).size();
                let (base, n) = if kind == Kind::Array {
                    (v.at, m.field(v.t, LEN))
                } else {
                    (m.read_word(v.at), m.read_word(v.at + w))
                };
                if self.f.sharp_v {
                    let name = self.name(v.t);
                    self.buf.extend_from_slice(name.as_bytes());
                    if kind == Kind::Slice && base == 0 {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.push(b'[');
                }
                for i in 0..n {
                    if i > 0 {
                        self.sep();
                    }
                    let ev = Val {
                        t: el,
                        at: base + i * es,
                    };
                    self.print_value(ev, verb, depth + 1, can_iface);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            Kind::Pointer => {
                let p = m.read_word(v.at);
                let el = m.field(v.t, ELEM);
                if depth == 0
                    && p != 0
                    && matches!(
                        self.tv(el).kind(),
                        Some(Kind::Array | Kind::Slice | Kind::Struct | Kind::Map)
                    )
                {
                    self.buf.push(b'&');
                    self.print_value(Val { t: el, at: p }, verb, depth + 1, can_iface);
                    return;
                }
                self.fmt_pointer(v, verb);
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, verb),
        }
    }

    /// Between elements: `, ` in Go syntax, else a space.
    fn sep(&mut self) {
        if self.f.sharp_v {
            self.buf.extend_from_slice(b", ");
        } else {
            self.buf.push(b' ');
        }
    }

    /// The fields of struct type `t`: name, offset, type.
    fn fields(&self, t: u64) -> Vec<(Vec<u8>, u64, u64)> {
        use crate::typedesc::{
            FIELDS, FIELD_NAME_LEN, FIELD_NAME_PTR, FIELD_OFFSET, FIELD_TYPE, FIELD_WORDS, NFIELDS,
        };
        let (m, w) = (self.m, self.w());
        let (n, recs) = (m.field(t, NFIELDS), m.field(t, FIELDS));
        (0..n)
            .map(|i| {
                let rec = recs + i * u64::from(FIELD_WORDS) * w;
                let (np, nl) = (m.field(rec, FIELD_NAME_PTR), m.field(rec, FIELD_NAME_LEN));
                let mut name = vec![0u8; nl as usize];
                if nl > 0 {
                    m.read_bytes(np, &mut name);
                }
                (name, m.field(rec, FIELD_OFFSET), m.field(rec, FIELD_TYPE))
            })
            .collect()
    }

    /// Go's intFromArg: the `*` operand `i` as a width or precision.
    fn int_from_arg(&self, p: u64, n: usize, i: usize) -> (i64, bool, usize) {
        if i >= n {
            return (0, false, i);
        }
        let v = self.arg(p, i);
        let size = if v.t == 0 { 0 } else { self.tv(v.t).size() };
        let (mut num, mut ok) = match self.kind(v.t) {
            Some(Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64) => {
                (read_signed(self.m, v.at, size), true)
            }
            Some(
                Kind::Uint
                | Kind::Uint8
                | Kind::Uint16
                | Kind::Uint32
                | Kind::Uint64
                | Kind::Uintptr,
            ) => {
                let u = read_sized(self.m, v.at, size);
                (u as i64, (u as i64) >= 0)
            }
            _ => (0, false),
        };
        if !ok || too_large(num) {
            num = 0;
            ok = false;
        }
        (num, ok, i + 1)
    }

    /// Go's doPrintf: `format` with the `n` operands of the `[]any` at `p`.
    pub fn do_printf(&mut self, format: &[u8], p: u64, n: usize) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut reordered = false;
        let mut i = 0;
        'format: while i < end {
            let mut good_arg_num = true;
            let last = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            self.buf.extend_from_slice(&format[last..i]);
            if i >= end {
                break;
            }
            i += 1;
            self.f = Flags::default();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < n {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            let a = self.arg(p, arg_num);
                            self.cur_arg = arg_num;
                            self.print_arg(a, c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }
            // Go's argNumber: an optional `[n]`.
            let mut arg_number =
                |arg_num: usize, i: usize, good: &mut bool| -> (usize, usize, bool) {
                    if i >= end || format[i] != b'[' {
                        return (arg_num, i, false);
                    }
                    reordered = true;
                    let rest = &format[i..];
                    let (index, wid, ok) = match rest.iter().position(|&c| c == b']') {
                        Some(close) if rest.len() >= 3 => {
                            let (num, isnum, newi) = parsenum(rest, 1, close);
                            if !isnum || newi != close {
                                (0, close + 1, false)
                            } else {
                                (num as i64 - 1, close + 1, true)
                            }
                        }
                        _ => (0, 1, false),
                    };
                    if ok && index >= 0 && (index as usize) < n {
                        return (index as usize, i + wid, true);
                    }
                    *good = false;
                    (arg_num, i + wid, ok)
                };
            let mut after_index;
            (arg_num, i, after_index) = arg_number(arg_num, i, &mut good_arg_num);
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, ok, next) = self.int_from_arg(p, n, arg_num);
                arg_num = next;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if wid < 0 {
                    self.f.minus = true;
                    self.f.zero = false;
                }
                self.f.wid = wid.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (wid, ok, next) = parsenum(format, i, end);
                (self.f.wid, self.f.wid_present, i) = (wid, ok, next);
                if after_index && ok {
                    good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    good_arg_num = false;
                }
                (arg_num, i, after_index) = arg_number(arg_num, i, &mut good_arg_num);
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, mut ok, next) = self.int_from_arg(p, n, arg_num);
                    arg_num = next;
                    let mut prec = prec;
                    if prec < 0 {
                        prec = 0;
                        ok = false;
                    }
                    (self.f.prec, self.f.prec_present) = (prec as usize, ok);
                    if !ok {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, ok, next) = parsenum(format, i, end);
                    (self.f.prec, self.f.prec_present, i) = (prec, ok, next);
                    if !ok {
                        self.f.prec = 0;
                        self.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = arg_number(arg_num, i, &mut good_arg_num);
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (r, size) = crate::strconv::decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            i += size;
            if verb == '%' {
                self.buf.push(b'%');
            } else if !good_arg_num {
                self.buf
                    .extend_from_slice(format!("%!{verb}(BADINDEX)").as_bytes());
            } else if arg_num >= n {
                self.buf
                    .extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
            } else {
                if verb == 'v' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                let a = self.arg(p, arg_num);
                self.cur_arg = arg_num;
                self.print_arg(a, verb);
                arg_num += 1;
            }
        }
        if !reordered && arg_num < n {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for k in arg_num..n {
                if k > arg_num {
                    self.buf.extend_from_slice(b", ");
                }
                let a = self.arg(p, k);
                if a.t == 0 {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    let name = self.name(a.t);
                    self.buf.extend_from_slice(name.as_bytes());
                    self.buf.push(b'=');
                    self.print_arg(a, 'v');
                }
            }
            self.buf.push(b')');
        }
    }

    /// Go's doPrint (Print, Sprint) and doPrintln (`ln`): operands with
    /// `%v`; Println separates all by spaces, Print only two that are
    /// not strings.
    pub fn do_print(&mut self, p: u64, n: usize, ln: bool) {
        let mut prev_string = false;
        for k in 0..n {
            let a = self.arg(p, k);
            let is_string = self.kind(a.t) == Some(Kind::String);
            if k > 0 && (ln || (!is_string && !prev_string)) {
                self.buf.push(b' ');
            }
            self.f = Flags::default();
            self.print_arg(a, 'v');
            prev_string = is_string;
        }
        if ln {
            self.buf.push(b'\n');
        }
    }

    /// One value with `%v` (`plus`: `%+v`), for callers outside fmt.
    pub fn value(&mut self, t: u64, at: u64, plus: bool) {
        self.f = Flags {
            plus_v: plus,
            ..Flags::default()
        };
        self.print_arg(Val { t, at }, 'v');
    }
}

/// What Sprintf makes of `format` and the `[]any` (pointer `p`, length
/// `n`). Values with methods are formatted through `mc` (methods.rs).
pub fn sprintf<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    format: &[u8],
    p: u64,
    n: u64,
) -> Vec<u8> {
    let mut pr = Printer::new(m, maps, mc);
    pr.do_printf(format, p, n as usize);
    pr.buf
}

/// What fmt.Errorf makes of `format` and the `[]any`: Sprintf's text,
/// with `%w` accepted once for an error operand, whose index is returned.
pub fn errorf<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    format: &[u8],
    p: u64,
    n: u64,
) -> (Vec<u8>, Option<usize>) {
    let mut pr = Printer::new(m, maps, mc);
    pr.wrap_errs = true;
    pr.do_printf(format, p, n as usize);
    (pr.buf, pr.wrapped)
}

/// What Sprint (Sprintln when `ln`) makes of the `[]any` (pointer `p`,
/// length `n`).
pub fn sprint<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    p: u64,
    n: u64,
    ln: bool,
) -> Vec<u8> {
    let mut pr = Printer::new(m, maps, mc);
    pr.do_print(p, n as usize, ln);
    pr.buf
}
