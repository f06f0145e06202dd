//! Loading export data into a program's checker state: a package's
//! declarations when the program imports it, a function body when
//! check/lazy.rs finds it reachable. Ids are given out as the program's
//! tables stand (objects and defined types appended, nodes from the next
//! free id), and every reference in the data is translated through
//! [`super::ids`]. Any inconsistency is an `Err`: the caller then checks
//! from source instead.

use super::ids::{with_import, Base, ImportCx};
use super::typesec::{intern_all, TEntry};
use super::{options, Entry};
use crate::ast::{self, NodeId};
use crate::check::lazy::Deferred;
use crate::check::scope::{ObjId, Object};
use crate::check::{Env, ExprInfo, Package};
use crate::source::{FileId, Span};
use crate::types::{MethodDecl, NamedId, PkgId, TypeId};
use serde::Deserialize;
use std::rc::Rc;

/// A defined type as written: the record `TypeTable` keeps for it.
#[derive(Deserialize)]
pub(super) struct NamedIn {
    name: String,
    pkg: PkgId,
    span: Option<Span>,
    underlying: TypeId,
    methods: Vec<MethodDecl>,
}

/// Where a function body's unit is, and what it holds.
#[derive(Clone, Debug, Deserialize)]
pub struct BodyRef {
    /// The file of the declaration.
    pub file: u32,
    pub obj: Option<ObjId>,
    pub recv: Option<NamedId>,
    pub is_init: bool,
    /// Where the body's `{` is.
    pub at: u32,
    /// The unit's bytes, from the start of the bodies.
    pub off: u32,
    pub len: u32,
    pub objs: u32,
    pub named: u32,
    pub nodes: u32,
}

#[derive(Deserialize)]
struct DeclIn {
    files: Vec<ast::File>,
    objects: Vec<Object>,
    named: Vec<NamedIn>,
    scope: Vec<(String, ObjId)>,
    exprs: Vec<Option<ExprInfo>>,
    uses: Vec<(NodeId, ObjId)>,
    reach: Reached,
    bodies: Vec<BodyRef>,
}

#[derive(Deserialize)]
struct BodyIn {
    block: ast::Block,
    objects: Vec<Object>,
    named: Vec<NamedIn>,
    exprs: Vec<Option<ExprInfo>>,
    uses: Vec<(NodeId, ObjId)>,
    reach: Reached,
}

/// A package loaded from export data, kept for loading its bodies later.
pub struct Imported {
    pub path: String,
    pub pkg: PkgId,
    pub entry: Rc<Entry>,
    /// The context its declarations were read in (no type section).
    cx: ImportCx,
}

impl Imported {
    /// Where its declarations' objects and defined types are.
    pub fn decl_base(&self) -> Base {
        self.cx.decl
    }
}

/// A body waiting in export data: which package, and which unit.
#[derive(Clone, Debug)]
pub struct CachedBody {
    /// Index in `Env::imported`.
    pub imported: usize,
    pub body: BodyRef,
}

/// Makes `n` defined types for a unit to fill in, returning its base.
fn reserve(env: &mut Env<'_>, pkg: PkgId, objs: u32, nameds: u32) -> Base {
    let named = env.types.named_len() as u32;
    for _ in 0..nameds {
        env.types.new_named("", pkg, None);
    }
    Base {
        obj: env.objects.len() as u32,
        objs,
        named,
        nameds,
    }
}

/// Decodes one unit (type section, then data) with `cx`, interning its
/// types into the program's table.
fn decode<T: for<'de> Deserialize<'de>>(
    env: &mut Env<'_>,
    mut cx: ImportCx,
    bytes: &[u8],
) -> Result<(T, ImportCx), String> {
    let mut de = bincode::Deserializer::from_slice(bytes, options(bytes.len()));
    let section = Vec::<TEntry>::deserialize(&mut de).map_err(|e| e.to_string())?;
    cx.types = intern_all(&cx, &mut env.types, &section).ok_or("a bad type section")?;
    let (unit, cx) = with_import(cx, || T::deserialize(&mut de));
    let cx = cx.ok_or("the import context is gone")?;
    Ok((unit.map_err(|e| e.to_string())?, cx))
}

/// A unit's log for check/lazy.rs.
#[derive(Deserialize)]
struct Reached {
    types: Vec<TypeId>,
    uses: Vec<ObjId>,
    ifaces: Vec<TypeId>,
    methods: Vec<(NamedId, u32)>,
}

/// Fills the unit's defined types, appends its objects, and records its
/// facts about expressions.
fn install(
    env: &mut Env<'_>,
    base: Base,
    objects: Vec<Object>,
    named: Vec<NamedIn>,
    (node_base, nodes, exprs): (u32, u32, Vec<Option<ExprInfo>>),
    uses: Vec<(NodeId, ObjId)>,
    reach: Reached,
) -> Result<(), String> {
    if objects.len() != base.objs as usize
        || named.len() != base.nameds as usize
        || exprs.len() > nodes as usize
        || env.objects.len() != base.obj as usize
    {
        return Err("export data disagrees with its counts".into());
    }
    env.objects.extend(objects);
    for (i, n) in named.into_iter().enumerate() {
        let rec = env.types.named_mut(NamedId(base.named + i as u32));
        rec.name = n.name;
        rec.pkg = n.pkg;
        rec.span = n.span;
        rec.underlying = n.underlying;
        rec.methods = n.methods;
    }
    let end = (node_base + nodes) as usize;
    if env.exprs.len() < end {
        env.exprs.resize(end, None);
    }
    for (i, e) in exprs.into_iter().enumerate() {
        if let Some(e) = e {
            env.exprs[node_base as usize + i] = Some(e);
        }
    }
    env.uses.extend(uses);
    if env.reach.logging {
        env.reach.types.extend(reach.types);
        env.reach.uses.extend(reach.uses);
        env.reach.ifaces.extend(reach.ifaces);
        env.reach.methods.extend(reach.methods);
    }
    Ok(())
}

/// Loads package `entry`'s declarations into `env`: `files` are its files'
/// ids in the program's source map, in the header's order, and its import
/// closure must be loaded already. With `bodies`, its function bodies are
/// listed as deferred, to be loaded when reached.
pub fn import(
    env: &mut Env<'_>,
    entry: Rc<Entry>,
    files: Vec<FileId>,
    next_id: &mut u32,
    bodies: bool,
) -> Result<Package, String> {
    let h = &entry.header;
    if h.fixed != env.fixed {
        return Err("export data of another compiler".into());
    }
    if files.len() != h.files.len() {
        return Err("the package's files changed".into());
    }
    let mut deps = Vec::with_capacity(h.closure.len());
    for path in &h.closure {
        let Some(imp) = env.imported.iter().find(|i| &i.path == path) else {
            return Err(format!("{path} is not loaded"));
        };
        deps.push((imp.pkg, imp.cx.decl));
    }
    let pkg = env.types.add_package(&h.path, &h.name);
    let decl = reserve(env, pkg, h.objs, h.named);
    let cx = ImportCx {
        fixed: env.fixed,
        self_pkg: pkg,
        decl,
        body: None,
        deps,
        node_base: *next_id,
        nodes: h.nodes,
        files,
        types: Vec::new(),
    };
    *next_id += h.nodes;
    let bytes = entry.decl().ok_or("damaged export data")?;
    let (unit, mut cx): (DeclIn, _) = decode(env, cx, bytes)?;
    let node_span = (cx.node_base, cx.nodes, unit.exprs);
    install(
        env,
        decl,
        unit.objects,
        unit.named,
        node_span,
        unit.uses,
        unit.reach,
    )?;
    let scope = env.scopes.new_scope(Some(env.universe), false);
    for (name, o) in &unit.scope {
        env.scopes.insert(scope, name, *o);
    }
    env.pkg_scopes.insert(h.path.clone(), (pkg, scope));
    let index = env.imported.len();
    if bodies {
        for b in unit.bodies {
            let file = *cx.files.get(b.file as usize).ok_or("a bad file index")?;
            env.reach.deferred.push(Deferred {
                pkg,
                file_scope: scope,
                obj: b.obj,
                recv: b.recv,
                is_init: b.is_init,
                at: (file, b.at),
                cached: Some(CachedBody {
                    imported: index,
                    body: b,
                }),
            });
        }
    }
    cx.types = Vec::new();
    let (path, name) = (h.path.clone(), h.name.clone());
    env.imported.push(Imported {
        path: path.clone(),
        pkg,
        entry,
        cx,
    });
    Ok(Package {
        id: pkg,
        path,
        name,
        files: unit.files,
        scope,
    })
}

/// Loads the body `cb` into `fd` (whose body is still deferred), with node
/// ids from `*next_id` on.
pub fn load_body(
    env: &mut Env<'_>,
    cb: &CachedBody,
    fd: &mut ast::FuncDecl,
    next_id: &mut u32,
) -> Result<(), String> {
    let imp = env.imported.get(cb.imported).ok_or("no such package")?;
    let (entry, pkg) = (imp.entry.clone(), imp.pkg);
    let mut cx = imp.cx.clone();
    let b = &cb.body;
    let bytes = entry.body(b.off, b.len).ok_or("damaged export data")?;
    let base = reserve(env, pkg, b.objs, b.named);
    cx.body = Some(base);
    cx.node_base = *next_id;
    cx.nodes = b.nodes;
    *next_id += b.nodes;
    let (unit, _): (BodyIn, _) = decode(env, cx, bytes)?;
    install(
        env,
        base,
        unit.objects,
        unit.named,
        (*next_id - b.nodes, b.nodes, unit.exprs),
        unit.uses,
        unit.reach,
    )?;
    fd.body = Some(unit.block);
    fd.deferred = false;
    Ok(())
}
