//! Fatal errors as values (Go 1.2: runtime·throw, src/pkg/runtime/panic.c).
//!
//! Go's runtime prints its context with `runtime·printf` and then calls
//! `runtime·throw`, which never returns. The pieces of splitgo's runtime
//! that are pure logic (newstack, oldstack, the segment cache) do not print
//! or exit: they return a [`Fatal`] carrying the `runtime: ...` lines Go
//! would have printed and the fixed message of the throw. Whoever called
//! them (the executor, on the system stack) flushes the program's output,
//! prints [`Fatal::render`], the goroutine traces, and exits with status 2
//! (DESIGN §8).
//!
//! Unlike Go 1.2, nothing is printed before the caller decides to: a test
//! can compare the exact lines, and the executor owns stderr.

use std::fmt;

/// A throw: the context lines printed before it, then `fatal error: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fatal {
    /// Lines printed before the throw (no trailing newlines), e.g.
    /// `runtime: split stack overflow: 0x6aebd0 < 0x6b0000`.
    pub context: Vec<String>,
    /// Go's fixed text after `fatal error: `. Each message is thrown from
    /// one site only (STYLE habit 11), so a report points to one line.
    pub message: &'static str,
}

impl Fatal {
    /// A throw with no context lines yet.
    pub fn new(message: &'static str) -> Fatal {
        Fatal {
            context: Vec::new(),
            message,
        }
    }

    /// Adds one context line (printed before the `fatal error:` line).
    pub fn line(mut self, line: impl Into<String>) -> Fatal {
        self.context.push(line.into());
        self
    }

    /// Every line as printed: the context, then `fatal error: message`.
    pub fn lines(&self) -> Vec<String> {
        let mut all = self.context.clone();
        all.push(format!("fatal error: {}", self.message));
        all
    }

    /// The text to write to stderr, one `\n` after each line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for l in self.lines() {
            out.push_str(&l);
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Fatal {}

/// A word in Go's `%p` form: `0x` and lowercase hex, `0x0` for zero.
pub fn hex(v: u64) -> String {
    format!("{v:#x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_context_then_the_fixed_message() {
        let f = Fatal::new("stack overflow")
            .line("runtime: goroutine stack exceeds 1000000000-byte limit");
        assert_eq!(
            f.render(),
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
        );
    }

    #[test]
    fn hex_is_go_percent_p() {
        assert_eq!(hex(0), "0x0");
        assert_eq!(hex(0x6AEBD0), "0x6aebd0");
    }
}
