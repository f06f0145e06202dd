#!/bin/sh
# Regenerates tests/gcwords/gc1.19.txt: for each bad program in
# tests/gcwords, the first diagnostic gc 1.19 reports (its first line and
# any tab-indented lines continuing it), as `NAME.go:LINE:COL: message`.
# tests/gc_words.rs compares splitgo's first diagnostic with these lines.
# Needs Go 1.19 (`go version`); run from anywhere.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dir="$here/tests/gcwords"
out="$dir/gc1.19.txt"
go version | grep -q 'go1\.19' || { echo "needs Go 1.19" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/all"
for f in "$dir"/*.go; do
    name=$(basename "$f")
    rm -rf "$tmp/p" && mkdir "$tmp/p"
    cp "$f" "$tmp/p/$name"
    # The first diagnostic: gc's header line dropped, its "./" stripped,
    # continuation lines (starting with a tab) kept with it.
    (cd "$tmp/p" && GO111MODULE=off GOCACHE="$tmp/cache" \
        go build -gcflags=-e -o /dev/null "$name" 2>&1 || true) |
        awk 'NR == 1 && /^#/ { next }
             n == 0 { sub(/^\.\//, ""); print; n = 1; next }
             /^\t/ { print; next }
             { exit }' > "$tmp/one"
    if [ ! -s "$tmp/one" ]; then
        echo "$name: accepted" >> "$tmp/all"
    else
        cat "$tmp/one" >> "$tmp/all"
    fi
done
mv "$tmp/all" "$out"
echo "wrote $out"
