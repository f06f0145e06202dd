//! A compiled image that grows: code, read-only data and globals, each in
//! address space reserved once and committed as it fills, so that what
//! one addition placed never moves while later additions append to it
//! (the REPL compiles its inputs one by one into one live image, from
//! one `ir::Module` whose tables only grow).
//!
//! - **code** ([`Region`], one reservation): the stubs first, then each
//!   addition's native thunks and functions. Every direct call must reach
//!   the stubs, so the whole reservation lies within the machine's call
//!   reach. Code is emitted at the address it will run at, into a
//!   staging buffer, then copied into pages made writable for the copy
//!   and executable after it; its pages are never writable and
//!   executable at once.
//! - **rodata** ([`Arena`]): one block per addition (strings, type
//!   descriptors, static func values, itabs; rodata.rs), read-only
//!   except while an addition fills it or re-links earlier words.
//! - **globals** ([`Arena`]): zeroed, read-write.
//!
//! An addition compiles what the module has beyond what earlier ones saw,
//! and each function that had no body before and has one now. A call of
//! a function without code waits (pointed at a trapping stub) and is
//! linked when the callee's code arrives; [`Image::unlinked`] lists such
//! callees.

pub mod region;
#[cfg(test)]
mod tests;

use std::marker::PhantomData;

use splitgo_lang::ir::{FuncId, Module};
use splitgo_lang::target::Target;
use splitgo_runtime::exec;
use splitgo_runtime::functab::FuncTab;
use splitgo_runtime::roots::GlobalRoots;
use splitgo_runtime::services::NativeFn;
use splitgo_runtime::typedesc;

use crate::backend::{CodeBuf, RuntimeAddrs};
use crate::codegen::{Env, CODE_PER_INST};
use crate::compile::{compile_func, CompileError};
use crate::functab::{self, FuncRecord};
use crate::mach::{Machine, StubOffsets};
use crate::rodata::{self, Counts, Refs};
use crate::{inline, locals};
use region::{protect, Arena, Prot, Region};

/// Address space reserved for code when the process may map all it
/// likes: 1 GiB, well inside a rel32's reach of the stubs, and far more
/// than any program needs (a large program's code is a few MiB).
const CODE_RESERVE: u64 = 1 << 30;
/// Under a `ulimit -v` reservations count against the limit the program
/// itself runs out of memory by, so they are kept small.
const CODE_RESERVE_LIMITED: u64 = 64 << 20;
/// Each reservation of the rodata and globals arenas (a larger block gets
/// one of its own size).
const DATA_CHUNK: u64 = 64 << 20;
const DATA_CHUNK_LIMITED: u64 = 4 << 20;

/// The alignment of each addition's code.
const CODE_ALIGN: u64 = 16;

/// A growing image for the machine `M`.
pub struct Image<M: Machine> {
    code: Region,
    rodata: Arena,
    globals: Arena,
    stubs: StubOffsets,
    sigpanic: u64,
    /// Where calls of functions without code go, once one needs it.
    trap: Option<u64>,
    functab: FuncTab,
    /// What earlier additions saw of the module.
    seen: Counts,
    /// The code address of each function, 0 without code.
    entries: Vec<u64>,
    data: Vec<u64>,
    type_descs: Vec<u64>,
    func_values: Vec<u64>,
    itabs: Vec<u64>,
    globals_at: Vec<u64>,
    /// The pointer words of the globals (the collector's roots), and
    /// those of the addition under way, kept once it succeeds.
    global_roots: GlobalRoots,
    new_roots: Vec<(u64, Vec<u64>)>,
    natives: Vec<Result<u32, String>>,
    native_values: Vec<Result<u64, String>>,
    /// The code address of each native's thunk, 0 without one.
    native_entries: Vec<u64>,
    /// `(address of a call's field, callee)` for calls of functions
    /// without code yet.
    pending: Vec<(u64, FuncId)>,
    _machine: PhantomData<M>,
}

fn fail(message: impl Into<String>) -> CompileError {
    CompileError::new(message)
}

/// A record of code the runtime owns (a stub or a thunk).
fn runtime_record(name: &str, entry: usize, end: usize, arg_size: u64) -> FuncRecord {
    FuncRecord {
        name: name.to_string(),
        file: String::new(),
        entry,
        end,
        body: entry,
        frame_size: 0,
        arg_size,
        lines: Vec::new(),
        other_files: Vec::new(),
        runtime: true,
        wrapper: false,
        recover: None,
        stack_maps: Default::default(),
    }
}

/// Writes the word `v` at `addr`, in committed memory the image made
/// writable.
fn poke(addr: u64, v: u64, w: usize) {
    // SAFETY: callers pass addresses inside blocks of the image's arenas,
    // committed and made writable around the call.
    let p: *mut u8 = std::ptr::with_exposed_provenance_mut(addr as usize);
    unsafe { std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), p, w) };
}

impl<M: Machine> Image<M> {
    /// An image holding the stubs, for code of `target`.
    pub fn new(target: Target) -> Result<Image<M>, CompileError> {
        if target.arch != M::ARCH {
            return Err(fail(format!(
                "this image holds {:?} code, not {:?}",
                M::ARCH,
                target.arch
            )));
        }
        let unlimited = splitgo_runtime::sysmem::address_space_unlimited();
        let (code_size, chunk) = if unlimited {
            (CODE_RESERVE, DATA_CHUNK)
        } else {
            (CODE_RESERVE_LIMITED, DATA_CHUNK_LIMITED)
        };
        debug_assert!(code_size <= M::CALL_REACH);
        let code = Region::reserve(code_size).map_err(fail)?;
        let mut buf = CodeBuf::new(code.base());
        let internal = |e: crate::backend::EmitError| fail(e.to_string());
        let stubs = M::emit_stubs(&mut buf, &exec::entry_points()).map_err(internal)?;
        let mut records: Vec<FuncRecord> = stubs
            .ranges
            .iter()
            .map(|&(name, entry, end)| runtime_record(name, entry, end, 0))
            .collect();
        // Where the signal handler sends a goroutine that faulted in Go
        // code: a runtime call of the reserved number SIGPANIC
        // (runtime/src/signals).
        let trampoline = buf.addr_at(stubs.trampoline);
        let sigpanic =
            M::emit_native_thunk(&mut buf, exec::SIGPANIC, trampoline).map_err(internal)?;
        records.push(runtime_record("runtime.sigpanic", sigpanic, buf.len(), 0));
        let sigpanic = buf.addr_at(sigpanic);
        let mut image = Image {
            code,
            rodata: Arena::new(chunk),
            globals: Arena::new(chunk),
            stubs,
            sigpanic,
            trap: None,
            functab: FuncTab::default(),
            seen: Counts::default(),
            entries: Vec::new(),
            data: Vec::new(),
            type_descs: Vec::new(),
            func_values: Vec::new(),
            itabs: Vec::new(),
            globals_at: Vec::new(),
            global_roots: GlobalRoots::default(),
            new_roots: Vec::new(),
            natives: Vec::new(),
            native_values: Vec::new(),
            native_entries: Vec::new(),
            pending: Vec::new(),
            _machine: PhantomData,
        };
        image.place(buf, records)?;
        Ok(image)
    }

    /// The address of the stub at `offset` in the first code buffer.
    fn stub(&self, offset: usize) -> u64 {
        self.code.base() + offset as u64
    }

    /// Copies the staged code of `buf` to its place (it was emitted at
    /// the region's next address) and adds its records to the table.
    fn place(&mut self, buf: CodeBuf, records: Vec<FuncRecord>) -> Result<(), CompileError> {
        let base = buf.base();
        self.place_bytes(base, buf.into_bytes(), records)
    }

    fn place_bytes(
        &mut self,
        base: u64,
        bytes: Vec<u8>,
        records: Vec<FuncRecord>,
    ) -> Result<(), CompileError> {
        let at = self
            .code
            .alloc(bytes.len() as u64, CODE_ALIGN)
            .map_err(fail)?
            .ok_or_else(|| fail("code too large"))?;
        debug_assert_eq!(at, base, "code emitted for another address");
        protect(at, bytes.len() as u64, Prot::ReadWrite).map_err(fail)?;
        // SAFETY: [at, at + len) was just allocated in the code region,
        // committed and made writable; nothing else refers to it yet.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                std::ptr::with_exposed_provenance_mut(at as usize),
                bytes.len(),
            )
        };
        protect(at, bytes.len() as u64, Prot::ReadExec).map_err(fail)?;
        self.functab.extend(functab::infos(records, base));
        Ok(())
    }

    /// Compiles what `m` has beyond what earlier additions saw, and the
    /// functions that had no body then and have one now. On an error the
    /// image is as it was (but for address space the addition took).
    pub fn add(&mut self, m: &Module) -> Result<(), CompileError> {
        let before = self.seen;
        let now = Counts::of(m);
        if m.target.arch != M::ARCH {
            return Err(fail("a module of another architecture"));
        }
        if !now.covers(&before) {
            return Err(fail("the module lost entries an earlier addition saw"));
        }
        self.new_roots.clear();
        let r = self.try_add(m, &before, &now);
        for (addr, bits) in self.new_roots.drain(..) {
            if r.is_ok() {
                self.global_roots.push(addr, bits);
            }
        }
        if r.is_err() {
            // Back to the earlier tables (what the addition allocated
            // stays unused).
            self.entries.truncate(before.funcs);
            self.data.truncate(before.data);
            self.type_descs.truncate(before.type_descs);
            self.func_values.truncate(before.funcs);
            self.itabs.truncate(before.itabs);
            self.globals_at.truncate(before.globals);
            self.natives.truncate(before.natives);
            self.native_values.truncate(before.natives);
            self.native_entries.truncate(before.natives);
        }
        r
    }

    fn try_add(&mut self, m: &Module, before: &Counts, now: &Counts) -> Result<(), CompileError> {
        let w = M::WORD as usize;

        // Read-only data: laid out, then its block allocated, so that
        // every address is known before code refers to it.
        let lay = rodata::layout(m, before, w);
        let block = self.rodata.alloc(lay.size as u64, 8).map_err(fail)?;
        let [data, descs, funcvals, nativevals, itabs] = lay.addrs(block);
        self.data.extend(data);
        self.type_descs.extend(descs);
        self.func_values.extend(funcvals);
        self.itabs.extend(itabs);
        self.entries.resize(now.funcs, 0);

        // Globals: zeroed, read-write, at their alignment.
        let new_globals = &m.globals[before.globals..];
        let mut size = 0u64;
        let mut align = 1u64;
        let offs: Vec<u64> = new_globals
            .iter()
            .map(|g| {
                let a = u64::from(g.align).clamp(1, 4096);
                align = align.max(a);
                let at = size.div_ceil(a) * a;
                size = at + u64::from(g.size);
                at
            })
            .collect();
        let gbase = self.globals.alloc(size, align).map_err(fail)?;
        self.globals_at.extend(offs.iter().map(|&o| gbase + o));
        let all_words = crate::stackmap::mistyped_globals();
        for (g, &o) in new_globals.iter().zip(&offs) {
            let mut bits = vec![0u64; g.ptrs.end().div_ceil(64) as usize];
            for i in g.ptrs.iter() {
                bits[(i / 64) as usize] |= 1 << (i % 64);
            }
            let wb = M::WORD as u64;
            if all_words && (gbase + o) % wb == 0 {
                let n = u64::from(g.size) / wb;
                bits = vec![!0u64; n.div_ceil(64) as usize];
                if !n.is_multiple_of(64) {
                    *bits.last_mut().expect("a word") = (1 << (n % 64)) - 1;
                }
            }
            if !bits.is_empty() {
                self.new_roots.push((gbase + o, bits));
            }
        }

        // Code, staged at the address it will run at.
        let mut code = CodeBuf::new(self.code.next(CODE_ALIGN));
        let internal = |e: crate::backend::EmitError| fail(e.to_string());
        let trampoline = self.stub(self.stubs.trampoline);
        let mut records = Vec::new();
        // Natives called through func values enter by a thunk each.
        for (n, v) in m.natives[before.natives..].iter().zip(nativevals) {
            let id = NativeFn::by_name(&n.name)
                .map(|(_, id)| id)
                .ok_or_else(|| format!("not yet supported by the runtime: {}", n.name));
            let mut entry = 0;
            if let Ok(id) = id {
                let at = M::emit_native_thunk(&mut code, id, trampoline).map_err(internal)?;
                records.push(runtime_record(
                    &n.name,
                    at,
                    code.len(),
                    u64::from(n.arg_size),
                ));
                entry = code.addr_at(at);
            }
            self.native_values.push(id.clone().map(|_| v));
            self.natives.push(id);
            self.native_entries.push(entry);
        }
        let env = Env {
            globals: &self.globals_at,
            data: &self.data,
            type_descs: &self.type_descs,
            func_values: &self.func_values,
            native_values: &self.native_values,
            itabs: &self.itabs,
            natives: &self.natives,
            trampoline,
            rt: RuntimeAddrs {
                morestack: self.stub(self.stubs.morestack),
                g_slot: 0,
            },
        };
        // Functions the lowering did not reach have no blocks; those that
        // have code already keep it.
        let todo: Vec<usize> = (0..now.funcs)
            .filter(|&i| self.entries[i] == 0 && !m.funcs[i].blocks.is_empty())
            .collect();
        let insts: usize = todo
            .iter()
            .flat_map(|&i| &m.funcs[i].blocks)
            .map(|b| b.insts.len() + 1)
            .sum();
        code.reserve(insts * CODE_PER_INST);
        let can_inline: Vec<bool> = m.funcs.iter().map(inline::inlinable).collect();
        let mut packer = locals::Packer::default();
        let mut new_entries: Vec<(usize, u64)> = Vec::new();
        let mut calls: Vec<(u64, FuncId)> = Vec::new();
        for &i in &todo {
            let (rec, fixups) =
                compile_func::<M>(m, &m.funcs[i], &mut code, &env, &mut packer, &can_inline)?;
            new_entries.push((i, code.addr_at(rec.entry)));
            calls.extend(fixups.into_iter().map(|(o, f)| (code.addr_at(o), f)));
            records.push(rec);
        }
        for &(i, e) in &new_entries {
            self.entries[i] = e;
        }
        let entry_of = |entries: &[u64], f: FuncId| entries.get(f.0 as usize).copied().unwrap_or(0);
        let waiting = calls.iter().any(|&(_, f)| entry_of(&self.entries, f) == 0);
        if waiting && self.trap.is_none() {
            let at = M::emit_trap(&mut code).map_err(internal)?;
            records.push(runtime_record("runtime.unlinked", at, code.len(), 0));
            self.trap = Some(code.addr_at(at));
        }

        // Link the new calls in the staged code, then place it.
        let base = code.base();
        let mut bytes = code.into_bytes();
        let mut waiting = Vec::new();
        for (at, f) in calls {
            let mut target = entry_of(&self.entries, f);
            if target == 0 {
                waiting.push((at, f));
                target = self.trap.unwrap_or(0);
            }
            let o = (at - base) as usize;
            M::link_call(&mut bytes[o..o + M::CALL_FIELD], at, target).map_err(fail)?;
        }
        if let Err(e) = self.place_bytes(base, bytes, records) {
            for &(i, _) in &new_entries {
                self.entries[i] = 0;
            }
            return Err(e);
        }

        // Calls that waited in earlier code for a callee that has code now.
        let mut still = Vec::new();
        for (at, f) in std::mem::take(&mut self.pending) {
            let target = entry_of(&self.entries, f);
            if target == 0 {
                still.push((at, f));
                continue;
            }
            let len = M::CALL_FIELD as u64;
            protect(at, len, Prot::ReadWrite).map_err(fail)?;
            // SAFETY: the field lies in placed code, made writable just now.
            let field = unsafe {
                std::slice::from_raw_parts_mut(
                    std::ptr::with_exposed_provenance_mut::<u8>(at as usize),
                    M::CALL_FIELD,
                )
            };
            let linked = M::link_call(field, at, target);
            protect(at, len, Prot::ReadExec).map_err(fail)?;
            linked.map_err(fail)?;
        }
        still.extend(waiting);
        self.pending = still;

        // The block's words, now that every code address is known.
        protect(block, lay.size as u64, Prot::ReadWrite).map_err(fail)?;
        // SAFETY: the block was allocated for this addition, committed
        // and made writable; nothing reads it yet.
        let bytes = unsafe {
            std::slice::from_raw_parts_mut(
                std::ptr::with_exposed_provenance_mut::<u8>(block as usize),
                lay.size,
            )
        };
        rodata::write(
            bytes,
            block,
            m,
            &lay,
            &Refs {
                type_descs: &self.type_descs,
                func_values: &self.func_values,
                func_entries: &self.entries,
                native_entries: &self.native_entries,
            },
        );
        protect(block, lay.size as u64, Prot::Read).map_err(fail)?;
        // Words of earlier blocks: the static func values of functions
        // that got code only now, and the ring's link from the earlier
        // last descriptor to the first new one.
        let mut earlier: Vec<(u64, u64)> = new_entries
            .iter()
            .filter(|&&(i, _)| i < before.funcs)
            .map(|&(i, e)| (self.func_values[i], e))
            .collect();
        if before.type_descs > 0 && now.type_descs > before.type_descs {
            let last = self.type_descs[before.type_descs - 1];
            earlier.push((
                last + u64::from(typedesc::LINK) * w as u64,
                self.type_descs[before.type_descs],
            ));
        }
        for (at, v) in earlier {
            protect(at, w as u64, Prot::ReadWrite).map_err(fail)?;
            poke(at, v, w);
            protect(at, w as u64, Prot::Read).map_err(fail)?;
        }
        self.seen = *now;
        Ok(())
    }
}

/// The addresses an addition gave, and the executor's view.
impl<M: Machine> Image<M> {
    /// The code address of function `f`, if it has code.
    pub fn entry(&self, f: FuncId) -> Option<u64> {
        self.entries.get(f.0 as usize).copied().filter(|&e| e != 0)
    }

    /// The address of global `i`.
    pub fn global(&self, i: usize) -> Option<u64> {
        self.globals_at.get(i).copied()
    }

    /// The address of data item `i`.
    pub fn data(&self, i: usize) -> Option<u64> {
        self.data.get(i).copied()
    }

    /// The address of type descriptor `i`.
    pub fn type_desc(&self, i: usize) -> Option<u64> {
        self.type_descs.get(i).copied()
    }

    /// The address of the static func value of function `i`.
    pub fn func_value(&self, i: usize) -> Option<u64> {
        self.func_values.get(i).copied()
    }

    /// What the additions so far saw of the module.
    pub fn seen(&self) -> Counts {
        self.seen
    }

    /// The functions called by code in the image that have no code yet
    /// (their calls trap until an addition brings it), in call order,
    /// each once.
    pub fn unlinked(&self) -> Vec<FuncId> {
        let mut out: Vec<FuncId> = Vec::new();
        for &(_, f) in &self.pending {
            if !out.contains(&f) {
                out.push(f);
            }
        }
        out
    }

    pub fn functab(&self) -> &FuncTab {
        &self.functab
    }

    /// The code placed so far, from the first stub on (readable).
    pub fn code(&self) -> &[u8] {
        let len = (self.code.end() - self.code.base()) as usize;
        // SAFETY: the region's pages up to its end are committed and
        // readable (read-only or executable) while the image lives.
        unsafe {
            std::slice::from_raw_parts(
                std::ptr::with_exposed_provenance::<u8>(self.code.base() as usize),
                len,
            )
        }
    }

    /// The start of the code: the address `disasm` counts from.
    pub fn code_base(&self) -> u64 {
        self.code.base()
    }

    /// What the native executor runs: `entries` in order (package
    /// initializers, then main), `os_args` the address of the global
    /// `os.Args` if any, `runtime_errors` the descriptors of
    /// ir::RUNTIME_ERROR_TYPES.
    pub fn exec_image<'a>(
        &'a self,
        entries: &'a [u64],
        os_args: Option<u64>,
        runtime_errors: &'a [u64],
    ) -> exec::Image<'a> {
        exec::Image {
            code: self.code(),
            enter: self.stub(self.stubs.enter),
            goexit: self.stub(self.stubs.goexit),
            lessstack: self.stub(self.stubs.lessstack),
            sigpanic: self.sigpanic,
            deferret: self.stub(self.stubs.deferret),
            callret: self.stub(self.stubs.callret),
            entries,
            functab: &self.functab,
            global_roots: &self.global_roots,
            os_args,
            runtime_errors,
        }
    }
}
