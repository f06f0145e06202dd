#!/usr/bin/env python3
"""Times splitgo against the peers a user would choose instead (DESIGN §11).

For each program in bench/programs/ it runs, side by side in one run:
  splitgo   `splitgo run prog.go` (JIT compile included: what a user waits for)
  gc        the binary `go build` made (compile time excluded), and `go run`
  gccgo     the binary gccgo made (it also uses split stacks), when installed
  yaegi     the Go interpreter, when installed
Each command runs --runs times (default 5); the median wall time is shown
with the ratio to splitgo. Outputs must agree, or the program is marked.
Peers that are not installed are skipped, saying so.

    python3 bench/compare.py [--runs N] [PROGRAM.go ...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, cwd=None):
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True)
    return time.perf_counter() - start, p


def median_run(cmd, runs, cwd=None):
    times, out = [], None
    for _ in range(runs):
        t, p = timed(cmd, cwd)
        if p.returncode != 0:
            return None, f"exit {p.returncode}: {p.stderr.decode(errors='replace')[:200]}"
        times.append(t)
        out = p.stdout
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or sorted(
        os.path.join(ROOT, "bench", "programs", f)
        for f in os.listdir(os.path.join(ROOT, "bench", "programs"))
        if f.endswith(".go")
    )
    print("building splitgo (release)...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    splitgo = os.path.join(ROOT, "target", "release", "splitgo")
    have = {name: shutil.which(name) for name in ["go", "gccgo", "yaegi"]}
    for name, path in have.items():
        if not path:
            print(f"note: {name} is not installed; its column is skipped", file=sys.stderr)
    tmp = tempfile.mkdtemp(prefix="splitgo-bench-")
    env_go = dict(os.environ, GO111MODULE="off", GOCACHE=os.path.join(tmp, "gocache"))
    rows = []
    for prog in progs:
        name = os.path.basename(prog)[:-3]
        row = {"program": name}
        t, out = median_run([splitgo, "run", prog], args.runs)
        row["splitgo"] = t
        ref = out
        if have["go"]:
            exe = os.path.join(tmp, name + ".gc")
            subprocess.run(["go", "build", "-o", exe, prog], env=env_go, check=True)
            t, o = median_run([exe], args.runs)
            row["gc"] = t
            row["agree"] = o == ref
            t, o = median_run(["go", "run", prog], max(1, args.runs // 2), cwd=tmp)
            row["go run"] = t
        if have["gccgo"]:
            exe = os.path.join(tmp, name + ".gccgo")
            if subprocess.run(["gccgo", "-O2", "-o", exe, prog]).returncode == 0:
                t, o = median_run([exe], args.runs)
                row["gccgo"] = t
                row["agree"] = row.get("agree", True) and o == ref
        if have["yaegi"]:
            t, o = median_run(["yaegi", "run", prog], max(1, args.runs // 2))
            row["yaegi"] = t if t is not None else o
            if t is not None:
                row["agree"] = row.get("agree", True) and o == ref
        rows.append(row)
    cols = ["splitgo", "gc", "go run", "gccgo", "yaegi"]
    print(f"{'program':<10}" + "".join(f"{c:>18}" for c in cols) + "  outputs")
    for r in rows:
        base = r.get("splitgo")
        line = f"{r['program']:<10}"
        for c in cols:
            v = r.get(c)
            if isinstance(v, float) and isinstance(base, float):
                ratio = v / base
                line += f"{v * 1000:>9.1f}ms x{ratio:>5.2f} " if c != "splitgo" else f"{v * 1000:>17.1f}ms"
            elif isinstance(v, str):
                line += f"{'error':>18}"
            else:
                line += f"{'-':>18}"
        line += "  agree" if r.get("agree", True) else "  DIFFER"
        print(line)
    print("(xN = peer time / splitgo time: above 1 means splitgo is faster)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
