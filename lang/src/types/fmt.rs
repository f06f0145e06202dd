//! Types printed the way gc 1.19 prints them in diagnostics.
//!
//! Mirrors `typeWriter` in `cmd/compile/internal/types2/typestring.go` with
//! the checker's qualifier (`Checker.qualifier` in `errors.go`): a defined type
//! of the package being checked, or of the universe (`error`), prints bare;
//! one of another package prints as `name.T`, or as `"path".T` when two loaded
//! packages share that name.
//!
//! Samples: `untyped int`, `[]int`, `[3]int`, `map[string]int`, `*T`,
//! `chan (<-chan int)`, `func(int, ...string) (int, error)`,
//! `struct{x int; y string "json:\"y\""}`, `interface{M(); m(int) string}`,
//! `time.Duration`, `(int, string)`, `invalid type`.
//!
//! Unlike go/types:
//! - `byte` and `rune` print as `uint8` and `int32`: the table has one kind
//!   for each, and the alias spelling is not kept.
//! - Parameter names are not printed (`func(int)`, never `func(x int)`):
//!   [`Signature`](super::Signature) does not keep them.
//! - `any` prints as `interface{}`, and an interface prints its flattened
//!   method list, never its embedded interfaces by name.

use super::{PkgId, Type, TypeId, TypeTable};
use crate::ast::ChanDir;

impl TypeTable {
    /// `t` as gc prints it in a message about package `current_pkg`.
    pub fn type_string(&self, t: TypeId, current_pkg: PkgId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, current_pkg);
        out
    }

    /// A signature without the `func` keyword, as gc prints a method in a
    /// "have M(int)" line: `(int, ...string) (int, error)`. `sig` must be a
    /// function type; anything else prints as a type.
    pub fn signature_string(&self, sig: TypeId, current_pkg: PkgId) -> String {
        let mut out = String::new();
        self.write_signature(&mut out, sig, current_pkg);
        out
    }

    /// The qualifier gc puts before a name declared in `pkg`, with its dot
    /// (empty for the current package and the universe).
    pub fn pkg_qualifier(&self, pkg: PkgId, current_pkg: PkgId) -> String {
        if pkg == current_pkg || pkg == PkgId(0) {
            return String::new();
        }
        let idx = pkg.0 as usize;
        let name = self.pkg_names.get(idx).map(String::as_str).unwrap_or("");
        let path = self.pkg_paths.get(idx).map(String::as_str).unwrap_or("");
        // Two packages with the same name (say two `rand`s): gc shows the
        // quoted path so the message is not ambiguous.
        let same_name = self.pkg_names[1..].iter().filter(|n| *n == name).count();
        if name.is_empty() || same_name > 1 {
            format!("{}.", go_quote(path.as_bytes()))
        } else {
            format!("{name}.")
        }
    }

    fn write_type(&self, out: &mut String, t: TypeId, pkg: PkgId) {
        match self.get(t) {
            Type::Invalid => out.push_str("invalid type"),
            Type::Basic(k) => out.push_str(k.name()),
            Type::Pointer(elem) => {
                out.push('*');
                self.write_type(out, *elem, pkg);
            }
            Type::Slice(elem) => {
                out.push_str("[]");
                self.write_type(out, *elem, pkg);
            }
            Type::Array(len, elem) => {
                out.push_str(&format!("[{len}]"));
                self.write_type(out, *elem, pkg);
            }
            Type::Map(key, elem) => {
                out.push_str("map[");
                self.write_type(out, *key, pkg);
                out.push(']');
                self.write_type(out, *elem, pkg);
            }
            Type::Chan(dir, elem) => {
                // `chan (<-chan T)` needs parentheses, or it would read as
                // `chan<- (chan T)`. types2 looks at the element itself, not
                // its underlying type, so a defined element never gets them.
                let parens = *dir == ChanDir::Both
                    && matches!(self.get(*elem), Type::Chan(ChanDir::Recv, _));
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if parens {
                    out.push('(');
                }
                self.write_type(out, *elem, pkg);
                if parens {
                    out.push(')');
                }
            }
            Type::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, pkg);
                    if let Some(tag) = &f.tag {
                        if !tag.is_empty() {
                            out.push(' ');
                            out.push_str(&go_quote(tag));
                        }
                    }
                }
                out.push('}');
            }
            Type::Func(_) => {
                out.push_str("func");
                self.write_signature(out, t, pkg);
            }
            Type::Interface(methods) => {
                out.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    // Spelled for no package in particular (the run-time
                    // names of descriptors), an unexported method's name
                    // is qualified, as reflect spells it.
                    if pkg == PkgId(0) && !crate::types::lookup::is_exported(&m.name) {
                        out.push_str(&self.pkg_qualifier(m.pkg, pkg));
                    }
                    out.push_str(&m.name);
                    self.write_signature(out, m.sig, pkg);
                }
                out.push('}');
            }
            Type::Tuple(elems) => self.write_list(out, elems, false, pkg),
            Type::Named(n) => {
                let named = self.named(*n);
                out.push_str(&self.pkg_qualifier(named.pkg, pkg));
                out.push_str(&named.name);
            }
        }
    }

    /// `(params) results` for the function type `sig`.
    fn write_signature(&self, out: &mut String, sig: TypeId, pkg: PkgId) {
        let Type::Func(s) = self.get(sig) else {
            self.write_type(out, sig, pkg);
            return;
        };
        self.write_list(out, &s.params, s.variadic, pkg);
        match s.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, s.results[0], pkg);
            }
            _ => {
                out.push(' ');
                self.write_list(out, &s.results, false, pkg);
            }
        }
    }

    /// `(a, b, ...c)`: a parameter list or tuple. A variadic last element is
    /// stored as `[]T` and printed as `...T`.
    fn write_list(&self, out: &mut String, elems: &[TypeId], variadic: bool, pkg: PkgId) {
        out.push('(');
        for (i, &e) in elems.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.get(e) {
                Type::Slice(inner) if variadic && i == elems.len() - 1 => {
                    out.push_str("...");
                    self.write_type(out, *inner, pkg);
                }
                _ => self.write_type(out, e, pkg),
            }
        }
        out.push(')');
    }
}

pub use crate::quote::go_quote;

/// A type string (as [`TypeTable::type_string`] spells it) as Go's
/// reflect spells it, which is what run-time messages and fmt's `%T` and
/// `%#v` print: `struct { A int; b string }`, `struct {}`,
/// `interface { M() }`, `interface {}`. Quoted struct tags are copied as
/// they are.
pub fn reflect_spelling(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    // For each open brace: whether it opened a non-empty struct or
    // interface body (closed by ` }`).
    let mut open: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let rest = &s[i..];
        if b[i] == b'"' {
            // A tag: up to the closing quote, skipping escapes.
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let j = (j + 1).min(b.len());
            out.push_str(&s[i..j]);
            i = j;
            continue;
        }
        let kw = ["struct{", "interface{"].into_iter().find(|k| {
            rest.starts_with(k) && !out.ends_with(|c: char| c.is_alphanumeric() || c == '_')
        });
        if let Some(kw) = kw {
            out.push_str(&kw[..kw.len() - 1]);
            i += kw.len();
            if b.get(i) == Some(&b'}') {
                out.push_str(" {}");
                i += 1;
            } else {
                out.push_str(" { ");
                open.push(true);
            }
            continue;
        }
        match b[i] {
            b'{' => open.push(false),
            b'}' if open.pop() == Some(true) => out.push(' '),
            _ => {}
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{BasicKind, Field, Method, Type, TypeTable};
    use super::*;

    fn field(name: &str, ty: TypeId, embedded: bool) -> Field {
        Field {
            name: name.to_string(),
            ty,
            embedded,
            tag: None,
            pkg: PkgId(1),
        }
    }

    #[test]
    fn prints_like_gc() {
        let mut tt = TypeTable::new();
        let main = tt.add_package("main", "main");
        let time = tt.add_package("time", "time");
        let int = tt.basic(BasicKind::Int);
        let int8 = tt.basic(BasicKind::Int8);
        let string = tt.basic(BasicKind::String);
        let byte = tt.basic(BasicKind::Uint8);
        let uint = tt.basic(BasicKind::UntypedInt);
        let t = tt.new_named("T", main, None);
        let dur = tt.new_named("Duration", time, None);
        let err = tt.new_named("error", PkgId(0), None);
        let s = |tt: &TypeTable, t| tt.type_string(t, main);

        assert_eq!(s(&tt, int), "int");
        assert_eq!(s(&tt, byte), "uint8");
        assert_eq!(s(&tt, uint), "untyped int");
        assert_eq!(s(&tt, well_known_invalid()), "invalid type");
        let sl = tt.slice(int);
        assert_eq!(s(&tt, sl), "[]int");
        let arr = tt.intern(Type::Array(3, int));
        assert_eq!(s(&tt, arr), "[3]int");
        let m = tt.intern(Type::Map(string, int));
        assert_eq!(s(&tt, m), "map[string]int");
        let pt = tt.pointer(t);
        assert_eq!(s(&tt, pt), "*T");
        assert_eq!(s(&tt, dur), "time.Duration");
        assert_eq!(tt.type_string(dur, time), "Duration");
        assert_eq!(s(&tt, err), "error");

        let ch = tt.intern(Type::Chan(ChanDir::Both, int));
        let rch = tt.intern(Type::Chan(ChanDir::Recv, int));
        let sch = tt.intern(Type::Chan(ChanDir::Send, int));
        assert_eq!(s(&tt, ch), "chan int");
        assert_eq!(s(&tt, rch), "<-chan int");
        assert_eq!(s(&tt, sch), "chan<- int");
        let ch_rch = tt.intern(Type::Chan(ChanDir::Both, rch));
        assert_eq!(s(&tt, ch_rch), "chan (<-chan int)");
        let rch_sch = tt.intern(Type::Chan(ChanDir::Recv, sch));
        assert_eq!(s(&tt, rch_sch), "<-chan chan<- int");

        let strs = tt.slice(string);
        let f = tt.func(vec![int, string], vec![int, err], false);
        assert_eq!(s(&tt, f), "func(int, string) (int, error)");
        let fv = tt.func(vec![sl], vec![], true);
        assert_eq!(s(&tt, fv), "func(...int)");
        let fv2 = tt.func(vec![int, strs], vec![string], true);
        assert_eq!(s(&tt, fv2), "func(int, ...string) string");
        assert_eq!(tt.signature_string(fv2, main), "(int, ...string) string");
        let f0 = tt.func(vec![], vec![], false);
        assert_eq!(s(&tt, f0), "func()");

        let mut a = field("a", int8, false);
        a.tag = Some(b"json:\"a\"".to_vec());
        let st = tt.intern(Type::Struct(vec![
            a,
            field("b", strs, false),
            field("T", t, true),
            field("T", pt, true),
        ]));
        assert_eq!(
            s(&tt, st),
            "struct{a int8 \"json:\\\"a\\\"\"; b []string; T; *T}"
        );
        let empty = tt.intern(Type::Struct(vec![]));
        assert_eq!(s(&tt, empty), "struct{}");

        let any = tt.intern(Type::Interface(vec![]));
        assert_eq!(s(&tt, any), "interface{}");
        let m_sig = tt.func(vec![], vec![], false);
        let m2_sig = tt.func(vec![int], vec![string], false);
        let iface = tt.intern(Type::Interface(vec![
            Method {
                name: "M".into(),
                sig: m_sig,
                pkg: main,
            },
            Method {
                name: "m".into(),
                sig: m2_sig,
                pkg: main,
            },
        ]));
        assert_eq!(s(&tt, iface), "interface{M(); m(int) string}");
        let tup = tt.tuple(vec![int, string]);
        assert_eq!(s(&tt, tup), "(int, string)");
    }

    #[test]
    fn same_package_names_print_paths() {
        let mut tt = TypeTable::new();
        let main = tt.add_package("main", "main");
        let a = tt.add_package("math/rand", "rand");
        let _b = tt.add_package("crypto/rand", "rand");
        let r = tt.new_named("Rand", a, None);
        assert_eq!(tt.type_string(r, main), "\"math/rand\".Rand");
    }

    #[test]
    fn quotes_like_strconv() {
        assert_eq!(go_quote(b"a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(go_quote(b"\x01\xff"), r#""\x01\xff""#);
        assert_eq!(go_quote("é".as_bytes()), "\"é\"");
    }

    #[test]
    fn reflect_spells_bodies_with_spaces() {
        let r = reflect_spelling;
        assert_eq!(r("struct{}"), "struct {}");
        assert_eq!(r("*interface{}"), "*interface {}");
        assert_eq!(r("struct{A int; b string}"), "struct { A int; b string }");
        assert_eq!(
            r("[]struct{f interface{M(); N() string}; g map[int]struct{}}"),
            "[]struct { f interface { M(); N() string }; g map[int]struct {} }"
        );
        assert_eq!(
            r("struct{a int8 \"x:\\\"{\\\"\"}"),
            "struct { a int8 \"x:\\\"{\\\"\" }"
        );
        assert_eq!(r("main.T"), "main.T");
    }

    fn well_known_invalid() -> TypeId {
        super::super::well_known::INVALID
    }
}
