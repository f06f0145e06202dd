//! Criterion benchmark of the front end: `check_package` (lexer, parser,
//! checker) over a generated 20 000-line program (bench/gogen.rs), the
//! figure issue 3 asks for ("well under a second"). Run with
//! `cargo bench --bench check`; see bench/README.md.

#[path = "gogen.rs"]
mod gogen;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use splitgo_lang::{check_package, Importer, SourceMap, Target};
use std::hint::black_box;
use std::time::Duration;

/// Lines in the generated program.
const LINES: usize = 20_000;

/// The binary's importer, restated: benches cannot reach into src/.
struct StdImporter;

impl Importer for StdImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

fn check_20k_lines(c: &mut Criterion) {
    let src = gogen::program(LINES);
    // A program that does not check would time the error path instead.
    let mut map = SourceMap::new();
    let id = map.add("big.go", src.as_bytes());
    let diags = check_package(&mut map, &[id], &StdImporter, Target::AMD64).diagnostics;
    assert!(diags.is_empty(), "generated program has errors: {diags:?}");

    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(src.len() as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("20k_lines", |b| {
        b.iter(|| {
            let mut map = SourceMap::new();
            let id = map.add("big.go", black_box(src.as_bytes()));
            black_box(check_package(&mut map, &[id], &StdImporter, Target::AMD64))
        })
    });
    group.finish();
}

criterion_group!(benches, check_20k_lines);
criterion_main!(benches);
