//! `splitgo test DIR`: runs a corpus of test programs (DESIGN §10).
//!
//! Every `.go` file under DIR (recursively, in path order) is one test. Its
//! first line says what kind: `// errorcheck` (checked here through
//! [`crate::errorcheck`]), `// run` or `// fatal` (these need the JIT, which
//! comes with issue 4: until then they are counted as skipped, and each skip
//! is printed with its reason). `// args: ...` and `// env: KEY=VAL` lines
//! may follow the header. A leading `#!` line is passed over.
//!
//! Output: one line per problem, `FAIL path: line N: unexpected error: msg`
//! or `FAIL path: line N: missing error "re"`; one `skip path: reason` line
//! per skipped test; and last, always, `N passed, N failed` (with
//! `, N skipped` when there are skips). Exit status 0 when nothing failed.

use crate::errorcheck::{self, Mismatch};
use crate::importer::StdImporter;
use crate::package::{open_error, os_error_text};
use crate::{bigstack, render};
use splitgo_lang::{check_package, SourceMap, Target};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The kind of a test, from its header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    ErrorCheck,
    Run,
    Fatal,
}

/// The outcome of one test.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Pass,
    /// The lines explaining the failure, without the `FAIL path: ` prefix.
    Fail(Vec<String>),
    /// Why the test was not run.
    Skip(String),
}

/// Counts of a corpus run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} passed, {} failed", self.passed, self.failed)?;
        if self.skipped > 0 {
            write!(f, ", {} skipped", self.skipped)?;
        }
        Ok(())
    }
}

/// Runs every test under `dir` (a directory, or a single file), printing
/// as it goes; `Err` when `dir` cannot be walked at all.
pub fn run(dir: &str, target: Target) -> Result<Summary, String> {
    let files = collect(Path::new(dir))?;
    if files.is_empty() {
        return Err(format!("no .go files under {dir}"));
    }
    let mut summary = Summary::default();
    for path in files {
        let name = path.to_string_lossy().into_owned();
        let outcome = match bigstack::catch(|| run_one(&path, &name, target)) {
            Ok(outcome) => outcome,
            Err(ice) => Outcome::Fail(vec![format!("internal compiler error: {ice}")]),
        };
        match outcome {
            Outcome::Pass => summary.passed += 1,
            Outcome::Fail(lines) => {
                summary.failed += 1;
                for line in lines {
                    println!("FAIL {name}: {line}");
                }
            }
            Outcome::Skip(why) => {
                summary.skipped += 1;
                println!("skip {name}: {why}");
            }
        }
    }
    println!("{summary}");
    Ok(summary)
}

/// The `.go` files under `root`, sorted; `root` itself if it is a file.
fn collect(root: &Path) -> Result<Vec<PathBuf>, String> {
    let shown = root.to_string_lossy();
    let meta = fs::metadata(root).map_err(|e| open_error(&shown, &e))?;
    if !meta.is_dir() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| open_error(&dir.to_string_lossy(), &e))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| format!("read {}: {}", dir.display(), os_error_text(&e)))?;
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "go") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Runs one test file.
fn run_one(path: &Path, name: &str, target: Target) -> Outcome {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return Outcome::Fail(vec![open_error(name, &e)]),
    };
    let text = String::from_utf8_lossy(&bytes);
    let kind = match header(&text) {
        Ok(kind) => kind,
        Err(why) => return Outcome::Fail(vec![why]),
    };
    match kind {
        Kind::ErrorCheck => error_check(name, &bytes, target),
        Kind::Run => Outcome::Skip("run needs the JIT (issue 4)".into()),
        Kind::Fatal => Outcome::Skip("fatal needs the JIT (issue 4)".into()),
    }
}

/// The kind of test `text` is, from its header; `Err` explains a missing
/// or malformed header. The `// args:` and `// env:` lines are validated
/// here; they are used once `run` and `fatal` tests can run.
pub fn header(text: &str) -> Result<Kind, String> {
    let mut lines = text.lines().skip_while(|l| l.starts_with("#!"));
    let first = lines.next().unwrap_or("").trim_end();
    let kind = match first
        .strip_prefix("//")
        .map(str::trim)
        .and_then(|s| s.split_whitespace().next())
    {
        Some("errorcheck") => Kind::ErrorCheck,
        Some("run") => Kind::Run,
        Some("fatal") => Kind::Fatal,
        _ => {
            return Err(format!(
                "line 1: no test header (want // errorcheck, // run or // fatal), got {first:?}"
            ))
        }
    };
    for (i, line) in lines.enumerate() {
        let line = line.trim_end();
        if line.starts_with("// args:") {
            continue;
        }
        if let Some(env) = line.strip_prefix("// env:") {
            if let Some(bad) = env.split_whitespace().find(|kv| !kv.contains('=')) {
                return Err(format!("line {}: env entry {bad:?} is not KEY=VAL", i + 2));
            }
            continue;
        }
        break;
    }
    Ok(kind)
}

/// An `// errorcheck` test: check the file alone and compare.
fn error_check(name: &str, bytes: &[u8], target: Target) -> Outcome {
    let mut map = SourceMap::new();
    let id = map.add(name, bytes);
    let checked = check_package(&mut map, &[id], &StdImporter, target);
    let mut got = Vec::new();
    let mut elsewhere = Vec::new();
    for d in &checked.diagnostics {
        match render::line_of(&map, d.span) {
            Some(line) if d.span.file == id => got.push((line, d.message.clone())),
            _ => elsewhere.push(format!(
                "unexpected error in another file: {}: {}",
                render::position(&map, d.span),
                d.message
            )),
        }
    }
    let text = &map.get(id).text;
    let wants = errorcheck::wants(name, text);
    let mut fails = elsewhere;
    if checked.diagnostics.is_empty() {
        fails.push("compilation succeeded unexpectedly".into());
    }
    for m in errorcheck::compare(&wants, &got) {
        fails.push(match m {
            Mismatch::Unexpected { line, message } => {
                format!("line {line}: unexpected error: {message}")
            }
            Mismatch::Missing { line, re } => format!("line {line}: missing error \"{re}\""),
            Mismatch::BadRegexp { line, re, error } => {
                format!("line {line}: bad regexp \"{re}\": {error}")
            }
        });
    }
    if fails.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(fails)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(
            header("// errorcheck\n\npackage main\n"),
            Ok(Kind::ErrorCheck)
        );
        assert_eq!(
            header("// run\n// args: a b\n// env: X=1 Y=2\n"),
            Ok(Kind::Run)
        );
        assert_eq!(
            header("#!/usr/bin/env splitgo\n// fatal\n"),
            Ok(Kind::Fatal)
        );
        assert_eq!(header("// errorcheck -0 -m\n"), Ok(Kind::ErrorCheck));
        assert!(header("package main\n").is_err());
        assert!(header("").is_err());
        assert!(header("// run\n// env: NOEQUALS\n").is_err());
    }

    #[test]
    fn summary_line() {
        let mut s = Summary {
            passed: 3,
            failed: 1,
            skipped: 0,
        };
        assert_eq!(s.to_string(), "3 passed, 1 failed");
        s.skipped = 2;
        assert_eq!(s.to_string(), "3 passed, 1 failed, 2 skipped");
    }

    #[test]
    fn errorcheck_outcomes() {
        let src = b"// errorcheck\n\npackage main\n\nfunc main() {\n\tx := \"\\q\" // ERROR \"unknown escape\"\n\t_ = x\n}\n";
        assert_eq!(error_check("t.go", src, Target::AMD64), Outcome::Pass);
        let src = b"// errorcheck\n\npackage main\n\nfunc main() {\n\tx := \"\\q\"\n\t_ = x // ERROR \"nothing here\"\n}\n";
        let Outcome::Fail(lines) = error_check("t.go", src, Target::AMD64) else {
            panic!("should fail")
        };
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("line 6: unexpected error: "),
            "{lines:?}"
        );
        assert_eq!(lines[1], "line 7: missing error \"nothing here\"");
    }
}
