//! [`FnBuilder`], which builds one function's blocks, and its primitives:
//! frame slots, instructions, blocks and terminators, service and
//! function calls. The lowering of each construct is in the module that
//! owns it; this is what they all emit through.

use super::*;
use crate::ast::NodeId;
use crate::check::scope::ObjId;
use crate::source::Span;
use crate::types::{Type, TypeId};

/// A word of [`FnBuilder::words_temp`] that holds a pointer.
pub(super) const PTR: bool = true;
/// A word of [`FnBuilder::words_temp`] that holds an integer.
pub(super) const INT: bool = false;
/// A slice header's words (pointer, length, capacity).
pub(super) const SLICE_WORDS: [bool; 3] = [PTR, INT, INT];
/// A string header's words (pointer, length).
pub(super) const STRING_WORDS: [bool; 2] = [PTR, INT];
/// An interface value's words (type or itab, data).
pub(super) const IFACE_WORDS: [bool; 2] = [PTR, PTR];

/// Builds one function's blocks.
pub(super) struct FnBuilder<'m, 'p> {
    pub(super) m: &'m mut ModuleBuilder<'p>,
    pub(super) id: FuncId,
    pub(super) blocks: Vec<Block>,
    pub(super) cur: BlockId,
    pub(super) locals_size: u32,
    /// The allocations of the locals area ([`Func::slots`]).
    pub(super) slots: Vec<FrameSlot>,
    pub(super) out_size: u32,
    pub(super) arg_size: u32,
    /// The pointer words of the argument area ([`Func::arg_ptrs`]).
    pub(super) arg_ptrs: PtrMask,
    pub(super) vars: HashMap<ObjId, (VarLoc, TypeId)>,
    pub(super) escapes: HashSet<ObjId>,
    /// The result slots, for `return`.
    pub(super) results: Vec<(Loc, TypeId, Option<ObjId>)>,
    /// The function has `defer` statements: returns run the deferred calls.
    pub(super) has_defer: bool,
    pub(super) recover_block: Option<BlockId>,
    /// Enclosing breakable statements: (label, break target, continue target).
    pub(super) loops: Vec<(Option<String>, BlockId, Option<BlockId>)>,
    /// Labeled statements' entry blocks, for goto.
    pub(super) labels: HashMap<String, BlockId>,
    /// Set when the current block has already been terminated.
    pub(super) done: bool,
    /// For each enclosing switch clause, the block `fallthrough` goes to.
    pub(super) fallthrough: Vec<BlockId>,
    /// Expressions already evaluated into a location: the argument
    /// expressions of a deferred builtin call, bound to the parameters of
    /// its wrapper (`stmt.rs`, `deferred_builtin_call`).
    pub(super) bound: HashMap<NodeId, Loc>,
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum VarLoc {
    /// In the frame (or the argument area).
    Frame(Loc),
    /// In a heap cell whose address is in this frame word.
    Heap(Loc),
    Global(GlobalId),
}

impl<'m, 'p> FnBuilder<'m, 'p> {
    pub(super) fn new(m: &'m mut ModuleBuilder<'p>, id: FuncId) -> FnBuilder<'m, 'p> {
        m.quiet = false;
        FnBuilder {
            m,
            id,
            blocks: vec![Block {
                insts: Vec::new(),
                term: Term::Unreachable,
                term_line: 0,
            }],
            cur: BlockId(0),
            locals_size: 0,
            slots: Vec::new(),
            out_size: 0,
            arg_size: 0,
            arg_ptrs: PtrMask::none(),
            vars: HashMap::default(),
            escapes: HashSet::default(),
            results: Vec::new(),
            loops: Vec::new(),
            has_defer: false,
            recover_block: None,
            labels: HashMap::default(),
            done: false,
            fallthrough: Vec::new(),
            bound: HashMap::default(),
        }
    }

    pub(super) fn finish(self) -> Func {
        let mut f = self.m.module.funcs[self.id.0 as usize].clone();
        f.blocks = self.blocks;
        f.locals_size = self.locals_size.div_ceil(8) * 8;
        f.slots = self.slots;
        f.out_size = self.out_size;
        f.arg_size = self.arg_size;
        f.arg_ptrs = self.arg_ptrs;
        f.recover_block = self.recover_block;
        f
    }

    pub(super) fn word(&self) -> u32 {
        self.m.p.target.ptr_size
    }

    /// A fresh frame slot of `size` bytes at `align`, whose words `ptrs`
    /// hold pointers. Every allocation says which of its words are
    /// pointers, so that the stack maps built from them are exact: prefer
    /// [`Self::temp`] (the type says) or one of the helpers below.
    pub(super) fn alloc_slot(&mut self, size: u32, align: u32, ptrs: PtrMask) -> Loc {
        let a = align.max(1);
        let off = self.locals_size.div_ceil(a) * a;
        self.locals_size = off + size.max(1);
        self.slots.push(FrameSlot {
            off,
            size: size.max(1),
            ptrs,
        });
        Loc::Local(off)
    }

    /// A slot for a value of type `t`.
    pub(super) fn temp(&mut self, t: TypeId) -> Loc {
        let (s, a) = (self.m.size_of(t), self.m.align_of(t));
        let ptrs = self.m.pointer_mask(t);
        self.alloc_slot(s, a, ptrs)
    }

    /// A slot holding no pointer: a flag, a number, a length, a
    /// `uintptr`, a float.
    pub(super) fn scalar_temp(&mut self, size: u32, align: u32) -> Loc {
        self.alloc_slot(size, align, PtrMask::none())
    }

    /// A word holding an integer (never a pointer).
    pub(super) fn int_temp(&mut self) -> Loc {
        let w = self.word();
        self.scalar_temp(w, w)
    }

    /// A word holding a pointer (or nil): an address in the heap, a
    /// closure, a map, a channel, a type descriptor.
    pub(super) fn ptr_temp(&mut self) -> Loc {
        self.words_temp(&[PTR])
    }

    /// Words laid out as `kinds` says ([`PTR`] or [`INT`] each): a header
    /// with no Go type at hand, as `&[PTR, INT, INT]` for a slice's.
    pub(super) fn words_temp(&mut self, kinds: &[bool]) -> Loc {
        let w = self.word();
        self.alloc_slot(kinds.len() as u32 * w, w, PtrMask::from_words(kinds))
    }

    /// `dst = a op b`.
    pub(super) fn bin(&mut self, op: BinOp, ty: Scalar, dst: Loc, a: Loc, b: Loc, line: u32) {
        self.emit(Inst::Bin { op, ty, dst, a, b }, line);
    }

    /// `dst` (a u8, 0 or 1) = `a op b`.
    pub(super) fn cmp(&mut self, op: CmpOp, ty: Scalar, dst: Loc, a: Loc, b: Loc, line: u32) {
        self.emit(Inst::Cmp { op, ty, dst, a, b }, line);
    }

    /// `dst` (a word) = the address of `what`.
    pub(super) fn addr_to(&mut self, dst: Loc, what: AddrOf, line: u32) {
        self.emit(Inst::Addr { dst, what }, line);
    }

    /// `dst = src`, `size` bytes within the frame.
    pub(super) fn mov(&mut self, dst: Loc, src: Loc, size: u32, line: u32) {
        self.emit(Inst::Move { dst, src, size }, line);
    }

    pub(super) fn emit(&mut self, i: Inst, line: u32) {
        if self.done {
            // Code after a terminator (after return or panic) is unreachable:
            // give it a block of its own so the IR stays well formed.
            let b = self.new_block();
            self.switch_to(b);
        }
        self.blocks[self.cur.0 as usize].insts.push((i, line));
    }

    pub(super) fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            insts: Vec::new(),
            term: Term::Unreachable,
            term_line: 0,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub(super) fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
        self.done = false;
    }

    pub(super) fn terminate(&mut self, t: Term, line: u32) {
        if !self.done {
            let b = &mut self.blocks[self.cur.0 as usize];
            b.term = t;
            b.term_line = line;
            self.done = true;
        }
    }

    pub(super) fn jump(&mut self, to: BlockId, line: u32) {
        self.terminate(Term::Jump(to), line);
    }

    pub(super) fn obj_at(&self, span: Span) -> Option<ObjId> {
        self.m.obj_declared_at(span)
    }

    /// Calls runtime service `s`, its arguments already in the outgoing
    /// area: the area's size is the service's layout in the ABI crate
    /// (`Service::frame`), never restated here.
    pub(super) fn call_service(&mut self, s: Service, line: u32) {
        let size = s.frame().size(self.word());
        self.call(Callee::Runtime(s), size, line);
    }

    /// Where, in the outgoing area, service `s` leaves its `k`th result
    /// (the ABI crate's layout).
    pub(super) fn service_result(&self, s: Service, k: u32) -> Loc {
        Loc::Out(s.frame().result_at(k, self.word()))
    }

    pub(super) fn call(&mut self, callee: Callee, arg_size: u32, line: u32) {
        if let Callee::Func(f) = callee {
            self.m.enqueue(f);
        }
        self.out_size = self.out_size.max(arg_size);
        self.emit(Inst::Call { callee, arg_size }, line);
    }

    pub(super) fn expr_type(&self, id: NodeId) -> TypeId {
        self.m
            .p
            .exprs
            .get(id.0 as usize)
            .and_then(|i| i.as_ref())
            .map_or(TypeId(0), |i| i.ty)
    }

    pub(super) fn under(&self, t: TypeId) -> &Type {
        self.m.p.types.under(t)
    }
}
