//! The reader's errors against Go 1.19's texts, and the translation of
//! the places where Go and the crate read the same syntax differently.

use super::translate;

fn error_of(p: &str) -> String {
    match translate(p.as_bytes(), false) {
        Ok(o) => format!("ok {}", o.crate_syntax),
        Err(e) => format!("{}: `{}`", e.code, String::from_utf8_lossy(&e.frag)),
    }
}

#[test]
fn errors_quote_go_fragments() {
    let cases = [
        ("a(b", "missing closing ): `a(b`"),
        ("a)b", "unexpected ): `a)b`"),
        ("[a-", "missing closing ]: `[a-`"),
        ("x[b", "missing closing ]: `[b`"),
        (r"\e", "invalid escape sequence: `\\e`"),
        (r"\1", "invalid escape sequence: `\\1`"),
        ("*", "missing argument to repetition operator: `*`"),
        ("a**", "invalid nested repetition operator: `**`"),
        ("a*?+", "invalid nested repetition operator: `*?+`"),
        ("[z-a]", "invalid character class range: `z-a`"),
        ("(?P<n!>x)", "invalid named capture: `(?P<n!>`"),
        ("(?<n>x)", "invalid or unsupported Perl syntax: `(?<`"),
        ("a{1001}", "invalid repeat count: `{1001}`"),
        ("(a{500}){3}", "invalid repeat count: `{3}`"),
        (r"\p{Foo}", "invalid character class range: `\\p{Foo}`"),
        ("[[:foo:]]", "invalid character class range: `[:foo:]`"),
        ("a\\", "trailing backslash at end of expression: ``"),
        ("(?z)", "invalid or unsupported Perl syntax: `(?z`"),
        (r"\C", "invalid escape sequence: `\\C`"),
    ];
    for (p, want) in cases {
        assert_eq!(error_of(p), want, "pattern {p}");
    }
}

#[test]
fn every_go_name_is_known_to_the_crate() {
    for n in super::names::CATEGORIES.iter().chain(super::names::SCRIPTS) {
        let p = format!(r"\p{{{n}}}[\P{{{n}}}x]");
        let o = translate(p.as_bytes(), false).expect("valid Go");
        assert!(
            super::search::Prog::new(&o.crate_syntax, false).is_ok(),
            "{n}: {}",
            o.crate_syntax
        );
    }
}

#[test]
fn translations() {
    assert_eq!(error_of(r"\d"), "ok [0-9]");
    assert_eq!(error_of(r"a{,2}"), r"ok a\x{7B}\x{2C}2\x{7D}");
    assert_eq!(error_of(r"\Q*\E"), r"ok \x{2A}");
    assert_eq!(error_of(r"\01"), r"ok \x{1}");
}
