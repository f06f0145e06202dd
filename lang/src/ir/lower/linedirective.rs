//! Line directives (`//line file:line[:col]` at the start of a line,
//! `/*line file:line[:col]*/` anywhere): gc reports positions after one in
//! the file and line it names, in diagnostics and at run time
//! (runtime.Caller, traces). The position tables of the compiler record
//! one file per function and physical lines, so a program with a
//! directive is refused rather than run with the wrong positions.

use crate::source::SourceMap;
use crate::source::Span;

/// The first line directive of any file of `map`, as a span over it.
pub(super) fn first_directive(map: &SourceMap) -> Option<Span> {
    map.files().find_map(|(id, f)| {
        let (lo, hi) = find(&f.text)?;
        Some(Span {
            file: id,
            lo: lo as u32,
            hi: hi as u32,
        })
    })
}

/// The byte range of the first line directive in `text`.
fn find(text: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    while let Some(i) = text[at..].find("line ") {
        let start = at + i;
        at = start + 1;
        let (open, body_end) =
            if text[..start].ends_with("//") && (start == 2 || text[..start - 2].ends_with('\n')) {
                // `//line ...` must start its line; it runs to the line's end.
                let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
                (start - 2, end)
            } else if text[..start].ends_with("/*") {
                match text[start..].find("*/") {
                    Some(e) => (start - 2, start + e),
                    None => continue,
                }
            } else {
                continue;
            };
        if is_position(text[start + "line ".len()..body_end].trim_end_matches('\r')) {
            return Some((open, body_end));
        }
    }
    None
}

/// Whether `s` is a directive's position: `file:line` or
/// `file:line:col` (the file may be empty), ending in a decimal number.
fn is_position(s: &str) -> bool {
    let num = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    s.rsplit_once(':').is_some_and(|(_, n)| num(n))
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_directives_only() {
        assert_eq!(
            find("package p\n//line foo.go:10\nvar x int\n"),
            Some((10, 26))
        );
        assert!(find("package p\n// line foo.go:10\n").is_none());
        assert!(find("package p\n  //line foo.go:10\n").is_none());
        assert!(find("package p\n//line foo.go\n").is_none());
        assert!(find("x /*line :10:2*/ y").is_some());
        assert!(find("x /*line nothing*/ y").is_none());
        assert!(find("//line :7\n").is_some());
    }
}
