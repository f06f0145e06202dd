//! Checks of the pointer masks the lowering gives every frame allocation
//! and argument area, from what the lowered code does with the words:
//! the parameters and variables of each kind of type in one function, and
//! over whole programs (fmt, strings, sort, strconv...) the instructions
//! whose destination is known to hold an address or known not to, and the
//! copies that keep a word's kind.

use crate::ir::{Callee, Func, Inst, Loc, Module, Scalar};
use crate::{check_package, Importer, SourceMap, Target};

struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

const W: u32 = 8;

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

fn func<'m>(m: &'m Module, name: &str) -> &'m Func {
    m.funcs
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// Whether the word at `loc` (a local or argument word of `f`) is marked
/// as a pointer; `None` when it is not a whole word of one allocation
/// at a word boundary of it (or is in the outgoing area).
fn ptr_word(f: &Func, loc: Loc) -> Option<bool> {
    match loc {
        Loc::Local(off) => {
            let s = &f.slots[f.slot_of(off)?];
            let rel = off - s.off;
            (rel.is_multiple_of(W) && rel + W <= s.size).then(|| s.ptrs.get(rel / W))
        }
        Loc::Arg(off) => {
            (off.is_multiple_of(W) && off + W <= f.arg_size).then(|| f.arg_ptrs.get(off / W))
        }
        Loc::Out(_) => None,
    }
}

/// Whether any pointer word of `f`'s masks overlaps the `size` bytes at
/// `loc`.
fn touches_ptr(f: &Func, loc: Loc, size: u32) -> bool {
    let (ptrs, lo) = match loc {
        Loc::Local(off) => {
            let Some(i) = f.slot_of(off) else {
                return false;
            };
            (&f.slots[i].ptrs, off - f.slots[i].off)
        }
        Loc::Arg(off) => (&f.arg_ptrs, off),
        Loc::Out(_) => return false,
    };
    let hi = lo + size;
    ptrs.iter().any(|w| w * W < hi && lo < (w + 1) * W)
}

/// The kinds of the `n` words at `loc` (`P` pointer, `I` not, `?` not a
/// word of one allocation).
fn kinds(f: &Func, loc: Loc, n: u32) -> String {
    (0..n)
        .map(|k| match ptr_word(f, loc.plus(k * W)) {
            Some(true) => 'P',
            Some(false) => 'I',
            None => '?',
        })
        .collect()
}

/// Every parameter's words, and every local a parameter is copied to.
#[test]
fn parameters_and_variables_of_each_kind() {
    let src = r#"package main

type T struct {
	a int
	p *int
	f float64
	s string
}

//go:noinline
func f(p *int, s string, x []int, i any, m map[int]int, c chan int, fn func(), n int, fl float64, b bool, u uintptr, t T, e error, a [2]string) {
	lp := p
	ls := s
	lx := x
	li := i
	lm := m
	lc := c
	lfn := fn
	ln := n
	lfl := fl
	lb := b
	lu := u
	lt := t
	le := e
	la := a
	_, _, _, _, _, _, _ = lp, ls, lx, li, lm, lc, lfn
	_, _, _, _, _, _, _ = ln, lfl, lb, lu, lt, le, la
}

func main() {
	f(nil, "", nil, nil, nil, nil, nil, 0, 0, false, 0, T{}, nil, [2]string{})
}
"#;
    let m = lowered(src);
    let f = func(&m, "main.f");
    // Each parameter's offset and words, as the layout places them.
    let params: &[(u32, &str)] = &[
        (0, "P"),       // p
        (8, "PI"),      // s
        (24, "PII"),    // x
        (48, "PP"),     // i
        (64, "P"),      // m
        (72, "P"),      // c
        (80, "P"),      // fn
        (88, "I"),      // n
        (96, "I"),      // fl
        (112, "I"),     // u (b is the byte at 104)
        (120, "IPIPI"), // t
        (160, "PP"),    // e
        (176, "PIPI"),  // a
    ];
    assert_eq!(f.arg_size, 208);
    let mut copied = 0;
    for &(off, want) in params {
        let n = want.len() as u32;
        assert_eq!(kinds(f, Loc::Arg(off), n), want, "parameter at {off}");
        // Where the lowering copies it: the variable (or a temporary of
        // the same type) must have the same words.
        for b in &f.blocks {
            for (i, _) in &b.insts {
                if let Inst::Move { dst, src, size } = *i {
                    if src == Loc::Arg(off) && matches!(dst, Loc::Local(_)) {
                        assert_eq!(size, n * W, "copy of parameter at {off}");
                        assert_eq!(kinds(f, dst, n), want, "copy of parameter at {off}");
                        copied += 1;
                    }
                }
            }
        }
    }
    assert!(copied >= params.len(), "only {copied} copies found");
    // The bool parameter's byte and its copies: no pointer.
    assert!(!touches_ptr(f, Loc::Arg(104), 1));
    for b in &f.blocks {
        for (i, _) in &b.insts {
            if let Inst::Move { dst, src, .. } = *i {
                if src == Loc::Arg(104) {
                    assert!(!touches_ptr(f, dst, 1), "copy of the bool: {i:?}");
                }
            }
        }
    }
}

/// The words a scalar of `sc` writes that can never be an address.
fn never_address(sc: Scalar) -> bool {
    sc.is_float() || sc.size() < W
}

/// What contradicts `f`'s masks: a pointer word outside its allocation or
/// in one not word-aligned; an address written to a word not marked as a
/// pointer, or used from one (the address of a load or a store, a func
/// value called); a comparison, a float or a narrow integer written over
/// a pointer word; a word copied between the frame and the argument
/// areas (or taken from a called Go function's results, or given as its
/// arguments) that changes kind. Only unsafe code changes a word's kind
/// by a copy (a `uintptr` made of a pointer), or uses an integer word as
/// an address: none of the code checked here does.
fn violations(m: &Module, f: &Func) -> Vec<String> {
    let mut bad = Vec::new();
    for s in &f.slots {
        if s.ptrs.end() * W > s.size || (!s.ptrs.is_empty() && !s.off.is_multiple_of(W)) {
            bad.push(format!("slot {s:?}"));
        }
    }
    if f.arg_ptrs.end() * W > f.arg_size {
        bad.push(format!("argument words {:?}", f.arg_ptrs));
    }
    for b in &f.blocks {
        // The Go function whose call last filled the outgoing area, and
        // the one the next call will be.
        let mut called: Option<&Func> = None;
        let next_calls: Vec<Option<&Func>> = {
            let mut next = None;
            let mut v: Vec<Option<&Func>> = b
                .insts
                .iter()
                .rev()
                .map(|(i, _)| {
                    if let Inst::Call { callee, .. } = i {
                        next = match callee {
                            Callee::Func(g) => Some(m.func(*g)),
                            _ => None,
                        };
                    }
                    next
                })
                .collect();
            v.reverse();
            v
        };
        for (k, (i, _)) in b.insts.iter().enumerate() {
            let mut out = |what: String| bad.push(format!("{}: {what}: {i:?}", f.name));
            if let Inst::Call { callee, .. } = *i {
                called = match callee {
                    Callee::Func(g) => Some(m.func(g)),
                    _ => None,
                };
            }
            match *i {
                Inst::Addr { dst, .. } | Inst::ClosureContext { dst }
                    if !matches!(dst, Loc::Out(_)) && ptr_word(f, dst) != Some(true) =>
                {
                    out("an address in a word not marked".into());
                }
                Inst::Load { ptr, .. }
                | Inst::Store { ptr, .. }
                | Inst::Call {
                    callee: Callee::Closure(ptr),
                    ..
                } if ptr_word(f, ptr) != Some(true) => {
                    out("an address read from a word not marked".into());
                }
                Inst::Cmp { dst, .. } if touches_ptr(f, dst, 1) => {
                    out("a flag over a pointer".into());
                }
                Inst::Bin { ty, dst, .. }
                | Inst::Un { ty, dst, .. }
                | Inst::Imm { ty, dst, .. }
                | Inst::Conv { to: ty, dst, .. }
                    if never_address(ty) && touches_ptr(f, dst, ty.size()) =>
                {
                    out("a number over a pointer".into());
                }
                Inst::Move { dst, src, size } => {
                    for w in 0..size / W {
                        let (d, s) = (dst.plus(w * W), src.plus(w * W));
                        let kind = |l: Loc, g: Option<&Func>| match l {
                            Loc::Out(o) => g
                                .filter(|g| o.is_multiple_of(W) && o + W <= g.arg_size)
                                .map(|g| g.arg_ptrs.get(o / W)),
                            _ => ptr_word(f, l),
                        };
                        let g = match (dst, src) {
                            (Loc::Out(_), _) => next_calls[k],
                            _ => called,
                        };
                        if let (Some(a), Some(b)) = (kind(d, g), kind(s, g)) {
                            if a != b {
                                out(format!("word {w} copied from {b} to {a}"));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    bad
}

/// Temporaries of each kind: what an expression leaves in a slot of its
/// own is copied into a variable of its type (whose slot the type made),
/// so each copy must keep every word's kind.
#[test]
fn temporaries_take_their_values_kind() {
    let src = r#"package main

import (
	"errors"
	"strconv"
)

type P struct{ x, y int }

type V struct {
	name string
	n    int
}

func (v V) Name() string { return v.name }

type S interface{ M() string }

func (p *P) M() string { return strconv.Itoa(p.x) }

func two() (string, *P) { return "a", &P{} }

//go:noinline
func f(s string, xs []int, m map[string]*P, ch chan []byte, n int, arr *[4]string) {
	cat := s + "x"
	sub := s[1:]
	sl := xs[1:2]
	v, ok := m[s]
	r, rok := <-ch
	box := any(n)
	var e error = errors.New(s)
	clo := func() int { return n + len(s) }
	q := &P{1, 2}
	var i S = q
	ms := i.M()
	a, b := two()
	bs := []byte(s)
	rs := []rune(s)
	k := len(s) * n
	fl := float64(n) / 3
	eq := s == cat
	mv := q.M
	got, isP := i.(*P)
	back := string(bs)
	ap := append(xs, n)
	el := arr[n]
	mk := make([]string, n)
	mm := make(map[int]string)
	c := make(chan int)
	for idx, rn := range s {
		_, _ = idx, rn
	}
	for key, val := range m {
		_, _ = key, val
	}
	for _, word := range arr {
		_ = word
	}
	rec := recover()
	vm := V{s, n}.Name
	pv := (*P).M
	select {
	case bs2 := <-ch:
		_ = bs2
	case c <- n:
	default:
	}
	defer close(c)
	go func() { ch <- bs }()
	_, _, _, _, _, _, _, _, _, _ = cat, sub, sl, v, ok, r, rok, box, e, clo
	_, _, _, _, _, _, _, _, _, _ = q, i, ms, a, b, bs, rs, k, fl, eq
	_, _, _, _, _, _, _, _, _, _ = mv, got, isP, back, ap, el, mk, mm, c, rec
	_, _ = vm, pv
}

func main() {
	f("ab", []int{1, 2}, nil, nil, 1, nil)
}
"#;
    let m = lowered(src);
    let f = func(&m, "main.f");
    for g in m.funcs.iter().filter(|g| g.name.starts_with("main.")) {
        assert_eq!(violations(&m, g), Vec::<String>::new());
    }
    // Each variable above is written by a copy into its slot: count the
    // pointer words copied, so that the check above checked something.
    let mut ptr_copies = 0;
    for b in &f.blocks {
        for (i, _) in &b.insts {
            if let Inst::Move { dst, size, .. } = *i {
                ptr_copies += (0..size / W)
                    .filter(|w| ptr_word(f, dst.plus(w * W)) == Some(true))
                    .count();
            }
        }
    }
    assert!(ptr_copies >= 40, "{ptr_copies} pointer words copied");
}

/// A whole program: the standard library packages scripts use most (and
/// reflect), lowered with everything they reach, about 900 functions.
#[test]
fn masks_agree_with_the_code_over_whole_programs() {
    let src = r#"package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := strings.Fields("the quick brown fox")
	sort.Sort(byLen(words))
	n, err := strconv.Atoi("42")
	fmt.Println(words, n, err, strconv.Quote("x"), strings.Repeat("ab", 3))
	fmt.Fprintf(os.Stderr, "%v %q %5.2f\n", map[string]int{"a": 1}, "y", 3.14159)
	var sb strings.Builder
	sb.WriteString("z")
	sort.Strings(words)
	fmt.Println(sb.String(), sort.SearchInts([]int{1, 2, 3}, 2))
	r := bufio.NewScanner(strings.NewReader("a b"))
	r.Split(bufio.ScanWords)
	for r.Scan() {
		fmt.Println(bytes.ToUpper(r.Bytes()), unicode.IsUpper(rune(r.Text()[0])))
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, math.Sqrt(2), errors.Is(err, os.ErrNotExist), time.Duration(1500)*time.Millisecond)
	w.Flush()
	v := reflect.ValueOf(struct{ A []int }{[]int{1}})
	fmt.Println(v.Field(0).Index(0).Interface(), v.Type())
}
"#;
    let m = lowered(src);
    let mut bad = Vec::new();
    let mut lowered_funcs = 0;
    for f in m.funcs.iter().filter(|f| !f.blocks.is_empty()) {
        lowered_funcs += 1;
        bad.extend(violations(&m, f));
    }
    assert!(lowered_funcs > 800, "{lowered_funcs} functions lowered");
    assert_eq!(bad, Vec::<String>::new());
}

/// The argument words of the functions the lowering makes by hand, which
/// no Go signature describes: the builtin wrappers of `defer`, reflect's
/// call trampolines and channel forwarders, the run-time errors' methods.
#[test]
fn generated_functions_argument_words() {
    let src = r#"package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int, 1)
	defer close(c)
	defer panic(fmt.Sprint(1))
	v := reflect.ValueOf(func(a, b int) int { return a + b })
	fmt.Println(v.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	ch := reflect.MakeChan(reflect.TypeOf(c), 1)
	ch.Send(reflect.ValueOf(3))
	x, ok := ch.Recv()
	fmt.Println(x, ok)
	var s []int
	defer func() { fmt.Println(recover().(error).Error()) }()
	_ = s[5]
}
"#;
    let m = lowered(src);
    let words = |name: &str| {
        let f = func(&m, name);
        kinds(f, Loc::Arg(0), f.arg_size / W)
    };
    assert_eq!(words("runtime.closechan"), "P");
    assert_eq!(words("runtime.gopanic"), "PP");
    assert_eq!(words("reflect.call16"), "PP");
    assert_eq!(words("reflect.chansend"), "PP");
    assert_eq!(words("reflect.chanrecv"), "PPI");
    assert_eq!(words("reflect.makechan"), "IPIP");
    assert_eq!(words("runtime.errorString.Error"), "PPI");
    assert_eq!(words("runtime.errorString.RuntimeError"), "P");
}
