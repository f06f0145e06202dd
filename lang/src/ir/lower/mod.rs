//! Lowering: from a checked program ([`crate::check::Program`]) to the IR.
//!
//! The module builder names every function (`main.f`, `main.(*T).m`) and
//! package variable, then lowers each body with a [`FnBuilder`]: variables
//! get frame slots (or, when their address is taken, a heap cell whose
//! pointer is in the frame: frames never move, but a segment is freed when
//! its function returns), expressions are evaluated into temporary slots,
//! statements become blocks.
//!
//! What the lowering does not handle yet is reported as a diagnostic
//! (`not yet supported by the compiler: closures`), never compiled wrongly.
//!
//! This module is the driver: the [`ModuleBuilder`], which declares and
//! names functions and lowers those reachable. Its pieces live beside it:
//! builder.rs (the [`FnBuilder`] and its primitives), funcbody.rs (a
//! function's body and closures), wrappers.rs and typedesc.rs (what the
//! module generates besides the program's own functions), escape.rs and
//! walk.rs (the analyses over the AST), and one module per construct
//! (expr.rs dispatches expressions, stmt.rs statements).

mod arith;
mod builder;
mod builtin;
mod call;
mod chan;
mod complex;
mod composite;
mod convert;
mod defer_method;
mod escape;
mod evalorder;
mod expr;
mod funcbody;
mod heapalloc;
#[cfg(test)]
mod heapalloc_tests;
mod iface;
mod ifaceval;
mod index;
mod initorder;
mod intrinsic;
mod map;
mod methodval;
mod minmax;
mod place;
mod pragma;
#[cfg(test)]
mod ptrmask_tests;
mod reflectcall;
mod srcpos;
mod stmt;
mod typedesc;
mod typeinfo;
mod unsafe_ops;
mod walk;
mod wrappers;

use super::*;
use crate::ast;
use crate::check::scope::{ObjId, ObjKind};
use crate::check::Program;
use crate::diag::Diagnostic;
use crate::ir::fasthash::{FastMap as HashMap, FastSet as HashSet};
use crate::source::{SourceMap, Span};
use crate::types::{NamedId, Type, TypeId};
use builder::{FnBuilder, VarLoc, IFACE_WORDS, INT, PTR, SLICE_WORDS, STRING_WORDS};
use escape::escaping_vars;
use walk::{expr_children, has_defer, stmt_exprs};
use wrappers::BuiltinWrapper;

/// Lowers a checked program. Fails with diagnostics for what the compiler
/// does not support yet.
pub fn lower(p: &Program, map: &SourceMap) -> Result<Module, Vec<Diagnostic>> {
    lower_program(p, map).map_err(|e| match e {
        LowerError::Unsupported(d) => d,
        LowerError::NeedsBodies(names) => vec![Diagnostic::new(
            Span::default(),
            format!(
                "internal compiler error: reachable functions not checked: {}",
                names.join(", ")
            ),
        )],
    })
}

/// Why [`lower_program`] failed.
pub enum LowerError {
    /// What the compiler does not support yet, as diagnostics.
    Unsupported(Vec<Diagnostic>),
    /// The program reaches a function whose body the checker deferred and
    /// never checked (check/lazy.rs judged it unreachable): the program
    /// must be checked again without deferring. The functions' names.
    NeedsBodies(Vec<String>),
}

/// [`lower`], telling apart a program checked with too few bodies.
pub fn lower_program(p: &Program, map: &SourceMap) -> Result<Module, LowerError> {
    let mut m = ModuleBuilder {
        p,
        map,
        module: Module {
            target: p.target,
            funcs: Vec::new(),
            globals: Vec::new(),
            data: Vec::new(),
            natives: Vec::new(),
            inits: Vec::new(),
            main: None,
            type_descs: Vec::new(),
            itabs: Vec::new(),
            runtime_errors: Vec::new(),
            positions: Vec::new(),
        },
        funcs: HashMap::default(),
        methods: HashMap::default(),
        natives: HashMap::default(),
        globals: HashMap::default(),
        diags: Vec::new(),
        strings: HashMap::default(),
        quiet: false,
        bodies: HashMap::default(),
        pending: Vec::new(),
        queued: HashSet::default(),
        init_funcs: Vec::new(),
        type_descs: HashMap::default(),
        current_span: Span::default(),
        decl_objs: HashMap::default(),
        closures: HashMap::default(),
        itabs: HashMap::default(),
        builtin_wrappers: HashMap::default(),
        method_exprs: HashMap::default(),
        wanted_methods: std::collections::BTreeSet::new(),
        boxed: HashSet::default(),
        named_pos: Default::default(),
        unparsed: std::cell::RefCell::new(Vec::new()),
        unnamed: HashMap::default(),
        last_line: Default::default(),
        layouts: Default::default(),
    };
    for (i, o) in p.objects.iter().enumerate() {
        if let Some(s) = o.span {
            m.decl_objs.entry(s).or_insert(ObjId(i as u32));
        }
    }
    m.declare_all();
    let assertion_error = m.runtime_assertion_error_desc();
    m.lower_all();
    m.complete_method_tables();
    m.runtime_error_types(assertion_error);
    // Every function lowered was named then; none should be left.
    let unnamed: Vec<FuncId> = m.unnamed.keys().copied().collect();
    for f in unnamed {
        if !m.module.funcs[f.0 as usize].blocks.is_empty() {
            m.name_func(f);
        }
    }
    m.module.positions = m.named_pos.take().into_list();
    if !m.unparsed.borrow().is_empty() {
        Err(LowerError::NeedsBodies(m.unparsed.take()))
    } else if m.diags.is_empty() {
        Ok(m.module)
    } else {
        crate::diag::sort_and_dedup(&mut m.diags);
        Err(LowerError::Unsupported(m.diags))
    }
}

/// What a function declaration became.
#[derive(Clone, Copy)]
enum FnRef {
    Func(FuncId),
    Native(NativeId),
}

impl FnRef {
    fn callee(self) -> Callee {
        match self {
            FnRef::Func(f) => Callee::Func(f),
            FnRef::Native(nid) => Callee::Native(nid),
        }
    }
}

struct ModuleBuilder<'p> {
    p: &'p Program,
    map: &'p SourceMap,
    module: Module,
    /// Top-level functions by object.
    funcs: HashMap<ObjId, FnRef>,
    /// Methods by receiver base type and name.
    methods: HashMap<(NamedId, String), (FnRef, bool)>,
    natives: HashMap<String, NativeId>,
    globals: HashMap<ObjId, GlobalId>,
    diags: Vec<Diagnostic>,
    /// Interned string literals.
    strings: HashMap<Vec<u8>, DataId>,
    /// Set after the current function's first `unsupported`.
    quiet: bool,
    /// Bodies to lower, by function: only functions reachable from main
    /// and the package initializers are lowered (the stdlib is mostly
    /// unused).
    bodies: HashMap<FuncId, &'p ast::FuncDecl>,
    pending: Vec<FuncId>,
    queued: HashSet<FuncId>,
    /// The `init` functions of every package, with the package's index in
    /// `Program::packages`, in source order.
    init_funcs: Vec<(usize, FuncId)>,
    type_descs: HashMap<TypeId, TypeDescId>,
    /// The declaration being lowered, for messages without a better place.
    current_span: Span,
    /// Objects by the span of their declaring identifier (the first one,
    /// where a type switch declares one object per clause).
    decl_objs: HashMap<Span, ObjId>,
    /// Closures made so far in each function, for their names (`main.f.func1`).
    closures: HashMap<FuncId, u32>,
    itabs: HashMap<(TypeId, TypeId), ItabId>,
    builtin_wrappers: HashMap<BuiltinWrapper, FuncId>,
    /// Method expressions compiled as functions of their own, by (X, m).
    method_exprs: HashMap<(TypeId, String), FuncId>,
    /// The methods (name, package + 1 if unexported, signature id) of
    /// every interface that has a descriptor, and those the runtime calls:
    /// what concrete descriptors list when their type has it (iface.rs).
    wanted_methods: std::collections::BTreeSet<(String, u32, u32)>,
    /// Concrete types whose values lowered code makes into interface
    /// values: without package reflect, only these and their components
    /// get method tables (iface.rs, check/lazy.rs's
    /// `methods_of_boxed_only`).
    boxed: HashSet<TypeId>,
    /// Positions in files named by line directives (srcpos.rs).
    named_pos: srcpos::NamedCell,
    /// A function to lower (or to look into for the initialization order)
    /// had its body deferred by the checker and not checked.
    unparsed: std::cell::RefCell<Vec<String>>,
    /// Declared functions not named yet (see [`DeclName`]).
    unnamed: HashMap<FuncId, DeclName<'p>>,
    /// The line `srcpos::physical_line` found last.
    last_line: std::cell::Cell<srcpos::LastLine>,
    /// Size and alignment by type, as far as asked ([`UNKNOWN_LAYOUT`]
    /// where not yet).
    layouts: std::cell::RefCell<Vec<(u32, u32)>>,
}

/// A type whose layout `ModuleBuilder::layout` has not computed yet.
const UNKNOWN_LAYOUT: (u32, u32) = (u32::MAX, u32::MAX);

/// What a declared function's name, file and line come from. Formatting
/// them for every function of every imported package was a fifth of the
/// lowering, for functions the program mostly never reaches; a function is
/// named when it is lowered (or when a wrapper or a message needs its
/// name), and one never lowered keeps an empty name (it has no blocks, and
/// the backends skip it).
#[derive(Clone, Copy)]
struct DeclName<'p> {
    /// Index in `Program::packages`.
    pkg: usize,
    fd: &'p ast::FuncDecl,
    file: crate::source::FileId,
    /// The number of a package's `func init` among its others.
    init: Option<usize>,
    /// The receiver's named type, and whether it is a pointer.
    recv: Option<(NamedId, bool)>,
}

impl<'p> ModuleBuilder<'p> {
    fn target(&self) -> &Target {
        &self.p.target
    }

    fn size_of(&self, t: TypeId) -> u32 {
        self.layout(t).0
    }

    fn align_of(&self, t: TypeId) -> u32 {
        self.layout(t).1
    }

    /// The pointer words of a value of type `t`.
    fn pointer_mask(&self, t: TypeId) -> PtrMask {
        self.p.types.pointer_mask(t, &self.p.target)
    }

    /// Size and alignment of `t`, computed once: the type table works them
    /// out from the components each time it is asked, and the lowering asks
    /// for every value it moves.
    fn layout(&self, t: TypeId) -> (u32, u32) {
        let i = t.0 as usize;
        if let Some(&known) = self.layouts.borrow().get(i) {
            if known != UNKNOWN_LAYOUT {
                return known;
            }
        }
        let size = self.p.types.size_of(t, &self.p.target) as u32;
        let align = self.p.types.align_of(t, &self.p.target) as u32;
        let mut layouts = self.layouts.borrow_mut();
        if layouts.len() <= i {
            layouts.resize(i + 1, UNKNOWN_LAYOUT);
        }
        layouts[i] = (size, align);
        (size, align)
    }

    fn unsupported(&mut self, span: Span, what: &str) {
        // One per function: what follows an unsupported construct often
        // fails only because of it.
        if std::mem::replace(&mut self.quiet, true) {
            return;
        }
        self.diags.push(Diagnostic::new(
            span,
            format!("not yet supported by the compiler: {what}"),
        ));
    }

    fn string_data(&mut self, s: &[u8]) -> DataId {
        if let Some(&d) = self.strings.get(s) {
            return d;
        }
        let d = DataId(self.module.data.len() as u32);
        self.module.data.push(s.to_vec());
        self.strings.insert(s.to_vec(), d);
        d
    }

    /// The type a type expression in a declaration denoted.
    fn type_of_expr(&self, e: &ast::Expr) -> Option<TypeId> {
        self.p.exprs.get(e.id.0 as usize)?.as_ref().map(|i| i.ty)
    }

    /// Names functions, methods, natives and globals of every package.
    fn declare_all(&mut self) {
        let p = self.p;
        for (pkg_index, pkg) in p.packages.iter().enumerate() {
            let pname = if pkg.path == "main" {
                "main".to_string()
            } else {
                pkg.path.clone()
            };
            let scope = self.p.scopes.get(pkg.scope);
            // gc numbers a package's `func init` declarations in source
            // order (`main.init.0`, `main.init.1`) and keeps `main.init` for
            // the variable initializers; traces and FuncForPC show these.
            let mut inits = 0usize;
            for f in &pkg.files {
                for d in &f.decls {
                    match d {
                        ast::Decl::Func(fd) => {
                            let init = (fd.recv.is_none() && fd.name.name == "init").then(|| {
                                inits += 1;
                                inits - 1
                            });
                            let recv = match &fd.recv {
                                None => None,
                                Some(r) => {
                                    let (base, ptr) = match &r.ty.kind {
                                        ast::ExprKind::Star(b) => (&**b, true),
                                        _ => (&r.ty, false),
                                    };
                                    let Some(t) = self.type_of_expr(base) else {
                                        continue;
                                    };
                                    let Some(n) = self.p.types.as_named(t) else {
                                        continue;
                                    };
                                    Some((n, ptr))
                                }
                            };
                            let decl = DeclName {
                                pkg: pkg_index,
                                fd,
                                file: f.span.file,
                                init,
                                recv,
                            };
                            let (recv_named, ptr) =
                                recv.map_or((None, false), |(n, p)| (Some(n), p));
                            if fd.body.is_some() {
                                // Named when lowered: most declared functions never are.
                                let id = self.empty_func(String::new(), String::new(), 0);
                                self.unnamed.insert(id, decl);
                                self.bodies.insert(id, fd);
                                if init.is_some() {
                                    self.init_funcs.push((pkg_index, id));
                                }
                                if fd.name.name == "main" && fd.recv.is_none() && pkg.path == "main"
                                {
                                    self.module.main = Some(id);
                                }
                                self.declared(scope, fd, recv_named, ptr, FnRef::Func(id));
                                continue;
                            }
                            let name = self.decl_name(&decl);
                            let file = &self.map.get(f.span.file).name;
                            let trampoline = if fd.body.is_none() {
                                reflectcall::trampoline_size(&name)
                            } else {
                                None
                            };
                            let forwarder = if fd.body.is_none() {
                                reflectcall::service_forwarder(&name)
                            } else {
                                None
                            };
                            let stub = if fd.body.is_none() && name == reflectcall::MAKE_FUNC_STUB {
                                self.make_func_stub(name.clone(), file.clone())
                            } else {
                                None
                            };
                            let fref = if let Some(id) = stub {
                                FnRef::Func(id)
                            } else if let Some(size) = trampoline {
                                FnRef::Func(self.reflect_trampoline(
                                    name.clone(),
                                    file.clone(),
                                    size,
                                ))
                            } else if let Some((s, words)) = forwarder {
                                FnRef::Func(self.reflect_forwarder(
                                    name.clone(),
                                    file.clone(),
                                    s,
                                    words,
                                ))
                            } else {
                                let id = NativeId(self.module.natives.len() as u32);
                                let arg_size = self.sig_arg_size(fd);
                                self.module.natives.push(Native {
                                    name: name.clone(),
                                    arg_size,
                                });
                                self.natives.insert(name.clone(), id);
                                FnRef::Native(id)
                            };
                            self.declared(scope, fd, recv_named, ptr, fref);
                        }
                        ast::Decl::Var(specs, _) => {
                            for s in specs {
                                for n in &s.names {
                                    let Some(o) = self.obj_declared_at(n.span) else {
                                        continue;
                                    };
                                    let t = self.p.objects[o.0 as usize].ty;
                                    let id = GlobalId(self.module.globals.len() as u32);
                                    self.module.globals.push(Global {
                                        name: format!("{pname}.{}", n.name),
                                        size: self.size_of(t).max(1),
                                        align: self.align_of(t).max(1),
                                        ptrs: self.pointer_mask(t),
                                    });
                                    self.globals.insert(o, id);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// Records what declaration `fd` became, under its receiver's type
    /// (methods) or its object (functions).
    fn declared(
        &mut self,
        scope: &crate::check::scope::Scope,
        fd: &ast::FuncDecl,
        recv: Option<NamedId>,
        ptr: bool,
        fref: FnRef,
    ) {
        match recv {
            Some(n) => {
                self.methods.insert((n, fd.name.name.clone()), (fref, ptr));
            }
            None => {
                if let Some(&o) = scope.names.get(&fd.name.name) {
                    self.funcs.insert(o, fref);
                }
            }
        }
    }

    /// The name traces give a declared function: `pkg.f`, `pkg.init.0`,
    /// `pkg.T.m`, `pkg.(*T).m`.
    fn decl_name(&self, d: &DeclName<'_>) -> String {
        let pname = &self.p.packages[d.pkg].path;
        let f = &d.fd.name.name;
        match (d.init, d.recv) {
            (Some(i), _) => format!("{pname}.init.{i}"),
            (None, None) => format!("{pname}.{f}"),
            (None, Some((n, ptr))) => {
                let tn = &self.p.types.named(n).name;
                if ptr {
                    format!("{pname}.(*{tn}).{f}")
                } else {
                    format!("{pname}.{tn}.{f}")
                }
            }
        }
    }

    /// Gives function `f` its name, file and line if it has none yet.
    fn name_func(&mut self, f: FuncId) {
        if let Some(d) = self.unnamed.remove(&f) {
            let name = self.decl_name(&d);
            let file = self.map.get(d.file).name.clone();
            let line = self.line(d.fd.name.span);
            let src = self.map.get(d.file);
            let noinline = pragma::has_directive(&src.text, d.fd.span.lo as usize, "go:noinline");
            let rec = &mut self.module.funcs[f.0 as usize];
            (rec.name, rec.file, rec.line) = (name, file, line);
            rec.noinline = noinline;
        }
    }

    /// The name of function `f`, named yet or not.
    fn func_name(&self, f: FuncId) -> String {
        match self.unnamed.get(&f) {
            Some(d) => self.decl_name(d),
            None => self.module.funcs[f.0 as usize].name.clone(),
        }
    }

    /// The function `pkg.name` (declared with a body), by the package's scope.
    fn find_func(&self, pkg: &str, name: &str) -> Option<FuncId> {
        let pkg = self.p.packages.iter().find(|p| p.path == pkg)?;
        let o = self.p.scopes.get(pkg.scope).names.get(name)?;
        match self.funcs.get(o)? {
            FnRef::Func(f) => Some(*f),
            FnRef::Native(_) => None,
        }
    }

    /// The object whose declaration is at `span`.
    fn obj_declared_at(&self, span: Span) -> Option<ObjId> {
        self.decl_objs.get(&span).copied()
    }

    /// Argument bytes of a declared function, from its checked signature.
    fn sig_arg_size(&self, fd: &ast::FuncDecl) -> u32 {
        let recv = fd.recv.as_ref().and_then(|r| self.type_of_expr(&r.ty));
        match self.decl_sig(fd) {
            Some(sig) => self.frame_layout(recv, &sig).total,
            None => 0,
        }
    }

    /// The checked signature of a declared function or method (without
    /// the receiver). A method has no object of its own: its signature is
    /// on its receiver's named type. (Rebuilding it from the syntax lost
    /// the slice type of a variadic parameter: `func (v V) N(args ...int)`
    /// saw no arguments.)
    fn decl_sig(&self, fd: &ast::FuncDecl) -> Option<crate::types::Signature> {
        let t = match fd.recv {
            None => match self.obj_declared_at(fd.name.span) {
                Some(o) => self.p.objects[o.0 as usize].ty,
                // `init` declares no object; it takes and returns nothing.
                None if fd.name.name == "init" => {
                    return Some(crate::types::Signature {
                        params: Vec::new(),
                        results: Vec::new(),
                        variadic: false,
                    })
                }
                None => return None,
            },
            Some(_) => self.method_decl(fd)?.sig,
        };
        self.p.types.signature(t).cloned()
    }

    /// Offsets of receiver, parameters and results in the argument area:
    /// each value at its alignment, results starting at a word boundary
    /// (Go 1.2's layout).
    fn frame_layout(&self, recv: Option<TypeId>, sig: &crate::types::Signature) -> ArgLayout {
        let word = self.target().ptr_size;
        let mut off = 0u32;
        let mut params = Vec::new();
        let mut ptrs = PtrMask::none();
        for t in recv.iter().chain(&sig.params) {
            let a = self.align_of(*t).max(1);
            off = off.div_ceil(a) * a;
            params.push(off);
            ptrs.or_shifted(&self.pointer_mask(*t), off / word);
            off += self.size_of(*t);
        }
        off = off.div_ceil(word) * word;
        let mut results = Vec::new();
        for t in &sig.results {
            let a = self.align_of(*t).max(1);
            off = off.div_ceil(a) * a;
            results.push(off);
            ptrs.or_shifted(&self.pointer_mask(*t), off / word);
            off += self.size_of(*t);
        }
        let total = off.div_ceil(word) * word;
        ArgLayout {
            params,
            results,
            total,
            ptrs,
        }
    }

    /// Queues a function for lowering (once).
    fn enqueue(&mut self, f: FuncId) {
        if self.queued.insert(f) {
            self.pending.push(f);
        }
    }

    /// Lowers what the program runs: every package's initialization (Go
    /// spec, "Package initialization": each package once, after the
    /// packages it imports; within one, its variables in dependency order,
    /// then its `init` functions in source order), then `main.main`, and
    /// every function those reach.
    ///
    /// Every loaded package is initialized, whether or not reachable code
    /// names its variables: `Program::packages` holds exactly the packages
    /// the main package imports, directly or not, and the spec initializes
    /// them all. Initializing only the packages whose variables main's code
    /// names left `os.Stdout` nil when only `fmt` read it, and
    /// `strconv.ErrSyntax` nil when only `strconv`'s own code did.
    fn lower_all(&mut self) {
        let p = self.p;
        let mut inits = Vec::new();
        for (i, pkg) in p.packages.iter().enumerate() {
            let has_var_init = pkg.files.iter().flat_map(|f| &f.decls).any(|d| {
                matches!(d, ast::Decl::Var(specs, _) if specs.iter().any(|s| !s.values.is_empty()))
            });
            if has_var_init {
                if let Some(id) = self.lower_var_init(pkg) {
                    inits.push(id);
                }
            }
            for &(_, f) in self.init_funcs.iter().filter(|(pi, _)| *pi == i) {
                inits.push(f);
            }
        }
        for &f in &inits {
            self.enqueue(f);
        }
        if let Some(m) = self.module.main {
            self.enqueue(m);
        }
        while let Some(f) = self.pending.pop() {
            if let Some(fd) = self.bodies.get(&f).copied() {
                self.lower_func(f, fd);
            }
        }
        self.module.inits = inits;
    }

    /// Lowers the body of declared function `id` (its record was made by
    /// `declare_all`, which found `fd` for it).
    fn lower_func(&mut self, id: FuncId, fd: &ast::FuncDecl) {
        self.name_func(id);
        if fd.deferred {
            let name = self.module.funcs[id.0 as usize].name.clone();
            self.unparsed.borrow_mut().push(name);
            return;
        }
        self.current_span = fd.name.span;
        let Some(sig) = self.decl_sig(fd) else {
            return;
        };
        let recv_t = fd.recv.as_ref().and_then(|r| self.type_of_expr(&r.ty));
        let layout = self.frame_layout(recv_t, &sig);
        let mut b = FnBuilder::new(self, id);
        if let Some(r) = &fd.recv {
            for n in &r.names {
                b.bind_param(n, Loc::Arg(layout.params[0]), recv_t.unwrap_or(TypeId(0)));
            }
        }
        let first = usize::from(fd.recv.is_some());
        let line = b.m.line(fd.span);
        if let Some(body) = &fd.body {
            b.body(&fd.sig, &sig, &layout, first, body, &[], line);
        }
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
    }

    /// The checked declaration of method `fd` on its receiver's type.
    fn method_decl(&self, fd: &ast::FuncDecl) -> Option<&'p crate::types::MethodDecl> {
        let p = self.p;
        let r = fd.recv.as_ref()?;
        let base = match &r.ty.kind {
            ast::ExprKind::Star(b) => &**b,
            _ => &r.ty,
        };
        let n = p.types.as_named(self.type_of_expr(base)?)?;
        p.types
            .named(n)
            .methods
            .iter()
            .find(|m| m.name == fd.name.name)
    }

    /// The synthetic function that evaluates a package's variable
    /// initializers, in dependency order (initorder.rs).
    fn lower_var_init(&mut self, pkg: &'p crate::check::Package) -> Option<FuncId> {
        let pname = if pkg.path == "main" {
            "main"
        } else {
            pkg.path.as_str()
        };
        let first = pkg.files.first()?;
        let file = self.map.get(first.span.file).name.clone();
        let id = self.empty_func(format!("{pname}.init"), file, 1);
        let order = self.init_order(pkg);
        let mut b = FnBuilder::new(self, id);
        for s in order {
            b.global_var_spec(s);
        }
        let line = b.m.line(first.span);
        b.ret(line);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }
}

struct ArgLayout {
    params: Vec<u32>,
    results: Vec<u32>,
    total: u32,
    /// The pointer words of the whole area.
    ptrs: PtrMask,
}
