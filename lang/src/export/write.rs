//! Building one package's export data: the package is parsed and checked
//! alone, against the export data of its imports, in a checker state of
//! its own, so that what it holds depends only on its sources and theirs.
//! Its declarations are checked as a run checks an imported package
//! (bodies deferred), then every body in turn, each in a unit of its own:
//! the ids a body's check makes (nodes, objects, local defined types) are
//! contiguous, which is what lets a program load it later on its own.

use super::ids::{with_export, ExportCx, Space};
use super::read::{import, Imported};
use super::{assemble, options, seal, Entry, Header};
use crate::ast::{self, Decl, NodeId};
use crate::check::decl::check_one_package;
use crate::check::load::{for_target, LoadedPackage};
use crate::check::scope::{ObjId, Object};
use crate::check::{Checker, Env, ExprInfo};
use crate::parse::parse_file_with;
use crate::source::{FileId, SourceMap, Span};
use crate::types::{MethodDecl, NamedId, PkgId, TypeId};
use crate::{Importer, Target};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

#[derive(Serialize)]
struct NamedOut<'a> {
    name: &'a str,
    pkg: PkgId,
    span: Option<Span>,
    underlying: TypeId,
    methods: &'a [MethodDecl],
}

#[derive(Serialize)]
struct BodyRefOut {
    file: u32,
    obj: Option<ObjId>,
    recv: Option<NamedId>,
    is_init: bool,
    at: u32,
    off: u32,
    len: u32,
    objs: u32,
    named: u32,
    nodes: u32,
}

#[derive(Serialize)]
struct DeclOut<'a> {
    files: &'a [ast::File],
    objects: &'a [Object],
    named: Vec<NamedOut<'a>>,
    scope: Vec<(&'a str, ObjId)>,
    exprs: &'a [Option<ExprInfo>],
    uses: &'a [(NodeId, ObjId)],
    reach: &'a ReachLog,
    bodies: Vec<BodyRefOut>,
}

#[derive(Serialize)]
struct BodyOut<'a> {
    block: &'a ast::Block,
    objects: &'a [Object],
    named: Vec<NamedOut<'a>>,
    exprs: &'a [Option<ExprInfo>],
    uses: &'a [(NodeId, ObjId)],
    reach: &'a ReachLog,
}

/// What a unit's code used, as check/lazy.rs logs it (see its `Reach`),
/// without repeats: read back as `read::Reached`.
#[derive(Serialize)]
struct ReachLog {
    types: Vec<TypeId>,
    uses: Vec<ObjId>,
    ifaces: Vec<TypeId>,
    methods: Vec<(NamedId, u32)>,
}

impl ReachLog {
    /// The log since the last take.
    fn take(env: &mut Env<'_>) -> ReachLog {
        let r = &mut env.reach;
        ReachLog {
            types: first_each(std::mem::take(&mut r.types)),
            uses: first_each(std::mem::take(&mut r.uses)),
            ifaces: first_each(std::mem::take(&mut r.ifaces)),
            methods: first_each(std::mem::take(&mut r.methods)),
        }
    }
}

/// One checked body, before it is written.
struct BodyData {
    file: u32,
    decl: u32,
    obj: Option<ObjId>,
    recv: Option<NamedId>,
    is_init: bool,
    at: u32,
    nodes: Range<u32>,
    space: Space,
    reach: ReachLog,
    uses: Vec<(NodeId, ObjId)>,
}

/// Adds the files of package `path` that belong to `target` to `map`, as
/// the loader selects them: their names and ids, or `None` if there is no
/// such package. Texts the importer holds for the whole run are borrowed.
pub fn add_package_files(
    map: &mut SourceMap,
    importer: &dyn Importer,
    path: &str,
    target: Target,
) -> Option<(Vec<String>, Vec<FileId>)> {
    let (mut names, mut ids) = (Vec::new(), Vec::new());
    if let Some(files) = importer.static_files(path) {
        for (name, text) in files.into_iter().filter(|(n, _)| for_target(n, target)) {
            ids.push(map.add_static(name, text));
            names.push(name.to_string());
        }
    } else {
        let files = importer.package_files(path)?;
        for (name, text) in files.into_iter().filter(|(n, _)| for_target(n, target)) {
            ids.push(map.add(name.clone(), text.as_bytes()));
            names.push(name);
        }
    }
    Some((names, ids))
}

/// The import closure of a package importing `imports`, in load order,
/// from the closures its imports' data records.
pub fn closure_of(
    imports: &[String],
    entry: &mut dyn FnMut(&str) -> Option<Rc<Entry>>,
) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for i in imports {
        let e = entry(i)?;
        for p in e
            .header
            .closure
            .iter()
            .chain(std::iter::once(&e.header.path))
        {
            if !out.contains(p) {
                out.push(p.clone());
            }
        }
    }
    Some(out)
}

/// Builds package `path`'s export data. `entry` gives (building them if
/// need be) its imports' data. `Err` says why it could not: a package
/// with errors, or something the format cannot say; the program is then
/// checked from source.
pub fn build(
    path: &str,
    importer: &dyn Importer,
    target: Target,
    entry: &mut dyn FnMut(&str) -> Option<Rc<Entry>>,
) -> Result<Vec<u8>, String> {
    let mut map = SourceMap::new();
    // No file of the package is file 0: a span there would read as "none".
    map.add("", b"");
    let (names, ids) =
        add_package_files(&mut map, importer, path, target).ok_or("no such package")?;
    let mut next_id = 0u32;
    let mut files = Vec::new();
    for &f in &ids {
        let p = parse_file_with(&map, f, &mut next_id, true);
        match p.file {
            Some(file) if p.diagnostics.is_empty() => files.push(file),
            _ => return Err(format!("{path} does not parse")),
        }
    }
    let decl_nodes = next_id;
    let name = files
        .first()
        .and_then(|f| f.package.as_ref())
        .map(|p| p.name.clone())
        .ok_or("a package without files")?;
    let mut imports: Vec<String> = Vec::new();
    for imp in files.iter().flat_map(|f| &f.imports) {
        if imp.path != "unsafe" && !imports.contains(&imp.path) {
            imports.push(imp.path.clone());
        }
    }
    let closure = closure_of(&imports, entry).ok_or("an import has no export data")?;
    let mut dep_files = Vec::new();
    for p in &closure {
        let (_, ids) = add_package_files(&mut map, importer, p, target).ok_or("no such package")?;
        dep_files.push((entry(p).ok_or("no export data")?, ids));
    }
    let mut env = Env::new(&map, target);
    for (e, ids) in dep_files {
        import(&mut env, e, ids, &mut next_id, false)?;
    }
    let deps: Vec<(PkgId, Space)> = env.imported.iter().map(space_of).collect();
    let fixed = env.fixed;

    // The declarations, as a run checks an imported package.
    let (objs0, named0) = (env.objects.len() as u32, env.types.named_len() as u32);
    env.reach.logging = true;
    let lp = LoadedPackage {
        path: path.to_string(),
        name: name.clone(),
        files,
    };
    let mut pkg = check_one_package(&mut env, lp, false);
    let decl = Space {
        objs: objs0..env.objects.len() as u32,
        named: named0..env.types.named_len() as u32,
    };
    if !env.diags.is_empty() {
        return Err(format!("{path} has errors"));
    }
    let decl_reach = ReachLog::take(&mut env);

    // Every body, each alone.
    let deferred = std::mem::take(&mut env.reach.deferred);
    let mut place: HashMap<(FileId, u32), (usize, usize)> = HashMap::new();
    for (fi, f) in pkg.files.iter().enumerate() {
        for (di, d) in f.decls.iter().enumerate() {
            if let Decl::Func(fd) = d {
                if let (true, Some(b)) = (fd.deferred, &fd.body) {
                    place.insert((b.span.file, b.span.lo), (fi, di));
                }
            }
        }
    }
    let mut bodies: Vec<BodyData> = Vec::new();
    for d in &deferred {
        let &(fi, di) = place.get(&d.at).ok_or("a body not found")?;
        let (n0, o0, t0) = (
            next_id,
            env.objects.len() as u32,
            env.types.named_len() as u32,
        );
        {
            let Decl::Func(fd) = &mut pkg.files[fi].decls[di] else {
                return Err("a body not found".into());
            };
            crate::parse::lazy::parse_body(&map, fd, &mut next_id)
                .map_err(|_| format!("{path} does not parse"))?;
        }
        let Decl::Func(fd) = &pkg.files[fi].decls[di] else {
            return Err("a body not found".into());
        };
        let mut c = Checker::new(&mut env, pkg.id, pkg.scope);
        c.func_body(fd, d.file_scope, d.obj);
        bodies.push(BodyData {
            file: fi as u32,
            decl: di as u32,
            obj: d.obj,
            recv: d.recv,
            is_init: d.is_init,
            at: d.at.1,
            nodes: n0..next_id,
            space: Space {
                objs: o0..env.objects.len() as u32,
                named: t0..env.types.named_len() as u32,
            },
            reach: ReachLog::take(&mut env),
            uses: Vec::new(),
        });
    }
    if !env.diags.is_empty() {
        return Err(format!("{path} has errors"));
    }

    // The facts about identifiers, by unit.
    let mut decl_uses = Vec::new();
    for (&n, &o) in &env.uses {
        if n.0 < decl_nodes {
            decl_uses.push((n, o));
        } else if let Some(b) = body_of(&bodies, n.0) {
            bodies[b].uses.push((n, o));
        }
    }
    decl_uses.sort_unstable();
    for b in &mut bodies {
        b.uses.sort_unstable();
    }

    let mut cx = ExportCx::new(fixed, pkg.id, decl.clone(), deps);
    cx.files = ids
        .iter()
        .enumerate()
        .map(|(i, &f)| (f, i as u32 + 1))
        .collect();

    // The bodies' units; each body leaves its declaration, which keeps an
    // empty block spanning its braces, deferred.
    let mut blob = Vec::new();
    let mut refs = Vec::new();
    for b in &bodies {
        let Decl::Func(fd) = &mut pkg.files[b.file as usize].decls[b.decl as usize] else {
            return Err("a body not found".into());
        };
        let block = fd.body.take().ok_or("a body not found")?;
        fd.body = Some(ast::Block {
            stmts: Vec::new(),
            span: block.span,
        });
        fd.deferred = true;
        cx.start_unit(Some(b.space.clone()), b.nodes.clone());
        let unit = BodyOut {
            block: &block,
            objects: &env.objects[range(&b.space.objs)],
            named: named_out(&env, &b.space.named),
            exprs: exprs_in(&env, &b.nodes),
            uses: &b.uses,
            reach: &b.reach,
        };
        let (bytes, back) = unit_bytes(cx, &env, &unit)?;
        cx = back;
        refs.push(BodyRefOut {
            file: b.file,
            obj: b.obj,
            recv: b.recv,
            is_init: b.is_init,
            at: b.at,
            off: blob.len() as u32,
            len: bytes.len() as u32,
            objs: b.space.objs.len() as u32,
            named: b.space.named.len() as u32,
            nodes: b.nodes.len() as u32,
        });
        blob.extend_from_slice(&bytes);
    }

    // The declarations' unit. Package-level type and constant declarations
    // stay behind: what they declare is in the objects and the type table,
    // and nothing after checking reads their syntax. (The facts about
    // their nodes are written with the rest of the unit's.)
    for f in &mut pkg.files {
        f.decls
            .retain(|d| !matches!(d, Decl::Type(..) | Decl::Const(..)));
    }
    cx.start_unit(None, 0..decl_nodes);
    let scope = env.scopes.get(pkg.scope);
    let unit = DeclOut {
        files: &pkg.files,
        objects: &env.objects[range(&decl.objs)],
        named: named_out(&env, &decl.named),
        scope: scope
            .order
            .iter()
            .map(|&o| (env.obj(o).name.as_str(), o))
            .filter(|(n, o)| scope.names.get(*n) == Some(o))
            .collect(),
        exprs: exprs_in(&env, &(0..decl_nodes)),
        uses: &decl_uses,
        reach: &decl_reach,
        bodies: refs,
    };
    let (decl_bytes, _) = unit_bytes(cx, &env, &unit)?;
    let header = Header {
        path: path.to_string(),
        name,
        fixed,
        files: names,
        imports,
        closure,
        objs: decl.objs.len() as u32,
        named: decl.named.len() as u32,
        nodes: decl_nodes,
        decl_len: decl_bytes.len() as u32,
    };
    assemble(&header, &decl_bytes, &blob)
}

/// `log` without repeats, in order of first appearance: what a unit
/// reaches is a set, and its log repeats every name at every use.
fn first_each<T: Copy + Eq + std::hash::Hash>(log: Vec<T>) -> Vec<T> {
    let mut seen = std::collections::HashSet::with_capacity(log.len());
    log.into_iter().filter(|x| seen.insert(*x)).collect()
}

/// The declarations' ids of a loaded package.
fn space_of(imp: &Imported) -> (PkgId, Space) {
    let b = imp.decl_base();
    (
        imp.pkg,
        Space {
            objs: b.obj..b.obj + b.objs,
            named: b.named..b.named + b.nameds,
        },
    )
}

fn range(r: &Range<u32>) -> Range<usize> {
    r.start as usize..r.end as usize
}

/// The body whose nodes include `n`.
fn body_of(bodies: &[BodyData], n: u32) -> Option<usize> {
    let i = bodies.partition_point(|b| b.nodes.end <= n);
    (i < bodies.len() && bodies[i].nodes.contains(&n)).then_some(i)
}

/// The facts about the nodes `r` (the table may end before them).
fn exprs_in<'e>(env: &'e Env<'_>, r: &Range<u32>) -> &'e [Option<ExprInfo>] {
    let end = (r.end as usize).min(env.exprs.len());
    let start = (r.start as usize).min(end);
    &env.exprs[start..end]
}

fn named_out<'e>(env: &'e Env<'_>, r: &Range<u32>) -> Vec<NamedOut<'e>> {
    r.clone()
        .map(|i| {
            let n = env.types.named(NamedId(i));
            NamedOut {
                name: &n.name,
                pkg: n.pkg,
                span: n.span,
                underlying: n.underlying,
                methods: &n.methods,
            }
        })
        .collect()
}

/// One unit's bytes: its type section, then `unit`; the context comes back
/// for the next unit.
fn unit_bytes<T: Serialize>(
    cx: ExportCx,
    env: &Env<'_>,
    unit: &T,
) -> Result<(Vec<u8>, ExportCx), String> {
    let (data, cx) = with_export(cx, || {
        bincode::Options::serialize(options(usize::MAX), unit)
    });
    let mut cx = cx.ok_or("the export context is gone")?;
    let data = data.map_err(|e| e.to_string())?;
    let section = cx.section(&env.types)?;
    let mut out =
        bincode::Options::serialize(options(usize::MAX), &section).map_err(|e| e.to_string())?;
    out.extend_from_slice(&data);
    Ok((seal(&out), cx))
}
