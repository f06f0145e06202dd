//! A unit's type section: every type its data names, spelled out so that
//! loading can intern it again. Structural types refer to other entries by
//! index (only a defined type can close a cycle, and it is written as a
//! reference to the unit that declared it, not spelled out); the types
//! `Env::new` makes are their own ids.

use super::ids::{named_of, pkg_of, ExportCx, ImportCx};
use crate::ast::ChanDir;
use crate::types::{Field, Method, NamedId, Signature, Type, TypeId, TypeTable};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TEntry {
    Fixed(u32),
    Named((u32, u32)),
    Pointer(u32),
    Slice(u32),
    Array(u64, u32),
    Map(u32, u32),
    Chan(ChanDir, u32),
    Struct(Vec<FieldE>),
    Func(Vec<u32>, Vec<u32>, bool),
    Interface(Vec<MethodE>),
    Tuple(Vec<u32>),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FieldE {
    name: String,
    ty: u32,
    embedded: bool,
    #[serde(with = "serde_bytes")]
    tag: Option<Vec<u8>>,
    pkg: (u32, u32),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MethodE {
    name: String,
    sig: u32,
    pkg: (u32, u32),
}

/// The entry for `t`, adding its components to the section first.
pub(super) fn entry_of(cx: &mut ExportCx, table: &TypeTable, t: TypeId) -> Result<TEntry, String> {
    if t.0 < cx.fixed.types {
        return Ok(TEntry::Fixed(t.0));
    }
    let list = |cx: &mut ExportCx, ts: &[TypeId]| -> Vec<u32> {
        ts.iter().map(|&t| cx.type_ref(t)).collect()
    };
    Ok(match table.get(t) {
        Type::Named(n) => TEntry::Named(cx.named_ref(*n)?),
        Type::Pointer(e) => TEntry::Pointer(cx.type_ref(*e)),
        Type::Slice(e) => TEntry::Slice(cx.type_ref(*e)),
        Type::Array(n, e) => TEntry::Array(*n, cx.type_ref(*e)),
        Type::Map(k, v) => TEntry::Map(cx.type_ref(*k), cx.type_ref(*v)),
        Type::Chan(d, e) => TEntry::Chan(*d, cx.type_ref(*e)),
        Type::Struct(fields) => TEntry::Struct(
            fields
                .iter()
                .map(|f| {
                    Ok(FieldE {
                        name: f.name.clone(),
                        ty: cx.type_ref(f.ty),
                        embedded: f.embedded,
                        tag: f.tag.clone(),
                        pkg: cx.pkg_ref(f.pkg)?,
                    })
                })
                .collect::<Result<_, String>>()?,
        ),
        Type::Func(sig) => {
            TEntry::Func(list(cx, &sig.params), list(cx, &sig.results), sig.variadic)
        }
        Type::Interface(ms) => TEntry::Interface(
            ms.iter()
                .map(|m| {
                    Ok(MethodE {
                        name: m.name.clone(),
                        sig: cx.type_ref(m.sig),
                        pkg: cx.pkg_ref(m.pkg)?,
                    })
                })
                .collect::<Result<_, String>>()?,
        ),
        Type::Tuple(ts) => TEntry::Tuple(list(cx, ts)),
        Type::Invalid | Type::Basic(_) => return Err(format!("type {} is not predeclared", t.0)),
    })
}

/// Interns the section's types into `table`; `None` when an entry refers
/// to something that is not there, or to itself (a damaged file). An
/// entry's components may come after it: the section lists types as the
/// data met them.
pub(super) fn intern_all(
    cx: &ImportCx,
    table: &mut TypeTable,
    entries: &[TEntry],
) -> Option<Vec<TypeId>> {
    let mut ids: Vec<Option<TypeId>> = vec![None; entries.len()];
    let mut busy = vec![false; entries.len()];
    for i in 0..entries.len() {
        resolve(cx, table, entries, &mut ids, &mut busy, i as u32)?;
    }
    ids.into_iter().collect()
}

fn resolve(
    cx: &ImportCx,
    table: &mut TypeTable,
    entries: &[TEntry],
    ids: &mut Vec<Option<TypeId>>,
    busy: &mut Vec<bool>,
    i: u32,
) -> Option<TypeId> {
    let i = i as usize;
    if let Some(t) = *ids.get(i)? {
        return Some(t);
    }
    if std::mem::replace(&mut busy[i], true) {
        return None;
    }
    let mut get = |j: &u32, table: &mut TypeTable| resolve(cx, table, entries, ids, busy, *j);
    let ty = match &entries[i] {
        TEntry::Fixed(t) => {
            if *t >= cx.fixed.types {
                return None;
            }
            ids[i] = Some(TypeId(*t));
            return ids[i];
        }
        TEntry::Named(r) => {
            let n = named_of(cx, *r)?;
            ids[i] = Some(table.named_type_id(NamedId(n))?);
            return ids[i];
        }
        TEntry::Pointer(e) => Type::Pointer(get(e, table)?),
        TEntry::Slice(e) => Type::Slice(get(e, table)?),
        TEntry::Array(n, e) => Type::Array(*n, get(e, table)?),
        TEntry::Map(k, v) => {
            let k = get(k, table)?;
            Type::Map(k, get(v, table)?)
        }
        TEntry::Chan(d, e) => Type::Chan(*d, get(e, table)?),
        TEntry::Struct(fs) => {
            let mut out = Vec::with_capacity(fs.len());
            for f in fs {
                out.push(Field {
                    name: f.name.clone(),
                    ty: get(&f.ty, table)?,
                    embedded: f.embedded,
                    tag: f.tag.clone(),
                    pkg: pkg_of(cx, f.pkg)?,
                });
            }
            Type::Struct(out)
        }
        TEntry::Func(ps, rs, variadic) => {
            let params = ps
                .iter()
                .map(|p| get(p, table))
                .collect::<Option<Vec<_>>>()?;
            let results = rs
                .iter()
                .map(|r| get(r, table))
                .collect::<Option<Vec<_>>>()?;
            Type::Func(Signature {
                params,
                results,
                variadic: *variadic,
            })
        }
        TEntry::Interface(ms) => {
            let mut out = Vec::with_capacity(ms.len());
            for m in ms {
                out.push(Method {
                    name: m.name.clone(),
                    sig: get(&m.sig, table)?,
                    pkg: pkg_of(cx, m.pkg)?,
                });
            }
            Type::Interface(out)
        }
        TEntry::Tuple(ts) => Type::Tuple(
            ts.iter()
                .map(|t| get(t, table))
                .collect::<Option<Vec<_>>>()?,
        ),
    };
    let t = table.intern(ty);
    ids[i] = Some(t);
    Some(t)
}
