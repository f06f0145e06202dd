//! The package cache (src/cache.rs, lang/src/export): a program run with
//! its imports loaded from export data behaves exactly as one checked from
//! source: same output, same exit status, same traces through library
//! frames. Damaged or foreign cache files are rebuilt, never trusted, and
//! the check of reachable bodies (check/lazy.rs) never has to fall back.

mod common;

use common::{root, splitgo_env, Run, Scratch};
use std::path::PathBuf;

/// One program per directory of programs/stdlib (the first, by name, that
/// runs to completion without input), and one that panics inside a
/// library function.
fn programs() -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("programs/stdlib"))
        .expect("programs/stdlib")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .expect("a program directory")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .filter(|p| p.with_extension("out").exists() && !p.with_extension("in").exists())
            .collect();
        files.sort();
        if let Some(f) = files.first() {
            out.push(f.strip_prefix(root()).unwrap_or(f).display().to_string());
        }
    }
    out.push("programs/stdlib/regexp/mustcompile.go".to_string());
    out
}

fn run(prog: &str, cache: &str) -> Run {
    splitgo_env(
        &["run", prog],
        &[("SPLITGO_CACHE", cache), ("SPLITGO_LAZY_STRICT", "1")],
    )
}

/// `s` with addresses (of arguments in traces: each run maps its memory
/// elsewhere) written `0xADDR`.
fn unplaced(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let hex = rest[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        if hex >= 8 {
            out.push_str("0xADDR");
        } else {
            out.push_str(&rest[i..i + 2 + hex]);
        }
        rest = &rest[i + 2 + hex..];
    }
    out.push_str(rest);
    out
}

fn same(a: &Run, b: &Run, what: &str) {
    assert_eq!(
        (a.code, unplaced(&a.stdout), unplaced(&a.stderr)),
        (b.code, unplaced(&b.stdout), unplaced(&b.stderr)),
        "{what}\n=== first:\n{}\n=== second:\n{}",
        a.describe(),
        b.describe()
    );
}

#[test]
fn runs_from_the_cache_match_runs_from_source() {
    let scratch = Scratch::new("pkgcache-agree");
    let cache = scratch.path("cache");
    let progs = programs();
    assert!(progs.len() > 20, "programs/stdlib has its programs");
    for p in &progs {
        let source = run(p, "off");
        assert!(!source.timed_out, "{p}: {}", source.describe());
        let building = run(p, &cache);
        same(
            &source,
            &building,
            &format!("{p}: the run that fills the cache"),
        );
        let loading = run(p, &cache);
        same(&source, &loading, &format!("{p}: a run from the cache"));
    }
    let dir = entries(&cache);
    for pkg in ["fmt.sgx", "encoding%json.sgx", "time.sgx", "regexp.sgx"] {
        assert!(dir.iter().any(|f| f.ends_with(pkg)), "{pkg} in {dir:?}");
    }
}

/// The cache files under `cache`.
fn entries(cache: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in std::fs::read_dir(cache)
        .expect("the cache directory")
        .flatten()
    {
        for f in std::fs::read_dir(d.path())
            .expect("a build's directory")
            .flatten()
        {
            out.push(f.path());
        }
    }
    out.sort();
    out
}

/// A way to spoil a cache file.
type Damage = fn(&mut Vec<u8>);

#[test]
fn damaged_cache_files_are_rebuilt() {
    let scratch = Scratch::new("pkgcache-damage");
    let cache = scratch.path("cache");
    let prog = "programs/stdlib/json/methods.go";
    let want = run(prog, "off");
    same(&want, &run(prog, &cache), "filling the cache");
    let files = entries(&cache);
    assert!(!files.is_empty());
    let damages: [(&str, Damage); 4] = [
        ("cut in half", |b| b.truncate(b.len() / 2)),
        ("a byte flipped in the middle", |b| {
            let i = b.len() / 2;
            b[i] ^= 0x40;
        }),
        ("a byte flipped near the end", |b| {
            let i = b.len() - 3;
            b[i] ^= 1;
        }),
        ("replaced by other bytes", |b| {
            let mut x = 0x2545_f491_4f6c_dd1du64;
            for v in b.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *v = x as u8;
            }
        }),
    ];
    for (what, damage) in damages {
        for f in &files {
            let good = std::fs::read(f).expect("a cache file");
            let mut bad = good.clone();
            damage(&mut bad);
            std::fs::write(f, &bad).expect("damaging a cache file");
        }
        same(&want, &run(prog, &cache), &format!("cache files {what}"));
        // Each file was written again, whole.
        same(&want, &run(prog, &cache), &format!("after files {what}"));
    }
    // An empty file and a missing one.
    std::fs::write(&files[0], b"").expect("emptying a cache file");
    std::fs::remove_file(&files[1]).expect("removing a cache file");
    same(
        &want,
        &run(prog, &cache),
        "an empty and a missing cache file",
    );
    // Each file holding another package's data: whole, but not its own.
    let all: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("a file"))
        .collect();
    for (i, f) in files.iter().enumerate() {
        std::fs::write(f, &all[(i + 1) % all.len()]).expect("swapping cache files");
    }
    same(&want, &run(prog, &cache), "cache files swapped");
}

#[test]
fn an_unwritable_cache_is_no_cache() {
    let scratch = Scratch::new("pkgcache-unwritable");
    // A file where the directory should be: nothing can be stored.
    let blocked = scratch.write("blocked", b"not a directory");
    let blocked = blocked.display().to_string();
    let prog = "programs/stdlib/fmt/verbs.go";
    let prog = if std::path::Path::new(&root().join(prog)).exists() {
        prog.to_string()
    } else {
        programs()[0].clone()
    };
    same(
        &run(&prog, "off"),
        &run(&prog, &blocked),
        "an unwritable cache",
    );
}

/// The runs above would agree even if the cache were never read: the
/// phases a run reports say which way it checked.
#[test]
fn a_filled_cache_is_what_a_run_checks_against() {
    let scratch = Scratch::new("pkgcache-used");
    let cache = scratch.path("cache");
    let prog = "bench/startup/imports10.go";
    let phases = |cache: &str| {
        splitgo_env(
            &["run", prog],
            &[("SPLITGO_CACHE", cache), ("SPLITGO_PHASES", "1")],
        )
    };
    let from_cache = "check (imports from export data)";
    let from_source = "check (with the imported packages' parsing)";
    let off = phases("off");
    assert!(off.stderr.contains(from_source), "{}", off.describe());
    assert!(!off.stderr.contains(from_cache), "{}", off.describe());
    for run in [phases(&cache), phases(&cache)] {
        assert_eq!(run.code, Some(0), "{}", run.describe());
        assert!(run.stderr.contains(from_cache), "{}", run.describe());
        assert!(!run.stderr.contains(from_source), "{}", run.describe());
    }
}
