//! Running a program: the main goroutine through every initializer and
//! `main.main` in the executor's loop, then why it stopped and with which
//! exit status.

use super::*;

/// Runs the program of `image` (with `args` as os.Args, the program's
/// name first) and returns its exit status: 0, os.Exit's code, or 2 after
/// a panic or a fatal error. Everything the program wrote is flushed
/// before anything of the runtime's is printed.
pub fn run(image: &Image<'_>, args: &[String]) -> i32 {
    let mut cfg = StackConfig::from_env(Word::W8);
    let badsplit = debug_flag("badsplit");
    let oldstackfault = debug_flag("oldstackfault");
    // These modes act inside newstack and oldstack: every crossing must
    // reach them. slowsplit turns the stubs' fast path off to measure it.
    cfg.fast_split = !(badsplit || oldstackfault || debug_flag("slowsplit"));
    crate::goroot::capture();
    // Segments grow in place before they split (stack/segment.rs:
    // EXTEND_TO), unless a debug mode wants every split, or the address
    // space is limited (ulimit -v): the room is reserved up front.
    let extend = !(badsplit || oldstackfault || debug_flag("noextend"))
        && crate::sysmem::address_space_unlimited();
    let extend_to = if extend { crate::stack::EXTEND_TO } else { 0 };
    // Goroutines of `go` statements start on 2 KiB pieces of shared slabs
    // (stack/segment.rs: SMALL_FIRST), unless SPLITGO_STACKMIN asks for
    // first segments of its size, or a debug mode for the split machinery
    // is on.
    let small = std::env::var_os("SPLITGO_STACKMIN").is_none()
        && !(badsplit || oldstackfault || debug_flag("nosmallfirst"));
    let cache = StackCache::new(cfg.stack_min, Placement::Anywhere)
        .with_extend_to(extend_to)
        .with_small_first(small);
    // SAFETY: the runtime accesses only its G records, stack segments
    // mapped by its cache, heap chunks and the program's own memory
    // (globals, data), all mapped read-write for the whole run; the code is
    // read only through `rewind`, within the code range.
    let mem = unsafe { NativeMem::new(Word::W8) };
    let code_lo = image.code.as_ptr().expose_provenance() as u64;
    let abi = SplitAbi {
        ret_addr_slot: true,
        sp_align: 8,
        lessstack_pc: image.lessstack,
    };
    let m = Box::new(M {
        sys_sp: 0,
        fast_splits: 0,
        fast_unsplits: 0,
        th: Thread {
            mem,
            cfg,
            cache,
            gs: Vec::new(),
            sched: Sched::new(),
            main: None,
            entries: image.entries.to_vec(),
            next_entry: 0,
            goexit: image.goexit,
            deferret: image.deferret,
            callret: image.callret,
            sigpanic: image.sigpanic,
            guest_g: std::ptr::null(),
            heap: {
                let mut h = Heap::new();
                // SPLITGO_DEBUG=heapints: wrong bits on purpose, for the
                // check's own test.
                h.all_pointers = debug_flag("heapints");
                h
            },
            maps: Maps::new(),
            itabs: crate::itab::Itabs::default(),
            runtime_errors: image.runtime_errors.to_vec(),
            out: Output::new(),
            abi,
            code: (code_lo, code_lo + image.code.len() as u64),
            stop: None,
            badsplit,
            check_maps: debug_flag("stackmaps"),
            map_checks: 0,
            global_roots: image.global_roots.clone(),
            check_heap: debug_flag("heapmaps"),
            heap_check_calls: 0,
            functab: image.functab.clone(),
            oldstackfault,
            all_traces: false,
            host: 0,
            time_slot: 0,
            format_hook: 0,
        },
    });
    let mp: *mut M = Box::into_raw(m);
    // SAFETY: mp comes from Box::into_raw above and is freed only at the
    // end of this function; no other reference exists while this one is.
    let th = unsafe { &mut (*mp).th };
    th.host = mp.expose_provenance() as u64;
    // The main goroutine, ready to run the first initializer.
    let main = match th.new_goroutine(0, false) {
        Ok(i) => i,
        Err(stop) => {
            th.stop = Some(stop);
            0
        }
    };
    th.main = Some(main);
    if th.stop.is_none() {
        th.start_next_entry();
        th.sched.queue(main);
    }
    let gp = th.gs.first().map_or(0, |g| g.gp);
    // Faults while the goroutine runs (runtime/src/signals/): the
    // handlers, a signal stack for this thread, and what the handler
    // needs to know, prepared now so that it only reads.
    let handlers = signals::Handlers::install();
    // Without our own signal stack the handler runs on whatever stack
    // this thread had, if any: worse reports, still correct panics.
    let altstack = signals::AltStack::new().ok();
    let guest = Box::new(signals::Guest {
        // SAFETY: as `mem` above.
        mem: unsafe { NativeMem::new(Word::W8) },
        functab: image.functab,
        lessstack: image.lessstack,
        goexit: image.goexit,
        sigpanic: image.sigpanic,
        g: Cell::new(gp),
        // SAFETY: mp is live (Box::into_raw above) until after `guest`
        // is dropped; the handler reads through this only while it runs.
        out: unsafe { std::ptr::addr_of_mut!((*mp).th.out) },
        cwd: std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        traceback: traceback_level(),
        running: Cell::new(false),
        fault: Cell::new(None),
    });
    th.guest_g = &guest.g;
    let registered = guest.register();
    let quit = signals::quit::Quit::install();
    let kill = signals::kill::Kill::install();
    if let Some(at) = image.os_args {
        if let Err(f) = set_os_args(th, at, args) {
            th.stop = Some(f.into());
        }
    }
    // SAFETY: G records live in `th.gs` until after sysmon is stopped
    // below; they are never freed while the program runs (a dead
    // goroutine's record is reused).
    let sysmon = unsafe {
        crate::sched::sysmon::Sysmon::start(
            std::sync::Arc::clone(&th.sched.shared),
            crate::abi::stack_preempt(Word::W8),
        )
    };

    // SAFETY: `image.enter` is the enter stub of the JIT's code, mapped
    // executable for the life of `image`; it follows the System V ABI as
    // `extern "C" fn(g, m) -> u64` (jit/src/x64/stubs.rs).
    let enter: extern "C" fn(u64, u64) -> u64 = unsafe {
        std::mem::transmute::<usize, extern "C" fn(u64, u64) -> u64>(image.enter as usize)
    };
    if th.stop.is_none() {
        let first = th.schedule();
        if first != LEAVE {
            guest.running.set(true);
            // Runs every goroutine until the program stops: each switch
            // happens inside, on the way back from a runtime entry.
            enter(first, mp.expose_provenance() as u64);
            guest.running.set(false);
        }
    }
    drop(sysmon);
    drop(quit);
    drop(kill);
    // A SIGHUP, SIGINT or SIGTERM that arrived as the program stopped
    // for another reason still ends it (gc would have died at once).
    if let Some(signo) = signals::kill::pending() {
        // SAFETY: no goroutine runs any more; mp is live until below.
        unsafe { (*mp).th.stop = Some(Stop::Signal(signo)) };
    }
    drop(registered);
    drop(guest);
    drop(altstack);
    drop(handlers);

    // SAFETY: no goroutine runs any more; this is the last use of mp.
    let m = unsafe { Box::from_raw(mp) };
    let (fast_splits, fast_unsplits) = (m.fast_splits, m.fast_unsplits);
    let mut th = m.th;
    th.guest_g = std::ptr::null();
    th.out.flush();
    let code = finish(&mut th, image);
    if debug_flag("stackstats") {
        // The stubs' crossings are splits and unsplits on the spare like
        // the runtime's own: the totals count both.
        let mut stats = th.cache.stats;
        stats.fast_splits = fast_splits;
        stats.fast_unsplits = fast_unsplits;
        stats.splits += fast_splits;
        stats.unsplits += fast_unsplits;
        stats.spare_hits += fast_splits;
        eprintln!("{stats}");
    }
    // The process ends when this returns (src/run.rs): the kernel takes
    // every segment back at once, where unmapping them one by one was half
    // of bench/programs/park100k.go's time (100 000 parked goroutines).
    for g in &mut th.gs {
        if let Some(gs) = g.stack.take() {
            std::mem::forget(gs);
        }
    }
    std::mem::forget(std::mem::replace(
        &mut th.cache,
        StackCache::new(th.cfg.stack_min, Placement::Anywhere),
    ));
    code
}

/// Prints why the program stopped, if it did not simply return, and says
/// with which status it exits.
pub(super) fn finish(th: &mut Thread, image: &Image<'_>) -> i32 {
    let mut text = String::new();
    let fatal = match th.stop.take() {
        None => return 0,
        Some(Stop::Exit(code)) => return code,
        Some(Stop::Signal(signo)) => {
            // run() flushed the output: die as gc would have at once.
            th.out.flush();
            signals::kill::die_from_signal(signo)
        }
        Some(Stop::Panic(msg)) => {
            text.push_str(&format!("panic: {msg}\n"));
            false
        }
        Some(Stop::Fatal(f)) => {
            text.push_str(&f.render());
            true
        }
        Some(Stop::Quit) => {
            let pc = th.mem.field(th.g().gp, g::SCHED_PC);
            text.push_str(&format!("SIGQUIT: quit\nPC={pc:#x}\n"));
            false
        }
        Some(Stop::Breakpoint) => {
            // gc's int3 in runtime.breakpoint: SIGTRAP with the kernel's
            // si_code (SI_KERNEL), then every goroutine as after a throw.
            let pc = th.mem.field(th.g().gp, g::SCHED_PC);
            text.push_str(&format!(
                "SIGTRAP: trace trap\nPC={pc:#x} m=0 sigcode=128\n"
            ));
            true
        }
    };
    let unwind = Unwind {
        mem: &th.mem,
        functab: image.functab,
        lessstack: image.lessstack,
        goexit: image.goexit,
    };
    let level = traceback_level();
    let cur = th.sched.cur;
    let running = th.sched.cur_running();
    if running {
        // The signal line when the fault is what the trace starts at (the
        // site of the newest panic, or of the throw): not after a
        // recovered fault and a later, unrelated panic.
        let pc = th.mem.field(th.g().gp, g::SCHED_PC);
        if let Some(f) = th.g().sig.filter(|f| f.pc == pc) {
            text.push_str(&format!("{}\n", signals::signal_line(&f)));
        }
    }
    if level > 0 {
        // The goroutine that stopped the program first, then, after a throw
        // (or with GOTRACEBACK=all or more), every other one (Go:
        // tracebackothers).
        let others = fatal || traceback_all() || th.all_traces;
        let order = std::iter::once(cur)
            .filter(|_| running)
            .chain((0..th.gs.len()).filter(|&i| others && !(running && i == cur)));
        for i in order {
            th.write_goroutine(&mut text, &unwind, i, fatal, level);
            // One goroutine at a time into the buffered stderr: a throw
            // with a million goroutines (out of memory) must not need
            // memory for all their traces at once.
            th.out.stderr(text.as_bytes());
            text.clear();
        }
    }
    th.out.stderr(text.as_bytes());
    th.out.flush();
    2
}

/// Stores `args` as os.Args (a `[]string`) at `at`.
pub(super) fn set_os_args(th: &mut Thread, at: u64, args: &[String]) -> Result<(), Fatal> {
    let m = &th.mem;
    // A []string's array: each header's first word is a pointer.
    let arr = th
        .heap
        .alloc_array(args.len() as u64, 16, 8, &crate::heap::Layout::Word(1))?;
    for (i, a) in args.iter().enumerate() {
        let p = th.heap.alloc_bytes(a.len() as u64, 1)?;
        m.write_bytes(p, a.as_bytes());
        m.write_word(arr + 16 * i as u64, p);
        m.write_word(arr + 16 * i as u64 + 8, a.len() as u64);
    }
    m.write_word(at, arr);
    m.write_word(at + 8, args.len() as u64);
    m.write_word(at + 16, args.len() as u64);
    Ok(())
}
