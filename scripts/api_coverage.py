#!/usr/bin/env python3
"""How much of Go 1.19's exported API each package of stdlib/go/ declares.

Reads Go's API lists (api/go1*.txt of Debian's golang-1.19-src, which name
every exported func, method, type, field, const and var of every release)
and looks for a declaration of each name in stdlib/go/<pkg>/*.go. Entries
for other systems than linux are skipped. The match is textual (a
declaration of that name in the package's files), so it counts what is
declared, not whether it behaves as Go's: the tests in programs/stdlib/ do
that.

Usage: scripts/api_coverage.py [-v] [PKG...]   (default: every package)
  -v  list the missing entries
"""
import glob
import os
import re
import sys

API = "/usr/share/go-1.19/api"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stdlib", "go")


def api_entries(pkg):
    out = set()
    for f in glob.glob(os.path.join(API, "go1*.txt")):
        for line in open(f):
            m = re.match(r"pkg ([^,(]+)(?: \(([^)]*)\))?, (.*)", line.strip())
            if not m or m.group(1) != pkg:
                continue
            osarch = m.group(2)
            if osarch and not osarch.startswith("linux"):
                continue
            out.add(m.group(3))
    return out


def declared(entry, src):
    """Whether `src` (all files of the package) declares the API entry."""
    if entry.startswith("func "):
        name = re.match(r"func (\w+)", entry).group(1)
        return re.search(r"^func %s\b" % name, src, re.M) is not None
    if entry.startswith("method "):
        m = re.match(r"method \((\*?)(\w+)(?:\[[^\]]*\])?\) (\w+)", entry)
        recv, name = m.group(2), m.group(3)
        if re.search(r"^func \(\w* ?\*?%s(\[[^\]]*\])?\) %s\(" % (recv, name), src, re.M):
            return True
        # A method of an interface type, or one promoted from an embedded
        # field, is listed on the type that has it: a line naming it inside
        # a type declaration counts.
        return re.search(r"^\t%s\(" % name, src, re.M) is not None
    if entry.startswith("type "):
        m = re.match(r"type (\w+)(?:\[.*?\])? (struct, (\w+)|interface, (\w+)|.*)", entry)
        name = m.group(1)
        field = m.group(3) or m.group(4)
        if not re.search(r"(^type %s\b|^\t%s\s+(=\s*)?\S)" % (name, name), src, re.M):
            return False
        emb = re.match(r"type \w+ struct, embedded \*?(?:\w+\.)?(\w+)$", entry)
        if emb:
            # An embedded field: a line holding only its type.
            return re.search(r"^\t\*?(\w+\.)?%s\s*$" % emb.group(1), src, re.M) is not None
        if field == "Error" and m.group(4) and re.search(r"^\terror\s*$", src, re.M):
            # Error() comes with an embedded error.
            return True
        if field:
            return re.search(r"^\s+(\w+, )*%s\b" % field, src, re.M) is not None
        return True
    m = re.match(r"(const|var) (\w+)", entry)
    if m:
        name = m.group(2)
        return re.search(r"(^(const|var) %s\b|^\t%s\b)" % (name, name), src, re.M) is not None
    return False


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    pkgs = [a for a in args if a != "-v"]
    if not pkgs:
        for d, _, files in os.walk(ROOT):
            if any(f.endswith(".go") for f in files):
                pkgs.append(os.path.relpath(d, ROOT))
        pkgs.sort()
    total_have = total_all = 0
    for pkg in pkgs:
        entries = sorted(api_entries(pkg))
        src = ""
        for f in sorted(glob.glob(os.path.join(ROOT, pkg, "*.go"))):
            src += open(f).read() + "\n"
        missing = [e for e in entries if not declared(e, src)]
        have = len(entries) - len(missing)
        total_have += have
        total_all += len(entries)
        print("%-20s %4d of %4d" % (pkg, have, len(entries)))
        if verbose:
            for e in missing:
                print("    missing:", e)
    print("%-20s %4d of %4d" % ("total", total_have, total_all))


if __name__ == "__main__":
    main()
