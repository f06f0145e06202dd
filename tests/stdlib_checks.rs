//! Every package of splitgo's stdlib (Go source, stdlib/go/) passes the
//! checker: a program importing all of them checks cleanly, and so does one
//! that uses a sample of their API.

mod common;

use common::{splitgo_in, Scratch};

#[test]
fn every_stdlib_package_checks() {
    let mut src = String::from("package main\n\nimport (\n");
    for p in splitgo_stdlib::packages() {
        src.push_str(&format!("\t_ {p:?}\n"));
    }
    src.push_str(")\n\nfunc main() {}\n");
    let s = Scratch::new("stdlib");
    s.write("all.go", &src);
    let run = splitgo_in(&s.dir, &["check", "--short", "all.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stderr, "");
}

#[test]
fn stdlib_api_sample_checks() {
    let src = r#"package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

var _ fmt.Stringer = celsius(0)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			fmt.Println(i, strings.Repeat("*", i))
		}(i)
	}
	wg.Wait()
	err := errors.New("boom")
	if err != nil {
		fmt.Printf("%v %.3f %d\n", err, math.Sqrt(2), utf8.RuneLen('é'))
	}
	n, err := strconv.Atoi("42")
	start := time.Now()
	time.Sleep(time.Millisecond)
	fmt.Println(n, err, time.Since(start) > 0, runtime.NumGoroutine())
	debug.SetMaxStack(1 << 20)
	if len(os.Args) > 10 {
		os.Exit(3)
	}
}
"#;
    let s = Scratch::new("stdlib-api");
    s.write("api.go", src);
    let run = splitgo_in(&s.dir, &["check", "--short", "api.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stderr, "");
}

/// The stdlib's Go files are laid out as gofmt lays them out (the tool
/// comes with Go, which scripts/test installs; without it the check skips
/// and says so).
#[test]
fn stdlib_sources_are_gofmt_clean() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/stdlib/go");
    let out = match std::process::Command::new("gofmt")
        .arg("-l")
        .arg(dir)
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipping: gofmt is not installed ({e})");
            return;
        }
    };
    assert!(
        out.status.success(),
        "gofmt failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.is_empty(),
        "not gofmt-clean (run gofmt -w):\n{listed}"
    );
}
