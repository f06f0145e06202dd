use super::*;

fn parse_str(src: &str) -> Parsed {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let mut n = 0;
    parse_file(&map, id, &mut n)
}

fn first_error(src: &str) -> String {
    let p = parse_str(src);
    p.diagnostics
        .first()
        .map(|d| d.message.clone())
        .unwrap_or_default()
}

#[test]
fn parses_go_corpus_when_installed() {
    let dir = std::path::Path::new("/usr/share/go-1.19/test");
    if !dir.exists() {
        eprintln!("skipped: Go's test suite is not installed");
        return;
    }
    let mut failures = Vec::new();
    for sub in ["ken", "chan"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "go") {
                let src = std::fs::read_to_string(&p).unwrap();
                let r = parse_str(&src);
                if r.file.is_none() || !r.diagnostics.is_empty() {
                    failures.push(format!("{}: {:?}", p.display(), r.diagnostics));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn composite_literal_in_header_needs_parens() {
    assert_eq!(
        first_error("package p\nfunc f() { for _, x := range []int{1, 2} { _ = x } }\n"),
        ""
    );
    assert_eq!(
        first_error("package p\nfunc f() { if x == (T{}) { } }\n"),
        ""
    );
    assert!(first_error("package p\nfunc f() { if x == T{} { } }\n").starts_with("syntax error"));
    assert_eq!(
        first_error("package p\nfunc f() { _ = T{1, 2}; _ = &p.T{a: 1} }\n"),
        ""
    );
}

#[test]
fn syntax_error_messages() {
    assert_eq!(
        first_error("package p\nfunc f() {\n\tg(1,\n\t2\n\t)\n}\n"),
        "syntax error: unexpected newline in argument list; possibly missing comma or )"
    );
    assert_eq!(
        first_error("package p\nx := 1\n"),
        "syntax error: non-declaration statement outside function body"
    );
}
