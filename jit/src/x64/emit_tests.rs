//! Golden tables for the amd64 prologue (STYLE habit 5). Each row is a
//! frame (size, argument size) and the prologue emitted for it, decoded by
//! iced-x86: address, bytes, Intel syntax. Two checks per row: the
//! snapshot, which pins encodings (imm8 or imm32, disp8 or disp32), and an
//! instruction sequence written from DESIGN §5 for the row's frame class,
//! which pins the meaning whatever the snapshot says. Each row also
//! rewinds from the call's return address with the runtime's decoder.
//!
//! Frame sizes: 0, STACK_SMALL ± 8, STACK_BIG ± 8 and the edges of the
//! encodings the prologue uses (`sub rsp` imm8 up to 127; `lea` disp8 down
//! to -128), up to the largest frame. Registers: rsp, rax, rdx, rsi and
//! r14 (which needs REX.B).
//!
//! Regenerate the snapshots after a deliberate change, then review the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p splitgo-jit x64::emit_tests
//! ```
//!
//! Cross-check a row with another disassembler (LLVM's), its bytes as 0x..:
//!
//! ```text
//! echo '0x49 0x3b 0x26 0x77 0x11' | llvm-mc --disassemble -triple=x86_64 --output-asm-variant=1
//! ```

use expect_test::{expect, Expect};
use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, InstructionInfoFactory, IntelFormatter,
    Mnemonic, OpAccess,
};
use splitgo_runtime::abi::{stack_preempt, STACK_BIG, STACK_GUARD, STACK_SMALL};
use splitgo_runtime::arch::x64::rewind_morestack;

use super::{CLOBBERS, X64};
use crate::backend::{
    Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck, Word,
    MAX_FRAME_SIZE,
};

/// Where the tests place code: the stubs come first, morestack at
/// MORESTACK, then the function.
const CODE_BASE: u64 = 0x40_1000;
const MORESTACK: u64 = 0x40_0000;

fn rt() -> RuntimeAddrs {
    RuntimeAddrs {
        morestack: MORESTACK,
        g_slot: 0,
    }
}

fn emit_at(base: u64, frame: FrameInfo, rt: &RuntimeAddrs) -> (CodeBuf, PrologueOffsets) {
    let mut code = CodeBuf::new(base);
    let at = X64.emit_prologue(&mut code, frame, rt).unwrap();
    (code, at)
}

fn formatter() -> IntelFormatter {
    let mut f = IntelFormatter::new();
    let o = f.options_mut();
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_small_hex_numbers_in_decimal(false);
    o.set_branch_leading_zeros(false);
    o.set_show_branch_size(false);
    f
}

/// Every instruction of `code`, which must decode completely.
fn decode(code: &CodeBuf) -> Vec<Instruction> {
    let mut decoder = Decoder::with_ip(64, code.bytes(), code.base(), DecoderOptions::NONE);
    let insns: Vec<Instruction> = decoder.iter().collect();
    assert!(insns.iter().all(|i| !i.is_invalid()), "undecodable bytes");
    assert_eq!(insns.iter().map(|i| i.len()).sum::<usize>(), code.len());
    insns
}

fn text(insns: &[Instruction]) -> Vec<String> {
    let mut f = formatter();
    insns
        .iter()
        .map(|i| {
            let mut s = String::new();
            f.format(i, &mut s);
            s
        })
        .collect()
}

/// The golden listing: address, bytes, disassembly.
fn listing(code: &CodeBuf, insns: &[Instruction]) -> String {
    let mut out = String::new();
    for (i, t) in insns.iter().zip(text(insns)) {
        let at = (i.ip() - code.base()) as usize;
        let hex: Vec<String> = code.bytes()[at..at + i.len()]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        out += &format!("{:x}  {:<24}{}\n", i.ip(), hex.join(" "), t);
    }
    out
}

/// DESIGN §5's sequence for a frame, branch targets named by the index
/// of the instruction they must land on: `{more}` the frame-size load,
/// `{body}` the instruction after `jmp start` (or the end).
fn expected(frame: FrameInfo) -> Vec<String> {
    let (f, a) = (frame.frame_size, frame.arg_size);
    let mut seq: Vec<String> = match SplitCheck::for_frame(f) {
        SplitCheck::Small => vec!["cmp rsp,[r14]".into()],
        SplitCheck::Large => vec![
            format!("lea rax,[rsp-{:#x}]", f - STACK_SMALL),
            "cmp rax,[r14]".into(),
        ],
        SplitCheck::Huge => vec![
            "mov rsi,[r14]".into(),
            format!("cmp rsi,{:#x}", stack_preempt(Word::W8)),
            "je {more}".into(),
            format!("lea rax,[rsp+{STACK_GUARD:#x}]"),
            "sub rax,rsi".into(),
            format!("cmp rax,{:#x}", f + STACK_GUARD - STACK_SMALL),
        ],
    };
    seq.extend([
        "ja {body}".into(),
        format!("mov eax,{f:#x}"),
        format!("mov edx,{a:#x}"),
        format!("call {MORESTACK:#x}"),
        format!("jmp {CODE_BASE:#x}"),
    ]);
    if f > 0 {
        seq.push(format!("sub rsp,{f:#x}"));
    }
    seq
}

/// Checks one emitted prologue against DESIGN §5 and the snapshot.
fn check(frame: FrameInfo, golden: Expect) {
    let (code, at) = emit_at(CODE_BASE, frame, &rt());
    let insns = decode(&code);
    golden.assert_eq(&listing(&code, &insns));

    let addr_of = |idx: usize| insns.get(idx).map_or(code.addr_at(code.len()), |i| i.ip());
    let want = expected(frame);
    let more = want.iter().position(|l| l.starts_with("mov eax")).unwrap();
    let jmp = want.iter().position(|l| l.starts_with("jmp")).unwrap();
    let want: Vec<String> = want
        .iter()
        .map(|l| {
            l.replace("{more}", &format!("{:#x}", addr_of(more)))
                .replace("{body}", &format!("{:#x}", addr_of(jmp + 1)))
        })
        .collect();
    assert_eq!(text(&insns), want, "frame {frame:?}");

    // The offsets the emitter reports are where the pieces are.
    let split = at.split.unwrap();
    assert_eq!(at.start, 0);
    assert_eq!(code.addr_at(split.jmp_start), insns[jmp].ip());
    assert_eq!(split.morestack_ret, split.jmp_start);
    assert_eq!(insns[jmp - 1].mnemonic(), Mnemonic::Call);
    assert_eq!(insns[jmp - 1].next_ip(), code.addr_at(split.morestack_ret));
    assert_eq!(code.addr_at(at.body), addr_of(jmp + 1));
    assert_eq!(at.end, code.len());

    // newstack's view: the return address holds the jump back to start.
    let ret = split.morestack_ret;
    assert_eq!(
        rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
        Ok(code.addr_at(at.start))
    );
    check_clobbers(&insns);
}

/// The prologue writes no register outside CLOBBERS (and rsp).
fn check_clobbers(insns: &[Instruction]) {
    let mut info = InstructionInfoFactory::new();
    for i in insns {
        for used in info.info(i).used_registers() {
            if matches!(used.access(), OpAccess::Read | OpAccess::CondRead) {
                continue;
            }
            let name = format!("{:?}", used.register().full_register()).to_lowercase();
            assert!(
                name == "rsp" || CLOBBERS.contains(&name.as_str()),
                "{i} writes {name}"
            );
        }
    }
}

fn split(frame_size: u64, arg_size: u64) -> FrameInfo {
    FrameInfo {
        frame_size,
        arg_size,
        nosplit: false,
    }
}

/// The largest frame the prologue accepts, rounded down to a word.
const MAX_FRAME: u64 = MAX_FRAME_SIZE / 8 * 8;

#[test]
fn small_frames_compare_sp() {
    check(
        split(0, 0),
        expect![[r#"
            401000  49 3b 26                cmp rsp,[r14]
            401003  77 11                   ja 0x401016
            401005  b8 00 00 00 00          mov eax,0x0
            40100a  ba 00 00 00 00          mov edx,0x0
            40100f  e8 ec ef ff ff          call 0x400000
            401014  eb ea                   jmp 0x401000
        "#]],
    );
    check(
        split(8, 8),
        expect![[r#"
            401000  49 3b 26                cmp rsp,[r14]
            401003  77 11                   ja 0x401016
            401005  b8 08 00 00 00          mov eax,0x8
            40100a  ba 08 00 00 00          mov edx,0x8
            40100f  e8 ec ef ff ff          call 0x400000
            401014  eb ea                   jmp 0x401000
            401016  48 83 ec 08             sub rsp,0x8
        "#]],
    );
    check(
        split(STACK_SMALL - 8, 16),
        expect![[r#"
            401000  49 3b 26                cmp rsp,[r14]
            401003  77 11                   ja 0x401016
            401005  b8 78 00 00 00          mov eax,0x78
            40100a  ba 10 00 00 00          mov edx,0x10
            40100f  e8 ec ef ff ff          call 0x400000
            401014  eb ea                   jmp 0x401000
            401016  48 83 ec 78             sub rsp,0x78
        "#]],
    );
    check(
        split(STACK_SMALL, 24),
        expect![[r#"
            401000  49 3b 26                cmp rsp,[r14]
            401003  77 11                   ja 0x401016
            401005  b8 80 00 00 00          mov eax,0x80
            40100a  ba 18 00 00 00          mov edx,0x18
            40100f  e8 ec ef ff ff          call 0x400000
            401014  eb ea                   jmp 0x401000
            401016  48 81 ec 80 00 00 00    sub rsp,0x80
        "#]],
    );
}

#[test]
fn large_frames_compare_sp_minus_the_excess() {
    check(
        split(STACK_SMALL + 8, 32),
        expect![[r#"
            401000  48 8d 44 24 f8          lea rax,[rsp-0x8]
            401005  49 3b 06                cmp rax,[r14]
            401008  77 11                   ja 0x40101b
            40100a  b8 88 00 00 00          mov eax,0x88
            40100f  ba 20 00 00 00          mov edx,0x20
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
            40101b  48 81 ec 88 00 00 00    sub rsp,0x88
        "#]],
    );
    check(
        split(STACK_SMALL + 128, 40),
        expect![[r#"
            401000  48 8d 44 24 80          lea rax,[rsp-0x80]
            401005  49 3b 06                cmp rax,[r14]
            401008  77 11                   ja 0x40101b
            40100a  b8 00 01 00 00          mov eax,0x100
            40100f  ba 28 00 00 00          mov edx,0x28
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
            40101b  48 81 ec 00 01 00 00    sub rsp,0x100
        "#]],
    );
    check(
        split(STACK_SMALL + 136, 48),
        expect![[r#"
            401000  48 8d 84 24 78 ff ff ff lea rax,[rsp-0x88]
            401008  49 3b 06                cmp rax,[r14]
            40100b  77 11                   ja 0x40101e
            40100d  b8 08 01 00 00          mov eax,0x108
            401012  ba 30 00 00 00          mov edx,0x30
            401017  e8 e4 ef ff ff          call 0x400000
            40101c  eb e2                   jmp 0x401000
            40101e  48 81 ec 08 01 00 00    sub rsp,0x108
        "#]],
    );
    check(
        split(STACK_BIG - 8, 0x7f),
        expect![[r#"
            401000  48 8d 84 24 88 f0 ff ff lea rax,[rsp-0xf78]
            401008  49 3b 06                cmp rax,[r14]
            40100b  77 11                   ja 0x40101e
            40100d  b8 f8 0f 00 00          mov eax,0xff8
            401012  ba 7f 00 00 00          mov edx,0x7f
            401017  e8 e4 ef ff ff          call 0x400000
            40101c  eb e2                   jmp 0x401000
            40101e  48 81 ec f8 0f 00 00    sub rsp,0xff8
        "#]],
    );
}

#[test]
fn huge_frames_use_the_wrap_safe_compare() {
    check(
        split(STACK_BIG, 0x80),
        expect![[r#"
            401000  49 8b 36                mov rsi,[r14]
            401003  48 81 fe de fa ff ff    cmp rsi,0xfffffffffffffade
            40100a  74 13                   je 0x40101f
            40100c  48 8d 84 24 00 01 00 00 lea rax,[rsp+0x100]
            401014  48 29 f0                sub rax,rsi
            401017  48 3d 80 10 00 00       cmp rax,0x1080
            40101d  77 11                   ja 0x401030
            40101f  b8 00 10 00 00          mov eax,0x1000
            401024  ba 80 00 00 00          mov edx,0x80
            401029  e8 d2 ef ff ff          call 0x400000
            40102e  eb d0                   jmp 0x401000
            401030  48 81 ec 00 10 00 00    sub rsp,0x1000
        "#]],
    );
    check(
        split(STACK_BIG + 8, 0xffff),
        expect![[r#"
            401000  49 8b 36                mov rsi,[r14]
            401003  48 81 fe de fa ff ff    cmp rsi,0xfffffffffffffade
            40100a  74 13                   je 0x40101f
            40100c  48 8d 84 24 00 01 00 00 lea rax,[rsp+0x100]
            401014  48 29 f0                sub rax,rsi
            401017  48 3d 88 10 00 00       cmp rax,0x1088
            40101d  77 11                   ja 0x401030
            40101f  b8 08 10 00 00          mov eax,0x1008
            401024  ba ff ff 00 00          mov edx,0xffff
            401029  e8 d2 ef ff ff          call 0x400000
            40102e  eb d0                   jmp 0x401000
            401030  48 81 ec 08 10 00 00    sub rsp,0x1008
        "#]],
    );
    check(
        split(0x10_0000, 0x1_0000),
        expect![[r#"
            401000  49 8b 36                mov rsi,[r14]
            401003  48 81 fe de fa ff ff    cmp rsi,0xfffffffffffffade
            40100a  74 13                   je 0x40101f
            40100c  48 8d 84 24 00 01 00 00 lea rax,[rsp+0x100]
            401014  48 29 f0                sub rax,rsi
            401017  48 3d 80 00 10 00       cmp rax,0x100080
            40101d  77 11                   ja 0x401030
            40101f  b8 00 00 10 00          mov eax,0x100000
            401024  ba 00 00 01 00          mov edx,0x10000
            401029  e8 d2 ef ff ff          call 0x400000
            40102e  eb d0                   jmp 0x401000
            401030  48 81 ec 00 00 10 00    sub rsp,0x100000
        "#]],
    );
    check(
        split(MAX_FRAME, i32::MAX as u64),
        expect![[r#"
            401000  49 8b 36                mov rsi,[r14]
            401003  48 81 fe de fa ff ff    cmp rsi,0xfffffffffffffade
            40100a  74 13                   je 0x40101f
            40100c  48 8d 84 24 00 01 00 00 lea rax,[rsp+0x100]
            401014  48 29 f0                sub rax,rsi
            401017  48 3d f8 ff ff 7f       cmp rax,0x7ffffff8
            40101d  77 11                   ja 0x401030
            40101f  b8 78 ff ff 7f          mov eax,0x7fffff78
            401024  ba ff ff ff 7f          mov edx,0x7fffffff
            401029  e8 d2 ef ff ff          call 0x400000
            40102e  eb d0                   jmp 0x401000
            401030  48 81 ec 78 ff ff 7f    sub rsp,0x7fffff78
        "#]],
    );
}

#[test]
fn nosplit_frames_only_allocate() {
    let nosplit = |frame_size| FrameInfo {
        frame_size,
        arg_size: 8,
        nosplit: true,
    };
    let (code, at) = emit_at(CODE_BASE, nosplit(0), &rt());
    assert!(code.is_empty());
    assert_eq!((at.start, at.body, at.end, at.split), (0, 0, 0, None));

    let (code, at) = emit_at(CODE_BASE, nosplit(STACK_SMALL - 8), &rt());
    let insns = decode(&code);
    expect![[r#"
        401000  48 83 ec 78             sub rsp,0x78
    "#]]
    .assert_eq(&listing(&code, &insns));
    assert_eq!((at.body, at.end, at.split), (0, code.len(), None));
    assert_eq!(
        X64.emit_prologue(&mut CodeBuf::new(0), nosplit(STACK_SMALL), &rt()),
        Err(EmitError::NosplitFrameTooLarge(STACK_SMALL))
    );
}

#[test]
fn prologues_follow_each_other_in_one_buffer() {
    let mut code = CodeBuf::new(CODE_BASE);
    let first = X64.emit_prologue(&mut code, split(8, 0), &rt()).unwrap();
    let second = X64
        .emit_prologue(&mut code, split(STACK_BIG, 8), &rt())
        .unwrap();
    assert_eq!(second.start, first.end);
    for at in [first, second] {
        let ret = at.split.unwrap().morestack_ret;
        assert_eq!(
            rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
            Ok(code.addr_at(at.start))
        );
    }
    // The second call still reaches morestack.
    let insns = decode(&code);
    let calls: Vec<u64> = insns
        .iter()
        .filter(|i| i.mnemonic() == Mnemonic::Call)
        .map(|i| i.near_branch_target())
        .collect();
    assert_eq!(calls, [MORESTACK, MORESTACK]);
}

#[test]
fn morestack_must_be_within_rel32() {
    // High in the address space, morestack just within 2 GiB below.
    let base = 0x7fff_8000_0000;
    let near = RuntimeAddrs {
        morestack: base - 0x7fff_0000,
        g_slot: 0,
    };
    let (code, at) = emit_at(base, split(16, 8), &near);
    let call = decode(&code)
        .into_iter()
        .find(|i| i.mnemonic() == Mnemonic::Call)
        .unwrap();
    assert_eq!(call.near_branch_target(), near.morestack);
    let ret = at.split.unwrap().morestack_ret;
    assert_eq!(
        rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
        Ok(base)
    );

    let far = RuntimeAddrs {
        morestack: MORESTACK,
        g_slot: 0,
    };
    let err = X64
        .emit_prologue(&mut CodeBuf::new(base), split(16, 8), &far)
        .unwrap_err();
    assert!(matches!(
        err,
        EmitError::MorestackOutOfRange { to: MORESTACK, .. }
    ));
}

#[test]
fn sizes_are_checked() {
    let mut code = CodeBuf::new(CODE_BASE);
    assert_eq!(
        X64.emit_prologue(&mut code, split(12, 0), &rt()),
        Err(EmitError::UnalignedFrame {
            frame_size: 12,
            align: 8
        })
    );
    assert_eq!(
        X64.emit_prologue(&mut code, split(MAX_FRAME + 8, 0), &rt()),
        Err(EmitError::FrameTooLarge(MAX_FRAME + 8))
    );
    assert!(code.is_empty());
}

/// Go 1.2's decoder also takes the long jump (`e9 rel32`), which a
/// prologue never needs since its start is always near; decode one that
/// dynasmrt really emitted, 300 bytes back.
#[test]
fn rewind_decodes_a_long_jump_back_to_start() {
    use dynasmrt::{dynasm, DynasmLabelApi};
    let mut code = CodeBuf::new(CODE_BASE);
    let mut ops = code.assembler::<dynasmrt::x64::X64Relocation>().unwrap();
    dynasm!(ops ; .arch x64 ; start:);
    for _ in 0..300 {
        dynasm!(ops ; .arch x64 ; nop);
    }
    dynasm!(ops ; .arch x64 ; jmp <start);
    code.commit(ops).unwrap();
    let jmp = code.len() - 5;
    assert_eq!(code.bytes()[jmp], 0xe9);
    assert_eq!(
        rewind_morestack(&code.bytes()[jmp..], code.addr_at(jmp)),
        Ok(CODE_BASE)
    );
}
