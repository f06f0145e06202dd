//! What the checker records for a clean program: types and constant values
//! per expression, which later stages (lowering) rely on. Diagnostics are
//! covered by the errorcheck corpus in programs/errorcheck.

use crate::ast::{ExprKind, StmtKind};
use crate::constant::ConstVal;
use crate::{check_package, NoImports, SourceMap, Target};

fn checked(src: &str, target: Target) -> super::Program {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, target);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    c.program.expect("a clean program")
}

/// The right-hand sides of the `:=` statements of `main`, with their types
/// as printed and their constant values.
fn defines(p: &super::Program) -> Vec<(String, Option<ConstVal>)> {
    let pkg = p.packages.last().expect("main package");
    let mut out = Vec::new();
    for d in &pkg.files[0].decls {
        let crate::ast::Decl::Func(f) = d else {
            continue;
        };
        for s in &f.body.as_ref().expect("body").stmts {
            if let StmtKind::Define(_, rhs) = &s.kind {
                for e in rhs {
                    let info = p.exprs[e.id.0 as usize].as_ref().expect("recorded");
                    out.push((
                        p.types.type_string(info.ty, pkg.id),
                        info.value.as_deref().cloned(),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn untyped_constants_take_their_context_type() {
    let p = checked(
        "package main\nfunc main() {\n\tvar n uint = 3\n\ta := 1 << n\n\tb := 1.5\n\tc := 'x'\n\td := \"s\" + \"t\"\n\tvar f float32 = 1 << 3\n\t_, _, _, _, _ = a, b, c, d, f\n}\n",
        Target::AMD64,
    );
    let d = defines(&p);
    assert_eq!(d[0].0, "int");
    assert_eq!(d[0].1, None);
    assert_eq!(
        d[1],
        (
            "float64".to_string(),
            Some(ConstVal::Float(crate::constant::Real::Rat(
                num_rational::BigRational::new(3.into(), 2.into())
            )))
        )
    );
    assert_eq!(d[2], ("int32".to_string(), Some(ConstVal::Int(120.into()))));
    assert_eq!(
        d[3],
        ("string".to_string(), Some(ConstVal::String(b"st".to_vec())))
    );
}

#[test]
fn int_size_follows_the_target() {
    let src = "package main\nconst big = 1 << 40\nfunc main() {\n\tx := big\n\t_ = x\n}\n";
    checked(src, Target::AMD64);
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::I386);
    let msgs: Vec<&str> = c.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(msgs, ["constant 1099511627776 overflows int"]);
}

#[test]
fn identifiers_resolve_to_their_objects() {
    let p = checked(
        "package main\nvar g = 1\nfunc main() {\n\tg := g + 1\n\t_ = g\n}\n",
        Target::AMD64,
    );
    let pkg = p.packages.last().expect("main");
    let crate::ast::Decl::Func(f) = &pkg.files[0].decls[1] else {
        panic!("func main")
    };
    let StmtKind::Define(lhs, rhs) = &f.body.as_ref().expect("body").stmts[0].kind else {
        panic!("define")
    };
    let ExprKind::Binary(_, inner_g, _) = &rhs[0].kind else {
        panic!("binary")
    };
    // The `g` read on the right is the package variable, the one defined is new.
    let read = p.uses[&inner_g.id];
    let def = p.uses[&lhs[0].id];
    assert_ne!(read, def);
    assert!(matches!(
        p.objects[read.0 as usize].kind,
        super::scope::ObjKind::Var { local: false, .. }
    ));
    assert!(matches!(
        p.objects[def.0 as usize].kind,
        super::scope::ObjKind::Var { local: true, .. }
    ));
}

/// load::for_target: go/build's file-name rule.
#[test]
fn imported_files_are_selected_by_gos_name_rule() {
    let amd = crate::target::Target::AMD64;
    for (name, want) in [
        ("/s/runtime/zgoarch_amd64.go", true),
        ("/s/runtime/zgoarch_386.go", false),
        ("zgoarch_arm64.go", false),
        ("x_linux_amd64.go", true),
        ("x_windows_amd64.go", false),
        ("x_linux_386.go", false),
        ("x_linux.go", true),
        ("x_darwin.go", false),
        ("x_amd64_test.go", true),
        ("amd64.go", true),
        ("linux.go", true),
        ("x_unknown.go", true),
        ("plain.go", true),
    ] {
        assert_eq!(super::load::for_target(name, amd), want, "{name}");
    }
    assert!(super::load::for_target(
        "zgoarch_386.go",
        crate::target::Target::I386
    ));
    assert!(super::load::for_target(
        "zgoarch_arm64.go",
        crate::target::Target::ARM64
    ));
}

/// Go's fixedbugs/issue11326.go: huge float literals are values (no
/// "constant too large"), and each overflows float64 with gc's rendering of
/// it; past the 32-bit binary exponent a literal or a result has no value.
#[test]
fn huge_float_constants_overflow_with_gcs_texts() {
    let exps = [
        "646456992",
        "64645699",
        "6464569",
        "646456",
        "64645",
        "6464",
        "646",
        "309",
    ];
    let mut src = String::from("package main\nfunc main() {\n");
    for e in exps {
        src.push_str(&format!("\tvar _ = 1e{e}\n"));
    }
    src.push_str("\tvar _ = 1e308\n\tvar _ = 1e646456993\n\tvar _ = 1e646456992 * 10\n");
    src.push_str("\tvar _ = 1e646456992i\n\tvar _ int = 1e646456992 / 1e646456991\n}\n");
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    let msgs: Vec<&str> = c.diagnostics.iter().map(|d| d.message.as_str()).collect();
    let mut want: Vec<String> = exps
        .iter()
        .map(|e| format!("constant 1e+{e} overflows float64"))
        .collect();
    want.push("malformed constant: 1e646456993".to_string());
    want.push("constant result is not representable".to_string());
    want.push("constant (0 + 1e+646456992i) overflows complex128".to_string());
    assert_eq!(msgs, want);
}
