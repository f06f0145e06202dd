//! From an IR module to a runnable program: [`compile`] builds an
//! [`Image`] for the host machine in one addition and finds the
//! addresses the executor needs (initializers, main, `os.Args`); and
//! [`compile_func`], the way one function goes from the IR to code, which
//! the image uses for each function it adds.
//!
//! This is the one place that names the machine the program runs on
//! ([`Host`]); everything below is generic over [`Machine`].

use std::fmt;

use splitgo_lang::ir::{Func, FuncId, Module};
use splitgo_runtime::exec;
use splitgo_runtime::functab::FuncTab;

use crate::backend::CodeBuf;
use crate::codegen::{emit_func, Env};
use crate::functab::{self, FuncRecord};
use crate::image::Image;
use crate::locals;
use crate::mach::{Machine, RegClass};
use crate::{forward, inline, regalloc, stackmap};

/// The machine programs are compiled for to run here.
pub type Host = crate::x64::X64;

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
    pub(crate) fn new(message: impl Into<String>) -> CompileError {
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
    image: Image<Host>,
    entries: Vec<u64>,
    os_args: Option<u64>,
    /// The program's descriptors of run-time errors (ir::RUNTIME_ERROR_TYPES).
    runtime_errors: Vec<u64>,
}

impl Compiled {
    /// What the native executor runs.
    pub fn image(&self) -> exec::Image<'_> {
        self.image
            .exec_image(&self.entries, self.os_args, &self.runtime_errors)
    }

    pub fn functab(&self) -> &FuncTab {
        self.image.functab()
    }

    /// The code of the functions matching `filter` (every function and
    /// stub when `None`), disassembled.
    pub fn disasm(&self, filter: Option<&str>) -> String {
        functab::disasm(
            self.image.code(),
            self.image.code_base(),
            self.image.functab(),
            filter,
        )
    }
}

/// Compiles `m` for amd64 into a runnable program.
pub fn compile(m: &Module) -> Result<Compiled, CompileError> {
    if m.target.arch != Host::ARCH {
        return Err(CompileError::new(
            "only amd64 code can be compiled to run (other targets come with the emulator)",
        ));
    }
    let main = m
        .main
        .ok_or_else(|| CompileError::new("function main is undeclared in the main package"))?;
    let mut image = Image::<Host>::new(m.target)?;
    image.add(m)?;
    if let Some(f) = image.unlinked().first() {
        return Err(CompileError::new(format!(
            "call of {}, which has no body",
            m.funcs
                .get(f.0 as usize)
                .map_or("an unknown function", |f| f.name.as_str())
        )));
    }
    let entries = m
        .inits
        .iter()
        .chain(std::iter::once(&main))
        .map(|&f| {
            image
                .entry(f)
                .ok_or_else(|| CompileError::new("an initializer or main has no body"))
        })
        .collect::<Result<Vec<u64>, CompileError>>()?;
    let os_args = m
        .globals
        .iter()
        .position(|g| g.name == "os.Args")
        .and_then(|i| image.global(i));
    let runtime_errors = m
        .runtime_errors
        .iter()
        .filter_map(|d| image.type_desc(d.0 as usize))
        .collect();
    Ok(Compiled {
        image,
        entries,
        os_args,
        runtime_errors,
    })
}

/// Compiles `f` (a function of `m` with a body) at the end of `code`:
/// small pure functions inlined, copies forwarded, then registers, on the
/// function as lowered; the locals left in memory are then packed. Gives
/// its function-table record and its direct calls (the offset of each
/// call's address field, and the callee), all by offsets in `code`.
pub fn compile_func<M: Machine>(
    m: &Module,
    f: &Func,
    code: &mut CodeBuf,
    env: &Env<'_>,
    packer: &mut locals::Packer,
    can_inline: &[bool],
) -> Result<(FuncRecord, Vec<(usize, FuncId)>), CompileError> {
    let w = M::WORD;
    let mut g = f.clone();
    inline::inline_calls(m, &mut g, can_inline);
    forward::forward_copies(&mut g, w);
    forward::propagate_copies(&mut g, w);
    let alloc = regalloc::allocate(
        &g,
        w,
        <M::Ops<'_> as crate::mach::MachOps>::allocatable(RegClass::Int),
        <M::Ops<'_> as crate::mach::MachOps>::allocatable(RegClass::Float),
    );
    if let Some(a) = &alloc {
        regalloc::rename_in_place(&mut g, a);
    }
    let maps = stackmap::compute(&g, w).map_err(|message| CompileError {
        file: g.file.clone(),
        line: 0,
        message: format!("{}: {message}", g.name),
    })?;
    packer.compact_in_place(&mut g, w);
    let entry_zero: Vec<u32> = maps
        .zero_on_entry
        .iter()
        .map(|&o| packer.relocated(o))
        .collect();
    let f = &g;
    let em = emit_func(
        code,
        f,
        alloc.as_ref(),
        &entry_zero,
        env,
        |code, reserve, labels| M::begin(code, env, reserve, labels),
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
    let stack_maps = stackmap::frame_maps(&em, &maps, packer).map_err(|message| CompileError {
        file: f.file.clone(),
        line: 0,
        message: format!("{}: {message}", f.name),
    })?;
    let (lines, other_files) = functab::pc_table(m, f, &em.lines);
    let record = FuncRecord {
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
        // such as the one `defer close(c)` calls): shown in traces only
        // with the runtime's frames, as `<autogenerated>`.
        runtime: f.file.is_empty(),
        wrapper: f.wrapper,
        recover: em.recover,
        stack_maps,
    };
    Ok((record, em.calls))
}
