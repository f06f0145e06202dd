//! The `splitgo` command: parses the command line ([`cli`]) and wires the
//! pieces together. It stays thin (DESIGN §2): loading a package
//! ([`package`]), running the front end on a big stack ([`bigstack`]),
//! printing diagnostics ([`render`]) and running a corpus ([`corpus`]) each
//! live in their own module.
//!
//! Exit statuses: 0 success; 1 compile errors, failed tests, unreadable
//! files; 2 usage errors and commands that are not implemented yet, and a
//! program's panic or fatal error (as Go's); 3 an internal compiler error
//! (a bug in splitgo). A program that runs exits with its own status.
//!
//! The C runtime calls [`process`]'s `main`, not a Rust `fn main`: Rust's
//! start-up is skipped for speed (docs/startup.md, "The process").

#![cfg_attr(not(test), no_main)]

mod bigstack;
mod cache;
mod cli;
mod corpus;
mod errorcheck;
mod importer;
mod package;
mod process;
mod render;
mod run;

/// Running out of the runtime's own memory is Go's `fatal error: runtime:
/// out of memory` and exit 2, not Rust's abort (runtime/src/oom.rs).
#[global_allocator]
static ALLOCATOR: splitgo_runtime::oom::Allocator = splitgo_runtime::oom::Allocator;

use cli::Command;
use importer::StdImporter;
use render::Style;
use splitgo_lang::{check_package, Target};
use std::convert::Infallible;
use std::process::ExitCode;

/// Exit status for an internal compiler error: distinct from 1 (the user's
/// errors) and 2 (usage; also a Go program's panic, once programs run).
const EXIT_ICE: u8 = 3;

/// The command, from the command line to the exit status; called by
/// [`process`]'s `main`.
#[cfg_attr(test, allow(dead_code))]
fn splitgo_main() -> ExitCode {
    // Output into a closed pipe (`splitgo disasm big.go | head`) ends the
    // command as it ends a gc binary and every Unix tool: by SIGPIPE, not
    // by a Rust panic on EPIPE (whatever disposition the parent left).
    splitgo_runtime::signals::kill::default_sigpipe();
    splitgo_runtime::oom::tune_malloc();
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(bad) => return usage_error(&format!("argument {bad:?} is not valid UTF-8")),
        }
    }
    let command = match cli::parse(&args) {
        Ok(c) => c,
        Err(cli::UsageError(msg)) => return usage_error(&msg),
    };
    match command {
        Command::Help => {
            print!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("splitgo {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::NotYet(what, issue) => {
            eprintln!("splitgo: {what} is not implemented yet ({issue})");
            ExitCode::from(2)
        }
        Command::Check {
            paths,
            short,
            target,
        } => on_compiler_thread(move || check(&paths, short, target)),
        Command::Run {
            files,
            args,
            short,
            target,
        } => on_compiler_thread(move || run::main(&files, run::Action::Run(args), target, short)),
        Command::Disasm {
            files,
            func,
            target,
        } => {
            on_compiler_thread(move || run::main(&files, run::Action::Disasm(func), target, false))
        }
        Command::Test { dir, target } => {
            on_compiler_thread(move || match corpus::run(&dir, target) {
                Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
                Ok(_) => ExitCode::from(1),
                Err(msg) => {
                    eprintln!("splitgo: {msg}");
                    ExitCode::from(1)
                }
            })
        }
    }
}

/// `splitgo check`: load, check, print diagnostics.
fn check(paths: &[String], short: bool, target: Target) -> ExitCode {
    let mut pkg = match package::load(paths) {
        Ok(p) => p,
        Err(package::LoadError::Io(msg)) => {
            eprintln!("splitgo: {msg}");
            return ExitCode::from(1);
        }
        Err(package::LoadError::Usage(msg)) => return usage_error(&msg),
    };
    let checked = check_package(&mut pkg.map, &pkg.files, &StdImporter, target);
    if checked.diagnostics.is_empty() {
        return ExitCode::SUCCESS;
    }
    render::emit(&pkg.map, &checked.diagnostics, Style::for_stderr(short));
    ExitCode::from(1)
}

/// Runs `f` with [`bigstack::run`] and ends the process with its status;
/// a panic becomes an internal compiler error report and exit status 3.
fn on_compiler_thread(f: impl FnOnce() -> ExitCode + Send + 'static) -> ExitCode {
    // The compiler thread ends the process itself: ending that thread, the
    // main thread's join and the unmapping of the big stack would only
    // precede an exit (a few percent of a short program's run).
    match bigstack::run(move || -> Infallible { process::exit(f()) }) {
        Ok(never) => match never {},
        Err(ice) => {
            eprintln!("splitgo: internal compiler error: {ice}");
            eprintln!("splitgo: this is a bug in splitgo, not in your program; please report it");
            ExitCode::from(EXIT_ICE)
        }
    }
}

/// Prints `splitgo: MSG` and the usage text to stderr; exit status 2.
fn usage_error(msg: &str) -> ExitCode {
    eprintln!("splitgo: {msg}");
    eprintln!();
    eprint!("{}", cli::USAGE);
    ExitCode::from(2)
}
