//! A deterministic smoke fuzz of the front end, runnable on stable in CI
//! (the real fuzzer is fuzz/, which needs nightly): 2 000 mutations of the
//! programs in programs/ — byte flips, insertions of bytes and Go tokens,
//! deletions, splices from other programs — go through `check_package`
//! in-process, on a big-stack thread as the binary runs it. No input may
//! panic. A failing input is written to the temp dir for replay with
//! `splitgo check`.

mod common;

use common::XorShift;
use splitgo_lang::{check_package, Importer, SourceMap, Target};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const ITERATIONS: usize = 2_000;

/// Fragments worth inserting: they open and close the constructs whose
/// handling is most delicate (nesting, literals, comments, headers).
const TOKENS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "`",
    "'",
    "/*",
    "*/",
    "//",
    "\n",
    ";",
    ",",
    ".",
    "...",
    ":=",
    "=",
    "<-",
    "func",
    "type",
    "struct",
    "interface",
    "map[",
    "chan",
    "go",
    "defer",
    "select",
    "switch",
    "case",
    "default:",
    "for",
    "range",
    "if",
    "else",
    "return",
    "goto L",
    "L:",
    "break",
    "continue",
    "fallthrough",
    "0x",
    "0b",
    "1e",
    "1p-2",
    "'\\",
    "\\u",
    "\\x",
    "\u{feff}",
    "\u{fffd}",
    "\0",
    "\u{7f}",
    "ɣ",
    "_",
    "nil",
    "iota",
    "import \"fmt\"",
    "package",
    "var",
    "const",
    "[...]",
    "*",
    "&",
    "^",
    "%",
    "<<",
    ">>=",
    "&^=",
    "++",
    "--",
];

/// The same importer as the binary's.
struct StdImporter;

impl Importer for StdImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Applies one to four random mutations to `input`.
fn mutate(rng: &mut XorShift, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        match rng.below(5) {
            // Flip one bit.
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            // Insert a random byte.
            1 => {
                let i = rng.below(len + 1);
                input.insert(i, rng.next() as u8);
            }
            // Insert a token.
            2 => {
                let i = rng.below(len + 1);
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(i..i, t.iter().copied());
            }
            // Delete a range of up to 64 bytes.
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below(64.min(len - i));
                input.drain(i..i + n);
            }
            // Splice in a chunk of another program.
            _ => {
                let other = &seeds[rng.below(seeds.len())];
                if other.is_empty() {
                    continue;
                }
                let a = rng.below(other.len());
                let b = a + rng.below((other.len() - a).min(400)) + 1;
                let i = rng.below(len + 1);
                input.splice(i..i, other[a..b].iter().copied());
            }
        }
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut paths = Vec::new();
    go_files(&common::root().join("programs"), &mut paths);
    paths.sort();
    let seeds: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    assert!(!seeds.is_empty(), "no programs to mutate");

    let (failures, rejected) = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
            let mut failures = Vec::new();
            let mut rejected = 0;
            for n in 0..ITERATIONS {
                let mut input = seeds[rng.below(seeds.len())].clone();
                mutate(&mut rng, &mut input, &seeds);
                let result = panic::catch_unwind(AssertUnwindSafe(|| {
                    let mut map = SourceMap::new();
                    let id = map.add("fuzz.go", &input);
                    check_package(&mut map, &[id], &StdImporter, Target::AMD64)
                }));
                match result {
                    Ok(checked) => rejected += usize::from(!checked.diagnostics.is_empty()),
                    Err(payload) => {
                        let msg = payload
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| payload.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        let path = std::env::temp_dir().join(format!("splitgo-smoke-fuzz-{n}.go"));
                        let _ = std::fs::write(&path, &input);
                        failures.push(format!("input {n} ({}): {msg}", path.display()));
                    }
                }
            }
            (failures, rejected)
        })
        .expect("start fuzz thread")
        .join()
        .expect("fuzz thread");
    assert!(
        failures.is_empty(),
        "{} of {ITERATIONS} inputs panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Most mutations break a program: if they did not, the inputs would not
    // be reaching the front end.
    assert!(
        rejected > ITERATIONS / 4,
        "only {rejected} of {ITERATIONS} inputs were rejected"
    );
}
