//! Export data: a checked package written out once and loaded into any
//! program that imports it, so that a run parses and checks only its own
//! code (docs/startup.md, "Packages checked once").
//!
//! A package's export data holds what the checker learned about it: its
//! syntax trees (declarations, with each function body in a unit of its
//! own), its objects and defined types, the package scope, the facts about
//! each expression (`ExprInfo`, `uses`) and, per unit, what the unit's code
//! referred to (the log check/lazy.rs follows to find the reachable
//! bodies). Loading the declarations costs a decoding; a function body is
//! decoded only when the program can reach it.
//!
//! References are relative to the package ([`ids`]), types are spelled out
//! per unit ([`typesec`]), so a package's data does not depend on which
//! other packages a program holds. [`write`] builds the data of one package,
//! checked alone against its imports' data; [`read`] loads it into a
//! program's checker state. Where the bytes are kept is the caller's choice
//! ([`PackageStore`]: splitgo's cache directory).
//!
//! Layout: a fixed prefix (magic, format version, the header's checksum,
//! the length of the rest and of the header), then the [`Header`]
//! (bincode), the declarations' unit, then the bodies' units. A unit is its
//! own checksum, then (bincode) a type section and the unit's data.

pub mod ids;
pub mod read;
pub mod typesec;
pub mod write;

use crate::target::Target;
use ids::Fixed;
use serde::{Deserialize, Serialize};

/// Bytes of export data as a store hands them out: read into memory, or
/// mapped from a file.
pub type Bytes = Box<dyn std::ops::Deref<Target = [u8]>>;

/// Where export data is kept between runs.
pub trait PackageStore {
    /// The stored data of package `path` for `target`, if any.
    fn get(&self, path: &str, target: Target) -> Option<Bytes>;
    /// Stores `data` for package `path`; failures are the store's to
    /// ignore (the next run builds the data again).
    fn put(&self, path: &str, target: Target, data: &[u8]);
}

const MAGIC: &[u8; 4] = b"SGOX";
/// Bumped when the layout changes; the store's keys also name the build.
const VERSION: u32 = 7;
const PREFIX: usize = 4 + 4 + 8 + 8 + 8;

/// What a package's data says about it before anything is loaded.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Header {
    pub path: String,
    pub name: String,
    /// The ids `Env::new` makes; loading checks they are the program's.
    pub fixed: Fixed,
    /// The package's files, as the importer names them, in order.
    pub files: Vec<String>,
    /// The packages its files import, in order of first appearance
    /// (`unsafe` left out): the order in which a program loads them.
    pub imports: Vec<String>,
    /// Its import closure in load order: the owners 3, 4, ... of [`ids`].
    pub closure: Vec<String>,
    /// Objects, defined types and nodes of the declarations' unit.
    pub objs: u32,
    pub named: u32,
    pub nodes: u32,
    /// Bytes of the declarations' unit; the bodies follow it.
    pub decl_len: u32,
}

/// The bincode options of every unit: bounded by the data's length, so a
/// damaged length cannot ask for more memory than the file has.
fn options(limit: usize) -> impl bincode::Options {
    use bincode::Options;
    bincode::DefaultOptions::new()
        .with_limit(limit as u64)
        .with_fixint_encoding()
        .allow_trailing_bytes()
}

/// A cheap 64-bit checksum (not cryptographic: it finds damage, not
/// tampering; the store is the user's own). Four independent lanes keep
/// it near memory speed.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes = [K, K.rotate_left(16), K.rotate_left(32), K.rotate_left(48)];
    let mut blocks = bytes.chunks_exact(32);
    for b in &mut blocks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let w = u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
            *lane = (*lane ^ w).wrapping_mul(K).rotate_left(31);
        }
    }
    let mut h = bytes.len() as u64;
    for lane in lanes {
        h = (h ^ lane).wrapping_mul(K).rotate_left(27);
    }
    for &b in blocks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(27);
    }
    h ^ (h >> 29)
}

/// A unit as stored: its checksum, then its bytes. Each unit is checked
/// when it is read, so a run reads only the units it loads.
fn seal(unit: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + unit.len());
    out.extend_from_slice(&checksum(unit).to_le_bytes());
    out.extend_from_slice(unit);
    out
}

/// The bytes of a sealed unit, if they are whole.
fn unseal(sealed: &[u8]) -> Option<&[u8]> {
    let (sum, unit) = sealed.split_at_checked(8)?;
    (u64::from_le_bytes(sum.try_into().ok()?) == checksum(unit)).then_some(unit)
}

/// One package's data, checked and with its header read.
pub struct Entry {
    pub header: Header,
    bytes: Bytes,
    /// Where the declarations' unit starts in `bytes`.
    decl_at: usize,
}

impl Entry {
    /// Checks the prefix and reads the header; `Err` for data that is not
    /// whole, not ours, or of another format version.
    pub fn parse(bytes: Bytes) -> Result<Entry, String> {
        if bytes.len() < PREFIX || &bytes[..4] != MAGIC {
            return Err("not splitgo export data".into());
        }
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]));
        let version = u32::from_le_bytes(bytes[4..8].try_into().unwrap_or([0; 4]));
        if version != VERSION {
            return Err(format!("export data version {version}, want {VERSION}"));
        }
        let (sum, len, header_len) = (word(8), word(16), word(24));
        let rest = &bytes[PREFIX..];
        if rest.len() as u64 != len || header_len > len {
            return Err("damaged export data".into());
        }
        let head = &rest[..header_len as usize];
        if checksum(head) != sum {
            return Err("damaged export data".into());
        }
        let header: Header =
            bincode::Options::deserialize(options(head.len()), head).map_err(|e| e.to_string())?;
        let decl_at = PREFIX + header_len as usize;
        if decl_at + header.decl_len as usize > bytes.len() {
            return Err("damaged export data".into());
        }
        Ok(Entry {
            header,
            bytes,
            decl_at,
        })
    }

    /// The bytes of the declarations' unit, if whole.
    fn decl(&self) -> Option<&[u8]> {
        unseal(&self.bytes[self.decl_at..self.decl_at + self.header.decl_len as usize])
    }

    /// The bytes of a body's unit, `off` and `len` from the bodies' start,
    /// if whole.
    fn body(&self, off: u32, len: u32) -> Option<&[u8]> {
        let at = self.decl_at + self.header.decl_len as usize + off as usize;
        unseal(self.bytes.get(at..at + len as usize)?)
    }
}

/// Joins the prefix, the header, the declarations' unit and the bodies.
fn assemble(header: &Header, decl: &[u8], bodies: &[u8]) -> Result<Vec<u8>, String> {
    let mut rest =
        bincode::Options::serialize(options(usize::MAX), header).map_err(|e| e.to_string())?;
    let header_len = rest.len() as u64;
    let sum = checksum(&rest);
    rest.extend_from_slice(decl);
    rest.extend_from_slice(bodies);
    let mut out = Vec::with_capacity(PREFIX + rest.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&sum.to_le_bytes());
    out.extend_from_slice(&(rest.len() as u64).to_le_bytes());
    out.extend_from_slice(&header_len.to_le_bytes());
    out.extend_from_slice(&rest);
    Ok(out)
}
