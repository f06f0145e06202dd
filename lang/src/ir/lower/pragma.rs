//! The `//go:` directives written right above a function declaration that
//! the compiler honours: `//go:noinline` keeps a function out of the
//! inliner (tests and benchmarks use it to keep a call a call).

/// Whether the comment lines directly above byte `at` of `text` (the
/// declaration's first byte) include the directive `want` (`go:noinline`).
pub(super) fn has_directive(text: &str, at: usize, want: &str) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    // The declaration's own line starts after the last newline before it.
    let mut lines = before.rsplit('\n');
    lines.next();
    for line in lines {
        let line = line.trim_end_matches('\r');
        let Some(comment) = line.strip_prefix("//") else {
            return false;
        };
        if comment.trim_end() == want {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_directive;

    #[test]
    fn directives_directly_above_count() {
        let src = "package p\n\n// f does x.\n//go:noinline\nfunc f() {}\n\n//go:noinline\n\nfunc g() {}\nfunc h() {} //go:noinline\n";
        let at = |name: &str| src.find(&format!("func {name}")).unwrap();
        assert!(has_directive(src, at("f"), "go:noinline"));
        // A blank line ends the comment group.
        assert!(!has_directive(src, at("g"), "go:noinline"));
        assert!(!has_directive(src, at("h"), "go:noinline"));
        assert!(!has_directive(src, at("f"), "go:nosplit"));
    }
}
