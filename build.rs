//! Names this build of the front end and the standard library: a hash of
//! the sources export data depends on (the front end, the Go packages, the
//! locked dependency versions) and of where they are. The package cache keeps its entries under
//! this name (src/cache.rs), so a rebuilt compiler never reads data an
//! older one wrote.

use std::path::{Path, PathBuf};

fn main() {
    let inputs = ["lang/src", "lang/Cargo.toml", "stdlib/go", "Cargo.lock"];
    let mut files = Vec::new();
    for i in inputs {
        println!("cargo:rerun-if-changed={i}");
        collect(Path::new(i), &mut files);
    }
    files.sort();
    // FNV-1a, 64 bits: enough to tell builds apart.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in &files {
        eat(f.to_string_lossy().as_bytes());
        eat(&std::fs::read(f).unwrap_or_default());
    }
    // Where the library is: its file names (absolute, as traces print
    // them) are part of its export data, so two checkouts are two builds.
    eat(std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_default()
        .as_bytes());
    println!("cargo:rustc-env=SPLITGO_BUILD_ID={h:016x}");
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else { return };
        for e in rd.flatten() {
            collect(&e.path(), out);
        }
    } else if p.is_file() {
        out.push(p.to_path_buf());
    }
}
