//! Every exported variable of every stdlib package (stdlib/go/) is
//! initialized before main runs, as gc's is.
//!
//! The probes are generated from the packages themselves, so a variable
//! added later is covered without touching this file: for each package,
//! the checker lists its exported package variables and their types, and a
//! program importing the package prints, per variable, whether it differs
//! from its type's zero value. `splitgo run` must print what gc 1.19 prints
//! for the same program (when Go is installed and has the package and the
//! variables); without gc, a variable declared with an initializer must be
//! non-zero. Regression: splitgo used to run the variable initializers
//! only of the packages whose variables main's code named, so `os.Stdout`,
//! `os.ErrInvalid` and `strconv.ErrSyntax` were nil.

mod common;

use common::{splitgo_in, Scratch};
use splitgo_lang::check::scope::ObjKind;
use splitgo_lang::types::{BasicKind, Type};
use splitgo_lang::{ast, check_package, Importer, SourceMap, Target};
use std::process::Command;

struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

/// One exported package variable.
struct Var {
    name: String,
    /// The Go expression that is true when the variable is not its type's
    /// zero value.
    non_zero: String,
    /// Declared with an initializer (else the runtime may set it, as it
    /// does `os.Args`).
    has_init: bool,
}

/// The exported variables of package `path`, by the checker.
fn exported_vars(path: &str) -> (String, Vec<Var>) {
    let mut map = SourceMap::new();
    let src = format!("package main\n\nimport _ {path:?}\n\nfunc main() {{}}\n");
    let f = map.add("probe.go", src.as_bytes());
    let checked = check_package(&mut map, &[f], &Std, Target::AMD64);
    let p = checked
        .program
        .unwrap_or_else(|| panic!("{path} checks: {:?}", checked.diagnostics));
    let pkg = p
        .packages
        .iter()
        .find(|k| k.path == path)
        .expect("the package is loaded");
    let mut vars = Vec::new();
    for d in pkg.files.iter().flat_map(|f| &f.decls) {
        let ast::Decl::Var(specs, _) = d else {
            continue;
        };
        for s in specs {
            for n in &s.names {
                if !n.name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    continue;
                }
                let o = p.scopes.get(pkg.scope).names[&n.name];
                let obj = &p.objects[o.0 as usize];
                assert!(matches!(obj.kind, ObjKind::Var { .. }));
                let q = format!("{}.{}", pkg.name, n.name);
                let non_zero = match p.types.under(obj.ty) {
                    Type::Pointer(_)
                    | Type::Slice(_)
                    | Type::Map(..)
                    | Type::Chan(..)
                    | Type::Func(_)
                    | Type::Interface(_) => format!("{q} != nil"),
                    Type::Basic(BasicKind::String) => format!("{q} != \"\""),
                    Type::Basic(BasicKind::Bool) => format!("{q} != false"),
                    Type::Basic(_) => format!("{q} != 0"),
                    // An empty struct (binary.LittleEndian) has only its
                    // zero value.
                    Type::Struct(fields) if fields.is_empty() => format!("{q} != {q}"),
                    _ => panic!(
                        "{q}: extend this test to tell a non-zero value of its type ({})",
                        p.types.type_string(obj.ty, splitgo_lang::types::PkgId(0))
                    ),
                };
                vars.push(Var {
                    name: q,
                    non_zero,
                    has_init: !s.values.is_empty(),
                });
            }
        }
    }
    (pkg.name.clone(), vars)
}

fn probe(path: &str, vars: &[Var]) -> String {
    let mut src = format!("package main\n\nimport (\n\t\"fmt\"\n\t{path:?}\n)\n\nfunc main() {{\n");
    for v in vars {
        src.push_str(&format!("\tfmt.Println({:?}, {})\n", v.name, v.non_zero));
    }
    src.push_str("}\n");
    src
}

/// gc's output for the probe, if Go is installed and compiles it (it does
/// not when the package, or one of its variables, is splitgo's own).
fn gc_output(s: &Scratch) -> Option<String> {
    let out = Command::new("go")
        .args(["run", "probe.go"])
        .current_dir(&s.dir)
        .env("GO111MODULE", "off")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn every_exported_stdlib_variable_is_initialized_as_with_gc() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let mut failures = Vec::new();
    let mut probed = 0;
    for &path in splitgo_stdlib::packages() {
        let (_, vars) = exported_vars(path);
        if vars.is_empty() {
            continue;
        }
        probed += vars.len();
        let s = Scratch::new("stdlib-init");
        s.write("probe.go", probe(path, &vars));
        let run = splitgo_in(&s.dir, &["run", "probe.go"]);
        // A package whose code needs what the compiler cannot lower yet
        // (flag's assertions to interface types) is refused with the
        // diagnostic: it is probed once the compiler has it.
        if run.code == Some(1) && run.stderr.contains(": not yet supported by the compiler: ") {
            eprintln!("skipped {path}: {}", run.stderr.trim_end());
            continue;
        }
        if run.code != Some(0) {
            failures.push(format!("{path}: {}", run.describe()));
            continue;
        }
        let want = gc_output(&s).unwrap_or_else(|| {
            vars.iter()
                .filter(|v| v.has_init)
                .map(|v| format!("{} true\n", v.name))
                .collect()
        });
        let got: String = if want.lines().count() == vars.len() {
            run.stdout.clone()
        } else {
            // Without gc, only the variables with an initializer.
            run.stdout
                .lines()
                .zip(&vars)
                .filter(|(_, v)| v.has_init)
                .map(|(l, _)| format!("{l}\n"))
                .collect()
        };
        if got != want {
            failures.push(format!("{path}: splitgo printed\n{got}want\n{want}"));
        }
    }
    assert!(probed > 0, "no exported variables found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
