//! The `// errorcheck` test format (DESIGN §10), as Go's test suite defines
//! it (`errorCheck` in Go's test/run.go): each `// ERROR "re" "re2"...`
//! comment names regexps that must match diagnostics on its line, and every
//! diagnostic must be matched by one of them.
//!
//! Like Go's, the scan is textual, line by line: a `// ERROR` inside a raw
//! string counts (the corpus uses that to mark a line whose string is left
//! open). Each regexp is the text between double quotes, taken as it stands
//! except that `\"` stands for a quote; `LINE`, `LINE+n` and `LINE-n` become
//! `FILE:N` as in Go. Matching is Go's too: a regexp consumes every
//! diagnostic of its line that it matches, and fails if it matches none.

use regex::Regex;

/// The regexps of one `// ERROR` comment's line.
#[derive(Debug)]
pub struct Want {
    /// 1-based line of the comment.
    pub line: usize,
    /// The regexp as written (for messages).
    pub text: String,
    /// The compiled regexp, or why it does not compile.
    pub re: Result<Regex, String>,
}

/// One problem found when comparing diagnostics with the wants.
#[derive(Debug, PartialEq)]
pub enum Mismatch {
    /// A diagnostic no regexp of its line matched.
    Unexpected { line: usize, message: String },
    /// A regexp that matched no diagnostic of its line.
    Missing { line: usize, re: String },
    /// A regexp that does not compile.
    BadRegexp {
        line: usize,
        re: String,
        error: String,
    },
}

/// The `// ERROR` wants of `text`, a file named `name` (its base name is
/// what `LINE` expands to), in line order.
pub fn wants(name: &str, text: &str) -> Vec<Want> {
    let base = name.rsplit('/').next().unwrap_or(name);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let Some(at) = find_error_marker(line) else {
            continue;
        };
        for re in quoted(&line[at..]) {
            let expanded = go_braces(&expand_line(&re, base, line_no));
            out.push(Want {
                line: line_no,
                re: Regex::new(&expanded).map_err(|e| {
                    // The regex crate explains over several lines; the last
                    // one says what is wrong.
                    let text = e.to_string();
                    text.lines().last().unwrap_or_default().trim().to_string()
                }),
                text: re,
            });
        }
    }
    out
}

/// Where the regexps of `// ERROR ` (or gc's `// GC_ERROR `) start on `line`.
fn find_error_marker(line: &str) -> Option<usize> {
    for marker in ["// ERROR ", "// GC_ERROR "] {
        if let Some(i) = line.find(marker) {
            return Some(i + marker.len());
        }
    }
    None
}

/// The double-quoted strings of `s`, with `\"` unescaped to `"` and every
/// other character (backslashes included) kept as written.
fn quoted(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut re = String::new();
        let mut closed = false;
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    closed = true;
                    break;
                }
                '\\' => match chars.next() {
                    Some('"') => re.push('"'),
                    Some(n) => {
                        re.push('\\');
                        re.push(n);
                    }
                    None => re.push('\\'),
                },
                c => re.push(c),
            }
        }
        if closed {
            out.push(re);
        }
    }
    out
}

/// Go's regexp syntax (RE2) reads a `{` or `}` that is not part of a
/// counted repetition (`x{2}`, `x{2,}`, `x{2,5}`) as a literal brace; the
/// regex crate rejects it. This escapes such braces and leaves the rest of
/// `re` as written, character classes and escapes included.
fn go_braces(re: &str) -> String {
    let mut out = String::with_capacity(re.len());
    let mut rest = re;
    let mut in_class = false;
    while let Some(c) = rest.chars().next() {
        let mut len = c.len_utf8();
        match c {
            '\\' => {
                // An escape: copy it and the escaped character as they are.
                len += rest[1..].chars().next().map_or(0, char::len_utf8);
            }
            '[' if in_class && rest.starts_with("[:") => {
                // A POSIX class `[:alpha:]` inside a bracket expression.
                len = rest.find(":]").map_or(len, |i| i + 2);
            }
            '[' if !in_class => {
                in_class = true;
                // A `]` right after `[` or `[^` is a literal member.
                let open = if rest.starts_with("[^") { 2 } else { 1 };
                len = open + usize::from(rest[open..].starts_with(']'));
            }
            ']' if in_class => in_class = false,
            '{' if !in_class => match counted_repetition(rest) {
                Some(n) => len = n,
                None => {
                    out.push_str("\\{");
                    rest = &rest[1..];
                    continue;
                }
            },
            '}' if !in_class => {
                out.push_str("\\}");
                rest = &rest[1..];
                continue;
            }
            _ => {}
        }
        let len = len.min(rest.len());
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

/// The length of the counted repetition `{n}`, `{n,}` or `{n,m}` that
/// starts `s`, if one does.
fn counted_repetition(s: &str) -> Option<usize> {
    let close = s.find('}')?;
    let inner = &s[1..close];
    let (min, max) = match inner.split_once(',') {
        Some((a, b)) => (a, Some(b)),
        None => (inner, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let ok = !min.is_empty() && digits(min) && max.is_none_or(digits);
    ok.then_some(close + 1)
}

/// Go's `LINE` substitution: `LINE` is `base:N` for the comment's line N,
/// `LINE+k` and `LINE-k` are `base:N±k`.
fn expand_line(re: &str, base: &str, line: usize) -> String {
    if !re.contains("LINE") {
        return re.to_string();
    }
    let pattern = Regex::new(r"LINE(?:([+-])([0-9]+))?").expect("constant regexp");
    pattern
        .replace_all(re, |c: &regex::Captures| {
            let k: usize = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
            let n = match c.get(1).map(|m| m.as_str()) {
                Some("-") => line.saturating_sub(k),
                _ => line.saturating_add(k),
            };
            format!("{}:{n}", regex::escape(base))
        })
        .into_owned()
}

/// Compares diagnostics `got` (line, message) with `wants`, by Go's rules.
/// Mismatches come back in line order.
pub fn compare(wants: &[Want], got: &[(usize, String)]) -> Vec<Mismatch> {
    let mut left: Vec<Option<&(usize, String)>> = got.iter().map(Some).collect();
    let mut out = Vec::new();
    for want in wants {
        let re = match &want.re {
            Ok(re) => re,
            Err(error) => {
                out.push(Mismatch::BadRegexp {
                    line: want.line,
                    re: want.text.clone(),
                    error: error.clone(),
                });
                continue;
            }
        };
        let mut matched = false;
        for slot in left.iter_mut() {
            if let Some((line, message)) = slot {
                if *line == want.line && re.is_match(message) {
                    matched = true;
                    *slot = None;
                }
            }
        }
        if !matched {
            out.push(Mismatch::Missing {
                line: want.line,
                re: want.text.clone(),
            });
        }
    }
    out.extend(
        left.into_iter()
            .flatten()
            .map(|(line, message)| Mismatch::Unexpected {
                line: *line,
                message: message.clone(),
            }),
    );
    out.sort_by_key(|m| match m {
        Mismatch::Unexpected { line, .. }
        | Mismatch::Missing { line, .. }
        | Mismatch::BadRegexp { line, .. } => *line,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(ws: &[Want]) -> Vec<(usize, &str)> {
        ws.iter().map(|w| (w.line, w.text.as_str())).collect()
    }

    #[test]
    fn quoted_regexps_keep_backslashes() {
        let src = "x\np := &get() // ERROR \"cannot take address of get\\(\\)\"\n\
                   y // ERROR \"a\" \"b\\\"c\" \"d\\\\\"\n";
        let ws = wants("dir/t.go", src);
        assert_eq!(
            texts(&ws),
            vec![
                (2, r"cannot take address of get\(\)"),
                (3, "a"),
                (3, "b\"c"),
                (3, r"d\\")
            ]
        );
        let re = ws[0].re.as_ref().expect("compiles");
        assert!(re.is_match("cannot take address of get()"));
    }

    #[test]
    fn marker_inside_raw_string_counts_and_open_quote_is_ignored() {
        let src = "\ts := `// ERROR ` + \"newline in string\" + \"\n";
        assert_eq!(texts(&wants("t.go", src)), vec![(1, "newline in string")]);
    }

    #[test]
    fn braces_read_as_go_reads_them() {
        assert_eq!(go_braces("before {"), r"before \{");
        assert_eq!(go_braces("{ after if clause"), r"\{ after if clause");
        assert_eq!(go_braces("a{2}b{1,}c{1,3}"), "a{2}b{1,}c{1,3}");
        assert_eq!(go_braces(r"x\{[{}]{}"), r"x\{[{}]\{\}");
        assert_eq!(go_braces("[]{]{x"), r"[]{]\{x");
        assert_eq!(go_braces("[[:alpha:]{]}"), r"[[:alpha:]{]\}");
        assert_eq!(go_braces("struct{}"), r"struct\{\}");
        for re in ["before {", "struct{}", "[]{]{x", "a{2}"] {
            assert!(Regex::new(&go_braces(re)).is_ok(), "{re}");
        }
        assert!(Regex::new(&go_braces("struct{}"))
            .expect("compiles")
            .is_match("struct{}"));
    }

    #[test]
    fn line_expands_to_file_and_number() {
        assert_eq!(
            expand_line("at LINE and LINE-1", "t.go", 7),
            r"at t\.go:7 and t\.go:6"
        );
    }

    #[test]
    fn matching_follows_go() {
        let ws = wants(
            "t.go",
            "a // ERROR \"undefined\"\nb // ERROR \"x\" \"y\"\nc\n",
        );
        let got = vec![
            (1, "undefined: a".to_string()),
            (1, "undefined: aa".to_string()),
            (2, "x y".to_string()),
            (3, "surprise".to_string()),
        ];
        assert_eq!(
            compare(&ws, &got),
            vec![
                Mismatch::Missing {
                    line: 2,
                    re: "y".into()
                },
                Mismatch::Unexpected {
                    line: 3,
                    message: "surprise".into()
                },
            ]
        );
    }

    #[test]
    fn bad_regexp_is_reported() {
        let ws = wants("t.go", "a // ERROR \"(\"\n");
        let m = compare(&ws, &[(1, "(".to_string())]);
        assert!(
            matches!(&m[0], Mismatch::BadRegexp { line: 1, .. }),
            "{m:?}"
        );
    }
}
