//! Golden tables for the 386 prologue (STYLE habit 5). Each row is a
//! frame (size, argument size) and the prologue emitted for it, decoded by
//! iced-x86: address, bytes, Intel syntax. Two checks per row: the
//! snapshot, which pins encodings (imm8 or imm32, disp8 or disp32), and an
//! instruction sequence written from DESIGN §5 for the row's frame class,
//! which pins the meaning whatever the snapshot says. Each row also
//! rewinds from the call's return address with the runtime's decoder.
//!
//! Frame sizes: 0, STACK_SMALL ± 4, STACK_BIG ± 4 and the edges of the
//! encodings the prologue uses (`sub esp` imm8 up to 127; `lea` disp8 down
//! to -128), up to the largest frame. Registers: esp, eax, ecx, edx, esi;
//! the `g` slot's address has its top bit set (a negative disp32).
//!
//! Regenerate the snapshots after a deliberate change, then review the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p splitgo-jit x86::emit_tests
//! ```
//!
//! Cross-check a row with another disassembler (LLVM's), its bytes as 0x..:
//!
//! ```text
//! echo '0x8b 0x0d 0x00 0xf0 0xff 0xbf' | llvm-mc --disassemble -triple=i386 --output-asm-variant=1
//! ```

use expect_test::{expect, Expect};
use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, InstructionInfoFactory, IntelFormatter,
    Mnemonic, OpAccess,
};
use splitgo_runtime::abi::{stack_preempt, STACK_BIG, STACK_GUARD, STACK_SMALL};
use splitgo_runtime::arch::x86::rewind_morestack;

use super::{CLOBBERS, X86};
use crate::backend::{
    Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck, Word,
    MAX_FRAME_SIZE,
};

/// Where the tests place code: the stubs come first, morestack at
/// MORESTACK, then the function.
const CODE_BASE: u64 = 0x40_1000;
const MORESTACK: u64 = 0x40_0000;
/// The per-thread `g` slot, high enough to be a negative disp32.
const G_SLOT: u64 = 0xbfff_f000;

fn rt() -> RuntimeAddrs {
    RuntimeAddrs {
        morestack: MORESTACK,
        g_slot: G_SLOT,
    }
}

fn emit_at(base: u64, frame: FrameInfo, rt: &RuntimeAddrs) -> (CodeBuf, PrologueOffsets) {
    let mut code = CodeBuf::new(base);
    let at = X86.emit_prologue(&mut code, frame, rt).unwrap();
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
    let mut decoder = Decoder::with_ip(32, code.bytes(), code.base(), DecoderOptions::NONE);
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
    let mut seq: Vec<String> = vec![format!("mov ecx,[{G_SLOT:#x}]")];
    seq.extend::<Vec<String>>(match SplitCheck::for_frame(f) {
        SplitCheck::Small => vec!["cmp esp,[ecx]".into()],
        SplitCheck::Large => vec![
            format!("lea eax,[esp-{:#x}]", f - STACK_SMALL),
            "cmp eax,[ecx]".into(),
        ],
        SplitCheck::Huge => vec![
            "mov esi,[ecx]".into(),
            format!("cmp esi,{:#x}", stack_preempt(Word::W4)),
            "je {more}".into(),
            format!("lea eax,[esp+{STACK_GUARD:#x}]"),
            "sub eax,esi".into(),
            format!("cmp eax,{:#x}", f + STACK_GUARD - STACK_SMALL),
        ],
    });
    seq.extend([
        "ja {body}".into(),
        format!("mov eax,{f:#x}"),
        format!("mov edx,{a:#x}"),
        format!("call {MORESTACK:#x}"),
        format!("jmp {CODE_BASE:#x}"),
    ]);
    if f > 0 {
        seq.push(format!("sub esp,{f:#x}"));
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

/// The prologue writes no register outside CLOBBERS (and esp).
fn check_clobbers(insns: &[Instruction]) {
    let mut info = InstructionInfoFactory::new();
    for i in insns {
        for used in info.info(i).used_registers() {
            if matches!(used.access(), OpAccess::Read | OpAccess::CondRead) {
                continue;
            }
            let name = format!("{:?}", used.register().full_register32()).to_lowercase();
            assert!(
                name == "esp" || CLOBBERS.contains(&name.as_str()),
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
const MAX_FRAME: u64 = MAX_FRAME_SIZE / 4 * 4;

#[test]
fn small_frames_compare_sp() {
    check(
        split(0, 0),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  3b 21                   cmp esp,[ecx]
            401008  77 11                   ja 0x40101b
            40100a  b8 00 00 00 00          mov eax,0x0
            40100f  ba 00 00 00 00          mov edx,0x0
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
        "#]],
    );
    check(
        split(4, 8),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  3b 21                   cmp esp,[ecx]
            401008  77 11                   ja 0x40101b
            40100a  b8 04 00 00 00          mov eax,0x4
            40100f  ba 08 00 00 00          mov edx,0x8
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
            40101b  83 ec 04                sub esp,0x4
        "#]],
    );
    check(
        split(STACK_SMALL - 4, 16),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  3b 21                   cmp esp,[ecx]
            401008  77 11                   ja 0x40101b
            40100a  b8 7c 00 00 00          mov eax,0x7c
            40100f  ba 10 00 00 00          mov edx,0x10
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
            40101b  83 ec 7c                sub esp,0x7c
        "#]],
    );
    check(
        split(STACK_SMALL, 24),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  3b 21                   cmp esp,[ecx]
            401008  77 11                   ja 0x40101b
            40100a  b8 80 00 00 00          mov eax,0x80
            40100f  ba 18 00 00 00          mov edx,0x18
            401014  e8 e7 ef ff ff          call 0x400000
            401019  eb e5                   jmp 0x401000
            40101b  81 ec 80 00 00 00       sub esp,0x80
        "#]],
    );
}

#[test]
fn large_frames_compare_sp_minus_the_excess() {
    check(
        split(STACK_SMALL + 4, 32),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8d 44 24 fc             lea eax,[esp-0x4]
            40100a  3b 01                   cmp eax,[ecx]
            40100c  77 11                   ja 0x40101f
            40100e  b8 84 00 00 00          mov eax,0x84
            401013  ba 20 00 00 00          mov edx,0x20
            401018  e8 e3 ef ff ff          call 0x400000
            40101d  eb e1                   jmp 0x401000
            40101f  81 ec 84 00 00 00       sub esp,0x84
        "#]],
    );
    check(
        split(STACK_SMALL + 128, 40),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8d 44 24 80             lea eax,[esp-0x80]
            40100a  3b 01                   cmp eax,[ecx]
            40100c  77 11                   ja 0x40101f
            40100e  b8 00 01 00 00          mov eax,0x100
            401013  ba 28 00 00 00          mov edx,0x28
            401018  e8 e3 ef ff ff          call 0x400000
            40101d  eb e1                   jmp 0x401000
            40101f  81 ec 00 01 00 00       sub esp,0x100
        "#]],
    );
    check(
        split(STACK_SMALL + 132, 48),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8d 84 24 7c ff ff ff    lea eax,[esp-0x84]
            40100d  3b 01                   cmp eax,[ecx]
            40100f  77 11                   ja 0x401022
            401011  b8 04 01 00 00          mov eax,0x104
            401016  ba 30 00 00 00          mov edx,0x30
            40101b  e8 e0 ef ff ff          call 0x400000
            401020  eb de                   jmp 0x401000
            401022  81 ec 04 01 00 00       sub esp,0x104
        "#]],
    );
    check(
        split(STACK_BIG - 4, 0x7f),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8d 84 24 84 f0 ff ff    lea eax,[esp-0xf7c]
            40100d  3b 01                   cmp eax,[ecx]
            40100f  77 11                   ja 0x401022
            401011  b8 fc 0f 00 00          mov eax,0xffc
            401016  ba 7f 00 00 00          mov edx,0x7f
            40101b  e8 e0 ef ff ff          call 0x400000
            401020  eb de                   jmp 0x401000
            401022  81 ec fc 0f 00 00       sub esp,0xffc
        "#]],
    );
}

#[test]
fn huge_frames_use_the_wrap_safe_compare() {
    check(
        split(STACK_BIG, 0x80),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8b 31                   mov esi,[ecx]
            401008  81 fe de fa ff ff       cmp esi,0xfffffade
            40100e  74 10                   je 0x401020
            401010  8d 84 24 00 01 00 00    lea eax,[esp+0x100]
            401017  29 f0                   sub eax,esi
            401019  3d 80 10 00 00          cmp eax,0x1080
            40101e  77 11                   ja 0x401031
            401020  b8 00 10 00 00          mov eax,0x1000
            401025  ba 80 00 00 00          mov edx,0x80
            40102a  e8 d1 ef ff ff          call 0x400000
            40102f  eb cf                   jmp 0x401000
            401031  81 ec 00 10 00 00       sub esp,0x1000
        "#]],
    );
    check(
        split(STACK_BIG + 4, 0xffff),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8b 31                   mov esi,[ecx]
            401008  81 fe de fa ff ff       cmp esi,0xfffffade
            40100e  74 10                   je 0x401020
            401010  8d 84 24 00 01 00 00    lea eax,[esp+0x100]
            401017  29 f0                   sub eax,esi
            401019  3d 84 10 00 00          cmp eax,0x1084
            40101e  77 11                   ja 0x401031
            401020  b8 04 10 00 00          mov eax,0x1004
            401025  ba ff ff 00 00          mov edx,0xffff
            40102a  e8 d1 ef ff ff          call 0x400000
            40102f  eb cf                   jmp 0x401000
            401031  81 ec 04 10 00 00       sub esp,0x1004
        "#]],
    );
    check(
        split(0x10_0000, 0x1_0000),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8b 31                   mov esi,[ecx]
            401008  81 fe de fa ff ff       cmp esi,0xfffffade
            40100e  74 10                   je 0x401020
            401010  8d 84 24 00 01 00 00    lea eax,[esp+0x100]
            401017  29 f0                   sub eax,esi
            401019  3d 80 00 10 00          cmp eax,0x100080
            40101e  77 11                   ja 0x401031
            401020  b8 00 00 10 00          mov eax,0x100000
            401025  ba 00 00 01 00          mov edx,0x10000
            40102a  e8 d1 ef ff ff          call 0x400000
            40102f  eb cf                   jmp 0x401000
            401031  81 ec 00 00 10 00       sub esp,0x100000
        "#]],
    );
    check(
        split(MAX_FRAME, i32::MAX as u64),
        expect![[r#"
            401000  8b 0d 00 f0 ff bf       mov ecx,[0xbffff000]
            401006  8b 31                   mov esi,[ecx]
            401008  81 fe de fa ff ff       cmp esi,0xfffffade
            40100e  74 10                   je 0x401020
            401010  8d 84 24 00 01 00 00    lea eax,[esp+0x100]
            401017  29 f0                   sub eax,esi
            401019  3d fc ff ff 7f          cmp eax,0x7ffffffc
            40101e  77 11                   ja 0x401031
            401020  b8 7c ff ff 7f          mov eax,0x7fffff7c
            401025  ba ff ff ff 7f          mov edx,0x7fffffff
            40102a  e8 d1 ef ff ff          call 0x400000
            40102f  eb cf                   jmp 0x401000
            401031  81 ec 7c ff ff 7f       sub esp,0x7fffff7c
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

    let (code, at) = emit_at(CODE_BASE, nosplit(STACK_SMALL - 4), &rt());
    let insns = decode(&code);
    expect![[r#"
        401000  83 ec 7c                sub esp,0x7c
    "#]]
    .assert_eq(&listing(&code, &insns));
    assert_eq!((at.body, at.end, at.split), (0, code.len(), None));
    assert_eq!(
        X86.emit_prologue(&mut CodeBuf::new(0), nosplit(STACK_SMALL), &rt()),
        Err(EmitError::NosplitFrameTooLarge(STACK_SMALL))
    );
}

#[test]
fn prologues_follow_each_other_in_one_buffer() {
    let mut code = CodeBuf::new(CODE_BASE);
    let first = X86.emit_prologue(&mut code, split(8, 0), &rt()).unwrap();
    let second = X86
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

/// 386 addresses wrap at 32 bits, so `call rel32` reaches morestack
/// from anywhere, even 3 GiB away.
#[test]
fn morestack_is_reached_across_the_wrap() {
    let base = 0x1000_0000;
    let far = RuntimeAddrs {
        morestack: 0xf000_0000,
        g_slot: G_SLOT,
    };
    let (code, at) = emit_at(base, split(16, 8), &far);
    let call = decode(&code)
        .into_iter()
        .find(|i| i.mnemonic() == Mnemonic::Call)
        .unwrap();
    assert_eq!(call.near_branch_target(), far.morestack);
    let ret = at.split.unwrap().morestack_ret;
    assert_eq!(
        rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
        Ok(base)
    );
}

/// Nothing of a 386 program lies at or above 4 GiB.
#[test]
fn addresses_must_fit_32_bits() {
    let beyond = 1 << 32;
    let err = |base, morestack, g_slot| {
        X86.emit_prologue(
            &mut CodeBuf::new(base),
            split(16, 8),
            &RuntimeAddrs { morestack, g_slot },
        )
        .unwrap_err()
    };
    assert_eq!(
        err(beyond, MORESTACK, G_SLOT),
        EmitError::AddressOutOfRange(beyond)
    );
    assert_eq!(
        err(CODE_BASE, beyond, G_SLOT),
        EmitError::AddressOutOfRange(beyond)
    );
    assert_eq!(
        err(CODE_BASE, MORESTACK, beyond),
        EmitError::AddressOutOfRange(beyond)
    );
}

#[test]
fn sizes_are_checked() {
    let mut code = CodeBuf::new(CODE_BASE);
    assert_eq!(
        X86.emit_prologue(&mut code, split(6, 0), &rt()),
        Err(EmitError::UnalignedFrame {
            frame_size: 6,
            align: 4
        })
    );
    assert_eq!(
        X86.emit_prologue(&mut code, split(MAX_FRAME + 4, 0), &rt()),
        Err(EmitError::FrameTooLarge(MAX_FRAME + 4))
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
    let mut ops = code.assembler::<dynasmrt::x86::X86Relocation>().unwrap();
    dynasm!(ops ; .arch x86 ; start:);
    for _ in 0..300 {
        dynasm!(ops ; .arch x86 ; nop);
    }
    dynasm!(ops ; .arch x86 ; jmp <start);
    code.commit(ops).unwrap();
    let jmp = code.len() - 5;
    assert_eq!(code.bytes()[jmp], 0xe9);
    assert_eq!(
        rewind_morestack(&code.bytes()[jmp..], code.addr_at(jmp)),
        Ok(CODE_BASE)
    );
}
