//! Stack maps of hand-built functions, where exactly which pointer words
//! are live at each safepoint is known: straight-line code, a pointer
//! read only in part, loops and branches, address-taken allocations,
//! words live on entry, the argument area, and recovery.

use super::*;
use splitgo_lang::ir::{Block, Callee, FrameSlot, FuncId, PtrMask, Scalar, Service};

const W: u32 = 8;

fn slot(off: u32, size: u32, ptr_words: &[u32]) -> FrameSlot {
    let mut ptrs = PtrMask::none();
    for &k in ptr_words {
        ptrs.set(k);
    }
    FrameSlot { off, size, ptrs }
}

fn block(insts: Vec<Inst>, term: Term) -> Block {
    Block {
        insts: insts.into_iter().map(|i| (i, 0)).collect(),
        term,
        term_line: 0,
    }
}

fn func(slots: Vec<FrameSlot>, arg_ptrs: &[u32], arg_size: u32, blocks: Vec<Block>) -> Func {
    let mut a = PtrMask::none();
    for &k in arg_ptrs {
        a.set(k);
    }
    Func {
        name: "main.f".into(),
        file: "t.go".into(),
        line: 1,
        arg_size,
        locals_size: slots.iter().map(|s| s.off + s.size).max().unwrap_or(0),
        slots,
        arg_ptrs: a,
        out_size: 32,
        blocks,
        nosplit: false,
        noinline: false,
        wrapper: false,
        recover_block: None,
        inlined: Default::default(),
    }
}

fn call() -> Inst {
    Inst::Call {
        callee: Callee::Func(FuncId(0)),
        arg_size: 0,
    }
}

/// `dst` gets a call's pointer result (a write of the whole word).
fn from_out(dst: Loc, size: u32) -> Inst {
    Inst::Move {
        dst,
        src: Loc::Out(0),
        size,
    }
}

/// `src` is passed to the next call (a read).
fn to_out(src: Loc, size: u32) -> Inst {
    Inst::Move {
        dst: Loc::Out(0),
        src,
        size,
    }
}

fn maps(f: &Func) -> Maps {
    compute(f, W).expect("stack maps")
}

fn at(m: &Maps, block: u32, inst: u32) -> Vec<Word> {
    m.of(block, inst).expect("a safepoint there").to_vec()
}

#[test]
fn a_pointer_is_mapped_from_its_write_to_its_last_read() {
    // p *T at 0, n int at 8, s string at 16.
    let f = func(
        vec![slot(0, 8, &[0]), slot(8, 8, &[]), slot(16, 16, &[0])],
        &[],
        0,
        vec![block(
            vec![
                from_out(Loc::Local(0), 8), // 0: p = ...
                Inst::Imm {
                    dst: Loc::Local(8),
                    ty: Scalar::I64,
                    bits: 7,
                }, // 1: n = 7
                call(),                     // 2
                Inst::Load {
                    dst: Loc::Local(8),
                    ptr: Loc::Local(0),
                    off: 0,
                    size: 8,
                }, // 3: n = *p (p's last read)
                from_out(Loc::Local(16), 16), // 4: s = ...
                call(),                     // 5
                to_out(Loc::Local(16), 16), // 6: use(s)
                call(),                     // 7
            ],
            Term::Return,
        )],
    );
    let m = maps(&f);
    assert_eq!(at(&m, 0, 2), vec![Word::Local(0)], "p, never n");
    assert_eq!(at(&m, 0, 5), vec![Word::Local(16)], "s's data, p is dead");
    assert_eq!(at(&m, 0, 7), vec![], "nothing is read after");
    assert!(m.zero_on_entry.is_empty());
}

#[test]
fn a_string_read_only_for_its_length_is_not_mapped() {
    let f = func(
        vec![slot(0, 16, &[0]), slot(16, 8, &[])],
        &[],
        0,
        vec![block(
            vec![
                from_out(Loc::Local(0), 16),
                call(),
                Inst::Move {
                    dst: Loc::Local(16),
                    src: Loc::Local(8),
                    size: 8,
                }, // n = len(s)
                call(),
            ],
            Term::Return,
        )],
    );
    let m = maps(&f);
    assert_eq!(at(&m, 0, 1), vec![]);
    assert_eq!(at(&m, 0, 3), vec![]);
}

#[test]
fn a_pointer_read_after_a_loop_is_mapped_inside_it() {
    // b0: p = ...; jump b1
    // b1: call; branch b1 / b2
    // b2: use(p); return
    let f = func(
        vec![slot(0, 8, &[0]), slot(8, 1, &[])],
        &[],
        0,
        vec![
            block(vec![from_out(Loc::Local(0), 8)], Term::Jump(BlockId(1))),
            block(
                vec![call(), Inst::PreemptCheck],
                Term::Branch {
                    cond: Loc::Local(8),
                    then: BlockId(1),
                    els: BlockId(2),
                },
            ),
            block(vec![to_out(Loc::Local(0), 8), call()], Term::Return),
        ],
    );
    let m = maps(&f);
    assert_eq!(at(&m, 1, 0), vec![Word::Local(0)]);
    assert_eq!(
        at(&m, 1, 1),
        vec![Word::Local(0)],
        "the preemption check too"
    );
    assert_eq!(at(&m, 2, 1), vec![]);
    assert!(m.zero_on_entry.is_empty(), "written before any safepoint");
}

#[test]
fn a_word_live_on_entry_is_zeroed_there() {
    // b0: call; branch b1 / b2
    // b1: p = ...; jump b2
    // b2: call; use(p); return      (p unwritten on the path b0 -> b2)
    let f = func(
        vec![slot(0, 8, &[0]), slot(8, 1, &[])],
        &[],
        0,
        vec![
            block(
                vec![call()],
                Term::Branch {
                    cond: Loc::Local(8),
                    then: BlockId(1),
                    els: BlockId(2),
                },
            ),
            block(vec![from_out(Loc::Local(0), 8)], Term::Jump(BlockId(2))),
            block(vec![call(), to_out(Loc::Local(0), 8)], Term::Return),
        ],
    );
    let m = maps(&f);
    assert_eq!(at(&m, 0, 0), vec![Word::Local(0)]);
    assert_eq!(at(&m, 2, 0), vec![Word::Local(0)]);
    assert_eq!(m.zero_on_entry, vec![0]);
}

#[test]
fn an_address_taken_allocation_is_in_every_map() {
    // arr [2]*T at 0 (address taken), q *T at 16.
    let f = func(
        vec![slot(0, 16, &[0, 1]), slot(16, 8, &[0])],
        &[],
        0,
        vec![block(
            vec![
                call(),
                Inst::Addr {
                    dst: Loc::Local(16),
                    what: AddrOf::Frame(Loc::Local(8)),
                },
                to_out(Loc::Local(16), 8),
                call(),
            ],
            Term::Return,
        )],
    );
    let m = maps(&f);
    let arr = vec![Word::Local(0), Word::Local(8)];
    assert_eq!(at(&m, 0, 0), arr, "even before its address is taken");
    assert_eq!(at(&m, 0, 3), arr, "q is dead, arr may be reached");
    assert_eq!(m.zero_on_entry, vec![0, 8]);
}

#[test]
fn parameters_and_results() {
    // func(p *T, n int) (r *T): p at Arg(0), n at Arg(8), r at Arg(16).
    let f = func(
        vec![slot(0, 8, &[0])],
        &[0, 2],
        24,
        vec![block(
            vec![
                Inst::Zero {
                    dst: Loc::Arg(16),
                    size: 8,
                }, // 0: the results start zeroed
                call(),                     // 1
                to_out(Loc::Arg(0), 8),     // 2: use(p)
                call(),                     // 3
                from_out(Loc::Local(0), 8), // 4
                Inst::Move {
                    dst: Loc::Arg(16),
                    src: Loc::Local(0),
                    size: 8,
                }, // 5: r = ...
                call(),                     // 6
            ],
            Term::Return,
        )],
    );
    let m = maps(&f);
    assert_eq!(m.entry, vec![Word::Arg(0)], "p; r is not written yet");
    // The parameters stay live to the end, as Go 1.2 scanned them; r is
    // written again before return reads it.
    assert_eq!(at(&m, 0, 1), vec![Word::Arg(0)]);
    assert_eq!(at(&m, 0, 3), vec![Word::Arg(0)]);
    assert_eq!(at(&m, 0, 6), vec![Word::Arg(0), Word::Arg(16)]);
    assert!(m.zero_on_entry.is_empty());
}

#[test]
fn a_recovering_function_keeps_what_its_recover_block_reads() {
    // b0: p = ...; call (may panic); q = ...; call; return
    // b1 (recover): use(p); return
    let mut f = func(
        vec![slot(0, 8, &[0]), slot(8, 8, &[0])],
        &[],
        0,
        vec![
            block(
                vec![
                    from_out(Loc::Local(0), 8),
                    call(),
                    from_out(Loc::Local(8), 8),
                    call(),
                    to_out(Loc::Local(8), 8),
                    Inst::Call {
                        callee: Callee::Runtime(Service::DeferReturn),
                        arg_size: 0,
                    },
                ],
                Term::Return,
            ),
            block(vec![to_out(Loc::Local(0), 8), call()], Term::Return),
        ],
    );
    f.recover_block = Some(BlockId(1));
    let m = maps(&f);
    assert_eq!(at(&m, 0, 1), vec![Word::Local(0)]);
    assert_eq!(at(&m, 0, 3), vec![Word::Local(0), Word::Local(8)]);
    assert_eq!(at(&m, 0, 5), vec![Word::Local(0)]);
    // Every safepoint the recover block can follow comes after p's write.
    assert!(m.zero_on_entry.is_empty());
}

#[test]
fn promoted_locals_and_in_place_services_are_left_to_others() {
    // A local the register allocator renamed (its home slot is the code
    // generator's), and `copy`, done in place, which is no safepoint.
    let f = func(
        vec![slot(0, 8, &[0])],
        &[],
        0,
        vec![block(
            vec![
                from_out(Loc::Local(VIRT), 8),
                from_out(Loc::Local(0), 8),
                Inst::Call {
                    callee: Callee::Runtime(Service::Copy),
                    arg_size: 64,
                },
                call(),
                to_out(Loc::Local(VIRT), 8),
                to_out(Loc::Local(0), 8),
            ],
            Term::Return,
        )],
    );
    let m = maps(&f);
    assert!(m.of(0, 2).is_none(), "copy is not a safepoint");
    assert_eq!(at(&m, 0, 3), vec![Word::Local(0)]);
}
