//! The pointer masks of type descriptors and of the lowering's heap
//! allocations: structs, arrays, strings and interfaces, a mask too long
//! to be inline, and every descriptor's ptrdata agreeing with its mask.

use crate::ir::{AddrOf, Inst, Loc, Module, Service};
use crate::{check_package, Importer, SourceMap, Target};
use splitgo_abi::heaplayout;

struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &Std, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    match super::lower(c.program.as_ref().expect("program"), &map) {
        Ok(m) => m,
        Err(ds) => panic!("{:?}", ds.iter().map(|d| &d.message).collect::<Vec<_>>()),
    }
}

fn mask_of(m: &Module, name: &str) -> Vec<u64> {
    let d = m
        .type_descs
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no descriptor {name}"));
    d.info.ptrmask.clone()
}

const SRC: &str = r#"package main

import "fmt"

type pair struct {
	p *int
	n int
}

type mixed struct {
	n  int
	s  string
	f  float64
	e  any
	xs []byte
}

type big struct {
	a [70]int
	p *int
}

func main() {
	var a [3]pair
	fmt.Println(a, mixed{}, "s", any(1), big{})
}
"#;

#[test]
fn descriptors_carry_their_pointer_words() {
    let m = lowered(SRC);
    assert_eq!(mask_of(&m, "main.pair"), [0b1]);
    // [3]struct{ p *int; n int }: words 0, 2, 4.
    assert_eq!(mask_of(&m, "[3]main.pair"), [0b10101]);
    // n | s.ptr s.len | f | e.type e.data | xs.ptr xs.len xs.cap
    assert_eq!(mask_of(&m, "main.mixed"), [0b111_0010]);
    assert_eq!(mask_of(&m, "string"), [0b1]);
    assert_eq!(mask_of(&m, "interface {}"), [0b11]);
    assert_eq!(mask_of(&m, "int"), Vec::<u64>::new());
    // Past 63 words: a record, not an inline word.
    let big = mask_of(&m, "main.big");
    assert_eq!(big, [0, 1 << 6]);
    assert_eq!(heaplayout::inline(&big, 8), None);
    // ptrdata ends where the mask does, for every descriptor.
    for d in &m.type_descs {
        let end = d.info.ptrmask.last().map_or(0, |&last| {
            (d.info.ptrmask.len() as u64 - 1) * 64 + 64 - u64::from(last.leading_zeros())
        });
        assert_eq!(end * 8, d.info.ptrdata, "{}", d.name);
    }
}

#[test]
fn heap_allocations_pass_their_layout() {
    let m = lowered(
        "package main\n\ntype pair struct {\n\tp *int\n\tn int\n}\n\nvar sink any\n\n\
         func main() {\n\tx := 1\n\tq := &pair{&x, 2}\n\tsink = q\n\tf := func() int { return x }\n\
         \tsink = f\n\tsink = []*pair{q, q}\n}\n",
    );
    let main = m.funcs.iter().find(|f| f.name == "main.main").unwrap();
    // The layout word each New call gets, in order.
    let mut layouts = Vec::new();
    for b in &main.blocks {
        let mut last = None;
        for (i, _) in &b.insts {
            match i {
                Inst::Imm {
                    dst: Loc::Out(8),
                    bits,
                    ..
                } => last = Some(*bits),
                Inst::Addr {
                    dst: Loc::Out(8),
                    what: AddrOf::Data(_),
                } => last = None,
                Inst::Call {
                    callee: crate::ir::Callee::Runtime(Service::New),
                    ..
                } => layouts.push(last.take()),
                _ => {}
            }
        }
    }
    let word = |mask: u64| Some(heaplayout::inline(&[mask], 8).unwrap());
    // x's cell (pointer-free: 0), the pair, its box in `sink`, the closure
    // record (code word, then x's cell), its box, the slice literal's
    // array of two pointers, the slice header's box.
    assert_eq!(
        layouts,
        [
            Some(heaplayout::NO_POINTERS),
            word(0b1),
            word(0b1),
            word(0b10),
            word(0b1),
            word(0b11),
            word(0b1)
        ]
    );
}
