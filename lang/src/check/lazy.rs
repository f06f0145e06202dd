//! Checking only the imported functions a program can reach. The bodies of
//! an imported package's top-level functions are left unparsed by the
//! loader (parse/lazy.rs) and recorded here as [`Deferred`] when the
//! package is checked; once every package is, [`check_deferred`] parses and
//! checks those the program can call, until nothing new is reachable. The
//! standard library is checked whole by its own tests
//! (tests/stdlib_checks.rs), so nothing is lost for a program; see
//! docs/startup.md.
//!
//! Reachable means, over-approximating what the lowering will ask for:
//! - every `init` function;
//! - every function an identifier in checked code refers to (a call, a
//!   function value), where checked code is the main package, package-level
//!   variable and constant initializers, and the bodies checked so far;
//! - every method a selector in checked code names (`x.m`, `T.m`);
//! - every method of a *live* defined type, one whose values may sit in
//!   an interface, where fmt, the runtime or an interface call can call
//!   any of its methods. Which types those are follows the lowering's
//!   method tables ([`methods_of_boxed_only`]): without package reflect,
//!   the types checked code makes into interface values (assigned, passed,
//!   returned, compared, converted) and their components (element, key,
//!   field, parameter, result, underlying type), which fmt reaches through
//!   them; with reflect, which can make an interface of any value it
//!   reaches, every type a checked expression has, and its components.
//!
//! Types met only in signatures of unreached functions and in type
//! declarations are not logged ([`Reach::quiet`]): they would make most of
//! a package live. Should the lowering still meet an unparsed body, it says
//! so and the binary checks the program again without deferring
//! (ir/lower, `LowerError::NeedsBodies`).

use super::scope::{ObjId, ScopeId};
use super::{Checker, Env, Package};
use crate::ast::Decl;
use crate::source::{FileId, SourceMap};
use crate::types::{NamedId, PkgId, Type, TypeId};
// Fx hashing: these tables are built on every run, over every function
// of every imported package.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the compiler itself refers to by name, reachable whenever its
/// package is loaded (a function: its body; a type: its methods):
/// reflect.callReflect, which the code of MakeFunc's func values calls
/// (ir/lower/reflectcall.rs), and runtime.TypeAssertionError, the value of
/// a failed assertion (ir/lower/iface.rs).
pub const COMPILER_ROOTS: &[(&str, &str)] = &[
    ("reflect", "callReflect"),
    ("runtime", "TypeAssertionError"),
];

/// A function whose body was not parsed, as its package's check saw it.
pub struct Deferred {
    pub pkg: PkgId,
    /// The file scope of its declaration.
    pub file_scope: ScopeId,
    /// Its object; `None` for methods and `init`.
    pub obj: Option<ObjId>,
    /// The defined type it is a method of.
    pub recv: Option<NamedId>,
    pub is_init: bool,
    /// Where its body's opening brace is: finds the declaration again.
    pub at: (FileId, u32),
    /// The body is in export data, checked: loaded rather than parsed.
    pub cached: Option<crate::export::read::CachedBody>,
}

/// What checked code used, logged for [`check_deferred`].
#[derive(Default)]
pub struct Reach {
    /// Log at all: only when some bodies are deferred.
    pub logging: bool,
    /// Nesting of declarations whose types are not evidence of use (type
    /// declarations, function and method signatures).
    pub quiet: u32,
    /// Types of checked expressions, in order.
    pub types: Vec<TypeId>,
    /// Objects identifiers referred to, in order.
    pub uses: Vec<ObjId>,
    /// Concrete types whose values checked code makes into interface
    /// values (assigned, passed, returned, compared, converted).
    pub ifaces: Vec<TypeId>,
    /// Concrete methods selectors named (`x.m`, `T.m`): the defined type
    /// and the method's index in its list.
    pub methods: Vec<(NamedId, u32)>,
    /// Functions whose bodies wait.
    pub deferred: Vec<Deferred>,
    /// Why a body could not be loaded from export data: the program is
    /// then checked from source.
    pub broken: Option<String>,
}

impl Reach {
    pub fn log_type(&mut self, t: TypeId) {
        if self.logging && self.quiet == 0 {
            self.types.push(t);
        }
    }

    pub fn log_iface(&mut self, t: TypeId) {
        if self.logging {
            self.ifaces.push(t);
        }
    }

    pub fn log_method(&mut self, n: NamedId, index: u32) {
        if self.logging {
            self.methods.push((n, index));
        }
    }

    pub fn log_use(&mut self, o: ObjId) {
        if self.logging && self.quiet == 0 {
            self.uses.push(o);
        }
    }
}

/// Whether only the types whose values become interface values (and their
/// components) get methods in their descriptors' method tables: true unless
/// the program holds package reflect. The lowering fills its method tables
/// by the same rule (ir/lower/iface.rs), so that every method it lowers is
/// one this module found reachable.
pub fn methods_of_boxed_only(packages: &[Package]) -> bool {
    PRECISE_METHOD_TABLES && !packages.iter().any(|p| p.path == "reflect")
}

/// The rule can be turned off here, to compare (both sides follow it).
const PRECISE_METHOD_TABLES: bool = true;

/// Parses and checks every deferred body the program can reach (see the
/// module comment), with node ids from `*next_id` on. Parse errors (only an
/// unfinished edit of the library could have them) are diagnostics.
pub fn check_deferred(env: &mut Env<'_>, packages: &mut [Package], next_id: &mut u32) {
    let deferred = std::mem::take(&mut env.reach.deferred);
    if deferred.is_empty() {
        return;
    }
    let map: &SourceMap = env.map;
    // Where each deferred declaration is: package, file and declaration
    // indices, found by the position of its body.
    let mut place: HashMap<(FileId, u32), (usize, usize, usize)> = HashMap::default();
    for (pi, p) in packages.iter().enumerate() {
        for (fi, f) in p.files.iter().enumerate() {
            for (di, d) in f.decls.iter().enumerate() {
                if let Decl::Func(fd) = d {
                    if let (true, Some(b)) = (fd.deferred, &fd.body) {
                        place.insert((b.span.file, b.span.lo), (pi, fi, di));
                    }
                }
            }
        }
    }
    let pkg_index: HashMap<PkgId, usize> = packages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut by_obj: HashMap<ObjId, usize> = HashMap::default();
    let mut by_type: HashMap<NamedId, Vec<usize>> = HashMap::default();
    let mut by_method: HashMap<(NamedId, &str), usize> = HashMap::default();
    let mut ready: Vec<usize> = Vec::new();
    for (i, d) in deferred.iter().enumerate() {
        if d.is_init {
            ready.push(i);
        }
        if let Some(o) = d.obj {
            by_obj.insert(o, i);
        }
        if let Some(n) = d.recv {
            by_type.entry(n).or_default().push(i);
        }
    }
    // Method names, for the selectors' log; owned, as the declarations
    // change under the loop below.
    let names: Vec<Option<String>> = deferred
        .iter()
        .map(|d| {
            let (pi, fi, di) = *place.get(&d.at)?;
            match (&packages[pi].files[fi].decls[di], d.recv) {
                (Decl::Func(fd), Some(_)) => Some(fd.name.name.clone()),
                _ => None,
            }
        })
        .collect();
    for (i, d) in deferred.iter().enumerate() {
        if let (Some(n), Some(name)) = (d.recv, &names[i]) {
            by_method.insert((n, name.as_str()), i);
        }
    }
    let boxed_only = methods_of_boxed_only(packages);
    for &(path, name) in COMPILER_ROOTS {
        let Some(p) = packages.iter().find(|p| p.path == path) else {
            continue;
        };
        let Some(&o) = env.scopes.get(p.scope).names.get(name) else {
            continue;
        };
        if let Some(&i) = by_obj.get(&o) {
            ready.push(i);
        }
        if matches!(env.obj(o).kind, super::scope::ObjKind::TypeName) {
            let t = env.obj(o).ty;
            env.reach.types.push(t);
            env.reach.ifaces.push(t);
        }
    }
    let mut done = vec![false; deferred.len()];
    let mut live: HashSet<TypeId> = HashSet::default();
    let (mut seen_types, mut seen_uses, mut seen_methods) = (0, 0, 0);
    loop {
        while let Some(&o) = env.reach.uses.get(seen_uses) {
            seen_uses += 1;
            if let Some(&i) = by_obj.get(&o) {
                ready.push(i);
            }
        }
        while let Some(&(n, m)) = env.reach.methods.get(seen_methods) {
            seen_methods += 1;
            let name = env
                .types
                .named(n)
                .methods
                .get(m as usize)
                .map(|m| m.name.as_str());
            if let Some(&i) = name.and_then(|name| by_method.get(&(n, name))) {
                ready.push(i);
            }
        }
        let log = if boxed_only {
            &env.reach.ifaces
        } else {
            &env.reach.types
        };
        while let Some(&t) = log.get(seen_types) {
            seen_types += 1;
            mark_live(env, t, &mut live, &by_type, &mut ready);
        }
        let Some(i) = ready.pop() else {
            break;
        };
        if std::mem::replace(&mut done[i], true) {
            continue;
        }
        let d = &deferred[i];
        let Some(&(pi, fi, di)) = place.get(&d.at) else {
            continue;
        };
        let Some(&own) = pkg_index.get(&d.pkg) else {
            continue;
        };
        debug_assert_eq!(own, pi);
        if let Some(cb) = &d.cached {
            let Decl::Func(fd) = &mut packages[pi].files[fi].decls[di] else {
                continue;
            };
            if let Err(e) = crate::export::read::load_body(env, cb, fd, next_id) {
                env.reach.broken = Some(e);
            }
            continue;
        }
        {
            let Decl::Func(fd) = &mut packages[pi].files[fi].decls[di] else {
                continue;
            };
            if let Err(diags) = crate::parse::lazy::parse_body(map, fd, next_id) {
                env.diags.extend(diags);
                continue;
            }
        }
        let pkg = &packages[pi];
        let Decl::Func(fd) = &pkg.files[fi].decls[di] else {
            continue;
        };
        let mut c = Checker::new(env, pkg.id, pkg.scope);
        c.func_body(fd, d.file_scope, d.obj);
    }
}

/// Marks `t` and its components live, readying the deferred methods of the
/// defined types among them.
fn mark_live(
    env: &Env<'_>,
    t: TypeId,
    live: &mut HashSet<TypeId>,
    by_type: &HashMap<NamedId, Vec<usize>>,
    ready: &mut Vec<usize>,
) {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if !live.insert(t) {
            continue;
        }
        if let Type::Named(n) = env.types.get(t) {
            if let Some(ms) = by_type.get(n) {
                ready.extend(ms);
            }
        }
        env.types.parts(t, &mut stack);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::check_package_with;
    use crate::ir::lower::{lower_program, LowerError};
    use crate::{Importer, SourceMap, Target};

    struct Std;

    impl Importer for Std {
        fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
            splitgo_stdlib::package_files(path)
        }
    }

    /// Checks `src` with deferred bodies and lowers it: the lowering must
    /// find every body it needs checked. Returns how many imported
    /// functions kept their bodies unparsed.
    fn lowers_lazily(src: &str) -> usize {
        let mut map = SourceMap::new();
        let id = map.add("t.go", src.as_bytes());
        let c = check_package_with(&mut map, &[id], &Std, Target::AMD64, true);
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
        let p = c.program.as_ref().expect("program");
        match lower_program(p, &map) {
            Ok(_) => {}
            Err(LowerError::NeedsBodies(names)) => panic!("not checked: {names:?}"),
            Err(LowerError::Unsupported(d)) => panic!("{d:?}"),
        }
        p.packages
            .iter()
            .flat_map(|p| &p.files)
            .flat_map(|f| &f.decls)
            .filter(|d| matches!(d, crate::ast::Decl::Func(fd) if fd.deferred))
            .count()
    }

    #[test]
    fn methods_reached_through_interfaces_and_fields_are_checked() {
        // *os.File reaches fmt as an io.Writer; strings.Builder's methods
        // through an embedded field; sort.Interface's through sort.Sort.
        let left = lowers_lazily(
            "package main
import (\"fmt\"; \"os\"; \"sort\"; \"strings\")
type W struct{ strings.Builder }
func main() {
	var w W
	fmt.Fprintln(&w, 1)
	fmt.Fprint(os.Stdout, w.String())
	xs := sort.IntSlice{3, 1}
	sort.Sort(xs)
}
",
        );
        assert!(left > 0, "something stays unparsed");
    }

    #[test]
    fn reflect_make_func_reaches_call_reflect() {
        lowers_lazily(
            "package main
import (\"fmt\"; \"reflect\")
func main() {
	f := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }),
		func(a []reflect.Value) []reflect.Value { return a })
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(2)})[0].Int())
}
",
        );
    }
}
