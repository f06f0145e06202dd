//! `cargo test` runs the corpus: `splitgo test programs/` for every target
//! (DESIGN §10) must report no failure. `// run` and `// fatal` programs run
//! on amd64 and are skipped on the emulated targets (until the emulator
//! lands) and where they use what splitgo does not support yet.

mod common;

#[test]
fn corpus_passes_on_every_target() {
    let mut report = String::new();
    for arch in ["amd64", "386", "arm64"] {
        let run = common::splitgo(&["test", "programs/", "--arch", arch]);
        let last = run.stdout.lines().last().unwrap_or("");
        let clean = run.code == Some(0) && last.contains(" passed, 0 failed");
        if !clean {
            report.push_str(&format!("--- --arch {arch}:\n{}\n", run.describe()));
        }
    }
    assert!(report.is_empty(), "the corpus has failures:\n{report}");
}
