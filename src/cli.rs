//! The command line: turns `argv` into a [`Command`], or into a usage error.
//!
//! The grammar is DESIGN §1's. Subcommands that later issues implement
//! (`run`, `disasm`, the REPL) parse here already, so that `splitgo` can say
//! truthfully that they are not implemented yet instead of calling them
//! unknown.

use splitgo_lang::Target;

/// The usage text printed by `splitgo help` and on usage errors.
pub const USAGE: &str = "\
splitgo runs programs written in a subset of Go, on a segmented-stack runtime.

Usage:
  splitgo check FILE.go... | DIR   type-check only; diagnostics, exit 1 on error
  splitgo test DIR                 run a corpus directory (DESIGN §10)
  splitgo run FILE.go... [args...] compile and run; exit status as Go's
  splitgo FILE.go [args...]        same as run (also `#!/usr/bin/env splitgo` scripts)
  splitgo disasm FILE.go [func]    show each function's machine code
  splitgo [repl]                   interactive REPL (not implemented yet)
  splitgo help | --help            this text
  splitgo --version                the version

Flags:
  --arch amd64|386|arm64           target (default: the host's)
  --short                          one-line diagnostics (file:line:col: msg) even
                                   on a terminal; the default when stderr is not one
";

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    /// `splitgo check PATH...`: type-check one package.
    Check {
        paths: Vec<String>,
        short: bool,
        target: Target,
    },
    /// `splitgo test DIR`: run a corpus.
    Test { dir: String, target: Target },
    /// `splitgo run FILES... [ARGS...]`, `splitgo FILE.go [ARGS...]`.
    Run {
        files: Vec<String>,
        args: Vec<String>,
        short: bool,
        target: Target,
    },
    /// `splitgo disasm FILES... [FUNC]`.
    Disasm {
        files: Vec<String>,
        func: Option<String>,
        target: Target,
    },
    /// `splitgo help`, `--help`, `-h`.
    Help,
    /// `splitgo --version`.
    Version,
    /// A subcommand that a later issue brings; the string names it, and the
    /// second field says which issue (or "a later issue").
    NotYet(&'static str, &'static str),
}

/// A command line that does not parse; the message is printed after
/// `splitgo: `, followed by the usage text, and the exit status is 2.
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    let Some(first) = args.first() else {
        return Ok(Command::NotYet("the REPL", "a later issue"));
    };
    let rest = &args[1..];
    match first.as_str() {
        "help" | "--help" | "-h" | "-help" => Ok(Command::Help),
        "--version" | "-version" | "version" => Ok(Command::Version),
        "check" => {
            let opts = Options::parse(rest, true)?;
            if opts.positional.is_empty() {
                return Err(UsageError("check: no files or directory given".into()));
            }
            Ok(Command::Check {
                paths: opts.positional,
                short: opts.short,
                target: opts.target,
            })
        }
        "test" => {
            let opts = Options::parse(rest, false)?;
            match opts.positional.as_slice() {
                [dir] => Ok(Command::Test {
                    dir: dir.clone(),
                    target: opts.target,
                }),
                [] => Err(UsageError("test: no directory given".into())),
                _ => Err(UsageError("test: expects exactly one directory".into())),
            }
        }
        "run" => parse_run(rest),
        "disasm" => {
            let opts = Options::parse(rest, false)?;
            let (files, other): (Vec<String>, Vec<String>) = opts
                .positional
                .into_iter()
                .partition(|p| p.ends_with(".go"));
            if files.is_empty() {
                return Err(UsageError("disasm: no .go files given".into()));
            }
            if other.len() > 1 {
                return Err(UsageError(
                    "disasm: expects .go files and at most one function name".into(),
                ));
            }
            Ok(Command::Disasm {
                files,
                func: other.into_iter().next(),
                target: opts.target,
            })
        }
        "repl" => Ok(Command::NotYet("the REPL", "a later issue")),
        // `splitgo prog.go [args...]` and `#!/usr/bin/env splitgo` scripts:
        // only the first file is the program, everything after it is its
        // arguments (a script's arguments may well end in `.go`).
        f if f.ends_with(".go") && !f.starts_with('-') => Ok(Command::Run {
            files: vec![f.to_string()],
            args: rest.to_vec(),
            short: false,
            target: Target::host(),
        }),
        other => Err(UsageError(format!("unknown command {other:?}"))),
    }
}

/// `run`: flags first (as `go run` takes build flags before the package),
/// then one or more `.go` files, then the program's arguments verbatim.
fn parse_run(rest: &[String]) -> Result<Command, UsageError> {
    // The flags end at the first argument that is neither a flag nor the
    // value of `--arch`; `--` ends them explicitly.
    let mut first_file = 0;
    while let Some(a) = rest.get(first_file) {
        if a == "--" {
            first_file += 1;
            break;
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        first_file += if a == "--arch" || a == "-arch" { 2 } else { 1 };
    }
    let first_file = first_file.min(rest.len());
    let flags: Vec<String> = rest[..first_file]
        .iter()
        .filter(|a| a.as_str() != "--")
        .cloned()
        .collect();
    let opts = Options::parse(&flags, true)?;
    let after = &rest[first_file..];
    let nfiles = after.iter().take_while(|a| a.ends_with(".go")).count();
    if nfiles == 0 {
        return Err(UsageError("run: no .go files given".into()));
    }
    Ok(Command::Run {
        files: after[..nfiles].to_vec(),
        args: after[nfiles..].to_vec(),
        short: opts.short,
        target: opts.target,
    })
}

/// Flags and positional arguments of `check` and `test`.
struct Options {
    positional: Vec<String>,
    short: bool,
    target: Target,
}

impl Options {
    /// Flags may come before or after the paths; `--` ends the flags.
    /// `allow_short` is false for subcommands where `--short` means nothing.
    fn parse(args: &[String], allow_short: bool) -> Result<Options, UsageError> {
        let mut opts = Options {
            positional: Vec::new(),
            short: false,
            target: Target::host(),
        };
        let mut it = args.iter();
        let mut flags_done = false;
        while let Some(arg) = it.next() {
            if flags_done || !arg.starts_with('-') || arg == "-" {
                opts.positional.push(arg.clone());
                continue;
            }
            // Accept Go's single-dash spelling too: `-arch=386`, `-short`.
            let flag = arg.strip_prefix("--").unwrap_or(&arg[1..]);
            let (name, inline) = match flag.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (flag, None),
            };
            match name {
                "" => flags_done = true,
                "short" if allow_short && inline.is_none() => opts.short = true,
                "arch" => {
                    let value = match inline {
                        Some(v) => v,
                        None => it
                            .next()
                            .cloned()
                            .ok_or_else(|| UsageError("flag needs an argument: --arch".into()))?,
                    };
                    opts.target = Target::by_name(&value).ok_or_else(|| {
                        UsageError(format!(
                            "unknown architecture {value:?} (want amd64, 386 or arm64)"
                        ))
                    })?;
                }
                _ => return Err(UsageError(format!("unknown flag {arg}"))),
            }
        }
        Ok(opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn check_with_flags_anywhere() {
        let want = Command::Check {
            paths: vec!["a.go".into()],
            short: true,
            target: Target::I386,
        };
        assert_eq!(parse(&args("check a.go --short --arch 386")), Ok(want));
        let want = Command::Check {
            paths: vec!["dir".into()],
            short: false,
            target: Target::ARM64,
        };
        assert_eq!(parse(&args("check --arch=arm64 dir")), Ok(want));
    }

    #[test]
    fn usage_errors() {
        assert!(parse(&args("check")).is_err());
        assert!(parse(&args("check a.go --arch")).is_err());
        assert!(parse(&args("check a.go --arch sparc")).is_err());
        assert!(parse(&args("check a.go --frob")).is_err());
        assert!(parse(&args("test")).is_err());
        assert!(parse(&args("test a b")).is_err());
        assert!(parse(&args("test dir --short")).is_err());
        assert!(parse(&args("frobnicate")).is_err());
    }

    #[test]
    fn later_issues_are_named() {
        assert_eq!(parse(&[]), Ok(Command::NotYet("the REPL", "a later issue")));
        assert_eq!(
            parse(&args("repl")),
            Ok(Command::NotYet("the REPL", "a later issue"))
        );
    }

    #[test]
    fn run_files_then_arguments() {
        let run = |files: &[&str], a: &[&str], short, target| Command::Run {
            files: files.iter().map(|s| s.to_string()).collect(),
            args: a.iter().map(|s| s.to_string()).collect(),
            short,
            target,
        };
        assert_eq!(
            parse(&args("run a.go b.go -x c.go")),
            Ok(run(
                &["a.go", "b.go"],
                &["-x", "c.go"],
                false,
                Target::host()
            ))
        );
        assert_eq!(
            parse(&args("run --arch 386 --short a.go")),
            Ok(run(&["a.go"], &[], true, Target::I386))
        );
        assert_eq!(
            parse(&args("x.go 1 y.go")),
            Ok(run(&["x.go"], &["1", "y.go"], false, Target::host()))
        );
        assert!(parse(&args("run")).is_err());
        assert!(parse(&args("run -- arg")).is_err());
    }

    #[test]
    fn disasm_files_and_function() {
        assert_eq!(
            parse(&args("disasm x.go fib")),
            Ok(Command::Disasm {
                files: vec!["x.go".into()],
                func: Some("fib".into()),
                target: Target::host(),
            })
        );
        assert!(parse(&args("disasm")).is_err());
        assert!(parse(&args("disasm x.go f g")).is_err());
    }
}
