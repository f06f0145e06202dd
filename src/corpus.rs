//! `splitgo test DIR`: runs a corpus of test programs (DESIGN §10).
//!
//! Every `.go` file under DIR (recursively, in path order) is one test. Its
//! first line says what kind:
//! - `// errorcheck`: checked here through [`crate::errorcheck`];
//! - `// compile`: checked here, it must check without an error (Go's
//!   test-suite kind; a library package, which `run` refuses, is one);
//! - `// run`: run (as `splitgo run`, in a child process, so that a crash
//!   or an `os.Exit` ends only the test), it must exit 0, and its stdout
//!   must equal `NAME.out` when that file exists; its standard input is
//!   `NAME.in` when that exists (empty otherwise, for `fatal` too);
//! - `// fatal`: run, it must exit 2, and its stderr must match `NAME.err`
//!   when that exists, where `0x` and hex digits match any hex number and
//!   `...` any run of text ([`err_pattern`]).
//!
//! `// args: ...` and `// env: KEY=VAL` lines may follow the header. A
//! leading `#!` line is passed over. `run` and `fatal` tests are skipped
//! when the target is not the host's (they need the emulator) and when the
//! program uses what splitgo does not support yet (`not yet supported by
//! the compiler/runtime: ...`): each skip is printed with its reason.
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
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one `run` or `fatal` program may take before it is killed and
/// failed.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// The kind of a test, from its header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    ErrorCheck,
    Compile,
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
        Kind::ErrorCheck => error_check(name, &bytes, target, true),
        Kind::Compile => error_check(name, &bytes, target, false),
        Kind::Run | Kind::Fatal => run_program(path, kind, &text, target),
    }
}

/// The `// args:` and `// env:` lines after the header.
fn directives(text: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut args = Vec::new();
    let mut env = Vec::new();
    for line in text.lines().skip_while(|l| l.starts_with("#!")).skip(1) {
        let line = line.trim_end();
        if let Some(a) = line.strip_prefix("// args:") {
            args.extend(a.split_whitespace().map(String::from));
        } else if let Some(e) = line.strip_prefix("// env:") {
            for kv in e.split_whitespace() {
                if let Some((k, v)) = kv.split_once('=') {
                    env.push((k.to_string(), v.to_string()));
                }
            }
        } else {
            break;
        }
    }
    (args, env)
}

/// What a child `splitgo run` did.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

/// Runs `splitgo run FILE ARGS` with `env` and `NAME.in` (if any) as its
/// standard input, killed after [`TIME_LIMIT`].
fn run_child(path: &Path, args: &[String], env: &[(String, String)]) -> Result<Ran, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find splitgo itself: {e}"))?;
    let input = path.with_extension("in");
    let stdin = match fs::File::open(&input) {
        Ok(f) => Stdio::from(f),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Stdio::null(),
        Err(e) => return Err(open_error(&input.to_string_lossy(), &e)),
    };
    let mut child = Command::new(exe)
        .arg("run")
        .arg(path)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run splitgo: {e}"))?;
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = reader(Box::new(child.stdout.take().expect("piped")));
    let err = reader(Box::new(child.stderr.take().expect("piped")));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for splitgo: {e}")),
        }
    };
    Ok(Ran {
        code: status.and_then(|s| s.code()),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        timed_out,
    })
}

/// A `// run` or `// fatal` test.
fn run_program(path: &Path, kind: Kind, text: &str, target: Target) -> Outcome {
    if target != Target::host() || Target::host() != Target::AMD64 {
        return Outcome::Skip(format!(
            "running {} code needs the emulator (not implemented yet)",
            target.name()
        ));
    }
    let (args, env) = directives(text);
    let ran = match run_child(path, &args, &env) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(vec![e]),
    };
    if ran.timed_out {
        return Outcome::Fail(vec![format!("killed after {}s", TIME_LIMIT.as_secs())]);
    }
    // What splitgo cannot compile yet is a skip, named, not a failure.
    if ran.code == Some(1) {
        if let Some(line) = ran
            .stderr
            .lines()
            .find(|l| l.contains("not yet supported by the"))
        {
            // `path:line: msg` says the path once more: keep `line N: msg`.
            let shown = path.to_string_lossy();
            let line = match line.strip_prefix(&format!("{shown}:")) {
                Some(rest) => format!("line {}", rest.trim_start()),
                None => line.to_string(),
            };
            return Outcome::Skip(line);
        }
    }
    let want_code = if kind == Kind::Run { 0 } else { 2 };
    let stderr_head = || -> Vec<String> {
        ran.stderr
            .lines()
            .take(10)
            .map(|l| format!("  stderr: {l}"))
            .collect()
    };
    if ran.code != Some(want_code) {
        let mut lines = vec![match ran.code {
            Some(c) => format!("exit status {c}, want {want_code}"),
            None => format!("killed by a signal, want exit status {want_code}"),
        }];
        lines.extend(stderr_head());
        return Outcome::Fail(lines);
    }
    let expected = |ext: &str| fs::read_to_string(path.with_extension(ext)).ok();
    match kind {
        Kind::Run => {
            if let Some(want) = expected("out") {
                if ran.stdout != want {
                    return Outcome::Fail(diff("stdout", "out", &want, &ran.stdout));
                }
            }
        }
        _ => {
            if let Some(want) = expected("err") {
                let matches = err_pattern(&want)
                    .map(|re| re.is_match(&ran.stderr))
                    .unwrap_or(false);
                if !matches {
                    let mut lines = vec![format!(
                        "stderr does not match {}",
                        path.with_extension("err").display()
                    )];
                    lines.extend(stderr_head());
                    return Outcome::Fail(lines);
                }
            }
        }
    }
    Outcome::Pass
}

/// The first difference between `want` and `got`, as failure lines.
fn diff(what: &str, ext: &str, want: &str, got: &str) -> Vec<String> {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let i = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    vec![
        format!("{what} differs from the .{ext} file at line {}", i + 1),
        format!("  want: {:?}", w.get(i).copied().unwrap_or("<end>")),
        format!("  got:  {:?}", g.get(i).copied().unwrap_or("<end>")),
    ]
}

/// The regular expression a `.err` file stands for: its text, where
/// `0x` followed by hex digits matches any hex number and `...` any run of
/// text (newlines included); the whole of stderr must match.
pub fn err_pattern(expected: &str) -> Result<regex::Regex, regex::Error> {
    let mut re = String::from("(?s)\\A");
    let mut rest = expected;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("...") {
            re.push_str(".*?");
            rest = r;
            continue;
        }
        if let Some(r) = rest.strip_prefix("0x") {
            let n = r.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
            if n > 0 {
                re.push_str("0x[0-9a-f]+");
                rest = &r[n..];
                continue;
            }
        }
        let c = rest.chars().next().expect("not empty");
        re.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
        rest = &rest[c.len_utf8()..];
    }
    re.push_str("\\z");
    regex::Regex::new(&re)
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
        Some("compile") => Kind::Compile,
        Some("run") => Kind::Run,
        Some("fatal") => Kind::Fatal,
        _ => {
            return Err(format!(
                "line 1: no test header (want // errorcheck, // compile, // run or // fatal), got {first:?}"
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

/// An `// errorcheck` test (`expect_errors`) or a `// compile` one: check
/// the file alone and compare with its `// ERROR` comments (none for
/// `compile`).
fn error_check(name: &str, bytes: &[u8], target: Target, expect_errors: bool) -> Outcome {
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
    if expect_errors && checked.diagnostics.is_empty() {
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
        assert_eq!(header("// compile\n\npackage lib\n"), Ok(Kind::Compile));
        assert!(header("package main\n").is_err());
        assert!(header("").is_err());
        assert!(header("// run\n// env: NOEQUALS\n").is_err());
    }

    #[test]
    fn err_patterns() {
        let re = err_pattern(
            "panic: x\n\ngoroutine 1 [running]:\nmain.f(0x1, 0x...)\n\t...t.go:3 +0x1f\n...",
        )
        .unwrap();
        assert!(re.is_match("panic: x\n\ngoroutine 1 [running]:\nmain.f(0x2a, 0x0)\n\t/abs/t.go:3 +0x3b\nmain.main()\n"));
        assert!(!re.is_match(
            "panic: y\n\ngoroutine 1 [running]:\nmain.f(0x2a, 0x0)\n\t/abs/t.go:3 +0x3b\n"
        ));
        assert!(!re.is_match(
            "panic: x\n\ngoroutine 1 [running]:\nmain.f(0x2a, 0x0)\n\t/abs/t.go:4 +0x3b\n"
        ));
        let exact = err_pattern("a\n").unwrap();
        assert!(exact.is_match("a\n"));
        assert!(!exact.is_match("a\nb\n"));
    }

    #[test]
    fn directive_lines() {
        let (args, env) =
            directives("// run\n// args: a b\n// env: X=1 Y=2\n\npackage main\n// args: no\n");
        assert_eq!(args, ["a", "b"]);
        assert_eq!(
            env,
            [("X".to_string(), "1".to_string()), ("Y".into(), "2".into())]
        );
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
        assert_eq!(error_check("t.go", src, Target::AMD64, true), Outcome::Pass);
        let src = b"// errorcheck\n\npackage main\n\nfunc main() {\n\tx := \"\\q\"\n\t_ = x // ERROR \"nothing here\"\n}\n";
        let Outcome::Fail(lines) = error_check("t.go", src, Target::AMD64, true) else {
            panic!("should fail")
        };
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("line 6: unexpected error: "),
            "{lines:?}"
        );
        assert_eq!(lines[1], "line 7: missing error \"nothing here\"");
    }

    #[test]
    fn compile_outcomes() {
        let lib = b"// compile\n\npackage lib\n\nfunc F() int { return 1 }\n";
        assert_eq!(
            error_check("t.go", lib, Target::AMD64, false),
            Outcome::Pass
        );
        let bad = b"// compile\n\npackage lib\n\nfunc F() int { return \"\" }\n";
        let Outcome::Fail(lines) = error_check("t.go", bad, Target::AMD64, false) else {
            panic!("should fail")
        };
        assert!(
            lines[0].starts_with("line 5: unexpected error: "),
            "{lines:?}"
        );
    }
}
