//! fmt's formatting against gc's, differentially: a generated Go program
//! Sprintf's a grid of verbs × flags × width/precision × values of every
//! kind, one directive per line with the directive echoed, and its output
//! under `splitgo run` must be gc 1.19's (`go run`) line for line.
//!
//! Addresses differ between the two runs, so values that print one (a
//! non-nil pointer, slice, map or func under `%p`, or a pointer to a
//! non-composite) are left out of those verbs. Skipped, with a message,
//! when `go` is not installed.

mod common;

use common::*;
use std::process::Command;

/// Verbs tried on every value.
const VERBS: &[&str] = &[
    "v", "T", "t", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s",
    "p", "w",
];

/// Flags, width and precision before the verb; `*` takes the width 6 and
/// `.*` the precision 3 from the operands.
const SPECS: &[&str] = &[
    "", "+", "-", "#", "0", " ", "5", "-8", "08", "+.2", ".0", "#8.3", "- 10.4", "*", ".*", "+#09",
    "# ",
];

/// The values, as Go expressions; `true` when `%p` would print an address.
const VALUES: &[(&str, bool)] = &[
    ("true", false),
    ("0", false),
    ("-1", false),
    ("42", false),
    ("int8(-128)", false),
    ("uint64(18446744073709551615)", false),
    ("uintptr(255)", false),
    ("'é'", false),
    ("named(7)", false),
    ("3.0", false),
    ("-1234.5678", false),
    ("1e-7", false),
    ("1e21", false),
    ("5e-324", false),
    ("float32(0.1)", false),
    ("-1.5+2e-7i", false),
    ("complex64(complex(float32(0.1), -3))", false),
    ("complex(inf, nan)", false),
    ("negz", false),
    ("inf", false),
    ("nan", false),
    ("\"\"", false),
    ("\"héllo\"", false),
    ("\"a`b\\x00\\xff\\t\"", false),
    ("\"日本\"", false),
    ("[]byte(\"hi\")", true),
    ("[3]byte{1, 2, 255}", false),
    ("myBytes(\"z\\n\")", true),
    ("[]int{1, -2}", true),
    ("[]string{\"a\", \"b c\"}", true),
    ("[2]float64{0.5, 1e6}", false),
    ("map[string]int{\"b\": 2, \"a\": 1}", true),
    ("T{1, \"x\"}", false),
    ("&T{2, \"y\"}", true),
    ("outer{inner{1, 2}, nil, 3, nil, 'q'}", false),
    ("[]interface{}{1, \"a\", nil, 2.5}", true),
    ("nil", false),
    ("(*T)(nil)", false),
    ("map[int]bool(nil)", false),
    ("nilSlice", false),
    ("str{\"s\"}", false),
    ("errv{}", false),
    ("gs{4}", false),
    ("[]str{{\"a\"}, {\"b\"}}", true),
];

/// Directives with operands of their own: argument indexes, missing and
/// extra operands, bad widths and precisions.
const SPECIALS: &[&str] = &[
    r#""%[2]d %[1]d", 1, 2"#,
    r#""%[3]d", 1, 2"#,
    r#""%[0]d", 1"#,
    r#""%[x]d", 1"#,
    r#""%[1]*d", 4, 5"#,
    r#""%[2]*[1]d", 7, 3"#,
    r#""%.[2]d", 1, 2"#,
    r#""%d %d", 1"#,
    r#""%d", 1, "x", nil, 2.5"#,
    r#""%*d", "w", 1"#,
    r#""%.*d", -1, 1"#,
    r#""%-*d|", -4, 1"#,
    r#""%*d", 10000000, 1"#,
    r#""%!%z%", 1"#,
    r#""%-05d|%0-5d|", 3, 4"#,
    r#""%v %v", 1"#,
    r#""%é", 1"#,
    r#""%3%|%-3%", 1"#,
];

fn program() -> String {
    let mut p = String::from(
        r#"package main

import "fmt"

type T struct {
	A int
	B string
}

type inner struct{ X, Y int }

type outer struct {
	inner
	P *inner
	I interface{}
	E error
	b byte
}

type named int

type myBytes []byte

type str struct{ s string }

func (s str) String() string { return "<" + s.s + ">" }

type errv struct{}

func (errv) Error() string { return "err!" }

type gs struct{ v int }

func (g gs) GoString() string { return fmt.Sprint("gs:", g.v) }

func main() {
	var z float64
	negz := -z
	inf := 1 / z
	nan := z / z
	var nilSlice []int // []int(nil) is a conversion the compiler refuses
	_, _, _ = negz, inf, nan
	verbs := []string{"#,
    );
    for v in VERBS {
        p.push_str(&format!("{v:?}, "));
    }
    p.push_str("}\n\tspecs := []string{");
    for s in SPECS {
        p.push_str(&format!("{s:?}, "));
    }
    p.push_str("}\n\tvalues := []interface{}{");
    for (v, _) in VALUES {
        p.push_str(v);
        p.push_str(", ");
    }
    p.push_str("}\n\taddr := []bool{");
    for (_, a) in VALUES {
        p.push_str(if *a { "true, " } else { "false, " });
    }
    p.push_str(
        r#"}
	for i, v := range values {
		for _, s := range specs {
			for _, verb := range verbs {
				if verb == "p" && addr[i] {
					continue
				}
				f := "%" + s + verb
				var out string
				switch s {
				case "*":
					out = fmt.Sprintf(f, 6, v)
				case ".*":
					out = fmt.Sprintf(f, 3, v)
				default:
					out = fmt.Sprintf(f, v)
				}
				fmt.Print(i, " ", f, " [", out, "]\n")
			}
		}
	}
"#,
    );
    for s in SPECIALS {
        p.push_str(&format!(
            "\tfmt.Print({s:?}, \" [\", fmt.Sprintf({s}), \"]\\n\")\n"
        ));
    }
    p.push_str("}\n");
    p
}

#[test]
fn printf_matches_gc() {
    if Command::new("go").arg("version").output().is_err() {
        eprintln!("skipped: go is not installed (apt-get install golang-go)");
        return;
    }
    let s = Scratch::new("printf-matrix");
    s.write("main.go", program());
    let gc = Command::new("go")
        .args(["run", "main.go"])
        .current_dir(&s.dir)
        .env("GO111MODULE", "off")
        .output()
        .expect("go runs");
    assert!(
        gc.status.success(),
        "go run failed: {}",
        String::from_utf8_lossy(&gc.stderr)
    );
    let theirs = String::from_utf8_lossy(&gc.stdout).into_owned();
    let run = splitgo_in(&s.dir, &["run", "main.go"]);
    assert_eq!(run.code, Some(0), "splitgo run: {}", run.describe());
    let ours = &run.stdout;
    let (t, o): (Vec<&str>, Vec<&str>) = (theirs.lines().collect(), ours.lines().collect());
    assert!(t.len() > 5000, "only {} lines from gc", t.len());
    let diffs: Vec<String> = t
        .iter()
        .zip(o.iter())
        .filter(|(a, b)| a != b)
        .take(20)
        .map(|(a, b)| format!("gc:      {a}\nsplitgo: {b}"))
        .collect();
    assert!(
        diffs.is_empty() && t.len() == o.len(),
        "{} lines from gc, {} from splitgo; first differences:\n{}",
        t.len(),
        o.len(),
        diffs.join("\n")
    );
}
