//! Building the function table while code is emitted, and reading it back
//! as a disassembly (`splitgo disasm`).
//!
//! The table itself is the runtime's type
//! ([`splitgo_runtime::functab::FuncTab`]): the runtime unwinds stacks and
//! prints traces with it and must not depend on the JIT. Here functions
//! are recorded by buffer offsets while the code's final address is not
//! known yet ([`FuncRecord`]), then placed at it ([`build`]).

use iced_x86::{Decoder, DecoderOptions, FlowControl, Formatter, IntelFormatter};
use splitgo_runtime::functab::{FuncInfo, FuncTab};

/// One function (or stub) by offsets in the code buffer.
#[derive(Clone, Debug)]
pub struct FuncRecord {
    pub name: String,
    pub file: String,
    pub entry: usize,
    pub end: usize,
    /// First offset with the frame allocated (the prologue's end).
    pub body: usize,
    pub frame_size: u64,
    pub arg_size: u64,
    /// `(offset, line)` sorted by offset.
    pub lines: Vec<(usize, u32)>,
    pub runtime: bool,
    /// Offset of the recover block (the IR's `recover_block`), if any.
    pub recover: Option<usize>,
}

/// The table of `records` for code placed at `base`.
pub fn build(records: &[FuncRecord], base: u64) -> FuncTab {
    FuncTab::new(
        records
            .iter()
            .map(|r| FuncInfo {
                name: r.name.clone(),
                file: r.file.clone(),
                entry: base + r.entry as u64,
                end: base + r.end as u64,
                body: base + r.body as u64,
                frame_size: r.frame_size,
                arg_size: r.arg_size,
                lines: r.lines.iter().map(|&(o, l)| (base + o as u64, l)).collect(),
                runtime: r.runtime,
                recover: r.recover.map(|o| base + o as u64),
            })
            .collect(),
    )
}

/// Whether `name` is what the user asked for: the whole name
/// (`main.fib`, `main.(*T).m`) or the part after the package (`fib`).
fn matches(name: &str, filter: &str) -> bool {
    name == filter || name.split_once('.').is_some_and(|(_, rest)| rest == filter)
}

/// The machine code of the functions of `tab` (those matching `filter`,
/// or every Go function and stub), one instruction per line: address,
/// bytes and Intel syntax, with the source line where it changes and the
/// callee's name after a call.
///
/// ```text
/// main.fib  t.go:3  frame=0x40 args=0x10
///   t.go:3
///     0x7f52a8c01080  49 3b 26                 cmp rsp,[r14]
/// ```
pub fn disasm(code: &[u8], base: u64, tab: &FuncTab, filter: Option<&str>) -> String {
    let mut fmt = IntelFormatter::new();
    let o = fmt.options_mut();
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_space_after_operand_separator(true);
    o.set_branch_leading_zeros(false);
    o.set_show_branch_size(false);
    let mut out = String::new();
    for f in tab.funcs() {
        if let Some(want) = filter {
            if !matches(&f.name, want) {
                continue;
            }
        }
        let file = f.file.rsplit('/').next().unwrap_or(&f.file);
        if f.runtime {
            out.push_str(&format!("{}\n", f.name));
        } else {
            out.push_str(&format!(
                "{}  {}:{}  frame={:#x} args={:#x}\n",
                f.name,
                file,
                f.line_at(f.entry),
                f.frame_size,
                f.arg_size
            ));
        }
        let lo = (f.entry - base) as usize;
        let hi = ((f.end - base) as usize).min(code.len());
        let mut dec = Decoder::with_ip(64, &code[lo..hi], f.entry, DecoderOptions::NONE);
        let mut last_line = 0;
        for insn in dec.iter() {
            if !f.runtime {
                let line = f.line_at(insn.ip());
                if line != last_line {
                    out.push_str(&format!("  {file}:{line}\n"));
                    last_line = line;
                }
            }
            let off = (insn.ip() - base) as usize;
            let bytes: Vec<String> = code[off..off + insn.len()]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let mut text = String::new();
            fmt.format(&insn, &mut text);
            out.push_str(&format!(
                "    {:#x}  {:<24} {text}",
                insn.ip(),
                bytes.join(" ")
            ));
            if matches!(
                insn.flow_control(),
                FlowControl::Call | FlowControl::UnconditionalBranch
            ) {
                let target = insn.near_branch_target();
                if let Some(callee) = tab.find(target).filter(|c| c.entry == target) {
                    if callee.entry != f.entry {
                        out.push_str(&format!("  ; {}", callee.name));
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}
