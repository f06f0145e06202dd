//! `splitgo run prog.go [args...]` (also `splitgo prog.go` and `#!`
//! scripts) and `splitgo disasm prog.go [func]`: the pipeline from files
//! to a running program, lang → jit → runtime (DESIGN §1, §2).
//!
//! 1. load the package, refuse one that is not package main as the go
//!    command does (`package command-line-arguments is not a main
//!    package`, exit 1, before any other error), and check it
//!    (diagnostics as `splitgo check` prints them, exit 1);
//! 2. lower it to IR (what the compiler does not support yet is reported
//!    in the same form, exit 1);
//! 3. compile it for amd64 (an error names the file and line, exit 1);
//! 4. run it on the native executor: exit status 0, `os.Exit`'s, or 2
//!    after a panic or a fatal error.
//!
//! Steps 1-3 run on the compiler's big-stack thread; so does the program
//! (that thread's stack is the runtime's system stack: goroutines run on
//! their own segments).

use crate::cache::DirStore;
use crate::importer::StdImporter;
use crate::package;
use crate::render::{self, Style};
use splitgo_jit::Compiled;
use splitgo_lang::check::cached::check_program_cached;
use splitgo_lang::check::{check_package_with, Checked};
use splitgo_lang::ir::lower::{lower_program, LowerError};
use splitgo_lang::ir::Module;
use splitgo_lang::parse::package_clause;
use splitgo_lang::Target;
use splitgo_runtime::arch::Arch;
use std::process::ExitCode;

/// What to do with the compiled program.
pub enum Action {
    /// Run it with these arguments (os.Args[1:]).
    Run(Vec<String>),
    /// Print the machine code of the functions matching the filter (all
    /// when `None`).
    Disasm(Option<String>),
}

/// Loads, checks, lowers and compiles the package of `files`, then acts.
pub fn main(files: &[String], action: Action, target: Target, short: bool) -> ExitCode {
    if target.name() != "amd64" {
        eprintln!(
            "splitgo: running {} code needs the emulator, which is not implemented yet",
            target.name()
        );
        return ExitCode::from(2);
    }
    if matches!(action, Action::Run(_)) && Arch::host() != Some(Arch::Amd64) {
        eprintln!("splitgo: amd64 code runs natively only on an amd64 host");
        return ExitCode::from(2);
    }
    let compiled = match build(files, target, short, matches!(action, Action::Run(_))) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match action {
        Action::Disasm(filter) => {
            let text = compiled.disasm(filter.as_deref());
            if text.is_empty() {
                eprintln!(
                    "splitgo: disasm: no function {}",
                    filter.as_deref().unwrap_or("")
                );
                return ExitCode::from(1);
            }
            print!("{text}");
            ExitCode::SUCCESS
        }
        Action::Run(args) => {
            let mut argv = vec![files[0].clone()];
            argv.extend(args);
            splitgo_runtime::oom::compile_done();
            let status = splitgo_runtime::exec::run(&compiled.image(), &argv);
            ExitCode::from((status & 0xff) as u8)
        }
    }
}

/// Steps 1-3; `Err` carries the exit status after the errors are printed.
/// With `need_main`, the package must be package main.
fn build(
    files: &[String],
    target: Target,
    short: bool,
    need_main: bool,
) -> Result<Compiled, ExitCode> {
    let phases = Phases::from_env();
    let mut pkg = match package::load(files) {
        Ok(p) => p,
        Err(package::LoadError::Io(msg)) | Err(package::LoadError::Usage(msg)) => {
            eprintln!("splitgo: {msg}");
            return Err(ExitCode::from(1));
        }
    };
    if need_main && !is_main_package(&pkg) {
        // The go command's words for the files named on its command line.
        eprintln!("package command-line-arguments is not a main package");
        return Err(ExitCode::from(1));
    }
    phases.mark("parse");
    // Imported functions the program cannot reach are neither parsed nor
    // checked (docs/startup.md); SPLITGO_EAGER=1 checks everything, as
    // `splitgo check` does.
    let defer = std::env::var_os("SPLITGO_EAGER").is_none_or(|v| v != "1");
    let cached = match (defer, DirStore::from_env()) {
        (true, Some(store)) => {
            check_program_cached(&mut pkg.map, &pkg.files, &StdImporter, target, &store)
        }
        _ => None,
    };
    let mut checked = match cached {
        Some(c) => {
            for (what, took) in &c.steps {
                phases.note(&format!("  {what}: {:.2} ms", took.as_secs_f64() * 1e3));
            }
            phases.mark("check (imports from export data)");
            c
        }
        None => {
            if defer {
                // The cache is off, or some package's data could not be
                // had: the source map may hold files of a half-done try.
                pkg = fresh_copy(&pkg);
            }
            let c = check_package_with(&mut pkg.map, &pkg.files, &StdImporter, target, defer);
            phases.mark("check (with the imported packages' parsing)");
            c
        }
    };
    if !checked.diagnostics.is_empty() {
        render::emit(&pkg.map, &checked.diagnostics, Style::for_stderr(short));
        return Err(ExitCode::from(1));
    }
    let mut lowered = lower_checked(&checked, &pkg);
    if let Err(LowerError::NeedsBodies(names)) = &lowered {
        if std::env::var_os("SPLITGO_LAZY_STRICT").is_some_and(|v| v == "1") {
            // For testing the reachability of check/lazy.rs: no second try.
            eprintln!(
                "splitgo: deferred bodies were reached: {}",
                names.join(", ")
            );
            return Err(ExitCode::from(3));
        }
        // The lowering reached a body the checker judged unreachable: check
        // the program again with every body, from fresh sources.
        phases.note(&format!(
            "deferred bodies were reached ({}): checking again without deferring",
            names.join(", ")
        ));
        pkg = fresh_copy(&pkg);
        checked = check_package_with(&mut pkg.map, &pkg.files, &StdImporter, target, false);
        if !checked.diagnostics.is_empty() {
            render::emit(&pkg.map, &checked.diagnostics, Style::for_stderr(short));
            return Err(ExitCode::from(1));
        }
        lowered = lower_checked(&checked, &pkg);
    }
    let module = match lowered {
        Ok(m) => m,
        Err(LowerError::Unsupported(diags)) => {
            // gc's one-line form, whatever stderr is: these are limits of
            // splitgo, reported like compile errors.
            render::emit(&pkg.map, &diags, Style::Short);
            return Err(ExitCode::from(1));
        }
        Err(LowerError::NeedsBodies(_)) => {
            eprintln!("splitgo: internal compiler error: a reachable function was not checked");
            return Err(ExitCode::from(3));
        }
    };
    phases.mark("lower");
    let compiled = splitgo_jit::compile(&module).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(1)
    });
    phases.mark("compile");
    // The process ends after the program runs: freeing the syntax trees,
    // the checker's tables and the IR piece by piece would only cost time
    // (a tenth of a ten-package script's start-up).
    std::mem::forget(module);
    std::mem::forget(checked);
    std::mem::forget(pkg);
    compiled
}

/// A new source map holding only the files of `pkg` (not the imported
/// packages' files the checker added), read again from memory: the files
/// named on the command line may have been pipes.
fn fresh_copy(pkg: &package::Package) -> package::Package {
    let mut map = splitgo_lang::SourceMap::new();
    let files = pkg
        .files
        .iter()
        .map(|&f| {
            let file = pkg.map.get(f);
            map.add(file.name.clone(), file.text.as_bytes())
        })
        .collect();
    package::Package { map, files }
}

/// Lowers the checked program (which exists when there are no
/// diagnostics).
fn lower_checked(checked: &Checked, pkg: &package::Package) -> Result<Module, LowerError> {
    match checked.program.as_ref() {
        Some(program) => lower_program(program, &pkg.map),
        None => {
            eprintln!("splitgo: internal compiler error: the checker produced no program");
            Err(LowerError::Unsupported(Vec::new()))
        }
    }
}

/// `SPLITGO_PHASES=1`: the time each phase of a build takes, on stderr, to
/// see where start-up goes (bench/ measures start-up against the peers).
struct Phases(Option<std::cell::Cell<std::time::Instant>>);

impl Phases {
    fn from_env() -> Phases {
        let on = std::env::var_os("SPLITGO_PHASES").is_some_and(|v| v == "1");
        Phases(on.then(|| std::cell::Cell::new(std::time::Instant::now())))
    }

    fn note(&self, what: &str) {
        if self.0.is_some() {
            eprintln!("splitgo: {what}");
        }
    }

    fn mark(&self, what: &str) {
        if let Some(start) = &self.0 {
            let now = std::time::Instant::now();
            eprintln!(
                "splitgo: {what}: {:.2} ms",
                (now - start.get()).as_secs_f64() * 1e3
            );
            start.set(now);
        }
    }
}

/// Whether `pkg` may be package main, by the package clauses alone (the go
/// command looks at them before compiling, so a non-main package is
/// refused whatever else is wrong with it). Files that disagree, or whose
/// clause does not parse, are the checker's to report: only files that
/// all name one package other than main make it not main. A file without
/// a package clause (a script) is package main.
fn is_main_package(pkg: &package::Package) -> bool {
    let mut names = pkg
        .files
        .iter()
        .map(|&f| package_clause(&pkg.map, f).unwrap_or_else(|| "main".to_string()));
    let Some(first) = names.next() else {
        return true;
    };
    first == "main" || names.any(|n| n != first)
}
