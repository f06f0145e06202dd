//! Finding the packages of a program: parses the main package's files, then
//! each imported package through the [`Importer`], depth first, so that the
//! result lists every package after the packages it imports. An imported
//! package's files are selected for the target by their names, as go/build
//! does (`x_amd64.go`, `x_linux_arm64.go`; [`for_target`]).

use crate::ast;
use crate::diag::Diagnostic;
use crate::parse::parse_file_with;
use crate::source::{FileId, SourceMap, Span};
use crate::target::Target;
use crate::Importer;
use std::collections::HashMap;

/// One parsed package, not yet checked.
pub struct LoadedPackage {
    pub path: String,
    pub name: String,
    pub files: Vec<ast::File>,
}

struct Loader<'a> {
    importer: &'a dyn Importer,
    target: Target,
    /// Skip the function bodies of imported packages (parse/lazy.rs).
    defer_bodies: bool,
    next_id: u32,
    /// Path -> index in `done`, or `None` while it is being loaded (a cycle).
    state: HashMap<String, Option<usize>>,
    done: Vec<LoadedPackage>,
    ok: bool,
}

/// Loads the program whose main package is `files`. Returns `None` (with the
/// diagnostics added) when a file does not parse: like gc, type errors are
/// only looked for in a program that parses. With `defer_bodies`, the
/// imported packages' function bodies are left unparsed (`deferred`). The
/// second result is the next free node id.
pub fn load_program(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
    defer_bodies: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Vec<LoadedPackage>, u32)> {
    let mut l = Loader {
        importer,
        target,
        defer_bodies,
        next_id: 0,
        state: HashMap::new(),
        done: Vec::new(),
        ok: true,
    };
    let main = l.parse_package(map, files, false, diags)?;
    let main = LoadedPackage {
        path: "main".to_string(),
        ..main
    };
    l.load_imports(map, &main, diags);
    if !l.ok {
        return None;
    }
    l.done.push(main);
    Some((l.done, l.next_id))
}

/// Parses the main package's files alone, node ids from 0; `None` (with
/// the diagnostics added) when a file does not parse. The second result is
/// the next free node id.
pub fn parse_main(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
    diags: &mut Vec<Diagnostic>,
) -> Option<(LoadedPackage, u32)> {
    let mut l = Loader {
        importer,
        target,
        defer_bodies: false,
        next_id: 0,
        state: HashMap::new(),
        done: Vec::new(),
        ok: true,
    };
    let main = l.parse_package(map, files, false, diags)?;
    Some((
        LoadedPackage {
            path: "main".to_string(),
            ..main
        },
        l.next_id,
    ))
}

impl Loader<'_> {
    fn parse_package(
        &mut self,
        map: &SourceMap,
        files: &[FileId],
        defer_bodies: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<LoadedPackage> {
        let mut parsed = Vec::new();
        let mut failed = false;
        for &f in files {
            let p = parse_file_with(map, f, &mut self.next_id, defer_bodies);
            failed |= p.file.is_none() || !p.diagnostics.is_empty();
            diags.extend(p.diagnostics);
            if let Some(file) = p.file {
                parsed.push(file);
            }
        }
        if failed {
            self.ok = false;
            return None;
        }
        // All files must agree on the package name; a script is package main.
        let mut name: Option<(String, Span)> = None;
        for f in &parsed {
            let (n, s) = match &f.package {
                Some(p) => (p.name.clone(), p.span),
                None => ("main".to_string(), f.span.start()),
            };
            match &name {
                None => name = Some((n, s)),
                Some((first, fs)) if *first != n => {
                    let (a, b) = (&map.get(fs.file).name, &map.get(s.file).name);
                    diags.push(Diagnostic::new(
                        s,
                        format!("found packages {first} ({a}) and {n} ({b})"),
                    ));
                    self.ok = false;
                    return None;
                }
                _ => {}
            }
        }
        Some(LoadedPackage {
            path: String::new(),
            name: name.map(|n| n.0).unwrap_or_else(|| "main".to_string()),
            files: parsed,
        })
    }

    fn load_imports(
        &mut self,
        map: &mut SourceMap,
        pkg: &LoadedPackage,
        diags: &mut Vec<Diagnostic>,
    ) {
        for f in &pkg.files {
            for imp in &f.imports {
                self.load(map, &imp.path, imp.path_span, diags);
            }
        }
    }

    fn load(&mut self, map: &mut SourceMap, path: &str, at: Span, diags: &mut Vec<Diagnostic>) {
        if path == "unsafe" {
            // Made by the checker (check/unsafe_pkg.rs): it has no source.
            return;
        }
        match self.state.get(path) {
            Some(Some(_)) => return,
            Some(None) => {
                diags.push(Diagnostic::new(at, "import cycle not allowed"));
                self.ok = false;
                return;
            }
            None => {}
        }
        let Some(sources) = self.importer.package_files(path) else {
            // Reported by the checker, at every import of it.
            return;
        };
        self.state.insert(path.to_string(), None);
        let ids: Vec<FileId> = sources
            .iter()
            .filter(|(name, _)| for_target(name, self.target))
            .map(|(name, text)| map.add(name.clone(), text.as_bytes()))
            .collect();
        let Some(mut p) = self.parse_package(map, &ids, self.defer_bodies, diags) else {
            return;
        };
        p.path = path.to_string();
        self.load_imports(map, &p, diags);
        self.state.insert(path.to_string(), Some(self.done.len()));
        self.done.push(p);
    }
}

/// Whether the file `name` (a path) belongs to a build for `target`, by
/// Go's file-name rule (go/build, goodOSArchFile): after the first `_` of
/// the base name, a trailing `_GOOS_GOARCH`, `_GOARCH` or `_GOOS` (before
/// `.go` and an optional `_test`) must name the target (linux, and the
/// target's architecture); other names always belong. This is how the
/// stdlib spells target-dependent constants such as `runtime.GOARCH`.
pub fn for_target(name: &str, target: Target) -> bool {
    /// go/build's knownOS and knownArch (syslist.go): only these suffixes
    /// constrain a file.
    const KNOWN_OS: &[&str] = &[
        "aix",
        "android",
        "darwin",
        "dragonfly",
        "freebsd",
        "hurd",
        "illumos",
        "ios",
        "js",
        "linux",
        "nacl",
        "netbsd",
        "openbsd",
        "plan9",
        "solaris",
        "windows",
        "zos",
    ];
    const KNOWN_ARCH: &[&str] = &[
        "386",
        "amd64",
        "amd64p32",
        "arm",
        "armbe",
        "arm64",
        "arm64be",
        "loong64",
        "mips",
        "mipsle",
        "mips64",
        "mips64le",
        "mips64p32",
        "mips64p32le",
        "ppc",
        "ppc64",
        "ppc64le",
        "riscv",
        "riscv64",
        "s390",
        "s390x",
        "sparc",
        "sparc64",
        "wasm",
    ];
    let base = name.rsplit('/').next().unwrap_or(name);
    let stem = base.split('.').next().unwrap_or(base);
    let Some(i) = stem.find('_') else {
        return true;
    };
    let mut parts: Vec<&str> = stem[i + 1..].split('_').collect();
    if parts.last() == Some(&"test") {
        parts.pop();
    }
    let os_ok = |s: &str| s == "linux";
    let arch_ok = |s: &str| s == target.name();
    match parts.as_slice() {
        [.., os, arch] if KNOWN_OS.contains(os) && KNOWN_ARCH.contains(arch) => {
            os_ok(os) && arch_ok(arch)
        }
        [.., last] if KNOWN_OS.contains(last) => os_ok(last),
        [.., last] if KNOWN_ARCH.contains(last) => arch_ok(last),
        _ => true,
    }
}
