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
  splitgo run FILE.go [args...]    compile and run (not implemented yet: issue 4)
  splitgo FILE.go [args...]        same as run
  splitgo disasm FILE.go [func]    show machine code (not implemented yet: issue 4)
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
        "run" => Ok(Command::NotYet("run", "issue 4")),
        "disasm" => Ok(Command::NotYet("disasm", "issue 4")),
        "repl" => Ok(Command::NotYet("the REPL", "a later issue")),
        // `splitgo prog.go [args...]` and `#!/usr/bin/env splitgo` scripts.
        f if f.ends_with(".go") && !f.starts_with('-') => Ok(Command::NotYet("run", "issue 4")),
        other => Err(UsageError(format!("unknown command {other:?}"))),
    }
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
        assert_eq!(
            parse(&args("run x.go")),
            Ok(Command::NotYet("run", "issue 4"))
        );
        assert_eq!(
            parse(&args("x.go 1 2")),
            Ok(Command::NotYet("run", "issue 4"))
        );
        assert_eq!(
            parse(&args("disasm x.go")),
            Ok(Command::NotYet("disasm", "issue 4"))
        );
        assert_eq!(parse(&[]), Ok(Command::NotYet("the REPL", "a later issue")));
    }
}
