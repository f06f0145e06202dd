//! The benchmark's generated program (bench/gogen.rs) must stay valid Go:
//! it checks with no diagnostic, so bench/check.rs times the real path, and
//! it is as long as asked.

#[path = "../bench/gogen.rs"]
mod gogen;

use splitgo_lang::{check_package, Importer, SourceMap, Target};

struct StdImporter;

impl Importer for StdImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

#[test]
fn generated_program_checks_clean() {
    let src = gogen::program(20_000);
    let lines = src.lines().count();
    assert!((20_000..20_200).contains(&lines), "{lines} lines");
    let diags = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut map = SourceMap::new();
            let id = map.add("big.go", src.as_bytes());
            let diags = check_package(&mut map, &[id], &StdImporter, Target::AMD64).diagnostics;
            diags
                .iter()
                .take(20)
                .map(|d| {
                    let (name, line, col) = map.position(d.span);
                    format!("{name}:{line}:{col}: {}", d.message)
                })
                .collect::<Vec<_>>()
        })
        .expect("start checker thread")
        .join()
        .expect("checker thread");
    assert!(
        diags.is_empty(),
        "generated program has errors:\n{}",
        diags.join("\n")
    );
}
