//! The Go packages a splitgo program may import, as Go source.
//!
//! This crate owns the package sources under `stdlib/go/<import path>/`
//! (fmt, flag, strings, bytes, bufio, strconv, math, math/bits, math/cmplx,
//! math/rand, io, io/fs,
//! io/ioutil, os, path, path/filepath, reflect, log, sort, container/heap,
//! container/list, container/ring, encoding (the marshaling interfaces),
//! encoding/binary (byte orders, varints,
//! Read/Write), encoding/hex, encoding/base64,
//! encoding/json, hash, hash/crc32, hash/fnv, crypto/md5,
//! crypto/sha256,
//! text/tabwriter, time, sync, sync/atomic, errors, unicode (case
//! mappings, range tables, classification), unicode/utf8, unicode/utf16, runtime, runtime/debug)
//! and hands them
//! to the front end, which parses and
//! type-checks them exactly like user code. The sources are embedded in the
//! binary with `include_str!`; nothing is read from disk at run time.
//!
//! The Go files use only the v1 language subset (DESIGN §3) and complex
//! numbers: no generics, no `unsafe` (but in sync/atomic and reflect, whose
//! API takes `unsafe.Pointer`), and imports only from this list. Where the
//! implementation is natural in Go it is written in Go (strings, strconv,
//! unicode/utf8, errors, most of time and sync, parts of math). Functions the
//! runtime must provide (printing and formatting values of arbitrary type,
//! os.Exit, clocks and sleeping, locks, GC and goroutine control, math
//! functions that map to machine instructions) are declared without a body,
//! as Go allows for externally implemented functions; each such file says so
//! in a comment. Those natives are implemented in Rust by the runtime and
//! bound by their qualified names (e.g. `fmt.Println`, `sync.(*Mutex).Lock`,
//! `os.write`).
//!
//! This crate has no dependencies.

/// Declares one embedded file: (import path, file name, source). The name is
/// the file's absolute path where this crate was built, as gc records its
/// GOROOT paths: traces through the stdlib then name a file a user can open.
macro_rules! go_file {
    ($pkg:literal, $file:literal) => {
        (
            $pkg,
            concat!(env!("CARGO_MANIFEST_DIR"), "/go/", $pkg, "/", $file),
            include_str!(concat!("../go/", $pkg, "/", $file)),
        )
    };
}

/// Every file of every package, grouped by package, in [`PACKAGES`] order.
static FILES: &[(&str, &str, &str)] = &[
    go_file!("bufio", "reader.go"),
    go_file!("bufio", "writer.go"),
    go_file!("bufio", "scan.go"),
    go_file!("bufio", "split.go"),
    go_file!("bytes", "bytes.go"),
    go_file!("bytes", "buffer.go"),
    go_file!("bytes", "reader.go"),
    go_file!("bytes", "casing.go"),
    go_file!("container/heap", "heap.go"),
    go_file!("container/list", "list.go"),
    go_file!("container/ring", "ring.go"),
    go_file!("crypto/md5", "md5.go"),
    go_file!("crypto/sha256", "sha256.go"),
    go_file!("crypto/sha256", "consts.go"),
    go_file!("encoding", "encoding.go"),
    go_file!("encoding/base64", "base64.go"),
    go_file!("encoding/base64", "stream.go"),
    go_file!("encoding/binary", "binary.go"),
    go_file!("encoding/binary", "fixed.go"),
    go_file!("encoding/binary", "varint.go"),
    go_file!("encoding/hex", "hex.go"),
    go_file!("encoding/hex", "stream.go"),
    go_file!("encoding/hex", "dump.go"),
    go_file!("encoding/json", "bytes64.go"),
    go_file!("encoding/json", "decode.go"),
    go_file!("encoding/json", "encode.go"),
    go_file!("encoding/json", "errors.go"),
    go_file!("encoding/json", "fields.go"),
    go_file!("encoding/json", "indent.go"),
    go_file!("encoding/json", "number.go"),
    go_file!("encoding/json", "scanner.go"),
    go_file!("encoding/json", "stream.go"),
    go_file!("encoding/json", "text.go"),
    go_file!("encoding/json", "token.go"),
    go_file!("errors", "errors.go"),
    go_file!("flag", "flag.go"),
    go_file!("flag", "text.go"),
    go_file!("flag", "values.go"),
    go_file!("fmt", "format.go"),
    go_file!("fmt", "print.go"),
    go_file!("fmt", "scan.go"),
    go_file!("hash", "hash.go"),
    go_file!("hash/crc32", "crc32.go"),
    go_file!("hash/fnv", "fnv.go"),
    go_file!("io", "io.go"),
    go_file!("io", "multi.go"),
    go_file!("io", "pipe.go"),
    go_file!("io/fs", "fs.go"),
    go_file!("io/fs", "mode.go"),
    go_file!("io/fs", "glob.go"),
    go_file!("io/fs", "readdir.go"),
    go_file!("io/fs", "walk.go"),
    go_file!("io/fs", "sub.go"),
    go_file!("io/ioutil", "ioutil.go"),
    go_file!("log", "log.go"),
    go_file!("math", "const.go"),
    go_file!("math", "bits.go"),
    go_file!("math", "natives.go"),
    go_file!("math", "float.go"),
    go_file!("math", "logexp.go"),
    go_file!("math", "hyper.go"),
    go_file!("math", "trig.go"),
    go_file!("math", "pow.go"),
    go_file!("math", "bessel.go"),
    go_file!("math", "erf.go"),
    go_file!("math", "gamma.go"),
    go_file!("math/bits", "bits.go"),
    go_file!("math/cmplx", "cmplx.go"),
    go_file!("math/cmplx", "trig.go"),
    go_file!("math/cmplx", "inverse.go"),
    go_file!("math/rand", "rand.go"),
    go_file!("math/rand", "rng.go"),
    go_file!("math/rand", "cooked.go"),
    go_file!("math/rand", "ziggurat.go"),
    go_file!("math/rand", "zipf.go"),
    go_file!("os", "os.go"),
    go_file!("os", "file.go"),
    go_file!("os", "types.go"),
    go_file!("os", "stat.go"),
    go_file!("os", "dir.go"),
    go_file!("os", "path.go"),
    go_file!("os", "tempfile.go"),
    go_file!("os", "env.go"),
    go_file!("os", "sys.go"),
    go_file!("os", "fileat.go"),
    go_file!("path", "path.go"),
    go_file!("path", "match.go"),
    go_file!("path/filepath", "path.go"),
    go_file!("path/filepath", "match.go"),
    go_file!("path/filepath", "walk.go"),
    go_file!("path/filepath", "symlink.go"),
    go_file!("reflect", "call.go"),
    go_file!("reflect", "chan.go"),
    go_file!("reflect", "complex.go"),
    go_file!("reflect", "deepequal.go"),
    go_file!("reflect", "extras.go"),
    go_file!("reflect", "makefunc.go"),
    go_file!("reflect", "method.go"),
    go_file!("reflect", "natives.go"),
    go_file!("reflect", "select.go"),
    go_file!("reflect", "type.go"),
    go_file!("reflect", "typeof.go"),
    go_file!("reflect", "unsafeptr.go"),
    go_file!("reflect", "value.go"),
    go_file!("reflect", "visible.go"),
    go_file!("regexp", "regexp.go"),
    go_file!("regexp", "find.go"),
    go_file!("regexp", "replace.go"),
    go_file!("regexp/syntax", "error.go"),
    go_file!("runtime", "runtime.go"),
    go_file!("runtime", "extern.go"),
    go_file!("runtime", "mstats.go"),
    go_file!("runtime", "profile.go"),
    go_file!("runtime", "zgoarch_386.go"),
    go_file!("runtime", "zgoarch_amd64.go"),
    go_file!("runtime", "zgoarch_arm64.go"),
    go_file!("runtime/debug", "debug.go"),
    go_file!("sort", "sort.go"),
    go_file!("sort", "pdqsort.go"),
    go_file!("sort", "search.go"),
    go_file!("sort", "slice.go"),
    go_file!("strconv", "atoi.go"),
    go_file!("strconv", "atob.go"),
    go_file!("strconv", "itoa.go"),
    go_file!("strconv", "float.go"),
    go_file!("strconv", "complex.go"),
    go_file!("strconv", "quote.go"),
    go_file!("strconv", "isprint.go"),
    go_file!("strings", "strings.go"),
    go_file!("strings", "builder.go"),
    go_file!("strings", "reader.go"),
    go_file!("strings", "replace.go"),
    go_file!("strings", "extras.go"),
    go_file!("sync", "mutex.go"),
    go_file!("sync", "once.go"),
    go_file!("sync", "cond.go"),
    go_file!("sync", "pool.go"),
    go_file!("sync", "map.go"),
    go_file!("sync/atomic", "doc.go"),
    go_file!("sync/atomic", "type.go"),
    go_file!("sync/atomic", "value.go"),
    go_file!("text/tabwriter", "tabwriter.go"),
    go_file!("time", "time.go"),
    go_file!("time", "sleep.go"),
    go_file!("time", "date.go"),
    go_file!("time", "parseduration.go"),
    go_file!("time", "zoneinfo.go"),
    go_file!("time", "tzdata.go"),
    go_file!("time", "tzrule.go"),
    go_file!("time", "round.go"),
    go_file!("time", "format.go"),
    go_file!("time", "parse.go"),
    go_file!("time", "marshal.go"),
    go_file!("unicode", "letter.go"),
    go_file!("unicode", "casetables.go"),
    go_file!("unicode", "rangetables.go"),
    go_file!("unicode", "table.go"),
    go_file!("unicode", "graphic.go"),
    go_file!("unicode", "special.go"),
    go_file!("unicode", "space.go"),
    go_file!("unicode/utf16", "utf16.go"),
    go_file!("unicode/utf8", "utf8.go"),
];

/// The import paths of the packages, sorted.
static PACKAGES: &[&str] = &[
    "bufio",
    "bytes",
    "container/heap",
    "container/list",
    "container/ring",
    "crypto/md5",
    "crypto/sha256",
    "encoding",
    "encoding/base64",
    "encoding/binary",
    "encoding/hex",
    "encoding/json",
    "errors",
    "flag",
    "fmt",
    "hash",
    "hash/crc32",
    "hash/fnv",
    "io",
    "io/fs",
    "io/ioutil",
    "log",
    "math",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "os",
    "path",
    "path/filepath",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime",
    "runtime/debug",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "text/tabwriter",
    "time",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
];

/// The import paths a splitgo program may import, sorted.
pub fn packages() -> &'static [&'static str] {
    PACKAGES
}

/// The files of the package with import path `path`: for each, its name
/// (`<where stdlib/ was built>/go/<path>/<file>.go`, used in diagnostics
/// and traces) and its Go source. `None` if there is no such package.
pub fn package_files(path: &str) -> Option<Vec<(String, String)>> {
    let files: Vec<(String, String)> = FILES
        .iter()
        .filter(|(pkg, _, _)| *pkg == path)
        .map(|(_, name, src)| (name.to_string(), src.to_string()))
        .collect();
    if files.is_empty() {
        None
    } else {
        Some(files)
    }
}

/// [`package_files`] without copies: the embedded names and texts.
pub fn package_sources(path: &str) -> Option<Vec<(&'static str, &'static str)>> {
    let files: Vec<(&'static str, &'static str)> = FILES
        .iter()
        .filter(|(pkg, _, _)| *pkg == path)
        .map(|&(_, name, src)| (name, src))
        .collect();
    (!files.is_empty()).then_some(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    /// A token of Go source, as far as these checks need: comments are
    /// dropped, literals keep their kind.
    #[derive(Debug, Clone, PartialEq)]
    enum Tok {
        Ident(String),
        /// A number literal (its text).
        Number(String),
        /// A string literal's contents, escapes undecoded.
        Str(String),
        Char,
        Punct(char),
        Newline,
    }

    /// Tokens of `src`, each with whether whitespace (or a comment) came
    /// directly before it.
    fn tokens(src: &str) -> Vec<(Tok, bool)> {
        let b = src.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        let mut space = true;
        while i < b.len() {
            let c = b[i];
            if c == b'\n' {
                out.push((Tok::Newline, space));
                space = true;
                i += 1;
            } else if c.is_ascii_whitespace() {
                space = true;
                i += 1;
            } else if src[i..].starts_with("//") {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                space = true;
            } else if src[i..].starts_with("/*") {
                let end = src[i + 2..].find("*/").expect("unterminated comment");
                if src[i..i + 2 + end].contains('\n') {
                    out.push((Tok::Newline, true));
                }
                i += end + 4;
                space = true;
            } else if c == b'"' || c == b'`' || c == b'\'' {
                let start = i + 1;
                i += 1;
                while b[i] != c {
                    if b[i] == b'\\' && c != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
                let tok = if c == b'\'' {
                    Tok::Char
                } else {
                    Tok::Str(src[start..i].to_string())
                };
                out.push((tok, space));
                space = false;
                i += 1;
            } else if c.is_ascii_digit()
                || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            {
                let start = i;
                while i < b.len() {
                    let d = b[i];
                    let hex = src[start..].starts_with("0x") || src[start..].starts_with("0X");
                    let exp_sign = (d == b'+' || d == b'-')
                        && match b[i - 1] {
                            b'p' | b'P' => true,
                            b'e' | b'E' => !hex,
                            _ => false,
                        };
                    if d.is_ascii_alphanumeric() || d == b'_' || d == b'.' || exp_sign {
                        i += 1;
                    } else {
                        break;
                    }
                }
                out.push((Tok::Number(src[start..i].to_string()), space));
                space = false;
            } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                {
                    i += 1;
                }
                out.push((Tok::Ident(src[start..i].to_string()), space));
                space = false;
            } else {
                out.push((Tok::Punct(c as char), space));
                space = false;
                i += 1;
            }
        }
        out
    }

    fn is_ident(t: Option<&(Tok, bool)>) -> bool {
        matches!(t, Some((Tok::Ident(_), _)))
    }

    /// `[` written right after a name: the shape of a type parameter list.
    fn is_adjacent_bracket(t: Option<&(Tok, bool)>) -> bool {
        matches!(t, Some((Tok::Punct('['), false)))
    }

    /// Index just past the group that opens at `i` (`(` or `[` or `{`).
    fn skip_group(toks: &[(Tok, bool)], mut i: usize) -> usize {
        let mut depth = 0;
        while i < toks.len() {
            match toks[i].0 {
                Tok::Punct('(') | Tok::Punct('[') | Tok::Punct('{') => depth += 1,
                Tok::Punct(')') | Tok::Punct(']') | Tok::Punct('}') => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        i
    }

    /// Generic declarations in `src`: `func F[`, `func (r T) M[`, `type T[`,
    /// and `T[` at the start of a spec in a `type ( ... )` group.
    fn generic_decls(src: &str) -> Vec<String> {
        let toks = tokens(src);
        let mut found = Vec::new();
        let ident = |i: usize| match toks.get(i) {
            Some((Tok::Ident(s), _)) => s.clone(),
            _ => String::new(),
        };
        for i in 0..toks.len() {
            match &toks[i].0 {
                Tok::Ident(kw) if kw == "func" => {
                    let mut j = i + 1;
                    if matches!(toks.get(j), Some((Tok::Punct('('), _))) {
                        j = skip_group(&toks, j);
                    }
                    if is_ident(toks.get(j)) && is_adjacent_bracket(toks.get(j + 1)) {
                        found.push(format!("func {}[", ident(j)));
                    }
                }
                Tok::Ident(kw) if kw == "type" => {
                    if matches!(toks.get(i + 1), Some((Tok::Punct('('), _))) {
                        // A group: a spec starts after `(` or a newline, at depth 1.
                        let end = skip_group(&toks, i + 1);
                        let mut depth = 0;
                        let mut at_start = false;
                        for j in i + 1..end {
                            match toks[j].0 {
                                Tok::Punct('(') | Tok::Punct('[') | Tok::Punct('{') => {
                                    depth += 1;
                                    at_start = depth == 1;
                                    continue;
                                }
                                Tok::Punct(')') | Tok::Punct(']') | Tok::Punct('}') => depth -= 1,
                                Tok::Newline | Tok::Punct(';') => {
                                    at_start = depth == 1;
                                    continue;
                                }
                                Tok::Ident(_)
                                    if at_start
                                        && depth == 1
                                        && is_adjacent_bracket(toks.get(j + 1)) =>
                                {
                                    found.push(format!("type {}[", ident(j)));
                                }
                                _ => {}
                            }
                            at_start = false;
                        }
                    } else if is_ident(toks.get(i + 1)) && is_adjacent_bracket(toks.get(i + 2)) {
                        found.push(format!("type {}[", ident(i + 1)));
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// The import paths `src` imports.
    fn imports(src: &str) -> Vec<String> {
        let toks: Vec<Tok> = tokens(src).into_iter().map(|(t, _)| t).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i] == Tok::Ident("import".into()) {
                i += 1;
                let grouped = toks.get(i) == Some(&Tok::Punct('('));
                while i < toks.len() {
                    match &toks[i] {
                        Tok::Str(path) => {
                            out.push(path.clone());
                            if !grouped {
                                break;
                            }
                        }
                        Tok::Punct(')') => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            i += 1;
        }
        out
    }

    /// The package name in the package clause, which must be the first
    /// token (after comments and blank lines).
    fn package_clause(src: &str) -> Option<String> {
        let toks: Vec<Tok> = tokens(src)
            .into_iter()
            .map(|(t, _)| t)
            .filter(|t| *t != Tok::Newline)
            .collect();
        match (toks.first(), toks.get(1)) {
            (Some(Tok::Ident(kw)), Some(Tok::Ident(name))) if kw == "package" => Some(name.clone()),
            _ => None,
        }
    }

    fn all_files() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        FILES.iter().copied()
    }

    #[test]
    fn every_package_has_files_with_the_right_package_clause() {
        assert!(!packages().is_empty());
        for path in packages() {
            let files =
                package_files(path).unwrap_or_else(|| panic!("package {path} has no files"));
            assert!(!files.is_empty(), "package {path} has no files");
            let want = path.rsplit('/').next().unwrap();
            for (name, src) in &files {
                assert!(
                    name.starts_with(&format!("{}/go/{path}/", env!("CARGO_MANIFEST_DIR")))
                        && name.ends_with(".go"),
                    "{name}: bad file name for package {path}"
                );
                let got = package_clause(src);
                assert_eq!(got.as_deref(), Some(want), "{name}: package clause");
            }
        }
    }

    #[test]
    fn unknown_packages_have_no_files() {
        assert!(package_files("net/http").is_none());
        assert!(package_files("").is_none());
        assert!(package_files("unicode/utf32").is_none());
        assert!(package_files("runtime/debug/").is_none());
    }

    #[test]
    fn packages_are_sorted_and_every_file_belongs_to_one() {
        let mut sorted = packages().to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, packages());
        for (pkg, name, _) in all_files() {
            assert!(
                packages().contains(&pkg),
                "{name}: package {pkg} is not listed"
            );
        }
    }

    /// Every .go file under stdlib/go is embedded, and nothing else is.
    #[test]
    fn every_go_file_on_disk_is_embedded() {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "go") {
                    out.push(path);
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk = Vec::new();
        walk(&root.join("go"), &mut on_disk);
        let mut on_disk: Vec<String> = on_disk
            .iter()
            .map(|p| p.to_str().unwrap().replace('\\', "/"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = all_files().map(|(_, name, _)| name.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn no_generics() {
        for (_, name, src) in all_files() {
            let found = generic_decls(src);
            assert!(found.is_empty(), "{name}: generic declarations {found:?}");
        }
    }

    #[test]
    fn imports_stay_inside_the_stdlib() {
        for (pkg, name, src) in all_files() {
            for path in imports(src) {
                // Only sync/atomic and reflect, whose API takes or gives
                // unsafe.Pointer.
                assert!(
                    path != "unsafe" || pkg == "sync/atomic" || pkg == "reflect",
                    "{name}: imports unsafe"
                );
                assert!(path != pkg, "{name}: imports its own package");
                assert!(
                    path == "unsafe" || packages().contains(&path.as_str()),
                    "{name}: imports {path:?}, not a stdlib package"
                );
            }
        }
    }

    #[test]
    fn the_scanners_see_what_they_should() {
        assert_eq!(generic_decls("func F[T any](x T) {}"), ["func F["]);
        assert_eq!(
            generic_decls("func (l *List[T]) Push(v T) {}"),
            Vec::<String>::new()
        );
        assert_eq!(generic_decls("func (l *L) M[T any]() {}"), ["func M["]);
        assert_eq!(generic_decls("type L[T any] struct{ v []T }"), ["type L["]);
        assert_eq!(
            generic_decls("type (\n\tA int\n\tB[T any] []T\n)"),
            ["type B["]
        );
        assert!(generic_decls("type A [4]int\nfunc f() { x := a[1]; _ = x }").is_empty());
        assert!(
            generic_decls("type (\n\tA [4]int\n\tS struct {\n\t\tb [2]byte\n\t}\n)").is_empty()
        );
        assert!(generic_decls("// func F[T any]()\nvar s = \"type X[T any]\"").is_empty());
        assert_eq!(
            imports("import \"fmt\"\nimport (\n\t\"os\"\n\tu \"unicode/utf8\"\n)"),
            ["fmt", "os", "unicode/utf8"]
        );
        assert_eq!(
            package_clause("// doc\n/* more */\npackage utf8\n"),
            Some("utf8".into())
        );
        assert_eq!(package_clause("import \"fmt\"\npackage x"), None);
        let nums: Vec<Tok> = tokens("1e-3 0x1p-52 2i 0x1F")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            nums,
            [
                Tok::Number("1e-3".into()),
                Tok::Number("0x1p-52".into()),
                Tok::Number("2i".into()),
                Tok::Number("0x1F".into())
            ]
        );
    }
}
