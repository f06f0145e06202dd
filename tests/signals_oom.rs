//! The program's end as a user sees it from outside (issue 9): a write to
//! a broken stdout pipe dies by SIGPIPE; SIGTERM, SIGINT and SIGHUP kill
//! it with everything it printed delivered; running out of memory under a
//! real `ulimit -v` is Go's `out of memory` throw with a trace and exit
//! status 2. Each test drives the binary as a shell would, through real
//! pipes, signals and limits. The programs are in programs/hardening/.

mod common;

use common::{root, splitgo_child};
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn hardening(name: &str) -> String {
    root()
        .join("programs/hardening")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// Runs `script` with `sh -c`, killed after `limit`; its status and
/// output.
fn sh(script: &str, limit: Duration) -> (std::process::ExitStatus, String, String) {
    let child = Command::new("sh")
        .args(["-c", script])
        .env("SPLITGO", env!("CARGO_BIN_EXE_splitgo"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sh");
    finish(child, limit, &format!("`{script}`"))
}

/// Waits for `child` at most `limit` (then kills it and fails, naming
/// `what`); its status and its whole stdout and stderr, which must be
/// small enough for the pipes.
fn finish(
    mut child: std::process::Child,
    limit: Duration,
    what: &str,
) -> (std::process::ExitStatus, String, String) {
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut out = String::new();
    let mut err = String::new();
    if let Some(mut o) = child.stdout.take() {
        o.read_to_string(&mut out).expect("read stdout");
    }
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("read stderr");
    }
    (status, out, err)
}

#[test]
fn a_broken_stdout_pipe_ends_the_program_by_sigpipe() {
    let yes = hardening("yes.go");
    // PIPESTATUS is bash's; with sh, the pipeline's first status is
    // written by a subshell.
    let script = format!("{{ \"$SPLITGO\" run '{yes}' forever; echo $? >&2; }} | head -1");
    let (status, out, err) = sh(&script, Duration::from_secs(60));
    assert!(status.success(), "{status:?} {err}");
    assert_eq!(out, "y\n");
    // 128 + SIGPIPE, as a shell reports a gc binary killed by it.
    assert_eq!(err.trim(), "141", "stderr: {err}");
}

#[test]
fn a_broken_stderr_pipe_ends_the_program_by_sigpipe() {
    // println writes to stderr.
    let s = common::Scratch::new("stderrpipe");
    let prog = s.write(
        "p.go",
        "package main\n\nfunc main() {\n\tfor {\n\t\tprintln(\"e\")\n\t}\n}\n",
    );
    let script = format!(
        "{{ \"$SPLITGO\" run '{}' 2>&1 >/dev/null; echo $? > '{}'; }} | head -1 >/dev/null; cat '{}'",
        prog.display(),
        s.path("status"),
        s.path("status")
    );
    let (status, out, err) = sh(&script, Duration::from_secs(60));
    assert!(status.success(), "{status:?} {err}");
    assert_eq!(out.trim(), "141", "stderr: {err}");
}

/// Starts print_then_compute.go in its endless form with stdout into a
/// pipe, waits for its three lines to be due, sends `sig`, and checks that
/// it died by `sig` with the three lines delivered.
fn killed_with_output(name: &str, sig: i32) {
    let dir = root().join("programs/hardening");
    let child = splitgo_child(&dir, &["run", "print_then_compute.go", "compute"]);
    // Long enough for the JIT and the prints; it never ends by itself.
    std::thread::sleep(Duration::from_millis(500));
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let (status, out, err) = finish(
        child,
        Duration::from_secs(30),
        &format!("the program sent signal {sig}"),
    );
    assert_eq!(status.signal(), Some(sig), "{status:?}, stderr: {err}");
    assert_eq!(out, "line 0\nline 1\nline 2\n");
    // gc prints nothing when these signals kill it.
    assert_eq!(err, "");
}

#[test]
fn sigterm_kills_with_the_output_delivered() {
    killed_with_output("TERM", 15);
}

#[test]
fn sigint_kills_with_the_output_delivered() {
    killed_with_output("INT", 2);
}

#[test]
fn sighup_kills_with_the_output_delivered() {
    killed_with_output("HUP", 1);
}

#[test]
fn sigterm_delivers_output_written_to_a_file() {
    let s = common::Scratch::new("sigterm_file");
    let prog = hardening("print_then_compute.go");
    let out = s.path("out.txt");
    let script = format!(
        "\"$SPLITGO\" run '{prog}' compute > '{out}' & pid=$!; sleep 0.5; kill -TERM $pid; wait $pid; echo $?"
    );
    let (status, stdout, err) = sh(&script, Duration::from_secs(60));
    assert!(status.success(), "{err}");
    assert_eq!(stdout.trim(), "143", "stderr: {err}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "line 0\nline 1\nline 2\n"
    );
}

/// Runs programs/hardening/parked.go with `n` goroutines under `ulimit -v
/// kib`; its exit status (None: killed by a signal) and stderr.
fn parked_under_ulimit(n: u64, kib: u64) -> (Option<i32>, Option<i32>, String) {
    let prog = hardening("parked.go");
    let s = common::Scratch::new("oom");
    let err = s.path("err.txt");
    let script =
        format!("ulimit -v {kib}; \"$SPLITGO\" run '{prog}' {n} > /dev/null 2> '{err}'; echo $?");
    let (status, out, sherr) = sh(&script, Duration::from_secs(120));
    assert!(status.success(), "{sherr}");
    let code: i32 = out.trim().parse().expect("a status");
    let stderr = std::fs::read_to_string(&err).unwrap_or_default();
    // A shell reports a death by signal N as 128+N.
    if code > 128 {
        (None, Some(code - 128), stderr)
    } else {
        (Some(code), None, stderr)
    }
}

#[test]
fn two_million_parked_goroutines_under_a_ulimit_run_out_of_memory_as_go_does() {
    let (code, signal, stderr) = parked_under_ulimit(2_000_000, 3_000_000);
    let head: String = stderr.chars().take(3000).collect();
    assert_eq!(signal, None, "killed by a signal; stderr:\n{head}");
    assert_eq!(code, Some(2), "stderr:\n{head}");
    assert!(
        !stderr.contains("memory allocation of"),
        "Rust's abort text:\n{head}"
    );
    // Whichever allocation fails first (a stack segment, a heap chunk, the
    // runtime's own queues), the throw is Go's, and a trace follows.
    let fatal = stderr
        .lines()
        .find(|l| l.starts_with("fatal error: "))
        .unwrap_or_else(|| panic!("no fatal error line:\n{head}"));
    assert!(
        fatal == "fatal error: runtime: out of memory" || fatal == "fatal error: out of memory",
        "{fatal}"
    );
    assert!(stderr.contains("\ngoroutine "), "no trace:\n{head}");
    assert!(
        stderr.contains("parked.go:"),
        "no frame of the program:\n{head}"
    );
}

#[test]
fn a_broken_pipe_ends_disasm_by_sigpipe_not_an_internal_error() {
    // Enough machine code to fill the pipe after head has left.
    let s = common::Scratch::new("disasm_pipe");
    let mut src = String::from("package main\n\n");
    for i in 0..2000 {
        src.push_str(&format!("func f{i}(x int) int {{ return x*{i} + {i} }}\n"));
    }
    src.push_str("func main() {\n\ts := 0\n");
    for i in 0..2000 {
        src.push_str(&format!("\ts += f{i}(s)\n"));
    }
    src.push_str("\tprintln(s)\n}\n");
    let prog = s.write("many.go", src);
    let script = format!(
        "{{ \"$SPLITGO\" disasm '{}' 2>'{}'; echo $? > '{}'; }} | head -1 >/dev/null; cat '{}'",
        prog.display(),
        s.path("err"),
        s.path("status"),
        s.path("status")
    );
    let (status, out, err) = sh(&script, Duration::from_secs(60));
    assert!(status.success(), "{err}");
    let stderr = std::fs::read_to_string(s.path("err")).unwrap_or_default();
    assert_eq!(out.trim(), "141", "stderr: {stderr}");
    assert_eq!(stderr, "");
}
