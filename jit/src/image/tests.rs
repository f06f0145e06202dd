//! An image built in several additions from prefixes of one lowered
//! module (later functions without bodies, later tables cut short, as a
//! REPL's growing module would be) runs as the same module compiled at
//! once, and nothing an earlier addition placed moves.

use super::Image;
use crate::compile::{compile, Host};
use splitgo_lang::ir::{AddrOf, FuncId, Inst, Module, TypeDesc};
use splitgo_lang::{check_package, NoImports, SourceMap, Target};
use splitgo_runtime::typedesc;

const PROGRAM: &str = r#"package main

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type named struct {
	name string
	next *named
}

var calls int
var names = []string{"first", "second"}

//go:noinline
func early(n int) int {
	calls++
	return later(n) + 1
}

//go:noinline
func later(n int) int {
	for i := 0; i < 3; i++ {
		n += i
	}
	return n * 2
}

//go:noinline
func last(s shape) int {
	var x interface{} = &named{name: names[1]}
	if p, ok := x.(*named); ok {
		println(p.name)
	}
	return early(s.area())
}

func main() {
	println(early(3))
	println(last(rect{2, 3}))
	println(calls, names[0])
}
"#;

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers")
}

fn func_id(m: &Module, name: &str) -> FuncId {
    FuncId(m.funcs.iter().position(|f| f.name == name).expect(name) as u32)
}

/// The descriptors `t` refers to.
fn desc_refs(t: &TypeDesc) -> Vec<usize> {
    let mut out: Vec<usize> = [t.elem, t.key, t.info.ptr_to]
        .into_iter()
        .flatten()
        .chain(t.fields.iter().map(|f| f.2))
        .chain(t.info.ins.iter().chain(&t.info.outs).copied())
        .chain(t.methods.iter().filter_map(|r| r.ty))
        .map(|d| d.0 as usize)
        .collect();
    out.sort();
    out
}

/// `m` as a REPL's module might have been earlier: only about `part` of
/// each of its tables (cut where nothing kept refers past the cut), and
/// bodies only for the functions that refer to nothing cut and are not
/// named in `empty`.
fn prefix(m: &Module, part: f64, empty: &[&str]) -> Module {
    let cut = |n: usize| ((n as f64 * part) as usize).max(1).min(n);
    let mut descs = cut(m.type_descs.len());
    // Nothing below the cut may refer above it.
    while (0..descs).any(|i| desc_refs(&m.type_descs[i]).iter().any(|&d| d >= descs)) {
        descs += 1;
    }
    let mut itabs = cut(m.itabs.len());
    while itabs > 0
        && m.itabs[..itabs]
            .iter()
            .any(|t| t.concrete.0 as usize >= descs)
    {
        itabs -= 1;
    }
    let data = cut(m.data.len());
    let globals = cut(m.globals.len());
    // The module again (lowering is deterministic), to be cut short.
    let mut p = lowered(PROGRAM);
    assert_eq!(p.funcs.len(), m.funcs.len());
    p.type_descs.truncate(descs);
    p.itabs.truncate(itabs);
    p.data.truncate(data);
    p.globals.truncate(globals);
    for f in &mut p.funcs {
        let cut_off = f
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .any(|(i, _)| match i {
                Inst::Addr { what, .. } => match what {
                    AddrOf::Global(g) => g.0 as usize >= globals,
                    AddrOf::Data(d) => d.0 as usize >= data,
                    AddrOf::TypeDesc(t) => t.0 as usize >= descs,
                    AddrOf::Itab(t) => t.0 as usize >= itabs,
                    _ => false,
                },
                _ => false,
            });
        if cut_off || empty.contains(&f.name.as_str()) {
            f.blocks.clear();
        }
    }
    p
}

/// Runs the program the way `mode` builds it, in a child process (the
/// executor writes to the process's file descriptors), and gives what it
/// printed and its exit status.
fn run_child(mode: &str) -> (String, i32) {
    let out = std::env::temp_dir().join(format!("splitgo-image-{}-{mode}.txt", std::process::id()));
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "image::tests::child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SPLITGO_IMAGE_CHILD", mode)
        .env("SPLITGO_IMAGE_OUT", &out)
        .status()
        .unwrap();
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    (text, status.code().unwrap_or(-1))
}

/// The image of `m` built in three additions, with what the test checks
/// between them.
fn staged(m: &Module) -> Image<Host> {
    let (early, later, last) = (
        func_id(m, "main.early"),
        func_id(m, "main.later"),
        func_id(m, "main.last"),
    );
    let first = prefix(m, 0.3, &["main.later", "main.last", "main.main"]);
    let second = prefix(m, 0.6, &["main.last", "main.main"]);
    let mut image = Image::<Host>::new(m.target).unwrap();
    image.add(&first).unwrap();
    assert!(image.entry(early).is_some(), "early is compiled first");
    assert_eq!(image.entry(later), None);
    assert!(
        image.unlinked().contains(&later),
        "early's call of later waits for it"
    );
    let seen = image.seen();
    let placed = |img: &Image<Host>| {
        (
            (0..m.funcs.len())
                .map(|i| img.entry(FuncId(i as u32)))
                .collect::<Vec<_>>(),
            (0..seen.data).map(|i| img.data(i)).collect::<Vec<_>>(),
            (0..seen.globals).map(|i| img.global(i)).collect::<Vec<_>>(),
            (0..seen.type_descs)
                .map(|i| img.type_desc(i))
                .collect::<Vec<_>>(),
            (0..seen.funcs)
                .map(|i| img.func_value(i))
                .collect::<Vec<_>>(),
        )
    };
    let before = placed(&image);
    image.add(&second).unwrap();
    assert!(image.entry(later).is_some());
    assert!(!image.unlinked().contains(&later));
    assert_eq!(image.entry(last), None);
    image.add(m).unwrap();
    assert!(image.unlinked().is_empty());
    let after = placed(&image);
    // Every function that had code keeps its address; so do data,
    // globals, descriptors and func values.
    for (i, (a, b)) in before.0.iter().zip(&after.0).enumerate() {
        if a.is_some() {
            assert_eq!(a, b, "function {} moved", m.funcs[i].name);
        }
    }
    assert_eq!(before.1, after.1);
    assert_eq!(before.2, after.2);
    assert_eq!(before.3, after.3);
    assert_eq!(before.4, after.4);
    assert!(
        seen.type_descs < m.type_descs.len(),
        "descriptors were added later"
    );
    image
}

fn word(addr: u64) -> u64 {
    // SAFETY: addresses inside descriptors the image placed (readable).
    unsafe { std::ptr::with_exposed_provenance::<u64>(addr as usize).read() }
}

#[test]
fn descriptor_ring_covers_every_addition() {
    let m = lowered(PROGRAM);
    let image = staged(&m);
    let all: Vec<u64> = (0..m.type_descs.len())
        .map(|i| image.type_desc(i).unwrap())
        .collect();
    let mut seen = Vec::new();
    let mut at = all[0];
    loop {
        seen.push(at);
        at = word(at + 8 * u64::from(typedesc::LINK));
        if at == all[0] || seen.len() > all.len() {
            break;
        }
    }
    seen.sort();
    let mut want = all.clone();
    want.sort();
    assert_eq!(seen, want, "the ring is every descriptor, once");
}

#[test]
fn staged_image_runs_as_the_whole_module() {
    let (whole, code) = run_child("whole");
    assert_eq!(code, 0, "{whole}");
    assert_eq!(whole, "13\nsecond\n19\n2 first\n");
    let (staged, code) = run_child("staged");
    assert_eq!(code, 0, "{staged}");
    assert_eq!(staged, whole);
}

/// The child's side of [`run_child`]; does nothing in a normal run.
#[test]
fn child() {
    let Ok(mode) = std::env::var("SPLITGO_IMAGE_CHILD") else {
        return;
    };
    let out = std::env::var("SPLITGO_IMAGE_OUT").unwrap();
    let m = lowered(PROGRAM);
    let path = std::ffi::CString::new(out).unwrap();
    // SAFETY: plain file-descriptor calls on a file this process creates.
    unsafe {
        let fd = libc::open(
            path.as_ptr(),
            libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC,
            0o644,
        );
        assert!(fd >= 0);
        libc::dup2(fd, 1);
        libc::dup2(fd, 2);
    }
    let args = vec!["t".to_string()];
    let status = if mode == "whole" {
        let c = compile(&m).unwrap();
        splitgo_runtime::exec::run(&c.image(), &args)
    } else {
        let image = staged(&m);
        let entries: Vec<u64> = m
            .inits
            .iter()
            .chain(m.main.as_ref())
            .map(|&f| image.entry(f).unwrap())
            .collect();
        let errors: Vec<u64> = m
            .runtime_errors
            .iter()
            .filter_map(|d| image.type_desc(d.0 as usize))
            .collect();
        splitgo_runtime::exec::run(&image.exec_image(&entries, None, &errors), &args)
    };
    std::process::exit(status);
}
