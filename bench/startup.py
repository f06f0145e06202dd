#!/usr/bin/env python3
"""Start-up time: how long a short script takes from the command to its
exit, for splitgo against `go run` (gc, its build cache warm) and yaegi
(when installed; bench/setup installs it).

Each program of bench/startup/ runs --runs times (default 20) under each
runner, after one warm-up run; the minimum and the median wall times are
printed, and the same for CPU time (user + system, from wait4), with each
peer's minimum wall time as a multiple of splitgo's. The machine may be
shared: the minimum is the figure to compare, the median says how noisy
the runs were, and on a busy machine CPU time is the steadier figure.

splitgo runs with its package cache (the imports' export data; the
warm-up run fills it if need be), then with SPLITGO_CACHE=off (imports
parsed and checked from source, bodies only when reached), then also
with SPLITGO_EAGER=1 (every imported function parsed and checked, as
before docs/startup.md's lazy bodies), to show what each step saves.

    python3 bench/startup.py [--runs N] [PROGRAM.go ...]

The issue's targets: hello with fmt within 5 ms, a script importing ten
packages within 10 ms.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_times(cmd, runs, env=None, cwd=None):
    """(wall seconds, CPU seconds) per run of cmd (stdout discarded), after
    a warm-up run; None when it fails. CPU time is user + system of the
    process and the children it waited for (`go run`'s compiled program)."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.stderr.write(f"  {' '.join(cmd)}: exit {code}\n"
                             f"{err.decode(errors='replace')}")
            return None
        if i > 0:
            times.append((elapsed, ru.ru_utime + ru.ru_stime))
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = args.programs or sorted(glob.glob(os.path.join(ROOT, "bench/startup/*.go")))
    splitgo = os.path.join(ROOT, "target/release/splitgo")
    if not os.path.exists(splitgo):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    nocache = dict(os.environ, SPLITGO_CACHE="off")
    eager = dict(nocache, SPLITGO_EAGER="1")
    runners = [("splitgo", [splitgo, "run"], None),
               ("splitgo no cache", [splitgo, "run"], nocache),
               ("splitgo eager", [splitgo, "run"], eager)]
    for name, tool in (("go run", "go"), ("yaegi", "yaegi")):
        path = shutil.which(tool)
        if path:
            runners.append((name, [path, "run"], None))
        else:
            print(f"({tool} is not installed: bench/setup installs it)")
    print(f"{'program':<16}{'runner':<18}{'wall min':>10}{'median':>10}"
          f"{'cpu min':>10}{'median':>10}{'x splitgo':>11}   (ms)")
    for prog in programs:
        base = None
        for name, cmd, env in runners:
            times = run_times(cmd + [os.path.basename(prog)], args.runs, env=env,
                              cwd=os.path.dirname(os.path.abspath(prog)))
            if times is None:
                print(f"{os.path.basename(prog):<16}{name:<18}{'failed':>10}")
                continue
            wall = [w * 1e3 for w, _ in times]
            cpu = [c * 1e3 for _, c in times]
            if base is None:
                base = min(wall)
            print(f"{os.path.basename(prog):<16}{name:<18}{min(wall):>10.2f}"
                  f"{statistics.median(wall):>10.2f}{min(cpu):>10.2f}"
                  f"{statistics.median(cpu):>10.2f}{min(wall) / base:>10.1f}x")


if __name__ == "__main__":
    main()
