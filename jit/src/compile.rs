//! From an IR module to a runnable image: code, static data, globals, the
//! function table, and the addresses the executor needs.
//!
//! Memory, each part in its own mapping:
//! - **code** (one dynasmrt buffer, never writable and executable at once):
//!   the stubs first (so every prologue reaches morestack and every body
//!   the trampoline with a `call rel32`), then each function that has a
//!   body, 16-byte aligned. The code is emitted at address 0 and is
//!   position-independent by construction: references inside the buffer
//!   are pc-relative (calls, jumps, the stubs' labels) and everything else
//!   (data, globals, Rust entry points) is an absolute 64-bit immediate.
//!   Once its size is known it is copied into its executable mapping.
//! - **rodata** (read-only once filled): string literals, type
//!   descriptors in the layout of `splitgo_runtime::typedesc`, and one
//!   word per function holding its code address (the static closure that
//!   `AddrOf::FuncValue` takes the address of).
//! - **globals** (read-write, zeroed): package variables at their alignment.
//!
//! Calls between Go functions are emitted with a zero displacement and
//! patched when every function has its address.

use std::fmt;

use dynasmrt::mmap::MutableBuffer;
use dynasmrt::{AssemblyOffset, ExecutableBuffer};
use memmap2::{Mmap, MmapMut};
use splitgo_lang::ir::Module;
use splitgo_lang::target::Arch as LangArch;
use splitgo_runtime::exec::{self, Image};
use splitgo_runtime::functab::FuncTab;
use splitgo_runtime::services::NativeFn;
use splitgo_runtime::typedesc;

use crate::backend::{CodeBuf, RuntimeAddrs};
use crate::codegen::{emit_func, Env, CODE_PER_INST};
use crate::functab::{self, FuncRecord};
use crate::locals;
use crate::mach::{MachOps, RegClass};
use crate::x64::ops::X64Ops;
use crate::x64::stubs::{emit_native_thunk, emit_stubs, Stubs};
use crate::{forward, inline, regalloc, stackmap};

/// Why a module could not be compiled, with the source position when one
/// is known (`file:line: message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub file: String,
    /// 0 when unknown.
    pub line: u32,
    pub message: String,
}

impl CompileError {
    fn new(message: impl Into<String>) -> CompileError {
        CompileError {
            file: String::new(),
            line: 0,
            message: message.into(),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.file.is_empty(), self.line) {
            (true, _) => write!(f, "{}", self.message),
            (false, 0) => write!(f, "{}: {}", self.file, self.message),
            (false, line) => write!(f, "{}:{line}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for CompileError {}

/// A compiled program: everything stays mapped as long as this lives.
pub struct Compiled {
    code: ExecutableBuffer,
    _rodata: Mmap,
    _globals: MmapMut,
    base: u64,
    functab: FuncTab,
    stubs: Stubs,
    /// The sigpanic stub (a thunk of the reserved call number).
    sigpanic: usize,
    entries: Vec<u64>,
    os_args: Option<u64>,
    /// The program's descriptors of run-time errors (ir::RUNTIME_ERROR_TYPES).
    runtime_errors: Vec<u64>,
}

impl Compiled {
    /// What the native executor runs.
    pub fn image(&self) -> Image<'_> {
        Image {
            code: &self.code,
            enter: self.addr(self.stubs.enter),
            goexit: self.addr(self.stubs.goexit),
            lessstack: self.addr(self.stubs.lessstack),
            sigpanic: self.addr(self.sigpanic),
            deferret: self.addr(self.stubs.deferret),
            callret: self.addr(self.stubs.callret),
            entries: &self.entries,
            functab: &self.functab,
            os_args: self.os_args,
            runtime_errors: &self.runtime_errors,
        }
    }

    fn addr(&self, offset: usize) -> u64 {
        self.base + offset as u64
    }

    pub fn functab(&self) -> &FuncTab {
        &self.functab
    }

    /// The code of the functions matching `filter` (every function and
    /// stub when `None`), disassembled.
    pub fn disasm(&self, filter: Option<&str>) -> String {
        functab::disasm(&self.code, self.base, &self.functab, filter)
    }
}

/// A mapping laid out by offsets before it exists.
#[derive(Default)]
struct Layout {
    size: usize,
}

impl Layout {
    fn alloc(&mut self, size: usize, align: usize) -> usize {
        let at = self.size.div_ceil(align.max(1)) * align.max(1);
        self.size = at + size;
        at
    }
}

fn map(size: usize) -> Result<MmapMut, CompileError> {
    MmapMut::map_anon(size.max(1))
        .map_err(|e| CompileError::new(format!("cannot map {size} bytes: {e}")))
}

/// Compiles `m` for amd64 into a runnable image.
pub fn compile(m: &Module) -> Result<Compiled, CompileError> {
    if m.target.arch != LangArch::Amd64 {
        return Err(CompileError::new(
            "only amd64 code can be compiled to run (other targets come with the emulator)",
        ));
    }
    let main = m
        .main
        .ok_or_else(|| CompileError::new("function main is undeclared in the main package"))?;
    const W: usize = 8;

    // Read-only data: strings, type descriptors, function values.
    let mut ro = Layout::default();
    let data_off: Vec<usize> = m.data.iter().map(|d| ro.alloc(d.len(), W)).collect();
    struct DescOff {
        desc: usize,
        name: usize,
        fields: usize,
        field_names: Vec<usize>,
        methods: usize,
        method_names: Vec<usize>,
        /// The reflect part (ir::typeinfo): package path, parameter
        /// list, and each field's tag and package path.
        pkg: usize,
        params: usize,
        field_strs: Vec<(usize, usize)>,
    }
    // The descriptors lie in order of their names: fmt and maps order
    // interface keys of different types by descriptor address, as gc does,
    // and gc's linker lays its descriptors out by symbol size and then
    // name (for the predeclared types, whose sizes are equal, by name).
    let mut by_name: Vec<usize> = (0..m.type_descs.len()).collect();
    by_name.sort_by(|&a, &b| m.type_descs[a].name.cmp(&m.type_descs[b].name));
    let mut desc_words = vec![0; m.type_descs.len()];
    for &i in &by_name {
        desc_words[i] = ro.alloc(typedesc::WORDS as usize * W, W);
    }
    let desc_off: Vec<DescOff> = m
        .type_descs
        .iter()
        .zip(desc_words)
        .map(|(t, desc)| DescOff {
            desc,
            name: ro.alloc(t.name.len(), 1),
            fields: ro.alloc(t.fields.len() * typedesc::FIELD_WORDS as usize * W, W),
            field_names: t.fields.iter().map(|f| ro.alloc(f.0.len(), 1)).collect(),
            methods: ro.alloc(t.methods.len() * typedesc::METHOD_WORDS as usize * W, W),
            method_names: t
                .methods
                .iter()
                .map(|r| ro.alloc(r.name.len(), 1))
                .collect(),
            pkg: ro.alloc(t.info.pkg_path.len(), 1),
            params: ro.alloc((t.info.ins.len() + t.info.outs.len()) * W, W),
            field_strs: t
                .info
                .fields
                .iter()
                .map(|f| (ro.alloc(f.tag.len(), 1), ro.alloc(f.pkg_path.len(), 1)))
                .collect(),
        })
        .collect();
    let funcval_off: Vec<usize> = m.funcs.iter().map(|_| ro.alloc(W, W)).collect();
    let nativeval_off: Vec<usize> = m.natives.iter().map(|_| ro.alloc(W, W)).collect();
    let itab_off: Vec<usize> = m
        .itabs
        .iter()
        .map(|t| ro.alloc((1 + t.methods.len()) * W, W))
        .collect();
    let mut rodata = map(ro.size)?;
    let ro_base = rodata.as_mut_ptr().expose_provenance() as u64;
    let ro_addr = |o: usize| ro_base + o as u64;

    for (d, &o) in m.data.iter().zip(&data_off) {
        rodata[o..o + d.len()].copy_from_slice(d);
    }
    let desc_addr: Vec<u64> = desc_off.iter().map(|d| ro_addr(d.desc)).collect();
    for (k, (t, off)) in m.type_descs.iter().zip(&desc_off).enumerate() {
        let link = |id: Option<splitgo_lang::ir::TypeDescId>| {
            id.and_then(|i| desc_addr.get(i.0 as usize).copied())
                .unwrap_or(0)
        };
        let words = [
            t.kind as u64,
            u64::from(t.size),
            u64::from(t.align),
            link(t.elem),
            link(t.key),
            t.len,
            ro_addr(off.name),
            t.name.len() as u64,
            t.fields.len() as u64,
            ro_addr(off.fields),
            t.methods.len() as u64,
            ro_addr(off.methods),
            ro_addr(off.pkg),
            t.info.pkg_path.len() as u64,
            t.info.flags,
            link(t.info.ptr_to),
            t.info.ins.len() as u64,
            t.info.outs.len() as u64,
            ro_addr(off.params),
            t.info.ptrdata,
            // The ring of all descriptors (typedesc.rs LINK).
            desc_addr[(k + 1) % desc_addr.len()],
        ];
        const _: () = assert!(typedesc::WORDS == 21 && typedesc::FIELD_WORDS == 9);
        for (i, w) in words.iter().enumerate() {
            let at = off.desc + i * W;
            rodata[at..at + W].copy_from_slice(&w.to_le_bytes());
        }
        rodata[off.name..off.name + t.name.len()].copy_from_slice(t.name.as_bytes());
        let put = |rodata: &mut [u8], at: usize, bytes: &[u8]| {
            rodata[at..at + bytes.len()].copy_from_slice(bytes);
        };
        put(&mut rodata, off.pkg, t.info.pkg_path.as_bytes());
        for (j, p) in t.info.ins.iter().chain(&t.info.outs).enumerate() {
            put(
                &mut rodata,
                off.params + j * W,
                &link(Some(*p)).to_le_bytes(),
            );
        }
        for (j, (fname, foff, fty)) in t.fields.iter().enumerate() {
            let info = &t.info.fields[j];
            let rec = [
                ro_addr(off.field_names[j]),
                fname.len() as u64,
                u64::from(*foff),
                desc_addr.get(fty.0 as usize).copied().unwrap_or(0),
                ro_addr(off.field_strs[j].0),
                info.tag.len() as u64,
                info.flags,
                ro_addr(off.field_strs[j].1),
                info.pkg_path.len() as u64,
            ];
            put(&mut rodata, off.field_strs[j].0, &info.tag);
            put(&mut rodata, off.field_strs[j].1, info.pkg_path.as_bytes());
            for (i, w) in rec.iter().enumerate() {
                let at = off.fields + (j * typedesc::FIELD_WORDS as usize + i) * W;
                rodata[at..at + W].copy_from_slice(&w.to_le_bytes());
            }
            let n = off.field_names[j];
            rodata[n..n + fname.len()].copy_from_slice(fname.as_bytes());
        }
        for (j, r) in t.methods.iter().enumerate() {
            let mname = &r.name;
            let rec = [
                ro_addr(off.method_names[j]),
                mname.len() as u64,
                r.func.map_or(0, |f| ro_addr(funcval_off[f.0 as usize])),
                u64::from(r.pkg),
                u64::from(r.sig),
                u64::from(r.stringer) | u64::from(r.formatter) << 1,
                link(r.ty),
            ];
            for (i, w) in rec.iter().enumerate() {
                let at = off.methods + (j * typedesc::METHOD_WORDS as usize + i) * W;
                rodata[at..at + W].copy_from_slice(&w.to_le_bytes());
            }
            let n = off.method_names[j];
            rodata[n..n + mname.len()].copy_from_slice(mname.as_bytes());
        }
    }

    // Globals: zeroed, read-write.
    let mut gl = Layout::default();
    let global_off: Vec<usize> = m
        .globals
        .iter()
        .map(|g| gl.alloc(g.size as usize, (g.align as usize).clamp(1, 4096)))
        .collect();
    let mut globals = map(gl.size)?;
    let gl_base = globals.as_mut_ptr().expose_provenance() as u64;
    let global_addr: Vec<u64> = global_off.iter().map(|&o| gl_base + o as u64).collect();

    // Code, at address 0 for now (position-independent, see above).
    let mut code = CodeBuf::new(0);
    let internal = |e: crate::backend::EmitError| CompileError::new(e.to_string());
    let stubs = emit_stubs(&mut code, &exec::entry_points()).map_err(internal)?;
    let mut records: Vec<FuncRecord> = stubs
        .ranges()
        .into_iter()
        .map(|(name, entry, end)| FuncRecord {
            name: name.to_string(),
            file: String::new(),
            entry,
            end,
            body: entry,
            frame_size: 0,
            arg_size: 0,
            lines: Vec::new(),
            other_files: Vec::new(),
            runtime: true,
            wrapper: false,
            recover: None,
            stack_maps: Vec::new(),
        })
        .collect();
    // Where the signal handler sends a goroutine that faulted in Go code:
    // a runtime call of the reserved number SIGPANIC (runtime/src/signals).
    let sigpanic =
        emit_native_thunk(&mut code, exec::SIGPANIC, stubs.trampoline as u64).map_err(internal)?;
    records.push(FuncRecord {
        name: "runtime.sigpanic".to_string(),
        file: String::new(),
        entry: sigpanic,
        end: code.len(),
        body: sigpanic,
        frame_size: 0,
        arg_size: 0,
        lines: Vec::new(),
        other_files: Vec::new(),
        runtime: true,
        wrapper: false,
        recover: None,
        stack_maps: Vec::new(),
    });
    let natives: Vec<Result<u32, String>> = m
        .natives
        .iter()
        .map(|n| {
            NativeFn::by_name(&n.name)
                .map(|(_, id)| id)
                .ok_or_else(|| format!("not yet supported by the runtime: {}", n.name))
        })
        .collect();
    let data_addr: Vec<u64> = data_off.iter().map(|&o| ro_addr(o)).collect();
    let funcval_addr: Vec<u64> = funcval_off.iter().map(|&o| ro_addr(o)).collect();
    let itab_addr: Vec<u64> = itab_off.iter().map(|&o| ro_addr(o)).collect();
    // An itab: the concrete type's descriptor, then each method's func value.
    for (t, &o) in m.itabs.iter().zip(&itab_off) {
        let desc = desc_addr.get(t.concrete.0 as usize).copied().unwrap_or(0);
        let words = std::iter::once(desc).chain(
            t.methods
                .iter()
                .map(|f| funcval_addr.get(f.0 as usize).copied().unwrap_or(0)),
        );
        for (i, w) in words.enumerate() {
            let at = o + i * W;
            rodata[at..at + W].copy_from_slice(&w.to_le_bytes());
        }
    }
    // Natives called through func values enter by a thunk each.
    let mut thunk_off: Vec<Option<usize>> = Vec::new();
    for (n, id) in m.natives.iter().zip(&natives) {
        let Ok(id) = id else {
            thunk_off.push(None);
            continue;
        };
        let at = emit_native_thunk(&mut code, *id, stubs.trampoline as u64).map_err(internal)?;
        records.push(FuncRecord {
            name: n.name.clone(),
            file: String::new(),
            entry: at,
            end: code.len(),
            body: at,
            frame_size: 0,
            arg_size: u64::from(n.arg_size),
            lines: Vec::new(),
            other_files: Vec::new(),
            runtime: true,
            wrapper: false,
            recover: None,
            stack_maps: Vec::new(),
        });
        thunk_off.push(Some(at));
    }
    let native_values: Vec<Result<u64, String>> = natives
        .iter()
        .zip(&nativeval_off)
        .map(|(id, &o)| id.clone().map(|_| ro_addr(o)))
        .collect();
    let env = Env {
        globals: &global_addr,
        data: &data_addr,
        type_descs: &desc_addr,
        func_values: &funcval_addr,
        native_values: &native_values,
        itabs: &itab_addr,
        natives: &natives,
        trampoline: stubs.trampoline as u64,
        rt: RuntimeAddrs {
            morestack: stubs.morestack as u64,
            g_slot: 0,
        },
    };
    let insts: usize = m
        .funcs
        .iter()
        .flat_map(|f| &f.blocks)
        .map(|b| b.insts.len() + 1)
        .sum();
    code.reserve(insts * CODE_PER_INST);
    let mut entry_off: Vec<Option<usize>> = vec![None; m.funcs.len()];
    let mut fixups = Vec::new();
    let mut packer = locals::Packer::default();
    let can_inline: Vec<bool> = m.funcs.iter().map(inline::inlinable).collect();
    for (i, f) in m.funcs.iter().enumerate() {
        // Functions the lowering did not reach have no blocks.
        if f.blocks.is_empty() {
            continue;
        }
        // Small pure functions inlined, copies forwarded, then registers,
        // on the function as lowered; the locals left in memory are then
        // packed. One copy of the function, changed in place.
        let mut g = f.clone();
        inline::inline_calls(m, &mut g, &can_inline);
        forward::forward_copies(&mut g, W as u32);
        forward::propagate_copies(&mut g, W as u32);
        let alloc = regalloc::allocate(
            &g,
            W as u32,
            X64Ops::allocatable(RegClass::Int),
            X64Ops::allocatable(RegClass::Float),
        );
        if let Some(a) = &alloc {
            regalloc::rename_in_place(&mut g, a);
        }
        let maps = stackmap::compute(&g, W as u32).map_err(|message| CompileError {
            file: g.file.clone(),
            line: 0,
            message: format!("{}: {message}", g.name),
        })?;
        packer.compact_in_place(&mut g, W as u32);
        let entry_zero: Vec<u32> = maps
            .zero_on_entry
            .iter()
            .map(|&o| packer.relocated(o))
            .collect();
        let f = &g;
        let em = emit_func(
            &mut code,
            f,
            alloc.as_ref(),
            &entry_zero,
            &env,
            |code, reserve, labels| X64Ops::begin(code, &env, reserve, labels),
        )
        .map_err(|e| {
            let (other, line) = m.src_pos(e.line);
            CompileError {
                file: other.map_or(&f.file, |p| &p.file).clone(),
                line,
                message: if e.line == 0 {
                    format!("{}: {}", f.name, e.message)
                } else {
                    e.message
                },
            }
        })?;
        let stack_maps =
            stackmap::frame_maps(&em, &maps, &packer).map_err(|message| CompileError {
                file: f.file.clone(),
                line: 0,
                message: format!("{}: {message}", f.name),
            })?;
        let (lines, other_files) = functab::pc_table(m, &em.lines);
        entry_off[i] = Some(em.prologue.start);
        records.push(FuncRecord {
            name: f.name.clone(),
            file: f.file.clone(),
            entry: em.prologue.start,
            end: em.end,
            body: em.prologue.end,
            frame_size: u64::from(em.frame.size),
            arg_size: u64::from(f.arg_size),
            lines,
            other_files,
            // Generated code with no source (wrappers the lowering makes,
            // such as the one `defer close(c)` calls): shown in traces
            // only with the runtime's frames, as `<autogenerated>`.
            runtime: f.file.is_empty(),
            wrapper: f.wrapper,
            recover: em.recover,
            stack_maps,
        });
        fixups.extend(em.calls);
    }
    let mut bytes = code.into_bytes();
    for (at, callee) in fixups {
        let target = entry_off
            .get(callee.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| {
                CompileError::new(format!(
                    "call of {}, which has no body",
                    m.funcs
                        .get(callee.0 as usize)
                        .map_or("an unknown function", |f| f.name.as_str())
                ))
            })?;
        let rel = target as i64 - (at as i64 + 4);
        let rel = i32::try_from(rel).map_err(|_| CompileError::new("code too large"))?;
        bytes[at..at + 4].copy_from_slice(&rel.to_le_bytes());
    }

    // Place the code: written while mapped read-write, then made
    // executable (and no longer writable).
    let mut buf = MutableBuffer::new(bytes.len())
        .map_err(|e| CompileError::new(format!("cannot map code: {e}")))?;
    buf.set_len(bytes.len());
    buf.copy_from_slice(&bytes);
    let code = buf
        .make_exec()
        .map_err(|e| CompileError::new(format!("cannot make code executable: {e}")))?;
    let base = code.ptr(AssemblyOffset(0)).expose_provenance() as u64;

    for (i, &o) in funcval_off.iter().enumerate() {
        let addr = entry_off[i].map_or(0, |e| base + e as u64);
        rodata[o..o + W].copy_from_slice(&addr.to_le_bytes());
    }
    for (t, &o) in thunk_off.iter().zip(&nativeval_off) {
        let addr = t.map_or(0, |e| base + e as u64);
        rodata[o..o + W].copy_from_slice(&addr.to_le_bytes());
    }
    let rodata = rodata
        .make_read_only()
        .map_err(|e| CompileError::new(format!("cannot protect data: {e}")))?;

    let mut entries = Vec::new();
    for f in m.inits.iter().chain(std::iter::once(&main)) {
        let off = entry_off
            .get(f.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| CompileError::new("an initializer or main has no body"))?;
        entries.push(base + off as u64);
    }
    let os_args = m
        .globals
        .iter()
        .position(|g| g.name == "os.Args")
        .map(|i| global_addr[i]);
    Ok(Compiled {
        functab: functab::build(records, base),
        code,
        _rodata: rodata,
        _globals: globals,
        base,
        stubs,
        sigpanic,
        entries,
        os_args,
        runtime_errors: m
            .runtime_errors
            .iter()
            .filter_map(|d| desc_addr.get(d.0 as usize).copied())
            .collect(),
    })
}
