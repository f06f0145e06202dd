//! The amd64 machine operations, each emitted for operands of every kind
//! and decoded with iced-x86: the instructions must be exactly the ones
//! listed (written out by hand from what each operation means), with the
//! register cases the allocator produces (a result in its first operand's
//! register, in its second's, a narrow value extended before a compare).

use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
use splitgo_lang::ir::{BinOp, CmpOp, Scalar, UnOp};

use super::ops::X64Ops;
use crate::backend::{CodeBuf, RuntimeAddrs};
use crate::codegen::Env;
use crate::mach::{IndexBase, MachOps, Opnd, Reg, RegClass, Spill};

const BASE: u64 = 0x40_1000;
const TRAMPOLINE: u64 = 0x40_0000;

fn env() -> Env<'static> {
    Env {
        globals: &[],
        data: &[],
        type_descs: &[],
        func_values: &[],
        native_values: &[],
        itabs: &[],
        natives: &[],
        trampoline: TRAMPOLINE,
        rt: RuntimeAddrs {
            morestack: 0,
            g_slot: 0,
        },
    }
}

/// The instructions `emit` produces, one string each.
fn asm(emit: impl FnOnce(&mut X64Ops<'_>)) -> Vec<String> {
    let env = env();
    let mut code = CodeBuf::new(BASE);
    let mut m = X64Ops::begin(&mut code, &env, 64, 4).unwrap();
    emit(&mut m);
    m.finish(&mut code).unwrap();
    let mut f = IntelFormatter::new();
    f.options_mut().set_hex_prefix("0x");
    f.options_mut().set_hex_suffix("");
    f.options_mut().set_uppercase_hex(false);
    f.options_mut().set_space_after_operand_separator(true);
    f.options_mut().set_show_branch_size(false);
    f.options_mut().set_branch_leading_zeros(false);
    let mut d = Decoder::with_ip(64, code.bytes(), BASE, DecoderOptions::NONE);
    d.iter()
        .map(|i| {
            assert!(!i.is_invalid(), "undecodable bytes");
            let mut s = String::new();
            f.format(&i, &mut s);
            s
        })
        .collect()
}

fn r(hw: u8) -> Opnd {
    Opnd::Reg(Reg {
        class: RegClass::Int,
        hw,
    })
}

fn x(hw: u8) -> Opnd {
    Opnd::Reg(Reg {
        class: RegClass::Float,
        hw,
    })
}

fn check(emit: impl FnOnce(&mut X64Ops<'_>), want: &[&str]) {
    let got = asm(emit);
    assert_eq!(got, want, "\n got: {got:#?}");
}

#[test]
fn immediates() {
    check(|m| m.imm(r(3), Scalar::I64, 0).unwrap(), &["xor ebx, ebx"]);
    check(|m| m.imm(r(9), Scalar::I64, 7).unwrap(), &["mov r9d, 7"]);
    check(
        |m| m.imm(r(9), Scalar::I64, u64::MAX).unwrap(),
        &["mov r9, 0xffffffffffffffff"],
    );
    check(
        |m| m.imm(Opnd::Slot(16), Scalar::U8, 0x1ff).unwrap(),
        &["mov byte ptr [rsp+0x10], 0xff"],
    );
    check(
        |m| m.imm(x(8), Scalar::F64, 1.5f64.to_bits()).unwrap(),
        &["mov rax, 0x3ff8000000000000", "movq xmm8, rax"],
    );
}

#[test]
fn integer_arithmetic_in_place() {
    // d = d + b
    check(
        |m| m.bin(BinOp::Add, Scalar::I64, r(3), r(3), r(9)).unwrap(),
        &["add rbx, r9"],
    );
    // d = a + d: commutes
    check(
        |m| m.bin(BinOp::Add, Scalar::I64, r(3), r(9), r(3)).unwrap(),
        &["add rbx, r9"],
    );
    // d = a - d: through rax
    check(
        |m| m.bin(BinOp::Sub, Scalar::I64, r(3), r(9), r(3)).unwrap(),
        &["mov rax, r9", "sub rax, rbx", "mov rbx, rax"],
    );
    // d = a * 5, a constant operand
    check(
        |m| {
            m.bin(BinOp::Mul, Scalar::I64, r(3), r(9), Opnd::Imm(5))
                .unwrap()
        },
        &["mov rbx, r9", "imul rbx, 5"],
    );
    // d = a * 8: a shift
    check(
        |m| {
            m.bin(BinOp::Mul, Scalar::I64, r(3), r(9), Opnd::Imm(8))
                .unwrap()
        },
        &["mov rbx, r9", "shl rbx, 3"],
    );
    // a slot operand of a word is used in place
    check(
        |m| {
            m.bin(BinOp::Xor, Scalar::I64, r(3), r(3), Opnd::Slot(8))
                .unwrap()
        },
        &["xor rbx, [rsp+8]"],
    );
    // into a slot: computed in rax, stored as wide as the type
    check(
        |m| {
            m.bin(BinOp::And, Scalar::U32, Opnd::Slot(8), r(3), r(9))
                .unwrap()
        },
        &["mov eax, ebx", "and rax, r9", "mov [rsp+8], eax"],
    );
}

#[test]
fn division_and_shifts_extend_their_operands() {
    check(
        |m| m.bin(BinOp::Div, Scalar::I32, r(3), r(9), r(10)).unwrap(),
        &[
            "movsxd rcx, r10d",
            "movsxd rax, r9d",
            "cmp rcx, 0xffffffffffffffff",
            "jne 0x40101b",
            "neg rax",
            "jmp 0x401020",
            "cqo",
            "idiv rcx",
            "mov rbx, rax",
        ],
    );
    check(
        |m| {
            m.bin(BinOp::Shr, Scalar::I8, r(3), r(3), Opnd::Imm(100))
                .unwrap()
        },
        &["movsx rax, bl", "sar rax, 0x3f", "mov rbx, rax"],
    );
    check(
        |m| {
            m.bin(BinOp::Shl, Scalar::U64, r(3), r(3), Opnd::Imm(64))
                .unwrap()
        },
        &["xor eax, eax", "mov rbx, rax"],
    );
}

#[test]
fn floats() {
    // d = a + d: commutes in place
    check(
        |m| m.bin(BinOp::Add, Scalar::F64, x(8), x(9), x(8)).unwrap(),
        &["addsd xmm8, xmm9"],
    );
    // d = a - d: computed aside
    check(
        |m| m.bin(BinOp::Sub, Scalar::F64, x(8), x(9), x(8)).unwrap(),
        &["movaps xmm0, xmm9", "subsd xmm0, xmm8", "movaps xmm8, xmm0"],
    );
    check(
        |m| {
            m.bin(BinOp::Mul, Scalar::F64, x(8), x(8), Opnd::Slot(8))
                .unwrap()
        },
        &["mulsd xmm8, [rsp+8]"],
    );
    check(
        |m| m.un(UnOp::Sqrt, Scalar::F64, x(9), x(8)).unwrap(),
        &["sqrtsd xmm9, xmm8"],
    );
    check(
        |m| m.conv(Scalar::I64, Scalar::F64, x(9), r(3)).unwrap(),
        &["mov rax, rbx", "cvtsi2sd xmm9, rax"],
    );
    // a copy between the register files
    check(|m| m.mov(r(3), x(8), 8).unwrap(), &["movq rbx, xmm8"]);
}

#[test]
fn compares_and_branches() {
    check(
        |m| {
            let l = m.new_label();
            m.cmp_jump(CmpOp::Lt, Scalar::I8, r(3), Opnd::Imm(0xfe), false, l)
                .unwrap();
            m.bind(l);
        },
        &[
            "movsx rax, bl",
            "cmp rax, 0xfffffffffffffffe",
            "jge 0x401011",
        ],
    );
    // Not (a == b) on floats jumps on unordered operands too.
    check(
        |m| {
            let l = m.new_label();
            m.cmp_jump(CmpOp::Eq, Scalar::F64, x(8), x(9), false, l)
                .unwrap();
            m.bind(l);
        },
        &["ucomisd xmm8, xmm9", "jp 0x401011", "jne 0x401011"],
    );
    // a < b on floats compares b with a (false on NaN).
    check(
        |m| m.cmp(CmpOp::Lt, Scalar::F64, r(3), x(8), x(9)).unwrap(),
        &["ucomisd xmm9, xmm8", "seta al", "mov rbx, rax"],
    );
    check(
        |m| {
            let l = m.new_label();
            m.test_jump(r(12), true, l).unwrap();
            m.bind(l);
        },
        &["test r12b, r12b", "jne 0x401009"],
    );
}

#[test]
fn memory_through_pointers() {
    check(
        |m| m.load(r(3), r(9), 16, 4).unwrap(),
        &["mov ebx, [r9+0x10]"],
    );
    check(
        |m| m.load(r(3), Opnd::Slot(24), 0, 8).unwrap(),
        &["mov rsi, [rsp+0x18]", "mov rbx, [rsi]"],
    );
    check(
        |m| m.store(r(9), 8, x(8), 8).unwrap(),
        &["movsd [r9+8], xmm8"],
    );
    check(
        |m| m.store(r(9), 0, Opnd::Imm(3), 1).unwrap(),
        &["mov byte ptr [r9], 3"],
    );
    // an element of a frame array, of a slice through its pointer
    check(
        |m| m.index_addr(r(3), IndexBase::Frame(0x40), r(9), 8).unwrap(),
        &["lea rbx, [rsp+r9*8+0x40]"],
    );
    check(
        |m| {
            m.index_addr(r(3), IndexBase::Value(Opnd::Slot(16)), r(9), 4)
                .unwrap()
        },
        &["mov rax, [rsp+0x10]", "lea rbx, [rax+r9*4]"],
    );
    check(
        |m| m.frame_addr(r(5), 32).unwrap(),
        &["lea rbp, [rsp+0x20]"],
    );
}

#[test]
fn safepoints_save_and_load_back() {
    let spills = [
        Spill {
            reg: Reg {
                class: RegClass::Int,
                hw: 3,
            },
            slot: 40,
        },
        Spill {
            reg: Reg {
                class: RegClass::Float,
                hw: 8,
            },
            slot: 48,
        },
    ];
    let call = format!(
        "mov eax, {:#x}",
        splitgo_runtime::services::Service::Preempt.id()
    );
    check(
        |m| {
            m.preempt_check(&spills).unwrap();
        },
        &[
            // stackguard0 is G's first word; StackPreempt, sign-extended
            "cmp qword ptr [r14], 0xfffffffffffffade",
            "jne 0x40103f",
            "mov [rsp+0x28], rbx",
            "movsd [rsp+0x30], xmm8",
            &call,
            "call 0x400000",
            "mov rbx, [rsp+0x28]",
            "movsd xmm8, [rsp+0x30]",
        ],
    );
}
