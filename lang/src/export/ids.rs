//! How export data writes the front end's ids. In memory, types, objects,
//! defined types, nodes, files and packages are numbered program-wide; in
//! export data every reference is relative to the package (and function
//! body) that holds it, so a package checked once can be loaded into any
//! program. The serde forms of [`TypeId`], [`ObjId`], [`NamedId`],
//! [`NodeId`], [`PkgId`] and [`Span`] translate through the context set by
//! [`with_export`] or [`with_import`]; outside one, serializing them fails.
//!
//! A reference to an object, a defined type or a package is a pair
//! (owner, index):
//! - owner 0: made by `Env::new` (the universe and package unsafe), the same
//!   in every program; the index is the id itself;
//! - owner 1: the package's declarations (its package-level objects and
//!   defined types, in the order its check made them);
//! - owner 2: the function body being written (its locals, local types);
//! - owner 3 + k: the k-th package of the package's import closure.
//!
//! A type is an index into the unit's type section ([`super::typesec`]),
//! which spells structural types out and names defined types by reference,
//! so that identical types from different packages meet again when loaded.
//! A node is an index from the start of its unit's node range; a span names
//! its file by its index among the package's files (0: no file).

use super::typesec::TEntry;
use crate::ast::NodeId;
use crate::check::scope::ObjId;
use crate::source::{FileId, Span};
use crate::types::{NamedId, PkgId, TypeId, TypeTable};
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

/// How many of each kind of id `Env::new` makes: those ids are the same in
/// every program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fixed {
    pub types: u32,
    pub named: u32,
    pub objs: u32,
    pub pkgs: u32,
}

/// The ids one unit's check made: objects and defined types.
#[derive(Clone, Debug, Default)]
pub struct Space {
    pub objs: Range<u32>,
    pub named: Range<u32>,
}

/// Where a loaded unit's objects and defined types start, and how many.
#[derive(Clone, Copy, Debug, Default)]
pub struct Base {
    pub obj: u32,
    pub objs: u32,
    pub named: u32,
    pub nameds: u32,
}

/// Writing: the program-wide ids of the package being exported.
pub struct ExportCx {
    pub fixed: Fixed,
    pub self_pkg: PkgId,
    pub decl: Space,
    pub body: Option<Space>,
    /// The import closure: package id and its declarations' ids.
    pub deps: Vec<(PkgId, Space)>,
    /// The unit's nodes.
    pub nodes: Range<u32>,
    /// The package's files, by program-wide id, to their index + 1.
    pub files: HashMap<FileId, u32>,
    type_index: HashMap<TypeId, u32>,
    /// The unit's types by section index, as met.
    order: Vec<TypeId>,
}

impl ExportCx {
    pub fn new(fixed: Fixed, self_pkg: PkgId, decl: Space, deps: Vec<(PkgId, Space)>) -> ExportCx {
        ExportCx {
            fixed,
            self_pkg,
            decl,
            body: None,
            deps,
            nodes: 0..0,
            files: HashMap::new(),
            type_index: HashMap::new(),
            order: Vec::new(),
        }
    }

    /// Starts a new unit: a fresh type section and node range.
    pub fn start_unit(&mut self, body: Option<Space>, nodes: Range<u32>) {
        self.body = body;
        self.nodes = nodes;
        self.type_index.clear();
        self.order.clear();
    }

    fn space_ref(
        &self,
        id: u32,
        fixed: u32,
        pick: fn(&Space) -> &Range<u32>,
    ) -> Option<(u32, u32)> {
        if id < fixed {
            return Some((0, id));
        }
        let r = pick(&self.decl);
        if r.contains(&id) {
            return Some((1, id - r.start));
        }
        if let Some(b) = &self.body {
            let r = pick(b);
            if r.contains(&id) {
                return Some((2, id - r.start));
            }
        }
        self.deps.iter().enumerate().find_map(|(k, (_, s))| {
            let r = pick(s);
            r.contains(&id).then(|| (3 + k as u32, id - r.start))
        })
    }

    pub fn obj_ref(&self, o: ObjId) -> Result<(u32, u32), String> {
        self.space_ref(o.0, self.fixed.objs, |s| &s.objs)
            .ok_or_else(|| format!("object {} belongs to no unit", o.0))
    }

    pub fn named_ref(&self, n: NamedId) -> Result<(u32, u32), String> {
        self.space_ref(n.0, self.fixed.named, |s| &s.named)
            .ok_or_else(|| format!("defined type {} belongs to no unit", n.0))
    }

    pub fn pkg_ref(&self, p: PkgId) -> Result<(u32, u32), String> {
        if p.0 < self.fixed.pkgs {
            return Ok((0, p.0));
        }
        if p == self.self_pkg {
            return Ok((1, 0));
        }
        match self.deps.iter().position(|(d, _)| *d == p) {
            Some(k) => Ok((3 + k as u32, 0)),
            None => Err(format!("package {} is not imported", p.0)),
        }
    }

    /// The index of `t` in the unit's type section, adding it if new.
    pub fn type_ref(&mut self, t: TypeId) -> u32 {
        if let Some(&i) = self.type_index.get(&t) {
            return i;
        }
        let i = self.order.len() as u32;
        self.order.push(t);
        self.type_index.insert(t, i);
        i
    }

    /// The unit's type section: an entry for every type met, and for the
    /// components those need (added as met).
    pub fn section(&mut self, table: &TypeTable) -> Result<Vec<TEntry>, String> {
        let mut entries = Vec::with_capacity(self.order.len());
        let mut i = 0;
        while let Some(&t) = self.order.get(i) {
            entries.push(super::typesec::entry_of(self, table, t)?);
            i += 1;
        }
        Ok(entries)
    }

    fn node_ref(&self, n: NodeId) -> Result<u32, String> {
        if n == NodeId::NONE {
            return Ok(u32::MAX);
        }
        if self.nodes.contains(&n.0) {
            Ok(n.0 - self.nodes.start)
        } else {
            Err(format!("node {} is outside its unit", n.0))
        }
    }

    fn file_ref(&self, s: Span) -> Result<u32, String> {
        if s == Span::default() {
            return Ok(0);
        }
        self.files
            .get(&s.file)
            .copied()
            .ok_or_else(|| format!("file {} is not the package's", s.file.0))
    }
}

/// Reading: where the loaded unit's ids go in the program.
#[derive(Clone, Debug)]
pub struct ImportCx {
    pub fixed: Fixed,
    pub self_pkg: PkgId,
    pub decl: Base,
    pub body: Option<Base>,
    pub deps: Vec<(PkgId, Base)>,
    pub node_base: u32,
    pub nodes: u32,
    pub files: Vec<FileId>,
    /// The unit's type section, as program-wide ids.
    pub types: Vec<TypeId>,
}

impl ImportCx {
    fn resolve(
        &self,
        (owner, idx): (u32, u32),
        fixed: u32,
        pick: fn(&Base) -> (u32, u32),
    ) -> Option<u32> {
        let base = match owner {
            0 => return (idx < fixed).then_some(idx),
            1 => &self.decl,
            2 => self.body.as_ref()?,
            k => &self.deps.get(k as usize - 3)?.1,
        };
        let (start, count) = pick(base);
        (idx < count).then_some(start + idx)
    }
}

thread_local! {
    static EXPORT: RefCell<Option<ExportCx>> = const { RefCell::new(None) };
    static IMPORT: RefCell<Option<ImportCx>> = const { RefCell::new(None) };
}

/// Runs `f` with `cx` as the writing context; returns the context (with
/// the types `f` met).
pub fn with_export<R>(cx: ExportCx, f: impl FnOnce() -> R) -> (R, Option<ExportCx>) {
    EXPORT.with(|c| *c.borrow_mut() = Some(cx));
    let r = f();
    (r, EXPORT.with(|c| c.borrow_mut().take()))
}

/// Runs `f` with `cx` as the reading context; returns it back.
pub fn with_import<R>(cx: ImportCx, f: impl FnOnce() -> R) -> (R, Option<ImportCx>) {
    IMPORT.with(|c| *c.borrow_mut() = Some(cx));
    let r = f();
    (r, IMPORT.with(|c| c.borrow_mut().take()))
}

fn exporting<T>(f: impl FnOnce(&mut ExportCx) -> Result<T, String>) -> Result<T, String> {
    EXPORT.with(|c| match c.borrow_mut().as_mut() {
        Some(cx) => f(cx),
        None => Err("an id is written outside export data".to_string()),
    })
}

fn importing<T>(f: impl FnOnce(&ImportCx) -> Option<T>) -> Result<T, String> {
    IMPORT.with(|c| match c.borrow().as_ref() {
        Some(cx) => f(cx).ok_or_else(|| "a reference out of range in export data".to_string()),
        None => Err("an id is read outside export data".to_string()),
    })
}

impl Serialize for TypeId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        exporting(|cx| Ok(cx.type_ref(*self)))
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for TypeId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let i = u32::deserialize(d)?;
        importing(|cx| cx.types.get(i as usize).copied()).map_err(D::Error::custom)
    }
}

impl Serialize for ObjId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        exporting(|cx| cx.obj_ref(*self))
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for ObjId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = <(u32, u32)>::deserialize(d)?;
        importing(|cx| cx.resolve(r, cx.fixed.objs, |b| (b.obj, b.objs)))
            .map(ObjId)
            .map_err(D::Error::custom)
    }
}

impl Serialize for NamedId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        exporting(|cx| cx.named_ref(*self))
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for NamedId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = <(u32, u32)>::deserialize(d)?;
        importing(|cx| named_of(cx, r))
            .map(NamedId)
            .map_err(D::Error::custom)
    }
}

/// A defined type's program-wide index from its reference.
pub(super) fn named_of(cx: &ImportCx, r: (u32, u32)) -> Option<u32> {
    cx.resolve(r, cx.fixed.named, |b| (b.named, b.nameds))
}

impl Serialize for PkgId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        exporting(|cx| cx.pkg_ref(*self))
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for PkgId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = <(u32, u32)>::deserialize(d)?;
        importing(|cx| pkg_of(cx, r)).map_err(D::Error::custom)
    }
}

/// A package's program-wide id from its reference.
pub(super) fn pkg_of(cx: &ImportCx, (owner, idx): (u32, u32)) -> Option<PkgId> {
    match owner {
        0 => (idx < cx.fixed.pkgs).then_some(PkgId(idx)),
        1 => Some(cx.self_pkg),
        2 => None,
        k => cx.deps.get(k as usize - 3).map(|d| d.0),
    }
}

impl Serialize for NodeId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        exporting(|cx| cx.node_ref(*self))
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for NodeId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let i = u32::deserialize(d)?;
        if i == u32::MAX {
            return Ok(NodeId::NONE);
        }
        importing(|cx| (i < cx.nodes).then(|| NodeId(cx.node_base + i))).map_err(D::Error::custom)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = exporting(|cx| cx.file_ref(*self)).map_err(S::Error::custom)?;
        (f, self.lo, self.hi).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (f, lo, hi) = <(u32, u32, u32)>::deserialize(d)?;
        if f == 0 {
            return Ok(Span::default());
        }
        importing(|cx| cx.files.get(f as usize - 1).copied())
            .map(|file| Span { file, lo, hi })
            .map_err(D::Error::custom)
    }
}
