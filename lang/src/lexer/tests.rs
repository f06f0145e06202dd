//! Token-stream snapshots (expect-test): what the parser sees for a source
//! text, with inserted semicolons shown as `;⏎` (newline) or `;EOF`.
//! Update with `UPDATE_EXPECT=1 cargo test -p splitgo-lang lexer`.

use super::*;
use expect_test::{expect, Expect};

fn render(src: &str) -> String {
    let mut out = Vec::new();
    for item in Lexer::new(src) {
        match item {
            Ok((lo, tok, hi)) => out.push(match tok {
                Tok::AutoSemi(false) => ";⏎".to_string(),
                Tok::AutoSemi(true) => ";EOF".to_string(),
                Tok::Raw(RawTok::Ident(s)) => format!("id({s})"),
                Tok::Raw(RawTok::Int(s)) => format!("int({s})"),
                Tok::Raw(RawTok::Float(s)) => format!("float({s})"),
                Tok::Raw(RawTok::Imag(s)) => format!("imag({s})"),
                Tok::Raw(RawTok::Rune(d)) => format!("rune({})", d.text),
                Tok::Raw(RawTok::String(d)) => format!("str({})", d.text),
                Tok::Raw(RawTok::RawString(d)) => format!("raw({})", d.text.escape_debug()),
                Tok::Raw(r) => {
                    // Spans must cover the token's text exactly.
                    assert_eq!(&src[lo..hi], r.text(), "span of {r:?}");
                    r.text().to_string()
                }
            }),
            Err(e) => out.push(format!("ERROR@{}..{}: {}", e.lo, e.hi, e.message)),
        }
    }
    out.join(" ")
}

fn check(src: &str, expect: Expect) {
    expect.assert_eq(&render(src));
}

#[test]
fn semicolons_after_statement_enders() {
    check(
        "x := 1\ny++\nreturn\nf(a)\nb[0]\n}\nbreak\n",
        expect![[
            r#"id(x) := int(1) ;⏎ id(y) ++ ;⏎ return ;⏎ id(f) ( id(a) ) ;⏎ id(b) [ int(0) ] ;⏎ } ;⏎ break ;⏎"#
        ]],
    );
}

#[test]
fn no_semicolon_after_operators_or_open_brackets() {
    check(
        "a +\nb, (\nc {\nd =\n",
        expect![[r#"id(a) + id(b) , ( id(c) { id(d) ="#]],
    );
}

#[test]
fn semicolon_at_end_of_file() {
    check("package main", expect![[r#"package id(main) ;EOF"#]]);
    check("x\n", expect![[r#"id(x) ;⏎"#]]);
}

#[test]
fn comments() {
    // A line comment ends at the newline, which still inserts a semicolon; a
    // general comment spanning lines counts as a newline; one on one line
    // counts as nothing.
    check(
        "a // note\nb /* one line */ c /* two\nlines */ d\n",
        expect![[r#"id(a) ;⏎ id(b) id(c) ;⏎ id(d) ;⏎"#]],
    );
}

#[test]
fn number_literals() {
    check(
        "42 0x_1F 0o17 017 0b101 1_000 1.5 .5 1e9 1.e-3 0x1p-2 0x1.8p3 2i 1.5i 0x1p2i",
        expect![[
            r#"int(42) int(0x_1F) int(0o17) int(017) int(0b101) int(1_000) float(1.5) float(.5) float(1e9) float(1.e-3) float(0x1p-2) float(0x1.8p3) imag(2i) imag(1.5i) imag(0x1p2i) ;EOF"#
        ]],
    );
}

#[test]
fn hex_e_is_a_digit_not_an_exponent() {
    check("0xe+1", expect![[r#"int(0xe) + int(1) ;EOF"#]]);
}

#[test]
fn strings_runes_and_raw_strings() {
    check(
        r#"'a' '\n' '\'' "a\"b" `raw
line`"#,
        expect![[r#"rune('a') rune('\n') rune('\'') str("a\"b") raw(`raw\nline`) ;EOF"#]],
    );
}

#[test]
fn operators() {
    check(
        "&^= <<= >>= ... := <- && || &^ == != <= >= ++ -- ~",
        expect![[r#"&^= <<= >>= ... := <- && || &^ == != <= >= ++ -- ~"#]],
    );
}

#[test]
fn unicode_identifiers() {
    check("αβ := über_1", expect![[r#"id(αβ) := id(über_1) ;EOF"#]]);
}

#[test]
fn keywords_are_not_identifiers_but_prefixes_are() {
    check(
        "func funcs for fortune",
        expect![[r#"func id(funcs) for id(fortune) ;EOF"#]],
    );
}

#[test]
fn flagged_tokens_become_errors() {
    check(
        "x := \"abc\ny",
        expect!["id(x) := ERROR@9..9: newline in string"],
    );
    check(
        "s := `open",
        expect![[r#"id(s) := ERROR@5..10: raw string literal not terminated"#]],
    );
    check(
        "r := 'a\n",
        expect!["id(r) := ERROR@7..7: rune literal not terminated"],
    );
    check(
        "/* never closed",
        expect![[r#"ERROR@0..2: comment not terminated"#]],
    );
    check(
        "a @ b",
        expect![[r#"id(a) ERROR@2..3: invalid character U+0040 '@'"#]],
    );
    check(
        "a \u{0} b",
        expect![[r#"id(a) ERROR@2..3: invalid NUL character"#]],
    );
}

#[test]
fn nesting_is_bounded() {
    let deep = "(".repeat(MAX_NESTING + 1);
    let out = render(&deep);
    assert!(
        out.ends_with(&format!(
            "ERROR@{MAX_NESTING}..{}: exceeded maximum nesting depth of {MAX_NESTING}",
            MAX_NESTING + 1
        )),
        "{}",
        &out[out.len().saturating_sub(120)..]
    );
}

#[test]
fn long_tokens_do_not_recurse() {
    // 4 MB of multi-byte text in each delimited token kind.
    let body = "é".repeat(2 << 20);
    for src in [
        format!("\"{body}\""),
        format!("`{body}`"),
        format!("/*{body}*/"),
        format!("//{body}"),
    ] {
        let n = Lexer::new(&src).filter(|t| t.is_ok()).count();
        assert!(n <= 2, "{n} tokens");
    }
}
