//! What the integration tests share: running the `splitgo` binary under a
//! time limit, and scratch directories.
//!
//! Each test file includes this module and uses part of it.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long one run of the binary may take before it is killed and counted
/// as a hang. Generous: debug builds on a loaded 2-core machine.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// The exit status; `None` when it died of a signal or was killed.
    pub code: Option<i32>,
    /// The signal that ended it, if one did.
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl Run {
    /// A one-paragraph account, for assertion messages.
    pub fn describe(&self) -> String {
        let cut = |s: &str| -> String { s.chars().take(2000).collect() };
        format!(
            "code {:?}, signal {:?}, timed out {}, {:?}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.code,
            self.signal,
            self.timed_out,
            self.elapsed,
            cut(&self.stdout),
            cut(&self.stderr)
        )
    }
}

/// The project's root: where `programs/` is.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `splitgo ARGS` in the project root.
pub fn splitgo(args: &[&str]) -> Run {
    splitgo_in(root(), args)
}

/// Runs `splitgo ARGS` in `dir`, killing it after [`TIME_LIMIT`].
pub fn splitgo_in(dir: &Path, args: &[&str]) -> Run {
    splitgo_in_env(dir, args, &[])
}

/// Runs `splitgo ARGS` in the project root with `env` added.
pub fn splitgo_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    splitgo_in_env(root(), args, env)
}

/// Runs `splitgo ARGS` in `dir` with `env` added, killing it after
/// [`TIME_LIMIT`].
pub fn splitgo_in_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_splitgo"));
    cmd.args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    finish(cmd, None)
}

/// The corpus's directories but preempt/, whose programs race goroutines
/// against the clock (a debug check slows every service call).
const UNTIMED_CORPUS: &[&str] = &[
    "programs/chan",
    "programs/fatal",
    "programs/hardening",
    "programs/hello",
    "programs/lang",
    "programs/overflow",
    "programs/run",
    "programs/scripts",
    "programs/stdlib",
];

/// Runs the corpus but preempt/ with `SPLITGO_DEBUG=debug`: an account of
/// each directory that did not pass whole, empty when all did.
pub fn corpus_failures_under(debug: &str) -> String {
    let mut report = String::new();
    for dir in UNTIMED_CORPUS {
        let run = splitgo_env(&["test", dir], &[("SPLITGO_DEBUG", debug)]);
        let last = run.stdout.lines().last().unwrap_or("");
        if run.code != Some(0) || !last.contains(" passed, 0 failed") {
            report.push_str(&format!("--- {dir}:\n{}\n", run.describe()));
        }
    }
    report
}

/// Runs `splitgo ARGS` in the project root with stdout and stderr going
/// to one pipe, as a terminal would show them (Go's test harness compares
/// that combined output); it comes back as `stdout`, `stderr` is empty.
pub fn splitgo_merged(args: &[&str]) -> Run {
    splitgo_merged_env(args, &[])
}

/// [`splitgo_merged`] with `env` added.
pub fn splitgo_merged_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_splitgo"));
    cmd.args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .stdout(writer.try_clone().expect("a pipe end"))
        .stderr(writer);
    finish(cmd, Some(reader))
}

/// Spawns `cmd` (stdin closed), drains its output, and waits for it under
/// [`TIME_LIMIT`]. With `merged`, both streams were pointed at that pipe.
fn finish(mut cmd: Command, merged: Option<std::io::PipeReader>) -> Run {
    let start = Instant::now();
    let mut child = cmd.stdin(Stdio::null()).spawn().expect("start splitgo");
    // The command holds the parent's copies of the pipe's write end: drop
    // them, or the reader never sees the end.
    drop(cmd);
    // Drain the pipes on their own threads, so a chatty child cannot block.
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = r.read_to_end(&mut b);
            b
        })
    };
    let (out, err) = match merged {
        Some(r) => (drain(Box::new(r)), drain(Box::new(std::io::empty()))),
        None => (
            drain(Box::new(child.stdout.take().expect("piped stdout"))),
            drain(Box::new(child.stderr.take().expect("piped stderr"))),
        ),
    };
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for splitgo") {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for killed splitgo");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let text = |h: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&h.join().unwrap_or_default()).into_owned()
    };
    use std::os::unix::process::ExitStatusExt;
    Run {
        code: status.code(),
        signal: status.signal(),
        stdout: text(out),
        stderr: text(err),
        timed_out,
        elapsed: start.elapsed(),
    }
}

/// Starts `splitgo ARGS` in `dir` with stdout and stderr piped, for tests
/// that talk to the running program (signals, output while it runs).
pub fn splitgo_child(dir: &Path, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_splitgo"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start splitgo")
}

/// A fresh directory under the system's temp dir, removed when dropped.
pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    /// A new empty directory; `tag` makes its name readable.
    pub fn new(tag: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("splitgo-test-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch { dir }
    }

    /// Writes `name` (relative, may contain `/`) and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent dir");
        }
        std::fs::write(&path, bytes).expect("write scratch file");
        path
    }

    /// The path of `name` inside the directory, as a string.
    pub fn path(&self, name: &str) -> String {
        self.dir.join(name).to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A xorshift64 generator: the same bytes on every run, no dependency.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
