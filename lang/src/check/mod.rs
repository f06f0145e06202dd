//! The type checker: Go's rules over the [`crate::ast`], reported as gc
//! reports them.
//!
//! One [`Env`] holds what all packages of a program share (the type table,
//! every object, what is known about each expression). Packages are checked
//! one at a time, imports first, each by a [`Checker`] that borrows the
//! package's syntax trees. The work is divided by concern:
//! - [`load`]: finding and parsing imported packages, in dependency order;
//! - [`lazy`]: checking only the imported functions the program reaches;
//! - [`cached`]: a program against its imports' export data (crate::export);
//! - [`scope`]: objects and scopes, the universe block;
//! - [`decl`]: package-level declarations, resolved lazily with cycle checks;
//! - [`typexpr`]: type expressions to types;
//! - [`expr`], [`call`], [`builtins`], [`conversion`], [`composite`]: expressions;
//! - [`unsafe_pkg`]: package unsafe, which has no source;
//! - [`assign`]: assignability of values, assignments and definitions;
//! - [`stmt`], [`labels`], [`terminating`]: statements, labels and
//!   `missing return`.

pub mod assign;
pub mod builtins;
pub mod cached;
pub mod call;
pub mod complex;
pub mod composite;
pub mod conversion;
pub mod decl;
pub mod expr;
pub mod labels;
pub mod lazy;
pub mod load;
pub mod operand;
pub mod scope;
pub mod stmt;
pub mod terminating;
pub mod typexpr;
pub mod unsafe_pkg;

use crate::ast::{self, NodeId};
use crate::constant::ConstVal;
use crate::diag::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use crate::types::{PkgId, TypeId, TypeTable};
use crate::{Importer, Target};
use scope::{ObjId, Object, ScopeId, Scopes};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A map keyed by node, hashed with Fx (cheap for small integer keys).
pub type NodeMap<V> = rustc_hash::FxHashMap<NodeId, V>;

/// What the checker learned about one expression.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExprInfo {
    pub ty: TypeId,
    /// Set for constant expressions; boxed, so that the table of facts
    /// (an entry per node) stays small: most nodes are not constants.
    pub value: Option<Box<ConstVal>>,
    /// The expression denotes a type, not a value.
    pub is_type: bool,
}

/// A checked package.
pub struct Package {
    pub id: PkgId,
    pub path: String,
    pub name: String,
    pub files: Vec<ast::File>,
    pub scope: ScopeId,
}

/// Everything the later stages need: types, objects and per-expression facts.
pub struct Program {
    pub target: Target,
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub scopes: Scopes,
    /// Indexed by `NodeId`.
    pub exprs: Vec<Option<ExprInfo>>,
    /// The object an identifier (or a qualified `pkg.Name`) refers to.
    pub uses: NodeMap<ObjId>,
    /// Packages in dependency order; the main package is last.
    pub packages: Vec<Package>,
}

/// The result of [`check_package`].
pub struct Checked {
    /// Sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// `None` when the program has errors.
    pub program: Option<Program>,
    /// How long each step took, where the checking kept count (the
    /// package cache's path): for `SPLITGO_PHASES`.
    pub steps: Vec<(&'static str, std::time::Duration)>,
}

/// State shared by the checks of all packages of one program.
pub struct Env<'m> {
    pub map: &'m SourceMap,
    pub target: Target,
    pub types: TypeTable,
    pub scopes: Scopes,
    pub objects: Vec<Object>,
    pub exprs: Vec<Option<ExprInfo>>,
    pub uses: NodeMap<ObjId>,
    pub diags: Vec<Diagnostic>,
    /// Import path -> package scope, for packages already checked.
    pub pkg_scopes: HashMap<String, (PkgId, ScopeId)>,
    pub universe: ScopeId,
    pub wk: scope::WellKnown,
    /// What checked code used, when imported bodies are deferred.
    pub reach: lazy::Reach,
    /// How many ids `new` made: the same in every program (export data
    /// refers to them as they are).
    pub fixed: crate::export::ids::Fixed,
    /// Packages loaded from export data, for loading their bodies.
    pub imported: Vec<crate::export::read::Imported>,
}

impl<'m> Env<'m> {
    pub fn new(map: &'m SourceMap, target: Target) -> Env<'m> {
        let mut types = TypeTable::new();
        let mut scopes = Scopes::default();
        let mut objects = Vec::new();
        let universe = scopes.new_scope(None, false);
        let wk = scope::universe(&mut types, &mut scopes, &mut objects, universe);
        let unsafe_pkg =
            unsafe_pkg::unsafe_package(&mut types, &mut scopes, &mut objects, universe);
        let mut pkg_scopes = HashMap::new();
        pkg_scopes.insert("unsafe".to_string(), unsafe_pkg);
        let fixed = crate::export::ids::Fixed {
            types: types.len() as u32,
            named: types.named_len() as u32,
            objs: objects.len() as u32,
            pkgs: types.pkg_paths.len() as u32,
        };
        Env {
            map,
            target,
            types,
            scopes,
            objects,
            exprs: Vec::new(),
            uses: NodeMap::default(),
            diags: Vec::new(),
            pkg_scopes,
            universe,
            wk,
            reach: lazy::Reach::default(),
            fixed,
            imported: Vec::new(),
        }
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    /// The source text of `span`, with runs of white space folded to one
    /// space: how gc quotes an expression in a message.
    pub fn text(&self, span: Span) -> String {
        let t = &self.map.get(span.file).text;
        let s = t.get(span.lo as usize..span.hi as usize).unwrap_or("");
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
        out
    }

    /// The span of the first non-blank text at or after `at`, `len` bytes
    /// long: where gc puts errors about a token the AST does not keep
    /// (the `:` of a key, the `...` of a parameter).
    pub fn token_after(&self, file: FileId, at: u32, len: u32) -> Span {
        let text = &self.map.get(file).text;
        let from = (at as usize).min(text.len());
        let skip = text[from..].len() - text[from..].trim_start().len();
        let lo = (from + skip) as u32;
        Span {
            file,
            lo,
            hi: lo + len,
        }
    }

    pub fn record(&mut self, id: NodeId, info: ExprInfo) {
        if id == NodeId::NONE {
            return;
        }
        let i = id.0 as usize;
        if self.exprs.len() <= i {
            self.exprs.resize(i + 1, None);
        }
        self.reach.log_type(info.ty);
        self.exprs[i] = Some(info);
    }

    /// Records that identifier `id` refers to `obj`.
    pub fn note_use(&mut self, id: NodeId, obj: ObjId) {
        self.reach.log_use(obj);
        self.uses.insert(id, obj);
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    pub fn new_obj(&mut self, o: Object) -> ObjId {
        self.objects.push(o);
        ObjId(self.objects.len() as u32 - 1)
    }

    /// The type as gc prints it, qualified relative to `pkg`.
    pub fn ts(&self, t: TypeId, pkg: PkgId) -> String {
        self.types.type_string(t, pkg)
    }
}

/// Parses and checks the files `files` as the main package, loading imports.
pub fn check_package(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
) -> Checked {
    check_package_with(map, files, importer, target, false)
}

/// [`check_package`]; with `defer_bodies`, only the functions of imported
/// packages that the program can reach are parsed and checked ([`lazy`]):
/// what running a program needs, not what checking a library does.
pub fn check_package_with(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
    defer_bodies: bool,
) -> Checked {
    let mut diagnostics = Vec::new();
    let loaded = load::load_program(map, files, importer, target, defer_bodies, &mut diagnostics);
    let Some((loaded, mut next_id)) = loaded else {
        crate::diag::sort_and_dedup(&mut diagnostics);
        return Checked {
            diagnostics,
            program: None,
            steps: Vec::new(),
        };
    };
    let map: &SourceMap = map;
    let mut env = Env::new(map, target);
    env.reach.logging = defer_bodies;
    // One entry per node: growing the table by doubling copied it a few
    // times over (a tenth of the checking time of a ten-package script).
    env.exprs.reserve(next_id as usize + next_id as usize / 4);
    let mut packages = Vec::new();
    let count = loaded.len();
    for (i, lp) in loaded.into_iter().enumerate() {
        let is_main = i + 1 == count;
        let pkg = decl::check_one_package(&mut env, lp, is_main);
        packages.push(pkg);
    }
    if env.diags.is_empty() {
        lazy::check_deferred(&mut env, &mut packages, &mut next_id);
    }
    finish(env, packages, diagnostics)
}

/// The result of checking: the program, if there are no diagnostics.
fn finish(mut env: Env<'_>, packages: Vec<Package>, mut diagnostics: Vec<Diagnostic>) -> Checked {
    diagnostics.append(&mut env.diags);
    crate::diag::sort_and_dedup(&mut diagnostics);
    #[allow(clippy::unnecessary_lazy_evaluations)]
    let program = diagnostics.is_empty().then(|| Program {
        target: env.target,
        types: env.types,
        objects: env.objects,
        scopes: env.scopes,
        exprs: env.exprs,
        uses: env.uses,
        packages,
    });
    Checked {
        diagnostics,
        program,
        steps: Vec::new(),
    }
}

/// A scope chain position plus what the statement checker needs to know
/// about the enclosing function.
#[derive(Clone)]
pub struct FuncCtx {
    /// The signature of the function being checked.
    pub sig: TypeId,
    /// Named result objects, for `result parameter x not in scope at return`.
    pub named_results: Vec<ObjId>,
}

/// Checks one package. Borrows its syntax trees for its lifetime.
pub struct Checker<'a, 'm> {
    pub env: &'a mut Env<'m>,
    pub pkg: PkgId,
    pub pkg_scope: ScopeId,
    /// The current innermost scope.
    pub scope: ScopeId,
    pub func: Option<FuncCtx>,
    /// Inside a constant declaration: the value of `iota`.
    pub iota: Option<u64>,
    /// Package-level objects still being resolved, for cycle detection.
    pub resolving: Vec<ObjId>,
    /// Package-level declarations, by object.
    pub decls: HashMap<ObjId, decl::DeclRef<'a>>,
    /// Resolution state of package-level objects.
    pub state: HashMap<ObjId, decl::State>,
    /// Nesting of pointer, slice, map, chan and func types around the type
    /// expression being resolved: a defined type may refer to itself only
    /// through one of those.
    pub indirection: u32,
    /// Checks that need complete types (map keys), done at the end.
    pub delayed: Vec<(Span, TypeId)>,
    /// Defined types declared from a defined type that was still being
    /// resolved (`type T2 T1` met inside T1's own declaration, through a
    /// pointer): their underlying type is taken from it once all types are.
    pub pending_under: Vec<(crate::types::NamedId, TypeId)>,
    /// The file scope of the declaration being checked.
    pub file_scopes: Vec<ScopeId>,
    /// Statement context: enclosing breakable/continuable statements.
    pub stmt_ctx: stmt::StmtCtx,
    /// Package-level objects named `_`: checked, never visible.
    pub blank_objs: Vec<ObjId>,
    /// Objects whose cycle was already reported.
    pub cycle_reported: Vec<ObjId>,
    /// The `indirection` level at which each type declaration started
    /// resolving: meeting it again at the same level is a cycle without
    /// indirection.
    pub entry_indirection: HashMap<ObjId, u32>,
}

impl<'a, 'm> Checker<'a, 'm> {
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.env.error(span, msg);
    }

    pub fn ts(&self, t: TypeId) -> String {
        self.env.ts(t, self.pkg)
    }

    pub fn text(&self, span: Span) -> String {
        self.env.text(span)
    }
}

#[cfg(test)]
mod tests;
