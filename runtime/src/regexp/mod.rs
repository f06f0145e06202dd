//! Package regexp's natives (stdlib/go/regexp): compiling a Go pattern
//! and running it. Matching is the regex-automata crate's (search.rs);
//! Go's syntax, its error texts and its choices where the crate reads the
//! same text differently are ours (parse.rs, emit.rs). docs/architecture.md,
//! "Package regexp", says why the crate and not a matcher of our own.
//!
//! A compiled program lives here, in a table the runtime owns, and the Go
//! value `*regexp.Regexp` holds its handle (a number). Programs are shared
//! through `Arc`, so concurrent use from goroutines is safe whatever
//! thread they run on; the table keeps them until the process ends, and
//! gives the same handle to the same pattern compiled again (the
//! collector, when it comes, is to free them through a finalizer on the
//! Regexp that calls a native releasing its handle).

mod emit;
mod names;
mod parse;
mod search;

use crate::mem::Mem;
use crate::service_ctx::{write_string, ServiceCtx};
use crate::stop::Stop;
use search::{Groups, Hay, Prog};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// regexp's natives, by what they do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegexpFn {
    /// `compileNative(expr string, mode int) (h, nsub int, names,
    /// prefix string, complete bool, code, frag string)`: mode 1 asks for
    /// leftmost-longest matching, 2 for CompilePOSIX (POSIX syntax, and
    /// longest); h is 0 on a syntax error, then code and frag are Go's
    /// error.
    Compile,
    /// `execNative(h int, s string, b []byte, useB, groups int, dst []int)
    /// bool`: the leftmost match in s (or b when useB is 1), its offsets
    /// (2 per group, -1 for a group that did not match) in dst.
    Exec,
    /// `execAllNative(h int, s string, b []byte, useB, groups, replace, n
    /// int, dst []int) int`: the matches FindAll (or, with replace,
    /// ReplaceAll) works on, at most n; returns how many there are and
    /// writes those that fit into dst.
    ExecAll,
}

pub const NATIVES: &[(&str, RegexpFn)] = &[
    ("regexp.compileNative", RegexpFn::Compile),
    ("regexp.execNative", RegexpFn::Exec),
    ("regexp.execAllNative", RegexpFn::ExecAll),
];

/// Every program compiled so far; handle h is entry h-1. The same
/// pattern compiled again (regexp.MatchString in a loop) gets the same
/// handle, so that until the collector frees programs the table grows
/// with the distinct patterns only.
static PROGRAMS: Mutex<Table> = Mutex::new(Table {
    progs: Vec::new(),
    by_pattern: None,
});

struct Table {
    progs: Vec<Arc<Compiled>>,
    by_pattern: Option<HashMap<(Vec<u8>, u64), Handle>>,
}

/// What a compile gave: a handle with the group names and the literal
/// prefix (prefix, complete), or Go's error.
#[derive(Clone)]
struct Handle {
    h: u64,
    names: Vec<String>,
    prefix: String,
    complete: bool,
}

struct Compiled {
    prog: Prog,
    /// Groups, counting the whole match.
    groups: usize,
}

fn program(h: u64) -> Result<Arc<Compiled>, Stop> {
    let table = PROGRAMS.lock().unwrap_or_else(|e| e.into_inner());
    match h.checked_sub(1).and_then(|i| table.progs.get(i as usize)) {
        Some(p) => Ok(p.clone()),
        None => Err(Stop::Panic(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

/// What compiling a Go pattern gives: the program's parts or Go's error.
pub struct Outcome {
    pub names: Vec<String>,
    pub prefix: String,
    pub complete: bool,
    pub crate_syntax: String,
}

/// Parses and translates a Go pattern (no crate involved yet).
pub fn translate(expr: &[u8], posix: bool) -> Result<Outcome, parse::SyntaxError> {
    let parsed = parse::parse(expr, posix)?;
    let (prefix, complete) = emit::literal_prefix(&parsed.node);
    Ok(Outcome {
        crate_syntax: emit::to_crate_syntax(&parsed.node),
        names: parsed.names,
        prefix,
        complete,
    })
}

fn word<M: Mem + ?Sized>(m: &M, args: u64, i: u64) -> u64 {
    m.read_word(args + i * u64::from(m.word().0))
}

/// The input argument: string words at 1-2, slice words at 3-5, the
/// choice at 6.
fn input<M: Mem + ?Sized>(m: &M, args: u64) -> Vec<u8> {
    let (p, n) = if word(m, args, 6) != 0 {
        (word(m, args, 3), word(m, args, 4))
    } else {
        (word(m, args, 1), word(m, args, 2))
    };
    let mut buf = vec![0u8; n as usize];
    if n > 0 {
        m.read_bytes(p, &mut buf);
    }
    buf
}

/// Writes matches into the []int at word `at`, as many as fit.
fn store<M: Mem + ?Sized>(m: &M, args: u64, at: u64, per: usize, found: &[Groups]) {
    let w = u64::from(m.word().0);
    let (p, len) = (word(m, args, at), word(m, args, at + 1) as usize);
    let mut i = 0;
    for g in found {
        if i + 2 * per > len {
            break;
        }
        for k in 0..per {
            let (a, b) = match g.get(k).copied().flatten() {
                Some((a, b)) => (a as i64, b as i64),
                None => (-1, -1),
            };
            m.write_word(p + i as u64 * w, a as u64);
            m.write_word(p + (i + 1) as u64 * w, b as u64);
            i += 2;
        }
    }
}

/// Compiles a pattern in a mode (see [`RegexpFn::Compile`]), or finds it
/// compiled already.
fn compile(expr: Vec<u8>, mode: u64) -> Result<Handle, (&'static str, Vec<u8>)> {
    let key = (expr, mode);
    {
        let table = PROGRAMS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = table.by_pattern.as_ref().and_then(|m| m.get(&key)) {
            return Ok(found.clone());
        }
    }
    let (longest, posix) = (mode != 0, mode == 2);
    let o = translate(&key.0, posix).map_err(|e| (e.code, e.frag))?;
    // The crate refuses what Go accepts only for a program too large for
    // its limits, which Go reports this way too.
    let prog =
        Prog::new(&o.crate_syntax, longest).map_err(|_| (parse::ERR_INTERNAL, key.0.clone()))?;
    let mut table = PROGRAMS.lock().unwrap_or_else(|e| e.into_inner());
    table.progs.push(Arc::new(Compiled {
        prog,
        groups: o.names.len(),
    }));
    let handle = Handle {
        h: table.progs.len() as u64,
        names: o.names,
        prefix: o.prefix,
        complete: o.complete,
    };
    table
        .by_pattern
        .get_or_insert_with(HashMap::new)
        .insert(key, handle.clone());
    Ok(handle)
}

pub fn call<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    f: RegexpFn,
    args: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    match f {
        RegexpFn::Compile => {
            let expr = crate::value::read_string(m, args);
            let mode = word(m, args, 2);
            let (h, nsub, names, prefix, complete, code, frag) = match compile(expr, mode) {
                Ok(c) => (
                    c.h,
                    c.names.len() - 1,
                    c.names.join(","),
                    c.prefix,
                    c.complete,
                    "",
                    Vec::new(),
                ),
                Err((code, frag)) => (0, 0, String::new(), String::new(), false, code, frag),
            };
            m.write_word(args + 3 * w, h);
            m.write_word(args + 4 * w, nsub as u64);
            write_string(cx, args + 5 * w, names.as_bytes())?;
            write_string(cx, args + 7 * w, prefix.as_bytes())?;
            cx.mem.write_bytes(args + 9 * w, &[u8::from(complete)]);
            write_string(cx, args + 10 * w, code.as_bytes())?;
            write_string(cx, args + 12 * w, &frag)
        }
        RegexpFn::Exec => {
            let c = program(word(m, args, 0))?;
            let text = input(m, args);
            let per = if word(m, args, 7) != 0 { c.groups } else { 1 };
            let hay = Hay::new(&text);
            let found = search::first(&c.prog, &hay, per > 1);
            if let Some(g) = &found {
                store(m, args, 8, per, std::slice::from_ref(g));
            }
            m.write_bytes(args + 11 * w, &[u8::from(found.is_some())]);
            Ok(())
        }
        RegexpFn::ExecAll => {
            let c = program(word(m, args, 0))?;
            let text = input(m, args);
            let per = if word(m, args, 7) != 0 { c.groups } else { 1 };
            let replace = word(m, args, 8) != 0;
            let n = word(m, args, 9) as i64;
            let n = if n < 0 { usize::MAX } else { n as usize };
            let hay = Hay::new(&text);
            let found = if replace {
                search::replaced(&c.prog, &hay, per > 1)
            } else {
                search::all(&c.prog, &hay, n, per > 1)
            };
            store(m, args, 10, per, &found);
            m.write_word(args + 13 * w, found.len() as u64);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
