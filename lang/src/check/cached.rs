//! Checking a program against export data: the main package is parsed and
//! checked from source, and every package it imports is loaded from its
//! export data (crate::export), built and stored the first time a program
//! needs it. Bodies are loaded as check/lazy.rs finds them reachable. When
//! the data cannot be had or used, [`check_program_cached`] says so and the
//! caller checks from source; nothing a program sees depends on which way
//! it was checked (docs/startup.md).

use super::decl::check_one_package;
use super::load::{for_target, parse_main};
use super::{finish, lazy, Checked, Env};
use crate::export::read::import;
use crate::export::write::{add_package_files, build, closure_of};
use crate::export::{Entry, PackageStore};
use crate::source::{FileId, SourceMap};
use crate::{Importer, Target};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The export data of the packages a program needs, read or built once.
struct Entries<'a> {
    importer: &'a dyn Importer,
    target: Target,
    store: &'a dyn PackageStore,
    fixed: crate::export::ids::Fixed,
    known: HashMap<String, Option<Rc<Entry>>>,
    building: HashSet<String>,
}

impl Entries<'_> {
    /// The names of package `path`'s files for the target, as the importer
    /// gives them now: data made from other files (another checkout of
    /// the library) is stale.
    fn file_names(&self, path: &str) -> Option<Vec<String>> {
        let names: Vec<String> = match self.importer.static_files(path) {
            Some(files) => files.into_iter().map(|(n, _)| n.to_string()).collect(),
            None => self
                .importer
                .package_files(path)?
                .into_iter()
                .map(|(n, _)| n)
                .collect(),
        };
        Some(
            names
                .into_iter()
                .filter(|n| for_target(n, self.target))
                .collect(),
        )
    }

    /// Package `path`'s data: from the store if it is there and whole,
    /// else built from source and stored. `None` when it cannot be built.
    fn get(&mut self, path: &str) -> Option<Rc<Entry>> {
        if let Some(e) = self.known.get(path) {
            return e.clone();
        }
        if !self.building.insert(path.to_string()) {
            // An import cycle: checking from source reports it.
            return None;
        }
        let stored = self
            .store
            .get(path, self.target)
            .and_then(|b| Entry::parse(b).ok())
            .filter(|e| {
                e.header.path == path
                    && e.header.fixed == self.fixed
                    && Some(&e.header.files) == self.file_names(path).as_ref()
            });
        let entry = match stored {
            Some(e) => Some(e),
            None => {
                let (importer, target) = (self.importer, self.target);
                match build(path, importer, target, &mut |p| self.get(p)) {
                    Ok(bytes) => {
                        self.store.put(path, target, &bytes);
                        Entry::parse(Box::new(bytes)).ok()
                    }
                    Err(_) => None,
                }
            }
        }
        .map(Rc::new);
        self.building.remove(path);
        self.known.insert(path.to_string(), entry.clone());
        entry
    }
}

/// Parses and checks `files` as the main package against its imports'
/// export data. `None` when some imported package's data cannot be built
/// or loaded: the caller then checks from source.
pub fn check_program_cached(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
    store: &dyn PackageStore,
) -> Option<Checked> {
    let mut diagnostics = Vec::new();
    let Some((main, mut next_id)) = parse_main(map, files, importer, target, &mut diagnostics)
    else {
        crate::diag::sort_and_dedup(&mut diagnostics);
        return Some(Checked {
            diagnostics,
            program: None,
            steps: Vec::new(),
        });
    };
    let mut entries = Entries {
        importer,
        target,
        store,
        fixed: Env::new(&SourceMap::new(), target).fixed,
        known: HashMap::new(),
        building: HashSet::new(),
    };
    // The packages main imports, in the loader's order; a path the importer
    // does not know is left to the checker to report.
    let mut imports: Vec<String> = Vec::new();
    for imp in main.files.iter().flat_map(|f| &f.imports) {
        let known = || {
            importer.static_files(&imp.path).is_some()
                || importer.package_files(&imp.path).is_some()
        };
        if imp.path != "unsafe" && !imports.contains(&imp.path) && known() {
            imports.push(imp.path.clone());
        }
    }
    let mut clock = Clock::new();
    let closure = closure_of(&imports, &mut |p| entries.get(p))?;
    clock.step("read export data");
    let mut loaded = Vec::with_capacity(closure.len());
    for path in &closure {
        let entry = entries.get(path)?;
        let (names, ids) = add_package_files(map, importer, path, target)?;
        if names != entry.header.files {
            return None;
        }
        loaded.push((entry, ids));
    }
    clock.step("add imported files");
    let map: &SourceMap = map;
    let mut env = Env::new(map, target);
    env.reach.logging = true;
    let mut packages = Vec::with_capacity(loaded.len() + 1);
    for (entry, ids) in loaded {
        packages.push(import(&mut env, entry, ids, &mut next_id, true).ok()?);
    }
    clock.step("load declarations");
    // Room for every node a body could bring: growing the table copies it.
    let waiting: u32 = env
        .reach
        .deferred
        .iter()
        .filter_map(|d| d.cached.as_ref())
        .map(|c| c.body.nodes)
        .sum();
    env.exprs.reserve(next_id as usize + waiting as usize);
    packages.push(check_one_package(&mut env, main, true));
    clock.step("check main");
    if env.diags.is_empty() {
        lazy::check_deferred(&mut env, &mut packages, &mut next_id);
        if env.reach.broken.is_some() {
            return None;
        }
    }
    clock.step("load reachable bodies");
    let mut checked = finish(env, packages, diagnostics);
    checked.steps = clock.steps;
    Some(checked)
}

/// Times the steps of [`check_program_cached`].
struct Clock {
    last: std::time::Instant,
    steps: Vec<(&'static str, std::time::Duration)>,
}

impl Clock {
    fn new() -> Clock {
        Clock {
            last: std::time::Instant::now(),
            steps: Vec::new(),
        }
    }

    fn step(&mut self, what: &'static str) {
        let now = std::time::Instant::now();
        self.steps.push((what, now - self.last));
        self.last = now;
    }
}
