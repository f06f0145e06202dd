//! Expected texts are gc 1.19's (strconv.Quote, strconv.FormatFloat).

use super::*;

fn s(v: Vec<u8>) -> String {
    String::from_utf8(v).unwrap()
}

#[test]
fn quotes_like_strconv() {
    assert_eq!(
        s(quote(b"tab\there\x00\xc3\xa9", false)),
        r#""tab\there\x00é""#
    );
    assert_eq!(s(quote("日本".as_bytes(), true)), r#""\u65e5\u672c""#);
    assert_eq!(s(quote(b"\xff\x7f\"\\", false)), r#""\xff\x7f\"\\""#);
    assert_eq!(s(quote_rune(u32::from(b'\''), false)), r"'\''");
    assert_eq!(s(quote_rune(0x1F600, true)), r"'\U0001f600'");
    assert_eq!(s(quote_rune(0xD800, false)), "'\u{FFFD}'");
    assert!(can_backquote(b"a\tb"));
    assert!(!can_backquote(b"a`b"));
    assert!(!can_backquote(b"a\nb"));
}

#[test]
fn formats_floats_like_strconv() {
    let f = |v: f64, fmt: u8, prec: i32, bits: u32| s(format_float(v, fmt, prec, bits));
    assert_eq!(f(1e21, b'G', -1, 64), "1E+21");
    assert_eq!(f(3.5, b'X', -1, 64), "0X1.CP+01");
    assert_eq!(f(1.0, b'x', 3, 64), "0x1.000p+00");
    assert_eq!(f(0.0, b'x', -1, 64), "0x0p+00");
    assert_eq!(f(1.0, b'b', -1, 64), "4503599627370496p-52");
    assert_eq!(f(123456.0, b'g', -1, 64), "123456");
    assert_eq!(f(1234567.0, b'g', -1, 64), "1.234567e+06");
    assert_eq!(f(0.0001, b'g', -1, 64), "0.0001");
    assert_eq!(f(0.00001, b'g', -1, 64), "1e-05");
    assert_eq!(f(100.0, b'g', 2, 64), "1e+02");
    assert_eq!(f(1.0, b'g', 3, 64), "1");
    assert_eq!(f(2.5, b'f', 0, 64), "2");
    assert_eq!(f(-0.0, b'e', 2, 64), "-0.00e+00");
    assert_eq!(f(0.1f32 as f64, b'g', -1, 32), "0.1");
    assert_eq!(f(1e100, b'e', -1, 64), "1e+100");
    assert_eq!(f(123.456, b'f', -1, 64), "123.456");
}

#[test]
fn format_and_space_characters_are_not_printable() {
    for r in [
        0xA0, 0xAD, 0x200B, 0x2028, 0x3000, 0xFEFF, 0xE0001, 0x1D173, 0xE000,
    ] {
        assert!(!is_print(r), "{r:#x}");
    }
    for r in [0x20, 0x41, 0xE9, 0x65E5, 0x1F600] {
        assert!(is_print(r), "{r:#x}");
    }
    // Non-characters and unassigned code points (Unicode 13.0.0) are not
    // printable either, nor is anything past U+10FFFF.
    for r in [0xFFFE, 0x378, 0x8C8, 0x2FFFF, 0x10FFFF, 0x110000] {
        assert!(!is_print(r), "{r:#x}");
    }
}

#[test]
fn shortest_ties_round_to_even() {
    assert_eq!(
        String::from_utf8(format_float(25_329_516.211_914_062, b'g', -1, 64)).unwrap(),
        "2.5329516211914062e+07"
    );
    assert_eq!(
        String::from_utf8(format_float(0.1, b'g', -1, 64)).unwrap(),
        "0.1"
    );
    assert_eq!(
        String::from_utf8(format_float(1e23, b'g', -1, 64)).unwrap(),
        "1e+23"
    );
}
