use super::*;
use crate::functab::FuncInfo;

fn func(name: &str, entry: u64, end: u64, runtime: bool) -> FuncInfo {
    FuncInfo {
        name: name.into(),
        file: if runtime {
            String::new()
        } else {
            "x.go".into()
        },
        entry,
        end,
        body: entry + 8,
        frame_size: 16,
        arg_size: 0,
        lines: Vec::new(),
        other_files: Vec::new(),
        runtime,
        wrapper: false,
        recover: None,
        stack_maps: Default::default(),
    }
}

fn table() -> FuncTab {
    FuncTab::new(vec![
        func("runtime.lessstack", 0x1000, 0x1040, true),
        func("runtime.trampoline", 0x1040, 0x1080, true),
        func("main.f", 0x1100, 0x1200, false),
    ])
}

fn running() -> Running {
    Running {
        g: 0x5000,
        g_reg: 0x5000,
        stack0: 0x10_0000,
        stackbase: 0x10_2000,
    }
}

fn segv(pc: u64, sp: u64) -> Fault {
    Fault {
        signo: libc::SIGSEGV,
        code: 1,
        addr: 0,
        pc,
        sp,
    }
}

#[test]
fn the_table_has_one_row_per_signal() {
    for r in &SIGNALS {
        assert_eq!(row(r.signo), Some(r));
        assert_eq!(SIGNALS.iter().filter(|s| s.signo == r.signo).count(), 1);
    }
    assert_eq!(row(libc::SIGSEGV).unwrap().desc, "segmentation violation");
    assert!(row(libc::SIGINT).is_none());
}

#[test]
fn a_fault_in_go_code_of_the_goroutine_panics() {
    let t = table();
    let r = running();
    let seg = row(libc::SIGSEGV).unwrap();
    assert_eq!(
        decide(&t, seg, &segv(0x1150, 0x10_1000), Some(&r)),
        Action::SigPanic
    );
    // The first and last bytes of the function are still its own.
    assert_eq!(
        decide(&t, seg, &segv(0x1100, 0x10_1000), Some(&r)),
        Action::SigPanic
    );
    assert_eq!(
        decide(&t, seg, &segv(0x11ff, 0x10_1000), Some(&r)),
        Action::SigPanic
    );
}

#[test]
fn a_fault_in_a_stub_or_the_runtime_crashes() {
    let t = table();
    let r = running();
    let seg = row(libc::SIGSEGV).unwrap();
    // lessstack's code.
    assert_eq!(
        decide(&t, seg, &segv(0x1010, 0x10_1000), Some(&r)),
        Action::Crash
    );
    // Between functions, past the image, in Rust.
    assert_eq!(
        decide(&t, seg, &segv(0x10f0, 0x10_1000), Some(&r)),
        Action::Crash
    );
    assert_eq!(
        decide(&t, seg, &segv(0x5555_0000, 0x7ff0_0000), Some(&r)),
        Action::Crash
    );
}

#[test]
fn go_code_without_its_goroutine_or_its_stack_crashes() {
    let t = table();
    let seg = row(libc::SIGSEGV).unwrap();
    let other_g = Running {
        g_reg: 0x6000,
        ..running()
    };
    assert_eq!(
        decide(&t, seg, &segv(0x1150, 0x10_1000), Some(&other_g)),
        Action::Crash
    );
    // SP at the very bottom of the segment: no room to push sigpanic's
    // return address.
    assert_eq!(
        decide(&t, seg, &segv(0x1150, 0x10_0004), Some(&running())),
        Action::Crash
    );
    assert_eq!(
        decide(&t, seg, &segv(0x1150, 0x20_0000), Some(&running())),
        Action::Crash
    );
}

#[test]
fn no_goroutine_running_forwards() {
    let t = table();
    let seg = row(libc::SIGSEGV).unwrap();
    assert_eq!(
        decide(&t, seg, &segv(0x1150, 0x10_1000), None),
        Action::Forward
    );
}

#[test]
fn sigpanic_messages_are_gos() {
    assert_eq!(
        panic_error(&segv(0x1150, 0)),
        Ok("runtime error: invalid memory address or nil pointer dereference")
    );
    let far = Fault {
        addr: 0xdead_0000,
        ..segv(0x1150, 0)
    };
    let f = panic_error(&far).unwrap_err();
    assert_eq!(
        f.render(),
        "unexpected fault address 0xdead0000\nfatal error: fault\n"
    );
    let fpe = Fault {
        signo: libc::SIGFPE,
        ..segv(0x1150, 0)
    };
    assert_eq!(
        panic_error(&fpe),
        Ok("runtime error: integer divide by zero")
    );
}

#[test]
fn the_signal_line_is_the_modern_form() {
    let f = Fault {
        addr: 0x8,
        ..segv(0x4a2b, 0)
    };
    assert_eq!(
        signal_line(&f).to_string(),
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x4a2b]"
    );
}
