//! fmt's Scan, Scanln and Scanf over standard input, which the corpus
//! cannot feed (its programs run with stdin closed). Each call reads
//! os.Stdin a byte at a time, as gc's do, so a call never takes input
//! beyond the rune it stopped at; the expected output is gc 1.19's.

mod common;

use common::Scratch;
use std::process::{Command, Stdio};

/// Each scanning call sees the input where the previous one left it; the
/// rune a call looked at last and gave back is lost with the call, as in
/// gc (os.Stdin cannot take it back).
const PROGRAM: &str = r#"package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scanln(&a, &b)
	fmt.Println("Scanln", n, err, a, b)
	n, err = fmt.Scan(&s)
	fmt.Println("Scan", n, err, s)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("Scanf", n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println("Scanln", n, err, a)
	n, err = fmt.Scanln(&s)
	fmt.Println("Scanln", n, err, s)
	n, err = fmt.Scan(&s, &a)
	fmt.Println("Scan", n, err, s, a)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("rest %q %v\n", rest, err)
	n, err = fmt.Scan(&a)
	fmt.Println("Scan", n, err)
}
"#;

const INPUT: &str = "1 2\n  word\n3-4\n5 6\nnext\n\nx 9 tail\nmore";

/// What gc 1.19 prints for PROGRAM with INPUT on stdin.
const WANT: &str = "Scanln 2 <nil> 1 2
Scan 1 <nil> word
Scanf 2 <nil> 3 4
Scanln 1 expected newline 5
Scanln 0 unexpected newline word
Scan 1 expected integer next 5
rest \" 9 tail\\nmore\" <nil>
Scan 0 EOF
";

#[test]
fn scanning_stdin_reads_no_further_than_gc() {
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let dir = Scratch::new("fmt-stdin");
    let prog = dir.write("scan.go", PROGRAM);
    let input = dir.write("input.txt", INPUT);
    let out = Command::new(env!("CARGO_BIN_EXE_splitgo"))
        .arg("run")
        .arg(&prog)
        .stdin(Stdio::from(
            std::fs::File::open(&input).expect("open input"),
        ))
        .stderr(Stdio::piped())
        .output()
        .expect("run splitgo");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        WANT,
        "stderr: {stderr}"
    );
}
