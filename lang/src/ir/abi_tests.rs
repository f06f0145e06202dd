//! The lowering's runtime calls against the ABI crate's layouts: every call
//! of a service in the corpus programs uses exactly the outgoing area that
//! `splitgo_abi::Service::frame` gives it, so the table and the code that
//! fills the area cannot drift apart unnoticed.

use super::{Callee, Inst, Service};
use crate::{check_package, Importer, SourceMap, Target};
use std::collections::HashSet;

struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

#[test]
fn runtime_calls_match_the_abi_layouts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../programs");
    let mut files = Vec::new();
    for dir in ["run", "lang", "chan", "stdlib"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    let ptr = Target::AMD64.ptr_size;
    let (mut seen, mut bad) = (HashSet::new(), Vec::new());
    for p in &files {
        let src = std::fs::read_to_string(p).unwrap_or_default();
        let mut map = SourceMap::new();
        let id = map.add("t.go", src.as_bytes());
        let c = check_package(&mut map, &[id], &Std, Target::AMD64);
        let Some(prog) = c.program.as_ref().filter(|_| c.diagnostics.is_empty()) else {
            continue;
        };
        let Ok(m) = super::lower::lower(prog, &map) else {
            continue;
        };
        for f in &m.funcs {
            for (inst, _) in f.blocks.iter().flat_map(|b| &b.insts) {
                let Inst::Call {
                    callee: Callee::Runtime(s),
                    arg_size,
                } = *inst
                else {
                    continue;
                };
                seen.insert(s);
                let frame = s.frame();
                let ok = if frame.variable {
                    arg_size >= frame.size(ptr)
                } else {
                    arg_size == frame.size(ptr)
                };
                if !ok || s.is_internal() {
                    bad.push(format!(
                        "{}: {}: {s:?} with {arg_size} bytes",
                        p.display(),
                        f.name
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // The corpus reaches nearly every service; the few it does not are
    // named so that a new one is noticed.
    let missed: Vec<Service> = Service::ALL
        .into_iter()
        .filter(|s| !s.is_internal() && !seen.contains(s))
        .collect();
    assert!(
        missed.len() <= 2,
        "services no corpus program calls: {missed:?}"
    );
}
