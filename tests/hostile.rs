//! Bad input of every kind gives a diagnostic and exit status 1: never a
//! panic (exit 3), a crash (a signal, e.g. the compiler's own stack
//! overflowing), a hang (killed after `common::TIME_LIMIT`), or a silent
//! success. Inputs are generated here, into a scratch directory.

mod common;

use common::{splitgo_in, Scratch, XorShift};

/// Checks `bytes` as `name` and asserts the outcome described above: exit
/// 1, and stderr starting with a `name:line:col: ` diagnostic.
fn rejects(name: &str, bytes: &[u8]) {
    let s = Scratch::new("hostile");
    s.write(name, bytes);
    let run = splitgo_in(&s.dir, &["check", "--short", name]);
    assert!(!run.timed_out, "{name}: hang: {}", run.describe());
    assert_eq!(run.signal, None, "{name}: crashed: {}", run.describe());
    assert_eq!(run.code, Some(1), "{name}: {}", run.describe());
    let first = run.stderr.lines().next().unwrap_or("");
    let prefix = format!("{name}:");
    let pos_ok = first.strip_prefix(&prefix).is_some_and(|rest| {
        let mut parts = rest.splitn(3, ':');
        let digits = |p: Option<&str>| {
            p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        };
        digits(parts.next()) && digits(parts.next()) && parts.next().is_some_and(|m| m.len() > 1)
    });
    assert!(pos_ok, "{name}: no diagnostic: {}", run.describe());
}

#[test]
fn binary_garbage() {
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let bytes: Vec<u8> = (0..64 * 1024).map(|_| rng.next() as u8).collect();
    rejects("garbage.go", &bytes);
}

#[test]
fn garbage_after_a_valid_start() {
    let mut rng = XorShift(42);
    let mut bytes = b"package main\n\nfunc main() {\n".to_vec();
    bytes.extend((0..64 * 1024).map(|_| rng.next() as u8));
    rejects("tail.go", &bytes);
}

#[test]
fn ten_megabyte_line() {
    let mut src = String::from("package main\n\nvar x = ");
    src.push_str(&"1+".repeat(5 * 1024 * 1024));
    src.push_str("1\n\nfunc main() {}\n");
    rejects("long.go", src.as_bytes());
}

#[test]
fn ten_megabyte_tokens_left_open() {
    // One token as long as the file: the lexer must not recurse per byte.
    let body = "a".repeat(10 << 20);
    let cases = [
        ("string.go", format!("package main\n\nvar s = \"{body}\n")),
        ("raw.go", format!("package main\n\nvar s = `{body}\n")),
        ("comment.go", format!("package main\n\n/*{body}\n")),
    ];
    for (name, src) in cases {
        rejects(name, src.as_bytes());
    }
}

#[test]
fn hundred_thousand_parentheses() {
    let n = 100_000;
    let src = format!(
        "package main\n\nvar x = {}1{}\n\nfunc main() {{}}\n",
        "(".repeat(n),
        ")".repeat(n)
    );
    rejects("parens.go", src.as_bytes());
}

#[test]
fn hundred_thousand_braces() {
    let n = 100_000;
    let src = format!(
        "package main\n\nfunc main() {}{}\n",
        "{".repeat(n),
        "}".repeat(n)
    );
    rejects("braces.go", src.as_bytes());
}

#[test]
fn hundred_thousand_unclosed_brackets() {
    let src = format!("package main\n\nvar x = {}\n", "[".repeat(100_000));
    rejects("brackets.go", src.as_bytes());
}

#[test]
fn invalid_utf8_in_identifier() {
    rejects(
        "ident.go",
        b"package main\n\nfunc main() {\n\tx\xff\xfey := 1\n\t_ = x\xff\xfey\n}\n",
    );
}

#[test]
fn invalid_utf8_in_string_and_comment() {
    rejects(
        "string.go",
        b"package main\n\n// caf\xe9\nvar s = \"a\xc3(b\"\n\nfunc main() {}\n",
    );
}

#[test]
fn empty_file() {
    rejects("empty.go", b"");
}

#[test]
fn only_nul_bytes() {
    rejects("nul.go", &[0u8; 4096]);
}

/// Checks `src` and asserts it is accepted: exit 0, no output.
fn accepts(name: &str, src: &str) {
    let s = Scratch::new("hostile-ok");
    s.write(name, src.as_bytes());
    let run = splitgo_in(&s.dir, &["check", "--short", name]);
    assert!(!run.timed_out, "{name}: hang: {}", run.describe());
    assert_eq!(run.signal, None, "{name}: crashed: {}", run.describe());
    assert_eq!(run.code, Some(0), "{name}: {}", run.describe());
    assert_eq!(run.stderr, "", "{name}");
}

#[test]
fn ten_megabyte_valid_tokens() {
    // Long but well-formed tokens of every kind the lexer scans in a loop
    // (Go's own test suite has a 3 MB raw string: fixedbugs/bug257.go).
    let multi = "é☺".repeat(2 << 20);
    let ident = "a".repeat(10 << 20);
    let cases = [
        (
            "str.go",
            format!("package main\n\nvar s = \"{multi}\"\n\nfunc main() {{ _ = s }}\n"),
        ),
        (
            "raw.go",
            format!("package main\n\nvar s = `{multi}\n{multi}`\n\nfunc main() {{ _ = s }}\n"),
        ),
        (
            "comment.go",
            format!("package main\n\n/* {multi} */\n// {multi}\nfunc main() {{}}\n"),
        ),
        (
            "ident.go",
            format!("package main\n\nvar {ident} = 1\n\nfunc main() {{}}\n"),
        ),
        (
            "space.go",
            format!(
                "package main\n\nvar x = 1{}\n\nfunc main() {{ _ = x }}\n",
                " ".repeat(10 << 20)
            ),
        ),
    ];
    for (name, src) in cases {
        accepts(name, &src);
    }
}

#[test]
fn ten_thousand_digit_literal_is_refused_quickly() {
    let digits = "7".repeat(10 << 20);
    rejects(
        "digits.go",
        format!("package main\n\nvar x = {digits}\n\nfunc main() {{ _ = x }}\n").as_bytes(),
    );
}
