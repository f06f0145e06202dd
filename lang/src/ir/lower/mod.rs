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

mod arith;
mod builtin;
mod call;
mod chan;
mod complex;
mod composite;
mod convert;
mod defer_method;
mod evalorder;
mod expr;
mod iface;
mod ifaceval;
mod index;
mod initorder;
mod map;
mod methodval;
mod intrinsic;
mod minmax;
mod place;
mod pragma;
mod reflectcall;
mod srcpos;
mod stmt;
mod typeinfo;
mod unsafe_ops;

use super::*;
use crate::ast::{self, NodeId};
use crate::check::scope::{ObjId, ObjKind};
use crate::check::Program;
use crate::diag::Diagnostic;
use crate::ir::fasthash::{FastMap as HashMap, FastSet as HashSet};
use crate::source::{SourceMap, Span};
use crate::types::{NamedId, Type, TypeId};

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

/// Builtins that `defer` and `go` may call, through a wrapper function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum BuiltinWrapper {
    Close,
    Panic,
    /// `defer recover()`: recover runs as if called by the function that
    /// deferred it (gc's ORECOVERFP): when that function is a deferred call
    /// of a panic and returns normally, it recovers; when the panic itself
    /// runs the wrapper, it stops nothing.
    Recover,
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
        for t in recv.iter().chain(&sig.params) {
            let a = self.align_of(*t).max(1);
            off = off.div_ceil(a) * a;
            params.push(off);
            off += self.size_of(*t);
        }
        off = off.div_ceil(word) * word;
        let mut results = Vec::new();
        for t in &sig.results {
            let a = self.align_of(*t).max(1);
            off = off.div_ceil(a) * a;
            results.push(off);
            off += self.size_of(*t);
        }
        let total = off.div_ceil(word) * word;
        ArgLayout {
            params,
            results,
            total,
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

    /// The method table for values of concrete type `t` in interface `i`,
    /// with its wrapper functions, created on first use. `None` (after a
    /// diagnostic) for methods the lowering cannot reach yet.
    fn itab(&mut self, i: TypeId, t: TypeId, span: Span) -> Option<ItabId> {
        if let Some(&id) = self.itabs.get(&(i, t)) {
            return Some(id);
        }
        let Type::Interface(methods) = self.p.types.under(i).clone() else {
            return None;
        };
        let concrete = self.type_desc(t);
        let mut wrappers = Vec::new();
        for m in &methods {
            wrappers.push(self.method_wrapper(t, &m.name, m.pkg, span)?);
        }
        let id = ItabId(self.module.itabs.len() as u32);
        self.module.itabs.push(Itab {
            iface: self.p.types.type_string(i, crate::types::PkgId(0)),
            concrete,
            methods: wrappers,
        });
        self.itabs.insert((i, t), id);
        Some(id)
    }

    /// The wrapper `T.m·i` through which an interface calls method `m` of a
    /// value of type `t` boxed in it: its receiver is the data word (a
    /// pointer to the boxed `t`).
    fn method_wrapper(
        &mut self,
        t: TypeId,
        name: &str,
        pkg: crate::types::PkgId,
        span: Span,
    ) -> Option<FuncId> {
        let res = self.p.types.lookup_field_or_method(t, name, pkg);
        if let crate::types::lookup::LookupResult::Method {
            named: None,
            from_interface: true,
            index_path,
            method_index,
            sig,
            ..
        } = res
        {
            return self.embedded_iface_wrapper(t, name, &index_path, method_index, sig);
        }
        let crate::types::lookup::LookupResult::Method {
            named: Some(n),
            index_path,
            sig,
            pointer_recv,
            ..
        } = res
        else {
            self.unsupported(span, "this interface method");
            return None;
        };
        let (fref, _) = *self.methods.get(&(n, name.to_string()))?;
        let msig = self.p.types.signature(sig).cloned()?;
        let named_t = self.p.types.named_type_id(n)?;
        let t_is_ptr = matches!(self.p.types.under(t), Type::Pointer(_));
        let word = self.p.target.ptr_size;
        let uintptr = self
            .p
            .types
            .basic_kind_type(crate::types::BasicKind::Uintptr);
        // The method's own receiver type and the wrapper's layouts.
        let recv_t = if pointer_recv {
            self.p.types.pointer_type_id(named_t)?
        } else {
            named_t
        };
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.frame_layout(Some(uintptr), &msig);
        let id = self.wrapper_record(fref, "·i");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        // The receiver: the boxed value, or (boxed pointer) the pointer or
        // what it points at.
        let data = Loc::Arg(outer.params[0]);
        let recv_size = b.m.size_of(recv_t);
        // The boxed value: `t` itself, or what a boxed pointer points at;
        // then through embedded fields for a promoted method.
        let boxed = if t_is_ptr {
            let p = b.word_temp();
            b.emit(
                Inst::Load {
                    dst: p,
                    ptr: data,
                    off: 0,
                    size: word,
                },
                0,
            );
            if !pointer_recv && index_path.is_empty() {
                // A value method called through a nil *T: gc's wrapper
                // panics (runtime.panicwrap) rather than fault.
                let n = b.m.p.types.named(n);
                let pkg = b.m.p.types.pkg_paths[n.pkg.0 as usize].clone();
                let msg = format!(
                    "value method {pkg}.{t}.{name} called using nil *{t} pointer",
                    t = n.name
                );
                b.panic_if_nil(p, &msg, 0);
            }
            place::Place::deref(p)
        } else {
            place::Place::at(data)
        };
        let base_t = match self_types_under(b.m, t) {
            Type::Pointer(p) => p,
            _ => t,
        };
        let (base, direct) = b.walk_embedded(boxed, base_t, &index_path, 0)?;
        let recv = if pointer_recv && direct {
            // The (embedded) pointer itself, nil or not.
            b.raw_addr(base, 0)
        } else if pointer_recv {
            b.place_addr(base, 0)
        } else {
            b.read(base, named_t, 0)
        };
        b.mov(Loc::Out(inner.params[0]), recv, recv_size, 0);
        b.forward(fref.callee(), &inner, &outer, &msig, 1);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The itab entry `S.m·i` for a method `t` has from an interface it
    /// embeds (`type S struct{ R }`): the wrapper reads the embedded
    /// interface out of the boxed value (through the fields of `path`) and
    /// calls its method `method_index` through its own itab, with its own
    /// data word as the receiver; a nil embedded interface faults there,
    /// as in Go.
    fn embedded_iface_wrapper(
        &mut self,
        t: TypeId,
        name: &str,
        path: &[usize],
        method_index: usize,
        sig: TypeId,
    ) -> Option<FuncId> {
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let uintptr = self
            .p
            .types
            .basic_kind_type(crate::types::BasicKind::Uintptr);
        // The interface's method takes a data word too: one layout.
        let layout = self.frame_layout(Some(uintptr), &msig);
        let tname = self.p.types.type_string(t, crate::types::PkgId(0));
        // In the file of the type's declaration: a function without a file
        // is the runtime's, and a fault in it (a nil embedded interface)
        // would be a crash instead of a panic.
        let base = match self.p.types.under(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        let (file, line) = self
            .p
            .types
            .as_named(base)
            .and_then(|n| self.p.types.named(n).span)
            .map_or((String::new(), 0), |sp| {
                (self.map.get(sp.file).name.clone(), self.line(sp))
            });
        let id = self.empty_func(format!("{tname}.{name}·i"), file, line);
        self.module.funcs[id.0 as usize].wrapper = true;
        let mut b = FnBuilder::new(self, id);
        b.arg_size = layout.total;
        let data = Loc::Arg(layout.params[0]);
        let (boxed, base_t) = match self_types_under(b.m, t) {
            Type::Pointer(p) => {
                let ptr = b.word_temp();
                b.emit(
                    Inst::Load {
                        dst: ptr,
                        ptr: data,
                        off: 0,
                        size: word,
                    },
                    0,
                );
                (place::Place::deref(ptr), p)
            }
            _ => (place::Place::at(data), t),
        };
        let (field, it, _) = b.walk_embedded_to(boxed, base_t, path, 0)?;
        let iv = b.read(field, it, 0);
        let itab = b.word_temp();
        b.mov(itab, iv, word, 0);
        let fv = b.word_temp();
        b.emit(
            Inst::Load {
                dst: fv,
                ptr: itab,
                off: ((1 + method_index) as u32 * word) as i32,
                size: word,
            },
            0,
        );
        b.mov(Loc::Out(layout.params[0]), iv.plus(word), word, 0);
        b.forward(Callee::Closure(fv), &layout, &layout, &msig, 1);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The function that performs builtin `b` on its arguments, for
    /// `defer`/`go` of a builtin call (created on first use): `close(c)`
    /// takes the channel word, `panic(v)` an `interface{}`.
    fn builtin_wrapper(&mut self, b: BuiltinWrapper) -> FuncId {
        if let Some(&id) = self.builtin_wrappers.get(&b) {
            return id;
        }
        let word = self.p.target.ptr_size;
        let (name, arg_size, svc) = match b {
            BuiltinWrapper::Close => ("runtime.closechan", word, Some(Service::ChanClose)),
            BuiltinWrapper::Panic => ("runtime.gopanic", 2 * word, Some(Service::Panic)),
            BuiltinWrapper::Recover => ("runtime.gorecover", 0, Some(Service::RecoverOfCaller)),
        };
        let id = self.empty_func(name.into(), String::new(), 0);
        self.builtin_wrappers.insert(b, id);
        let mut fb = FnBuilder::new(self, id);
        fb.arg_size = arg_size;
        match svc {
            // Its results (the value recovered) are dropped.
            Some(Service::RecoverOfCaller) => fb.call_service(Service::RecoverOfCaller, 0),
            Some(svc) => {
                fb.mov(Loc::Out(0), Loc::Arg(0), arg_size, 0);
                fb.call(Callee::Runtime(svc), arg_size, 0);
            }
            None => {}
        }
        let end = if b == BuiltinWrapper::Panic {
            Term::Unreachable
        } else {
            Term::Return
        };
        fb.terminate(end, 0);
        let f = fb.finish();
        self.module.funcs[id.0 as usize] = f;
        id
    }

    /// A new, empty function record for a wrapper around `fref`, named
    /// after it with `suffix` (`·i` for an itab entry, `-fm` for a method
    /// value), in its file; the builder fills in the rest.
    fn wrapper_record(&mut self, fref: FnRef, suffix: &str) -> FuncId {
        let (base, file) = match fref {
            FnRef::Func(f) => {
                self.name_func(f);
                (
                    self.module.funcs[f.0 as usize].name.clone(),
                    self.module.funcs[f.0 as usize].file.clone(),
                )
            }
            FnRef::Native(nid) => (
                self.module.natives[nid.0 as usize].name.clone(),
                String::new(),
            ),
        };
        let id = self.empty_func(format!("{base}{suffix}"), file, 0);
        self.module.funcs[id.0 as usize].wrapper = true;
        id
    }

    /// A new function record with no body yet (a builder fills it in).
    fn empty_func(&mut self, name: String, file: String, line: u32) -> FuncId {
        let id = FuncId(self.module.funcs.len() as u32);
        self.module.funcs.push(Func {
            name,
            file,
            line,
            arg_size: 0,
            locals_size: 0,
            slots: Vec::new(),
            out_size: 0,
            blocks: Vec::new(),
            nosplit: false,
            noinline: false,
            wrapper: false,
            recover_block: None,
        });
        id
    }

    /// `T.m-fm`: the function a method value's closure calls; its receiver
    /// (of type `recv_t`) is stored in the closure object after the code word.
    fn method_value_func(
        &mut self,
        n: NamedId,
        name: &str,
        recv_t: TypeId,
        sig: TypeId,
    ) -> Option<FuncId> {
        let (fref, _) = *self.methods.get(&(n, name.to_string()))?;
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.frame_layout(None, &msig);
        let id = self.wrapper_record(fref, "-fm");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        let ctx = b.word_temp();
        b.emit(Inst::ClosureContext { dst: ctx }, 0);
        let size = b.m.size_of(recv_t);
        let recv = b.alloc(size, word);
        b.emit(
            Inst::Load {
                dst: recv,
                ptr: ctx,
                off: word as i32,
                size,
            },
            0,
        );
        b.emit(
            Inst::Move {
                dst: Loc::Out(inner.params[0]),
                src: recv,
                size,
            },
            0,
        );
        b.forward(fref.callee(), &inner, &outer, &msig, 0);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The method expression `X.m` as a function of its own, for when it
    /// is not the method itself: `func(x X, params) results`, which finds
    /// the receiver from `x` as a call `x.m(...)` would (through embedded
    /// fields, taking the address or a copy) and calls the method, or, for
    /// a method of an interface (`X`'s own or one it embeds), calls
    /// through that interface's itab. Created once per (X, m).
    fn method_expr_func(
        &mut self,
        xt: TypeId,
        name: &str,
        pkg: crate::types::PkgId,
        span: Span,
    ) -> Option<FuncId> {
        use crate::types::lookup::LookupResult;
        if let Some(&id) = self.method_exprs.get(&(xt, name.to_string())) {
            return Some(id);
        }
        let res = self.p.types.lookup_field_or_method(xt, name, pkg);
        let LookupResult::Method { sig, .. } = res else {
            self.unsupported(span, "this method expression");
            return None;
        };
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let outer = self.frame_layout(Some(xt), &msig);
        let tname = self.p.types.type_string(xt, crate::types::PkgId(0));
        // In the file being lowered: a function without a file is the
        // runtime's (a fault in it would crash instead of panicking).
        let file = self.map.get(span.file).name.clone();
        let line = self.line(span);
        let id = self.empty_func(format!("{tname}.{name}"), file, line);
        self.module.funcs[id.0 as usize].wrapper = true;
        self.method_exprs.insert((xt, name.to_string()), id);
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        let arg = Loc::Arg(outer.params[0]);
        let x_ptr = matches!(self_types_under(b.m, xt), Type::Pointer(_));
        let (start, base_t) = match self_types_under(b.m, xt) {
            Type::Pointer(p) => (place::Place::deref(arg), p),
            _ => (place::Place::Frame(arg), xt),
        };
        match res {
            LookupResult::Method {
                named: Some(n),
                index_path,
                pointer_recv,
                ..
            } => {
                let (fref, _) = *b.m.methods.get(&(n, name.to_string()))?;
                if let FnRef::Func(f) = fref {
                    b.m.enqueue(f);
                }
                let named_t = b.m.p.types.named_type_id(n)?;
                let recv_t = if pointer_recv {
                    b.m.p.types.pointer_type_id(named_t)?
                } else {
                    named_t
                };
                let inner = b.m.frame_layout(Some(recv_t), &msig);
                let (base, direct) = b.walk_embedded(start, base_t, &index_path, line)?;
                let recv = if pointer_recv {
                    // As method_receiver: an embedded pointer (or `x`
                    // itself) is passed as it is, nil included.
                    if direct && (x_ptr || !index_path.is_empty()) {
                        b.raw_addr(base, line)
                    } else {
                        b.place_addr(base, line)
                    }
                } else {
                    b.read(base, named_t, line)
                };
                let size = b.m.size_of(recv_t);
                b.mov(Loc::Out(inner.params[0]), recv, size, line);
                b.forward(fref.callee(), &inner, &outer, &msig, 1);
            }
            LookupResult::Method {
                index_path,
                method_index,
                ..
            } => {
                let uintptr =
                    b.m.p
                        .types
                        .basic_kind_type(crate::types::BasicKind::Uintptr);
                let inner = b.m.frame_layout(Some(uintptr), &msig);
                let (field, it, _) = b.walk_embedded_to(start, base_t, &index_path, line)?;
                let iv = b.read(field, it, line);
                let itab = b.word_temp();
                b.mov(itab, iv, word, line);
                let fv = b.word_temp();
                b.emit(
                    Inst::Load {
                        dst: fv,
                        ptr: itab,
                        off: ((1 + method_index) as u32 * word) as i32,
                        size: word,
                    },
                    line,
                );
                b.mov(Loc::Out(inner.params[0]), iv.plus(word), word, line);
                b.forward(Callee::Closure(fv), &inner, &outer, &msig, 1);
            }
            _ => return None,
        }
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The code of a method value made from the method expression
    /// function `mexpr` (of receiver type `recv_t`): `X.m-fm` passes the
    /// receiver kept in its closure object, then its own arguments.
    fn bound_method_func(&mut self, mexpr: FuncId, recv_t: TypeId, sig: TypeId) -> Option<FuncId> {
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.frame_layout(None, &msig);
        let id = self.wrapper_record(FnRef::Func(mexpr), "-fm");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        let ctx = b.word_temp();
        b.emit(Inst::ClosureContext { dst: ctx }, 0);
        let size = b.m.size_of(recv_t);
        let recv = b.alloc(size, word);
        b.emit(
            Inst::Load {
                dst: recv,
                ptr: ctx,
                off: word as i32,
                size,
            },
            0,
        );
        b.mov(Loc::Out(inner.params[0]), recv, size, 0);
        b.forward(Callee::Func(mexpr), &inner, &outer, &msig, 0);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The run-time descriptor of `t`, created on first use.
    #[allow(clippy::type_complexity)]
    fn type_desc(&mut self, t: TypeId) -> TypeDescId {
        if let Some(&d) = self.type_descs.get(&t) {
            return d;
        }
        let id = TypeDescId(self.module.type_descs.len() as u32);
        self.type_descs.insert(t, id);
        let types = &self.p.types;
        // As reflect (and so Go's messages, %T and %#v) spells types,
        // inside composite types too: `*interface {}`, `struct { A int }`.
        let name =
            crate::types::fmt::reflect_spelling(&types.type_string(t, crate::types::PkgId(0)));
        use crate::types::BasicKind as K;
        let (kind, elem, key, len, fields_src): (
            TypeKind,
            Option<TypeId>,
            Option<TypeId>,
            u64,
            Vec<(String, TypeId)>,
        ) = match types.under(t).clone() {
            Type::Basic(k) => (
                match k {
                    K::Bool | K::UntypedBool => TypeKind::Bool,
                    K::Int | K::UntypedInt => TypeKind::Int,
                    K::Int8 => TypeKind::Int8,
                    K::Int16 => TypeKind::Int16,
                    K::Int32 | K::UntypedRune => TypeKind::Int32,
                    K::Int64 => TypeKind::Int64,
                    K::Uint => TypeKind::Uint,
                    K::Uint8 => TypeKind::Uint8,
                    K::Uint16 => TypeKind::Uint16,
                    K::Uint32 => TypeKind::Uint32,
                    K::Uint64 => TypeKind::Uint64,
                    K::Uintptr => TypeKind::Uintptr,
                    K::Float32 => TypeKind::Float32,
                    K::Float64 | K::UntypedFloat => TypeKind::Float64,
                    K::Complex64 => TypeKind::Complex64,
                    K::Complex128 | K::UntypedComplex => TypeKind::Complex128,
                    K::String | K::UntypedString => TypeKind::String,
                    K::UnsafePointer | K::UntypedNil => TypeKind::UnsafePointer,
                },
                None,
                None,
                0,
                vec![],
            ),
            Type::Pointer(e) => (TypeKind::Pointer, Some(e), None, 0, vec![]),
            Type::Slice(e) => (TypeKind::Slice, Some(e), None, 0, vec![]),
            Type::Array(n, e) => (TypeKind::Array, Some(e), None, n, vec![]),
            Type::Map(k, v) => (TypeKind::Map, Some(v), Some(k), 0, vec![]),
            Type::Chan(_, e) => (TypeKind::Chan, Some(e), None, 0, vec![]),
            Type::Func(_) => (TypeKind::Func, None, None, 0, vec![]),
            // len: whether the interface's first word is an itab.
            Type::Interface(ms) => (
                TypeKind::Interface,
                None,
                None,
                u64::from(!ms.is_empty()),
                vec![],
            ),
            Type::Struct(fs) => (
                TypeKind::Struct,
                None,
                None,
                0,
                fs.iter().map(|f| (f.name.clone(), f.ty)).collect(),
            ),
            _ => (TypeKind::UnsafePointer, None, None, 0, vec![]),
        };
        let offsets = if kind == TypeKind::Struct {
            types.field_offsets(t, &self.p.target)
        } else {
            vec![]
        };
        let (size, align) = (self.size_of(t), self.align_of(t));
        self.module.type_descs.push(TypeDesc {
            name,
            kind,
            size,
            align,
            elem: None,
            key: None,
            len,
            fields: vec![],
            methods: vec![],
            info: Default::default(),
        });
        // Components after the entry exists, so recursive types terminate.
        let elem = elem.map(|e| self.type_desc(e));
        let key = key.map(|k| self.type_desc(k));
        let fields: Vec<(String, u32, TypeDescId)> = fields_src
            .into_iter()
            .zip(offsets)
            .map(|((n, ft), off)| (n, off as u32, self.type_desc(ft)))
            .collect();
        let methods = self.iface_method_recs(t);
        let info = self.type_info(t);
        let d = &mut self.module.type_descs[id.0 as usize];
        d.info = info;
        d.elem = elem;
        d.key = key;
        d.fields = fields;
        d.methods = methods;
        id
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
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
enum VarLoc {
    /// In the frame (or the argument area).
    Frame(Loc),
    /// In a heap cell whose address is in this frame word.
    Heap(Loc),
    Global(GlobalId),
}

/// Identifiers whose address is taken in `body` (so their variable must
/// outlive a freed stack segment if the address escapes): `&x`, `x.m()`
/// with a pointer method, slicing an array variable. Conservative: any such
/// use moves the variable to the heap. Only memory inside the variable
/// counts: `&p.f` through a pointer, `s[i:j]` of a slice or string and
/// `q.m()` on a pointer leave `p`, `s` and `q` in the frame, which keeps
/// functions that reslice their slice arguments from allocating per call.
fn escaping_vars(p: &Program, body: &ast::Block) -> HashSet<ObjId> {
    let mut out = HashSet::default();
    /// The underlying type of `e`, when the checker recorded one.
    fn under_of<'p>(p: &'p Program, e: &ast::Expr) -> Option<&'p Type> {
        let info = p.exprs.get(e.id.0 as usize)?.as_ref()?;
        Some(p.types.under(info.ty))
    }
    /// The variable whose own storage `e` denotes: `x`, `x.f` of a struct
    /// value, `x[i]` of an array value, recursively. A pointer, slice,
    /// map or string on the way means the memory is elsewhere: none.
    fn root_ident<'e>(p: &Program, e: &'e ast::Expr) -> Option<&'e ast::Expr> {
        match &e.kind {
            ast::ExprKind::Ident(_) => Some(e),
            ast::ExprKind::Paren(x) => root_ident(p, x),
            ast::ExprKind::Selector(x, _) => match under_of(p, x) {
                Some(Type::Pointer(_)) => None,
                _ => root_ident(p, x),
            },
            ast::ExprKind::Index(x, _) => match under_of(p, x) {
                Some(Type::Array(..)) | None => root_ident(p, x),
                Some(_) => None,
            },
            _ => None,
        }
    }
    fn walk_expr(p: &Program, e: &ast::Expr, out: &mut HashSet<ObjId>) {
        use ast::ExprKind as K;
        match &e.kind {
            K::Unary(ast::UnOp::Addr, x) => {
                if let Some(id) = root_ident(p, x) {
                    if let Some(&o) = p.uses.get(&id.id) {
                        out.insert(o);
                    }
                }
                walk_expr(p, x, out);
            }
            K::Slice { x, lo, hi, max, .. } => {
                // Only an array is sliced in place; a slice or a string
                // already points elsewhere.
                let in_place = !matches!(
                    under_of(p, x),
                    Some(Type::Slice(_) | Type::Pointer(_) | Type::Basic(_))
                );
                if let Some(id) = root_ident(p, x).filter(|_| in_place) {
                    if let Some(&o) = p.uses.get(&id.id) {
                        out.insert(o);
                    }
                }
                walk_expr(p, x, out);
                for y in [lo, hi, max].into_iter().flatten() {
                    walk_expr(p, y, out);
                }
            }
            K::Call { func, args, .. } => {
                // A method call on an addressable variable may take its address.
                if let K::Selector(x, _) = &func.kind {
                    let by_ref =
                        matches!(under_of(p, x), Some(Type::Pointer(_) | Type::Interface(_)));
                    if let Some(id) = root_ident(p, x).filter(|_| !by_ref) {
                        if let Some(&o) = p.uses.get(&id.id) {
                            out.insert(o);
                        }
                    }
                }
                walk_expr(p, func, out);
                for a in args {
                    walk_expr(p, a, out);
                }
            }
            K::Paren(x) | K::Selector(x, _) | K::Star(x) | K::Unary(_, x) => walk_expr(p, x, out),
            K::Index(a, b) | K::Binary(_, a, b) => {
                walk_expr(p, a, out);
                walk_expr(p, b, out);
            }
            K::TypeAssert(x, _) => walk_expr(p, x, out),
            K::Composite { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        walk_expr(p, k, out);
                    }
                    walk_expr(p, &el.value, out);
                }
            }
            // Variables captured by a closure are shared with it.
            K::FuncLit { body, .. } => collect_idents(p, body, out),
            _ => {}
        }
    }
    fn collect_idents(p: &Program, b: &ast::Block, out: &mut HashSet<ObjId>) {
        for s in &b.stmts {
            stmt_exprs(s, &mut |e| idents_in(p, e, out));
        }
    }
    fn idents_in(p: &Program, e: &ast::Expr, out: &mut HashSet<ObjId>) {
        if let ast::ExprKind::Ident(_) = &e.kind {
            if let Some(&o) = p.uses.get(&e.id) {
                out.insert(o);
            }
        }
        expr_children(e, &mut |c| idents_in(p, c, out));
    }
    for s in &body.stmts {
        stmt_exprs(s, &mut |e| walk_expr(p, e, &mut out));
    }
    out
}

/// The structure of `t`'s underlying type.
fn self_types_under(m: &ModuleBuilder<'_>, t: TypeId) -> Type {
    m.p.types.under(t).clone()
}

/// Whether `s` contains a `defer` (outside function literals).
fn has_defer(s: &ast::Stmt) -> bool {
    use ast::StmtKind as S;
    let list = |v: &[ast::Stmt]| v.iter().any(has_defer);
    match &s.kind {
        S::Defer(_) => true,
        S::Labeled(_, i) => has_defer(i),
        S::Block(b) => list(&b.stmts),
        S::If { then, els, .. } => list(&then.stmts) || els.as_deref().is_some_and(has_defer),
        S::For { body, .. } | S::Range { body, .. } => list(&body.stmts),
        S::Switch { body, .. } | S::TypeSwitch { body, .. } => body.iter().any(|c| list(&c.body)),
        S::Select(cs) => cs.iter().any(|c| list(&c.body)),
        _ => false,
    }
}

/// Calls `f` on each expression directly inside `s` (recursing into nested
/// statements, not into expressions).
fn stmt_exprs<'a>(s: &'a ast::Stmt, f: &mut dyn FnMut(&'a ast::Expr)) {
    use ast::StmtKind as S;
    let block = |b: &'a ast::Block, f: &mut dyn FnMut(&'a ast::Expr)| {
        for s in &b.stmts {
            stmt_exprs(s, f);
        }
    };
    match &s.kind {
        S::Empty | S::Branch(..) => {}
        S::Decl(ast::Decl::Var(specs, _)) | S::Decl(ast::Decl::Const(specs, _)) => {
            for sp in specs {
                sp.values.iter().for_each(&mut *f);
            }
        }
        S::Decl(_) => {}
        S::Labeled(_, inner) => stmt_exprs(inner, f),
        S::Expr(e) | S::Go(e) | S::Defer(e) | S::IncDec(e, _) => f(e),
        S::Send(a, b) => {
            f(a);
            f(b);
        }
        S::Assign(l, _, r) | S::Define(l, r) => {
            l.iter().for_each(&mut *f);
            r.iter().for_each(&mut *f);
        }
        S::Return(rs) => rs.iter().for_each(&mut *f),
        S::Block(b) => block(b, f),
        S::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            f(cond);
            block(then, f);
            if let Some(e) = els {
                stmt_exprs(e, f);
            }
        }
        S::Switch {
            init, tag, body, ..
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            if let Some(t) = tag {
                f(t);
            }
            for c in body {
                c.exprs.iter().flatten().for_each(&mut *f);
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            f(x);
            for c in body {
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::Select(cs) => {
            for c in cs {
                if let Some(s) = &c.comm {
                    stmt_exprs(s, f);
                }
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            if let Some(c) = cond {
                f(c);
            }
            if let Some(p) = post {
                stmt_exprs(p, f);
            }
            block(body, f);
        }
        S::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().for_each(&mut *f);
            value.iter().for_each(&mut *f);
            f(x);
            block(body, f);
        }
    }
}

/// Calls `f` on each direct sub-expression of `e`.
fn expr_children<'a>(e: &'a ast::Expr, f: &mut dyn FnMut(&'a ast::Expr)) {
    use ast::ExprKind as K;
    match &e.kind {
        K::Paren(x) | K::Selector(x, _) | K::Star(x) | K::Unary(_, x) | K::TypeAssert(x, _) => f(x),
        K::Index(a, b) | K::Binary(_, a, b) => {
            f(a);
            f(b);
        }
        K::Slice { x, lo, hi, max, .. } => {
            f(x);
            for y in [lo, hi, max].into_iter().flatten() {
                f(y);
            }
        }
        K::Call { func, args, .. } => {
            f(func);
            args.iter().for_each(f);
        }
        K::Composite { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    f(k);
                }
                f(&el.value);
            }
        }
        K::FuncLit { body, .. } => {
            for s in &body.stmts {
                stmt_exprs(s, f);
            }
        }
        _ => {}
    }
}

/// Builds one function's blocks.
struct FnBuilder<'m, 'p> {
    m: &'m mut ModuleBuilder<'p>,
    id: FuncId,
    blocks: Vec<Block>,
    cur: BlockId,
    locals_size: u32,
    /// The allocations of the locals area ([`Func::slots`]).
    slots: Vec<FrameSlot>,
    out_size: u32,
    arg_size: u32,
    vars: HashMap<ObjId, (VarLoc, TypeId)>,
    escapes: HashSet<ObjId>,
    /// The result slots, for `return`.
    results: Vec<(Loc, TypeId, Option<ObjId>)>,
    /// The function has `defer` statements: returns run the deferred calls.
    has_defer: bool,
    recover_block: Option<BlockId>,
    /// Enclosing breakable statements: (label, break target, continue target).
    loops: Vec<(Option<String>, BlockId, Option<BlockId>)>,
    /// Labeled statements' entry blocks, for goto.
    labels: HashMap<String, BlockId>,
    /// Set when the current block has already been terminated.
    done: bool,
    /// For each enclosing switch clause, the block `fallthrough` goes to.
    fallthrough: Vec<BlockId>,
    /// Expressions already evaluated into a location: the argument
    /// expressions of a deferred builtin call, bound to the parameters of
    /// its wrapper (`stmt.rs`, `deferred_builtin_call`).
    bound: HashMap<NodeId, Loc>,
}

impl<'m, 'p> FnBuilder<'m, 'p> {
    /// The body of a wrapper whose receiver is already in place: passes
    /// its own parameters on (from `first`, the wrapper's first parameter
    /// that is one of the method's), calls `fref`, hands the results back
    /// and returns.
    fn forward(
        &mut self,
        callee: Callee,
        inner: &ArgLayout,
        outer: &ArgLayout,
        msig: &crate::types::Signature,
        first: usize,
    ) {
        for (k, &pt) in msig.params.iter().enumerate() {
            let size = self.m.size_of(pt);
            self.emit(
                Inst::Move {
                    dst: Loc::Out(inner.params[k + 1]),
                    src: Loc::Arg(outer.params[k + first]),
                    size,
                },
                0,
            );
        }
        self.call(callee, inner.total, 0);
        for (k, &rt) in msig.results.iter().enumerate() {
            let size = self.m.size_of(rt);
            self.emit(
                Inst::Move {
                    dst: Loc::Arg(outer.results[k]),
                    src: Loc::Out(inner.results[k]),
                    size,
                },
                0,
            );
        }
        self.terminate(Term::Return, 0);
    }

    fn new(m: &'m mut ModuleBuilder<'p>, id: FuncId) -> FnBuilder<'m, 'p> {
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

    fn finish(self) -> Func {
        let mut f = self.m.module.funcs[self.id.0 as usize].clone();
        f.blocks = self.blocks;
        f.locals_size = self.locals_size.div_ceil(8) * 8;
        f.slots = self.slots;
        f.out_size = self.out_size;
        f.arg_size = self.arg_size;
        f.recover_block = self.recover_block;
        f
    }

    fn word(&self) -> u32 {
        self.m.p.target.ptr_size
    }

    /// A fresh frame slot.
    fn alloc(&mut self, size: u32, align: u32) -> Loc {
        let a = align.max(1);
        let off = self.locals_size.div_ceil(a) * a;
        self.locals_size = off + size.max(1);
        self.slots.push(FrameSlot {
            off,
            size: size.max(1),
        });
        Loc::Local(off)
    }

    fn temp(&mut self, t: TypeId) -> Loc {
        let (s, a) = (self.m.size_of(t), self.m.align_of(t));
        self.alloc(s, a)
    }

    fn word_temp(&mut self) -> Loc {
        let w = self.word();
        self.alloc(w, w)
    }

    /// A new closure object for function `f`: its code word, then `extra`
    /// zeroed bytes for what it captures; returns the word holding it.
    fn closure_object(&mut self, f: FuncId, extra: u32, line: u32) -> Loc {
        let w = self.word();
        let obj = self.heap_bytes(u64::from(w + extra), line);
        let fv = self.word_temp();
        self.addr_to(fv, AddrOf::FuncValue(f), line);
        let code = self.word_temp();
        self.emit(
            Inst::Load {
                dst: code,
                ptr: fv,
                off: 0,
                size: w,
            },
            line,
        );
        self.emit(
            Inst::Store {
                ptr: obj,
                off: 0,
                src: code,
                size: w,
            },
            line,
        );
        obj
    }

    /// `dst = a op b`.
    fn bin(&mut self, op: BinOp, ty: Scalar, dst: Loc, a: Loc, b: Loc, line: u32) {
        self.emit(Inst::Bin { op, ty, dst, a, b }, line);
    }

    /// `dst` (a u8, 0 or 1) = `a op b`.
    fn cmp(&mut self, op: CmpOp, ty: Scalar, dst: Loc, a: Loc, b: Loc, line: u32) {
        self.emit(Inst::Cmp { op, ty, dst, a, b }, line);
    }

    /// `dst` (a word) = the address of `what`.
    fn addr_to(&mut self, dst: Loc, what: AddrOf, line: u32) {
        self.emit(Inst::Addr { dst, what }, line);
    }

    /// `dst = src`, `size` bytes within the frame.
    fn mov(&mut self, dst: Loc, src: Loc, size: u32, line: u32) {
        self.emit(Inst::Move { dst, src, size }, line);
    }

    fn emit(&mut self, i: Inst, line: u32) {
        if self.done {
            // Code after a terminator (after return or panic) is unreachable:
            // give it a block of its own so the IR stays well formed.
            let b = self.new_block();
            self.switch_to(b);
        }
        self.blocks[self.cur.0 as usize].insts.push((i, line));
    }

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            insts: Vec::new(),
            term: Term::Unreachable,
            term_line: 0,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
        self.done = false;
    }

    fn terminate(&mut self, t: Term, line: u32) {
        if !self.done {
            let b = &mut self.blocks[self.cur.0 as usize];
            b.term = t;
            b.term_line = line;
            self.done = true;
        }
    }

    fn jump(&mut self, to: BlockId, line: u32) {
        self.terminate(Term::Jump(to), line);
    }

    fn obj_at(&self, span: Span) -> Option<ObjId> {
        self.m.obj_declared_at(span)
    }

    /// Lowers a function body: binds the parameters (from index `first` of
    /// the layout; a receiver was bound by the caller) and results, makes the
    /// captured variables of a closure reachable through its context, and
    /// lowers the statements.
    #[allow(clippy::too_many_arguments)]
    fn body(
        &mut self,
        ast_sig: &ast::FuncType,
        sig: &crate::types::Signature,
        layout: &ArgLayout,
        first: usize,
        body: &ast::Block,
        captured: &[(ObjId, TypeId)],
        line: u32,
    ) {
        self.arg_size = layout.total;
        let mut idx = first;
        for f in &ast_sig.params {
            for n in &f.names {
                let ty = self
                    .obj_at(n.span)
                    .map_or(TypeId(0), |o| self.m.p.objects[o.0 as usize].ty);
                self.bind_param(n, Loc::Arg(layout.params[idx]), ty);
                idx += 1;
            }
            if f.names.is_empty() {
                idx += 1;
            }
        }
        let mut results = Vec::new();
        let mut ri = 0;
        for f in &ast_sig.results {
            for n in f
                .names
                .iter()
                .map(Some)
                .chain(f.names.is_empty().then_some(None))
            {
                let (loc, ty) = (Loc::Arg(layout.results[ri]), sig.results[ri]);
                let mut obj = None;
                if let Some(n) = n {
                    self.bind_param(n, loc, ty);
                    obj = self.obj_at(n.span);
                }
                results.push((loc, ty, obj));
                ri += 1;
            }
        }
        self.results = results;
        // Results start zeroed (Go's named results are zero values).
        for (loc, t, _) in self.results.clone() {
            let size = self.m.size_of(t);
            self.emit(Inst::Zero { dst: loc, size }, line);
        }
        self.has_defer = body.stmts.iter().any(has_defer);
        if !captured.is_empty() {
            let w = self.word();
            let ctx = self.word_temp();
            self.emit(Inst::ClosureContext { dst: ctx }, line);
            for (i, &(o, t)) in captured.iter().enumerate() {
                let cell = self.word_temp();
                let off = ((1 + i) as u32 * w) as i32;
                self.emit(
                    Inst::Load {
                        dst: cell,
                        ptr: ctx,
                        off,
                        size: w,
                    },
                    line,
                );
                self.vars.insert(o, (VarLoc::Heap(cell), t));
            }
        }
        self.escapes = escaping_vars(self.m.p, body);
        self.spill_escaping_params();
        self.block(&body.stmts);
        let end = self.line(Span {
            lo: body.span.hi.saturating_sub(1),
            ..body.span
        });
        self.ret(end);
        if self.has_defer {
            let b = self.new_block();
            self.switch_to(b);
            self.ret(end);
            self.recover_block = Some(b);
        }
    }

    /// A function literal: its body becomes a function of its own
    /// (`main.f.func1`); the value is a closure object on the heap holding
    /// the code address and the cells of the captured variables.
    fn func_lit(
        &mut self,
        e: &ast::Expr,
        sig_ast: &ast::FuncType,
        body: &ast::Block,
        line: u32,
    ) -> Option<Loc> {
        let ft = self.expr_type(e.id);
        let sig = self.m.p.types.signature(ft).cloned()?;
        // The variables of enclosing functions it uses, in order of use.
        let mut caps: Vec<ObjId> = Vec::new();
        {
            let vars = &self.vars;
            let uses = &self.m.p.uses;
            let mut visit = |x: &ast::Expr| {
                fn walk(
                    x: &ast::Expr,
                    vars: &HashMap<ObjId, (VarLoc, TypeId)>,
                    uses: &crate::check::NodeMap<ObjId>,
                    caps: &mut Vec<ObjId>,
                ) {
                    if let ast::ExprKind::Ident(_) = &x.kind {
                        if let Some(o) = uses.get(&x.id) {
                            if matches!(vars.get(o), Some((VarLoc::Frame(_) | VarLoc::Heap(_), _)))
                                && !caps.contains(o)
                            {
                                caps.push(*o);
                            }
                        }
                    }
                    expr_children(x, &mut |c| walk(c, vars, uses, caps));
                }
                walk(x, vars, uses, &mut caps);
            };
            for st in &body.stmts {
                stmt_exprs(st, &mut visit);
            }
        }
        let mut captured = Vec::new();
        for o in &caps {
            match self.vars[o] {
                (VarLoc::Heap(_), t) => captured.push((*o, t)),
                _ => {
                    self.m.unsupported(
                        e.span,
                        "capturing a variable the compiler kept in the frame",
                    );
                    return None;
                }
            }
        }
        let outer = self.m.module.funcs[self.id.0 as usize].name.clone();
        let n = {
            let c = self.m.closures.entry(self.id).or_insert(0);
            *c += 1;
            *c
        };
        let file = self.m.module.funcs[self.id.0 as usize].file.clone();
        let id = self.m.empty_func(format!("{outer}.func{n}"), file, line);
        let layout = self.m.frame_layout(None, &sig);
        {
            let saved_quiet = self.m.quiet;
            let mut inner = FnBuilder::new(&mut *self.m, id);
            inner.body(sig_ast, &sig, &layout, 0, body, &captured, line);
            let f = inner.finish();
            self.m.module.funcs[id.0 as usize] = f;
            self.m.quiet = saved_quiet;
        }
        // The closure object.
        let w = self.word();
        let obj = self.closure_object(id, captured.len() as u32 * w, line);
        for (i, (o, _)) in captured.iter().enumerate() {
            if let (VarLoc::Heap(cell), _) = self.vars[o] {
                let off = ((1 + i) as u32 * w) as i32;
                self.emit(
                    Inst::Store {
                        ptr: obj,
                        off,
                        src: cell,
                        size: w,
                    },
                    line,
                );
            }
        }
        Some(obj)
    }

    /// Binds a parameter or named result to its argument slot.
    fn bind_param(&mut self, n: &ast::Ident, loc: Loc, t: TypeId) {
        if let Some(o) = self.obj_at(n.span) {
            self.vars.insert(o, (VarLoc::Frame(loc), t));
        }
    }

    /// Parameters whose address escapes move to the heap at entry.
    fn spill_escaping_params(&mut self) {
        let esc: Vec<(ObjId, Loc, TypeId)> = self
            .vars
            .iter()
            .filter(|(o, _)| self.escapes.contains(o))
            .filter_map(|(o, (v, t))| match v {
                VarLoc::Frame(l) => Some((*o, *l, *t)),
                _ => None,
            })
            .collect();
        for (o, loc, t) in esc {
            let size = self.m.size_of(t);
            let cell = self.heap_alloc(t, 0);
            let line = 0;
            self.emit(
                Inst::Store {
                    ptr: cell,
                    off: 0,
                    src: loc,
                    size,
                },
                line,
            );
            self.vars.insert(o, (VarLoc::Heap(cell), t));
        }
    }

    /// A zeroed heap cell for a `t`; returns the frame word holding its address.
    fn heap_alloc(&mut self, t: TypeId, line: u32) -> Loc {
        let size = self.m.size_of(t).max(1);
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: size as u64,
            },
            line,
        );
        self.call_service(Service::New, line);
        let cell = self.word_temp();
        self.mov(cell, self.service_result(Service::New, 0), w, line);
        cell
    }

    /// Calls runtime service `s`, its arguments already in the outgoing
    /// area: the area's size is the service's layout in the ABI crate
    /// (`Service::frame`), never restated here.
    fn call_service(&mut self, s: Service, line: u32) {
        let size = s.frame().size(self.word());
        self.call(Callee::Runtime(s), size, line);
    }

    /// Where, in the outgoing area, service `s` leaves its `k`th result
    /// (the ABI crate's layout).
    fn service_result(&self, s: Service, k: u32) -> Loc {
        Loc::Out(s.frame().result_at(k, self.word()))
    }

    fn call(&mut self, callee: Callee, arg_size: u32, line: u32) {
        if let Callee::Func(f) = callee {
            self.m.enqueue(f);
        }
        self.out_size = self.out_size.max(arg_size);
        self.emit(Inst::Call { callee, arg_size }, line);
    }

    /// Declares a new local variable `o` of type `t`, zeroed.
    fn declare_local(&mut self, o: ObjId, t: TypeId, line: u32) -> VarLoc {
        let v = if self.escapes.contains(&o) {
            VarLoc::Heap(self.heap_alloc(t, line))
        } else {
            let loc = self.temp(t);
            let size = self.m.size_of(t);
            self.emit(Inst::Zero { dst: loc, size }, line);
            VarLoc::Frame(loc)
        };
        self.vars.insert(o, (v, t));
        v
    }

    /// Returns: runs the deferred calls, then copies named results that
    /// live in heap cells (a deferred closure may have changed them) into
    /// the result slots.
    fn ret(&mut self, line: u32) {
        if self.done {
            return;
        }
        if self.has_defer {
            self.call_service(Service::DeferReturn, line);
        }
        for (loc, t, o) in self.results.clone() {
            let Some(o) = o else { continue };
            if let Some((VarLoc::Heap(cell), _)) = self.vars.get(&o).copied() {
                let size = self.m.size_of(t);
                self.emit(
                    Inst::Load {
                        dst: loc,
                        ptr: cell,
                        off: 0,
                        size,
                    },
                    line,
                );
            }
        }
        self.terminate(Term::Return, line);
    }

    fn expr_type(&self, id: NodeId) -> TypeId {
        self.m
            .p
            .exprs
            .get(id.0 as usize)
            .and_then(|i| i.as_ref())
            .map_or(TypeId(0), |i| i.ty)
    }

    fn under(&self, t: TypeId) -> &Type {
        self.m.p.types.under(t)
    }
}
