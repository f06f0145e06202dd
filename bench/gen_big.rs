//! `cargo run --example gen_big [LINES] > big.go`: writes the program that
//! bench/check.rs times (20 000 lines unless told), for a look or for
//! `go vet big.go`.

#[path = "gogen.rs"]
mod gogen;

use std::io::Write;

fn main() {
    let lines = match std::env::args().nth(1) {
        None => 20_000,
        Some(arg) => match arg.parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!("gen_big: LINES must be a number, not {arg:?}");
                std::process::exit(2);
            }
        },
    };
    let src = gogen::program(lines);
    if std::io::stdout().write_all(src.as_bytes()).is_err() {
        std::process::exit(1);
    }
}
