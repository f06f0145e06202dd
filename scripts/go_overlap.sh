#!/bin/bash
# Lines of stdlib/go/ that are identical to lines of Go 1.19's own package
# sources (Debian's golang-1.19-src): comment lines of 40+ characters and
# code lines of 30+ characters, per file, most first. The project writes its
# own code and prose; this measures how far stdlib/go is from that.
# Usage: scripts/go_overlap.sh [GOROOT]   (default /usr/lib/go-1.19)
set -uo pipefail
export LC_ALL=C
root=${1:-/usr/lib/go-1.19}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find -L "$root/src/" -name '*.go' ! -name '*_test.go' -path '*/src/*' \
  ! -path '*/cmd/*' ! -path '*/testdata/*' -print0 |
  xargs -0 cat | sed 's/^[[:space:]]*//' > "$tmp/all"
grep -aE '^//.{40,}' "$tmp/all" | sort -u > "$tmp/comments"
grep -aE '^[^/[:space:]].{30,}' "$tmp/all" | sort -u > "$tmp/code"
printf '%-45s %14s %14s\n' file "comments same" "code same"
git ls-files 'stdlib/go/*.go' | while read -r f; do
  c=$(sed 's/^[[:space:]]*//' "$f" | grep -aE '^//.{40,}' | sort -u | comm -12 - "$tmp/comments" | wc -l)
  k=$(sed 's/^[[:space:]]*//' "$f" | grep -aE '^[^/[:space:]].{30,}' | sort -u | comm -12 - "$tmp/code" | wc -l)
  kt=$(sed 's/^[[:space:]]*//' "$f" | grep -acE '^[^/[:space:]].{30,}' || true)
  [ "$c" -gt 0 ] || [ "$k" -gt 0 ] && printf '%-45s %14s %14s\n' "$f" "$c" "$k/$kt"
done | sort -k3 -t' ' -rn
