#!/usr/bin/env python3
"""Times splitgo against the peers a user would choose instead (DESIGN §11).

For each program in bench/programs/ it runs, side by side in one run:
  splitgo   `splitgo run prog.go` (JIT compile included: what a user waits for)
  gc        the binary `go build` made (compile time excluded), and `go run`
  gccgo     the binary gccgo made (it also uses split stacks), when installed
  yaegi     the Go interpreter, when installed
Each command runs --runs times (default 5); the median wall time is shown
with the ratio to splitgo, then the peak resident memory (the largest
ru_maxrss of the runs) with the same ratio. Outputs must agree, or the
program is marked. Peers that are not installed are skipped, saying so.
A program whose first line is `// stdin: N MB` reads N megabytes of text
on stdin: lines of words drawn from a fixed vocabulary by a fixed
pseudo-random sequence, made once per run of this script, the same for
every peer.
Then bench/sweep/depth.go times a small call at every depth 0-1000 under
splitgo, gc and gccgo (best and worst depth, worst/best), issue 12's
targets are shown as splitgo / peer, and JIT speed is measured on the
20 000-line program bench/gogen.rs generates (lines per second, beside
go build and gccgo of the same file).
Each run is killed after --timeout seconds; --skip leaves out peers (go,
go-run, gccgo, yaegi) or sections (sweep, jit, latency).
Last, bench/latency/preempt.go reports each runtime's preemption latency
and bench/latency/sleep_spinners.go how late a 50 ms sleep returns among
1000 spinning goroutines (each prints its own figures, the peers' medians
also as a multiple of splitgo's; a runtime that never preempts a loop
without calls is killed after 10 s and shown as such).

    python3 bench/compare.py [--runs N] [--timeout S] [--skip WHAT,...] [PROGRAM.go ...]
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Run:
    """One finished command: wall time, exit status, output, peak RSS."""

    def __init__(self, seconds, returncode, stdout, stderr, maxrss_kb):
        self.seconds = seconds
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.maxrss_kb = maxrss_kb


def timed(cmd, cwd=None, timeout=None):
    """Runs cmd, killing it after `timeout` seconds (returncode None)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        p.returncode = None
    return Run(time.perf_counter() - start, p.returncode, out, err, None)


GNU_TIME = "/usr/bin/time"


def run_with_rss(cmd, cwd=None, stdin=None, timeout=None, env=None):
    """Runs cmd to the end and measures its peak RSS in kilobytes: through
    GNU time when installed (bench/setup installs it), else from wait4's
    ru_maxrss, which also counts the forked Python before exec (so small
    figures read about 15 MB). After `timeout` seconds the command is
    killed and the run's returncode is None."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe, \
            tempfile.NamedTemporaryFile("r") as fr:
        use_time = os.path.exists(GNU_TIME)
        full = [GNU_TIME, "-f", "%M", "-o", fr.name] + cmd if use_time else cmd
        fi = open(stdin, "rb") if stdin else subprocess.DEVNULL
        p = subprocess.Popen(full, cwd=cwd, stdin=fi, stdout=fo, stderr=fe,
                             start_new_session=True, env=env)
        if stdin:
            fi.close()
        # GNU time runs the command as its child: kill the whole group.
        killer = threading.Timer(timeout, os.killpg, (p.pid, signal.SIGKILL)) if timeout else None
        if killer:
            killer.start()
        _, status, ru = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if killer:
            killer.cancel()
            if timeout and elapsed >= timeout:
                code = None
        rss = ru.ru_maxrss
        if use_time:
            lines = fr.read().split()
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else rss
        fo.seek(0)
        fe.seek(0)
        return Run(elapsed, code, fo.read(), fe.read(), rss)


def median_run(cmd, runs, cwd=None, stdin=None, timeout=None, env=None):
    times, out, rss = [], None, 0
    for _ in range(runs):
        r = run_with_rss(cmd, cwd, stdin, timeout, env)
        if r.returncode is None:
            return None, f"killed after {timeout} s", None
        if r.returncode != 0:
            return None, f"exit {r.returncode}: {r.stderr.decode(errors='replace')[:200]}", None
        times.append(r.seconds)
        out = r.stdout
        rss = max(rss, r.maxrss_kb)
    return statistics.median(times), out, rss


WORDS = ("the of and to in is it that was for on are with as be at by this had not but "
         "from or have an they which one you were her all she there would their we him "
         "been has when who will more no if out so said what up its about into than them "
         "can only other new some could time these two may then do first any my now such "
         "like our over man me even most made after also did many before must through "
         "segment stack goroutine split morestack newstack oldstack").split()


def stdin_megabytes(prog):
    """N from a first line `// stdin: N MB`, or None."""
    with open(prog) as f:
        first = f.readline().split()
    if len(first) == 4 and first[:2] == ["//", "stdin:"] and first[3] == "MB":
        return int(first[2])
    return None


def make_input(tmp, megabytes):
    """The text fed to programs that read stdin: a megabyte of lines of 1
    to 12 words, chosen by a fixed linear congruential sequence, written
    `megabytes` times."""
    path = os.path.join(tmp, f"input-{megabytes}MB.txt")
    if os.path.exists(path):
        return path
    x, lines, size = 1, [], 0
    while size < 1 << 20:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        words = []
        for _ in range(1 + (x >> 33) % 12):
            x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            words.append(WORDS[(x >> 33) % len(WORDS)])
        lines.append(" ".join(words) + "\n")
        size += len(lines[-1])
    chunk = "".join(lines).encode()
    with open(path, "wb") as f:
        for _ in range(megabytes):
            f.write(chunk)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120,
                    help="seconds after which one run of a program is killed")
    ap.add_argument("--skip", action="append", default=[],
                    help="peers to leave out (go, go-run, gccgo, yaegi), or the "
                         "extra sections (latency, sweep, jit); repeatable, or comma-separated")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    skip = {w for arg in args.skip for w in arg.split(",") if w}
    progs = [os.path.abspath(p) for p in args.programs] or sorted(
        os.path.join(ROOT, "bench", "programs", f)
        for f in os.listdir(os.path.join(ROOT, "bench", "programs"))
        if f.endswith(".go")
    )
    print("building splitgo (release)...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    splitgo = os.path.join(ROOT, "target", "release", "splitgo")
    have = {name: shutil.which(name) for name in ["go", "gccgo", "yaegi"]}
    for name in list(have):
        if name in skip:
            have[name] = None
    for name, path in have.items():
        if not path and name not in skip:
            print(f"note: {name} is not installed; its column is skipped", file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="splitgo-bench-")
    env_go = dict(os.environ, GO111MODULE="off", GOCACHE=os.path.join(tmp, "gocache"))
    rows = []
    for prog in progs:
        name = os.path.basename(prog)[:-3]
        row = {"program": name}
        mem = {}
        mb = stdin_megabytes(prog)
        stdin = make_input(tmp, mb) if mb else None
        t, out, mem["splitgo"] = median_run([splitgo, "run", prog], args.runs, stdin=stdin,
                                            timeout=args.timeout)
        row["splitgo"] = t
        ref = out
        if name == "hotsplit":
            # The same loop with the segment never grown in place: every
            # call crosses into a new segment (10 million crossings).
            t, _, _ = median_run([splitgo, "run", prog], args.runs, timeout=args.timeout,
                                 env=dict(os.environ, SPLITGO_DEBUG="noextend"))
            row["crossing"] = t
        if have["go"]:
            exe = os.path.join(tmp, name + ".gc")
            subprocess.run(["go", "build", "-o", exe, prog], env=env_go, check=True)
            t, o, mem["gc"] = median_run([exe], args.runs, stdin=stdin, timeout=args.timeout)
            row["gc"] = t
            row.setdefault("differ", []).extend([] if o == ref else ["gc"])
            if "go-run" not in skip:
                t, o, _ = median_run(["go", "run", prog], max(1, args.runs // 2), cwd=tmp,
                                     stdin=stdin, timeout=args.timeout)
                row["go run"] = t
        if have["gccgo"]:
            exe = os.path.join(tmp, name + ".gccgo")
            if subprocess.run(["gccgo", "-O2", "-o", exe, prog]).returncode == 0:
                t, o, mem["gccgo"] = median_run([exe], args.runs, stdin=stdin,
                                                timeout=args.timeout)
                row["gccgo"] = t
                row.setdefault("differ", []).extend([] if o == ref else ["gccgo"])
        if have["yaegi"]:
            t, o, mem["yaegi"] = median_run(["yaegi", "run", prog], max(1, args.runs // 2),
                                            stdin=stdin, timeout=args.timeout)
            row["yaegi"] = t if t is not None else o
            if t is not None:
                row.setdefault("differ", []).extend([] if o == ref else ["yaegi"])
        row["mem"] = mem
        rows.append(row)
    cols = ["splitgo", "gc", "go run", "gccgo", "yaegi"]
    print(f"{'program':<13}" + "".join(f"{c:>18}" for c in cols) + "  outputs")
    for r in rows:
        base = r.get("splitgo")
        line = f"{r['program']:<13}"
        for c in cols:
            v = r.get(c)
            if isinstance(v, float) and isinstance(base, float):
                ratio = v / base
                line += f"{v * 1000:>9.1f}ms x{ratio:>5.2f} " if c != "splitgo" else f"{v * 1000:>17.1f}ms"
            elif isinstance(v, str):
                line += f"{'error':>18}"
            else:
                line += f"{'-':>18}"
        differ = r.get("differ", [])
        line += f"  {', '.join(differ)} DIFFER" if differ else "  agree"
        print(line)
    print("(xN = peer time / splitgo time: above 1 means splitgo is faster)")
    print()
    mcols = ["splitgo", "gc", "gccgo", "yaegi"]
    print(f"{'peak RSS':<13}" + "".join(f"{c:>18}" for c in mcols))
    for r in rows:
        base = r["mem"].get("splitgo")
        line = f"{r['program']:<13}"
        for c in mcols:
            v = r["mem"].get(c)
            if v and base and c != "splitgo":
                line += f"{v / 1024:>9.1f}MB x{v / base:>5.2f} "
            elif v:
                line += f"{v / 1024:>16.1f}MB"
            else:
                line += f"{'-':>18}"
        print(line)
    print("(xN = peer peak RSS / splitgo's: above 1 means splitgo uses less)")
    print()
    sweep = None
    if "sweep" not in skip:
        sweep = depth_sweep(splitgo, have, tmp, env_go)
    targets(rows, sweep)
    if "jit" not in skip:
        jit_speed(splitgo, have, tmp, env_go, args.runs)
    if "latency" not in skip:
        latency(splitgo, have, tmp, env_go)
    shutil.rmtree(tmp, ignore_errors=True)


def build_peers(prog, name, have, tmp, env_go):
    """(peer, command) for prog under splitgo's peers that are installed:
    gc's binary and gccgo's (-O2)."""
    cmds = []
    if have["go"]:
        exe = os.path.join(tmp, name + ".gc")
        subprocess.run(["go", "build", "-o", exe, prog], env=env_go, check=True)
        cmds.append(("gc", [exe]))
    if have["gccgo"]:
        exe = os.path.join(tmp, name + ".gccgo")
        if subprocess.run(["gccgo", "-O2", "-o", exe, prog]).returncode == 0:
            cmds.append(("gccgo", [exe]))
    return cmds


def depth_sweep(splitgo, have, tmp, env_go):
    """bench/sweep/depth.go under splitgo, gc and gccgo: a small call made
    in a loop at every depth 0-1000, each depth's best of five passes. Each
    runtime prints its best and worst depth; the peers' best ns/call is
    also shown as a multiple of splitgo's. Returns {peer: (best ns/call,
    worst/best)} for the targets table."""
    prog = os.path.join(ROOT, "bench", "sweep", "depth.go")
    print("per-depth sweep (bench/sweep/depth.go: 20 000 calls at each depth 0-1000):")
    cmds = [("splitgo", [splitgo, "run", prog])] + build_peers(prog, "depth", have, tmp,
                                                                env_go)
    found = {}
    for peer, cmd in cmds:
        r = timed(cmd, timeout=60)
        ratio = ""
        if r.returncode is None:
            what = "killed after 60 s"
        elif r.returncode != 0:
            what = f"exit {r.returncode}: {r.stderr.decode(errors='replace')[:200]}"
        else:
            what = r.stdout.decode(errors="replace").strip()
            got = sweep_figures(what)
            if got:
                found[peer] = got
                base = found.get("splitgo")
                if peer != "splitgo" and base:
                    ratio = f"  (best x{got[0] / base[0]:.2f} splitgo's)"
        print(f"  {peer:<8} {what}{ratio}")
    print()
    return found


def sweep_figures(line):
    """(best ns/call, worst/best) from depth.go's line, or None."""
    words = line.replace(",", "").split()
    try:
        return float(words[words.index("best") + 1]), float(words[-1])
    except (ValueError, IndexError):
        return None


# Issue 12's targets: splitgo's median time at most this multiple of gc's
# (the binary's, compile excluded). spawn has a memory target too.
TARGETS = {"fib": 1.3, "fannkuch": 1.5, "nbody": 1.5, "spectralnorm": 1.5, "sieve": 1.0,
           "deep": 1.0, "spawn": 1.0, "hotsplit": 2.0}


def targets(rows, sweep):
    """The figures issue 12 sets targets for, as splitgo / peer (below 1
    means splitgo is faster), next to the target for splitgo / gc."""
    print("issue 12 targets (splitgo / peer: below 1 means splitgo is faster):")
    print(f"  {'':<24}{'/ gc':>9}{'/ gccgo':>9}{'target':>9}")

    def line(what, gc, gccgo, target):
        cells = "".join(f"{v:>9.2f}" if v else f"{'-':>9}" for v in (gc, gccgo))
        met = "" if gc is None else ("  met" if gc <= target else "  not yet")
        print(f"  {what:<24}{cells}{'<= ' + format(target, '.1f'):>9}{met}")

    for r in rows:
        target = TARGETS.get(r["program"])
        base = r.get("splitgo")
        if target is None or not isinstance(base, float):
            continue
        ratio = {p: base / r[p] if isinstance(r.get(p), float) else None
                 for p in ("gc", "gccgo")}
        line(r["program"] + " time", ratio["gc"], ratio["gccgo"], target)
        if isinstance(r.get("crossing"), float):
            cross = {p: r["crossing"] / r[p] if isinstance(r.get(p), float) else None
                     for p in ("gc", "gccgo")}
            line("hotsplit, all crossing", cross["gc"], cross["gccgo"], target)
        if r["program"] == "spawn":
            m = r["mem"]
            mratio = {p: m["splitgo"] / m[p] if m.get(p) and m.get("splitgo") else None
                      for p in ("gc", "gccgo")}
            line("spawn memory", mratio["gc"], mratio["gccgo"], target)
    if sweep and "splitgo" in sweep:
        best, spread = sweep["splitgo"]
        peer = {p: best / sweep[p][0] if p in sweep else None for p in ("gc", "gccgo")}
        line("sweep best ns/call", peer["gc"], peer["gccgo"], 1.5)
        # The spread is splitgo's own (worst/best), not a ratio to a peer.
        print(f"  {'sweep worst/best':<24}{spread:>9.2f}{'':>9}{'<= 1.5':>9}"
              f"{'  met' if spread <= 1.5 else '  not yet'}"
              f"   (gc {sweep['gc'][1] if 'gc' in sweep else '-'},"
              f" gccgo {sweep['gccgo'][1] if 'gccgo' in sweep else '-'})")
    print()


def jit_speed(splitgo, have, tmp, env_go, runs):
    """How fast splitgo turns source into running code: the 20 000-line
    program bench/gogen.rs generates (the one bench/check.rs checks), run
    `runs` times after a warm-up with SPLITGO_PHASES=1. Lines per second
    of the whole run (start, build, the program's few ms of work, exit)
    and of the build phases alone (parse, check, lower, compile). gc's
    figure is `go build` of the same file (compile and link; the standard
    library comes from the build cache, the program's own package is
    compiled each time: a comment line changes between builds), gccgo's
    `gccgo -O2` of it (one build)."""
    prog = os.path.join(tmp, "big.go")
    with open(prog, "wb") as f:
        subprocess.run(["cargo", "run", "--release", "-q", "--example", "gen_big", "20000"],
                       cwd=ROOT, stdout=f, check=True)
    with open(prog) as f:
        src = f.read()
    lines = src.count("\n")
    print(f"JIT speed ({lines} generated lines, bench/gogen.rs; median of {runs}):")
    env = dict(os.environ, SPLITGO_PHASES="1")
    walls, builds = [], []
    for i in range(runs + 1):
        start = time.perf_counter()
        p = subprocess.run([splitgo, "run", prog], env=env, capture_output=True)
        wall = time.perf_counter() - start
        if p.returncode != 0:
            print(f"  splitgo  exit {p.returncode}: {p.stderr.decode(errors='replace')[:200]}")
            return
        phases = phase_ms(p.stderr.decode(errors="replace"))
        if i > 0:
            walls.append(wall)
            builds.append(sum(phases.values()) / 1000)
    wall, build = statistics.median(walls), statistics.median(builds)
    print(f"  splitgo  {lines / wall:>10.0f} lines/s  whole run {wall * 1000:.1f} ms;"
          f" {lines / build:>10.0f} lines/s  build phases {build * 1000:.1f} ms")
    if have["go"]:
        exe = os.path.join(tmp, "big.gc")
        times = []
        for i in range(runs + 1):
            with open(prog, "w") as f:
                f.write(src + f"// build {i}\n")
            start = time.perf_counter()
            subprocess.run(["go", "build", "-o", exe, prog], env=env_go, check=True)
            if i > 0:
                times.append(time.perf_counter() - start)
        t = statistics.median(times)
        print(f"  gc       {lines / t:>10.0f} lines/s  go build {t * 1000:.1f} ms"
              f"  (x{t / wall:.2f} splitgo's whole run)")
    if have["gccgo"]:
        exe = os.path.join(tmp, "big.gccgo")
        start = time.perf_counter()
        r = subprocess.run(["gccgo", "-O2", "-o", exe, prog])
        t = time.perf_counter() - start
        if r.returncode == 0:
            print(f"  gccgo    {lines / t:>10.0f} lines/s  gccgo -O2 {t * 1000:.1f} ms"
                  f"  (x{t / wall:.2f} splitgo's whole run)")
    print()


def phase_ms(stderr):
    """{phase: ms} from SPLITGO_PHASES=1's lines `splitgo: PHASE: N ms`;
    the indented lines are parts of the phase after them, not counted."""
    out = {}
    for ln in stderr.splitlines():
        if ln.startswith("splitgo: ") and not ln.startswith("splitgo:  ") \
                and ln.endswith(" ms"):
            what, _, num = ln[len("splitgo: "):-3].rpartition(": ")
            try:
                out[what] = float(num)
            except ValueError:
                pass
    return out


def latency(splitgo, have, tmp, env_go):
    """Each runtime's latencies, as the programs of bench/latency/ measure
    them: each prints its own median/min/max; the peers' medians are also
    shown as a multiple of splitgo's."""
    for name, title in [
        ("preempt", "preemption latency (bench/latency/preempt.go, 50 rounds)"),
        ("sleep_spinners",
         "50 ms sleep among 1000 spinners (bench/latency/sleep_spinners.go, 10 rounds)"),
    ]:
        latency_of(name, title, splitgo, have, tmp, env_go)


def latency_of(name, title, splitgo, have, tmp, env_go):
    prog = os.path.join(ROOT, "bench", "latency", name + ".go")
    print(title + ":")
    cmds = [("splitgo", [splitgo, "run", prog])] + build_peers(prog, name, have, tmp, env_go)
    base = None
    for peer, cmd in cmds:
        r = timed(cmd, timeout=10)
        ratio = ""
        if r.returncode is None:
            what = "never preempted the loop (killed after 10 s)"
        elif r.returncode != 0:
            what = f"exit {r.returncode}"
        else:
            what = r.stdout.decode(errors="replace").strip()
            median = median_ms(what)
            if peer == "splitgo":
                base = median
            elif median is not None and base:
                ratio = f"  (x{median / base:.2f} splitgo's median)"
        print(f"  {peer:<8} {what}{ratio}")


def median_ms(line):
    """The number after "median " in a latency program's line, or None."""
    parts = line.split()
    if len(parts) > 1 and parts[0] == "median":
        try:
            return float(parts[1])
        except ValueError:
            return None
    return None


if __name__ == "__main__":
    main()
