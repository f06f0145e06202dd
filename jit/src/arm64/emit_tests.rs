//! Golden tables for the arm64 prologue (STYLE habit 5). Each row is a
//! frame (size, argument size) and the prologue emitted for it, decoded by
//! yaxpeax-arm: address, instruction word, disassembly, with pc-relative
//! branch targets shown as the absolute addresses they reach. Two checks
//! per row: the snapshot, and an instruction sequence written from DESIGN
//! §5 for the row's frame class. Each row also rewinds from the `bl`'s
//! return address with the runtime's decoder.
//!
//! Frame sizes (multiples of 16): 0, STACK_SMALL ± 16, STACK_BIG ± 16 and
//! the edges of the encodings the prologue uses: the pre-indexed `str`
//! (imm9, down to -256), `sub` imm12 (up to 4095), `movz`/`movk` halves
//! (0xffff, 0x10000); argument sizes at the same `movz` edges. Registers:
//! x1–x3, x16, x17, x28, x30 and sp.
//!
//! Regenerate the snapshots after a deliberate change, then review the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p splitgo-jit arm64::emit_tests
//! ```
//!
//! Cross-check a row with another disassembler (LLVM's), its words as
//! little-endian bytes:
//!
//! ```text
//! echo '0x90 0x03 0x40 0xf9 0xff 0x63 0x30 0xeb' | llvm-mc --disassemble -triple=aarch64
//! ```

use expect_test::{expect, Expect};
use splitgo_runtime::abi::{STACK_BIG, STACK_GUARD, STACK_PREEMPT_NEG, STACK_SMALL};
use splitgo_runtime::arch::arm64::rewind_morestack;
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Operand};

use super::{Arm64, CLOBBERS};
use crate::backend::{
    Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck,
    MAX_FRAME_SIZE,
};

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
    let at = Arm64.emit_prologue(&mut code, frame, rt).unwrap();
    (code, at)
}

/// One decoded instruction: its address, word and text, with a
/// pc-relative target (yaxpeax's `$+0x..`) replaced by its address.
struct Insn {
    addr: u64,
    word: u32,
    text: String,
}

fn decode(code: &CodeBuf) -> Vec<Insn> {
    assert_eq!(code.len() % 4, 0);
    let decoder = InstDecoder::default();
    code.bytes()
        .chunks(4)
        .enumerate()
        .map(|(i, w)| {
            let addr = code.addr_at(4 * i);
            let insn = decoder
                .decode(&mut U8Reader::new(w))
                .unwrap_or_else(|e| panic!("undecodable word at {addr:#x}: {e:?}"));
            let mut text = insn.to_string();
            if let Some(Operand::PCOffset(off)) = insn
                .operands
                .iter()
                .find(|o| matches!(o, Operand::PCOffset(_)))
            {
                let dollar = text.find('$').expect("a pc-relative operand");
                text.truncate(dollar);
                text += &format!("{:#x}", addr.wrapping_add(*off as u64));
            }
            Insn {
                addr,
                word: u32::from_le_bytes(w.try_into().unwrap()),
                text,
            }
        })
        .collect()
}

fn listing(insns: &[Insn]) -> String {
    insns
        .iter()
        .map(|i| format!("{:x}  {:08x}  {}\n", i.addr, i.word, i.text))
        .collect()
}

/// `w<reg> = value` as the prologue builds it: `movz` (which yaxpeax
/// shows as its `mov` alias), then `movk` of a non-zero high half.
fn mov32(reg: &str, value: u64) -> Vec<String> {
    let (lo, hi) = (value & 0xffff, value >> 16);
    if lo == 0 && hi != 0 {
        return vec![format!("mov {reg}, #{value:#x}")];
    }
    let mut v = vec![format!("mov {reg}, #{lo:#x}")];
    if hi != 0 {
        v.push(format!("movk {reg}, #{hi:#x}, lsl #16"));
    }
    v
}

/// DESIGN §5's sequence for a frame, with `{more}` the frame-size load and
/// `{body}` the instruction after `b start` (or the end).
fn expected(frame: FrameInfo) -> Vec<String> {
    let (f, a) = (frame.frame_size, frame.arg_size);
    let mut seq = vec!["ldr x16, [x28]".to_string()];
    match SplitCheck::for_frame(f) {
        SplitCheck::Small => seq.push("cmp sp, x16".into()),
        SplitCheck::Large => seq.extend([
            format!("sub x17, sp, #{:#x}", f - STACK_SMALL),
            "cmp x17, x16".into(),
        ]),
        SplitCheck::Huge => {
            seq.extend([
                format!("cmn x16, #{:#x}", -STACK_PREEMPT_NEG),
                "b.eq {more}".into(),
                format!("add x17, sp, #{STACK_GUARD:#x}"),
                "sub x17, x17, x16".into(),
            ]);
            seq.extend(mov32("w16", f + STACK_GUARD - STACK_SMALL));
            seq.push("cmp x17, x16".into());
        }
    }
    seq.push("b.hi {body}".into());
    seq.extend(mov32("w1", f));
    seq.extend(mov32("w2", a));
    seq.extend([
        "mov x3, x30".into(),
        format!("bl {MORESTACK:#x}"),
        format!("b {CODE_BASE:#x}"),
    ]);
    seq.extend(allocation(f));
    seq
}

/// The frame allocation and link-register save.
fn allocation(f: u64) -> Vec<String> {
    match f {
        0 => vec![],
        1..=256 => vec![format!("str x30, [sp, #-{f:#x}]!")],
        _ => {
            let mut v = if f <= 0xfff {
                vec![format!("sub x17, sp, #{f:#x}")]
            } else {
                let mut v = mov32("w16", f);
                v.push("sub x17, sp, x16".into());
                v
            };
            v.extend(["str x30, [x17]".into(), "mov sp, x17".into()]);
            v
        }
    }
}

fn check(frame: FrameInfo, golden: Expect) {
    let (code, at) = emit_at(CODE_BASE, frame, &rt());
    let insns = decode(&code);
    golden.assert_eq(&listing(&insns));

    let addr_of = |idx: usize| insns.get(idx).map_or(code.addr_at(code.len()), |i| i.addr);
    let want = expected(frame);
    let more = want.iter().position(|l| l.starts_with("mov w1,")).unwrap();
    let b = want.iter().position(|l| l.starts_with("b 0x")).unwrap();
    let want: Vec<String> = want
        .iter()
        .map(|l| {
            l.replace("{more}", &format!("{:#x}", addr_of(more)))
                .replace("{body}", &format!("{:#x}", addr_of(b + 1)))
        })
        .collect();
    let got: Vec<&str> = insns.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(got, want, "frame {frame:?}");

    let split = at.split.unwrap();
    assert_eq!(at.start, 0);
    assert_eq!(code.addr_at(split.jmp_start), insns[b].addr);
    assert_eq!(split.morestack_ret, split.jmp_start);
    assert!(insns[b - 1].text.starts_with("bl "));
    assert_eq!(code.addr_at(at.body), addr_of(b + 1));
    assert_eq!(at.end, code.len());

    let ret = split.morestack_ret;
    assert_eq!(
        rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
        Ok(code.addr_at(at.start))
    );
    check_clobbers(&insns);
}

/// The prologue writes no register outside CLOBBERS (and sp): the
/// destination of every instruction that has one, `bl`'s x30.
fn check_clobbers(insns: &[Insn]) {
    for i in insns {
        let (op, rest) = i.text.split_once(' ').unwrap();
        let dest = match op {
            "ldr" | "sub" | "add" | "mov" | "movk" => rest.split(',').next().unwrap().trim(),
            "bl" | "blr" => "x30",
            "str" if rest.ends_with('!') => "sp",
            _ => continue,
        };
        let dest = dest.replace('w', "x");
        assert!(
            dest == "sp" || CLOBBERS.contains(&dest.as_str()),
            "{} writes {dest}",
            i.text
        );
    }
}

fn split(frame_size: u64, arg_size: u64) -> FrameInfo {
    FrameInfo {
        frame_size,
        arg_size,
        nosplit: false,
    }
}

/// The largest frame the prologue accepts, rounded down to 16.
const MAX_FRAME: u64 = MAX_FRAME_SIZE / 16 * 16;

#[test]
fn small_frames_compare_sp() {
    check(
        split(0, 0),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  eb3063ff  cmp sp, x16
            401008  540000c8  b.hi 0x401020
            40100c  52800001  mov w1, #0x0
            401010  52800002  mov w2, #0x0
            401014  aa1e03e3  mov x3, x30
            401018  97fffbfa  bl 0x400000
            40101c  17fffff9  b 0x401000
        "#]],
    );
    check(
        split(16, 8),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  eb3063ff  cmp sp, x16
            401008  540000c8  b.hi 0x401020
            40100c  52800201  mov w1, #0x10
            401010  52800102  mov w2, #0x8
            401014  aa1e03e3  mov x3, x30
            401018  97fffbfa  bl 0x400000
            40101c  17fffff9  b 0x401000
            401020  f81f0ffe  str x30, [sp, #-0x10]!
        "#]],
    );
    check(
        split(STACK_SMALL - 16, 0xffff),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  eb3063ff  cmp sp, x16
            401008  540000c8  b.hi 0x401020
            40100c  52800e01  mov w1, #0x70
            401010  529fffe2  mov w2, #0xffff
            401014  aa1e03e3  mov x3, x30
            401018  97fffbfa  bl 0x400000
            40101c  17fffff9  b 0x401000
            401020  f8190ffe  str x30, [sp, #-0x70]!
        "#]],
    );
    check(
        split(STACK_SMALL, 0x1_0000),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  eb3063ff  cmp sp, x16
            401008  540000c8  b.hi 0x401020
            40100c  52801001  mov w1, #0x80
            401010  52a00022  mov w2, #0x10000
            401014  aa1e03e3  mov x3, x30
            401018  97fffbfa  bl 0x400000
            40101c  17fffff9  b 0x401000
            401020  f8180ffe  str x30, [sp, #-0x80]!
        "#]],
    );
}

#[test]
fn large_frames_compare_sp_minus_the_excess() {
    check(
        split(STACK_SMALL + 16, 0x1_2345),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  d10043f1  sub x17, sp, #0x10
            401008  eb10023f  cmp x17, x16
            40100c  540000e8  b.hi 0x401028
            401010  52801201  mov w1, #0x90
            401014  528468a2  mov w2, #0x2345
            401018  72a00022  movk w2, #0x1, lsl #16
            40101c  aa1e03e3  mov x3, x30
            401020  97fffbf8  bl 0x400000
            401024  17fffff7  b 0x401000
            401028  f8170ffe  str x30, [sp, #-0x90]!
        "#]],
    );
    check(
        split(256, 24),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  d10203f1  sub x17, sp, #0x80
            401008  eb10023f  cmp x17, x16
            40100c  540000c8  b.hi 0x401024
            401010  52802001  mov w1, #0x100
            401014  52800302  mov w2, #0x18
            401018  aa1e03e3  mov x3, x30
            40101c  97fffbf9  bl 0x400000
            401020  17fffff8  b 0x401000
            401024  f8100ffe  str x30, [sp, #-0x100]!
        "#]],
    );
    check(
        split(272, 32),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  d10243f1  sub x17, sp, #0x90
            401008  eb10023f  cmp x17, x16
            40100c  540000c8  b.hi 0x401024
            401010  52802201  mov w1, #0x110
            401014  52800402  mov w2, #0x20
            401018  aa1e03e3  mov x3, x30
            40101c  97fffbf9  bl 0x400000
            401020  17fffff8  b 0x401000
            401024  d10443f1  sub x17, sp, #0x110
            401028  f900023e  str x30, [x17]
            40102c  9100023f  mov sp, x17
        "#]],
    );
    check(
        split(STACK_BIG - 16, 40),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  d13dc3f1  sub x17, sp, #0xf70
            401008  eb10023f  cmp x17, x16
            40100c  540000c8  b.hi 0x401024
            401010  5281fe01  mov w1, #0xff0
            401014  52800502  mov w2, #0x28
            401018  aa1e03e3  mov x3, x30
            40101c  97fffbf9  bl 0x400000
            401020  17fffff8  b 0x401000
            401024  d13fc3f1  sub x17, sp, #0xff0
            401028  f900023e  str x30, [x17]
            40102c  9100023f  mov sp, x17
        "#]],
    );
}

#[test]
fn huge_frames_use_the_wrap_safe_compare() {
    check(
        split(STACK_BIG, 48),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  b1148a1f  cmn x16, #0x522
            401008  540000c0  b.eq 0x401020
            40100c  910403f1  add x17, sp, #0x100
            401010  cb100231  sub x17, x17, x16
            401014  52821010  mov w16, #0x1080
            401018  eb10023f  cmp x17, x16
            40101c  540000c8  b.hi 0x401034
            401020  52820001  mov w1, #0x1000
            401024  52800602  mov w2, #0x30
            401028  aa1e03e3  mov x3, x30
            40102c  97fffbf5  bl 0x400000
            401030  17fffff4  b 0x401000
            401034  52820010  mov w16, #0x1000
            401038  cb3063f1  sub x17, sp, x16
            40103c  f900023e  str x30, [x17]
            401040  9100023f  mov sp, x17
        "#]],
    );
    check(
        split(STACK_BIG + 16, 56),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  b1148a1f  cmn x16, #0x522
            401008  540000c0  b.eq 0x401020
            40100c  910403f1  add x17, sp, #0x100
            401010  cb100231  sub x17, x17, x16
            401014  52821210  mov w16, #0x1090
            401018  eb10023f  cmp x17, x16
            40101c  540000c8  b.hi 0x401034
            401020  52820201  mov w1, #0x1010
            401024  52800702  mov w2, #0x38
            401028  aa1e03e3  mov x3, x30
            40102c  97fffbf5  bl 0x400000
            401030  17fffff4  b 0x401000
            401034  52820210  mov w16, #0x1010
            401038  cb3063f1  sub x17, sp, x16
            40103c  f900023e  str x30, [x17]
            401040  9100023f  mov sp, x17
        "#]],
    );
    check(
        split(0x1_0000, 0),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  b1148a1f  cmn x16, #0x522
            401008  540000e0  b.eq 0x401024
            40100c  910403f1  add x17, sp, #0x100
            401010  cb100231  sub x17, x17, x16
            401014  52801010  mov w16, #0x80
            401018  72a00030  movk w16, #0x1, lsl #16
            40101c  eb10023f  cmp x17, x16
            401020  540000c8  b.hi 0x401038
            401024  52a00021  mov w1, #0x10000
            401028  52800002  mov w2, #0x0
            40102c  aa1e03e3  mov x3, x30
            401030  97fffbf4  bl 0x400000
            401034  17fffff3  b 0x401000
            401038  52a00030  mov w16, #0x10000
            40103c  cb3063f1  sub x17, sp, x16
            401040  f900023e  str x30, [x17]
            401044  9100023f  mov sp, x17
        "#]],
    );
    check(
        split(MAX_FRAME, i32::MAX as u64),
        expect![[r#"
            401000  f9400390  ldr x16, [x28]
            401004  b1148a1f  cmn x16, #0x522
            401008  540000e0  b.eq 0x401024
            40100c  910403f1  add x17, sp, #0x100
            401010  cb100231  sub x17, x17, x16
            401014  529ffe10  mov w16, #0xfff0
            401018  72affff0  movk w16, #0x7fff, lsl #16
            40101c  eb10023f  cmp x17, x16
            401020  54000108  b.hi 0x401040
            401024  529fee01  mov w1, #0xff70
            401028  72afffe1  movk w1, #0x7fff, lsl #16
            40102c  529fffe2  mov w2, #0xffff
            401030  72afffe2  movk w2, #0x7fff, lsl #16
            401034  aa1e03e3  mov x3, x30
            401038  97fffbf2  bl 0x400000
            40103c  17fffff1  b 0x401000
            401040  529fee10  mov w16, #0xff70
            401044  72affff0  movk w16, #0x7fff, lsl #16
            401048  cb3063f1  sub x17, sp, x16
            40104c  f900023e  str x30, [x17]
            401050  9100023f  mov sp, x17
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

    let (code, at) = emit_at(CODE_BASE, nosplit(STACK_SMALL - 16), &rt());
    expect![[r#"
        401000  f8190ffe  str x30, [sp, #-0x70]!
    "#]]
    .assert_eq(&listing(&decode(&code)));
    assert_eq!((at.body, at.end, at.split), (0, code.len(), None));
    assert_eq!(
        Arm64.emit_prologue(&mut CodeBuf::new(0), nosplit(STACK_SMALL), &rt()),
        Err(EmitError::NosplitFrameTooLarge(STACK_SMALL))
    );
}

/// `bl` reaches ±128 MiB; beyond, the absolute address goes through x17
/// and `blr`, and the `b start` still sits at the return address.
#[test]
fn morestack_out_of_bl_range_is_called_through_x17() {
    // High enough for the whole range below; in the small-frame prologue
    // the `bl` is the seventh instruction.
    let base = 0x1000_0000;
    let bl_addr = base + 6 * 4;
    let reach = |morestack| {
        let rt = RuntimeAddrs {
            morestack,
            g_slot: 0,
        };
        let (code, at) = emit_at(base, split(16, 8), &rt);
        let insns = decode(&code);
        let ret = at.split.unwrap().morestack_ret;
        assert_eq!(
            rewind_morestack(&code.bytes()[ret..], code.addr_at(ret)),
            Ok(base)
        );
        insns
    };
    let lowest = bl_addr - (1 << 27);
    assert_eq!(reach(lowest)[6].text, format!("bl {lowest:#x}"));
    let highest = bl_addr + (1 << 27) - 4;
    assert_eq!(reach(highest)[6].text, format!("bl {highest:#x}"));

    let insns = reach(bl_addr + (1 << 27));
    assert_eq!(insns[6].text, "mov x17, #0x18");
    assert_eq!(insns[7].text, "movk x17, #0x1800, lsl #16");
    assert_eq!(insns[8].text, "blr x17");

    expect![[r#"
        10000000  f9400390  ldr x16, [x28]
        10000004  eb3063ff  cmp sp, x16
        10000008  54000128  b.hi 0x1000002c
        1000000c  52800201  mov w1, #0x10
        10000010  52800102  mov w2, #0x8
        10000014  aa1e03e3  mov x3, x30
        10000018  d28e0011  mov x17, #0x7000
        1000001c  f2a68ad1  movk x17, #0x3456, lsl #16
        10000020  f2cfe251  movk x17, #0x7f12, lsl #32
        10000024  d63f0220  blr x17
        10000028  17fffff6  b 0x10000000
        1000002c  f81f0ffe  str x30, [sp, #-0x10]!
    "#]]
    .assert_eq(&listing(&reach(0x7f12_3456_7000)));
}

#[test]
fn prologues_follow_each_other_in_one_buffer() {
    let mut code = CodeBuf::new(CODE_BASE);
    let first = Arm64.emit_prologue(&mut code, split(16, 0), &rt()).unwrap();
    let second = Arm64
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
    let calls: Vec<String> = decode(&code)
        .into_iter()
        .filter(|i| i.text.starts_with("bl "))
        .map(|i| i.text)
        .collect();
    assert_eq!(
        calls,
        [format!("bl {MORESTACK:#x}"), format!("bl {MORESTACK:#x}")]
    );
}

#[test]
fn sizes_are_checked() {
    let mut code = CodeBuf::new(CODE_BASE);
    assert_eq!(
        Arm64.emit_prologue(&mut code, split(24, 0), &rt()),
        Err(EmitError::UnalignedFrame {
            frame_size: 24,
            align: 16
        })
    );
    assert_eq!(
        Arm64.emit_prologue(&mut code, split(MAX_FRAME + 16, 0), &rt()),
        Err(EmitError::FrameTooLarge(MAX_FRAME + 16))
    );
    assert!(code.is_empty());
}

/// A `b` far back, as dynasmrt emits it, decodes to its target too.
#[test]
fn rewind_decodes_a_long_branch_back_to_start() {
    use dynasmrt::{dynasm, DynasmLabelApi};
    let mut code = CodeBuf::new(CODE_BASE);
    let mut ops = code
        .assembler::<dynasmrt::aarch64::Aarch64Relocation>()
        .unwrap();
    dynasm!(ops ; .arch aarch64 ; start:);
    for _ in 0..0x1_0000 {
        dynasm!(ops ; .arch aarch64 ; nop);
    }
    dynasm!(ops ; .arch aarch64 ; b <start);
    code.commit(ops).unwrap();
    let b = code.len() - 4;
    assert_eq!(
        rewind_morestack(&code.bytes()[b..], code.addr_at(b)),
        Ok(CODE_BASE)
    );
}
