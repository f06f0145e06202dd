//! The runtime: goroutines, stack segments, scheduler, heap, traces (DESIGN §2, §5-§9). Empty until the JIT and runtime issue.
