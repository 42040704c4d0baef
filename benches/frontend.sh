#!/usr/bin/env bash
# Front-end benchmark: cir end-to-end on the preprocessed SQLite amalgamation vs
# `gcc -fsyntax-only` on the same file, in the same run. Prints the median wall time and peak
# RSS of each, their ratios, and where cir's time goes (parse / lower / render).
#
# usage: bash benches/frontend.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
cargo build --release --quiet
CIR=target/release/cir
SQ=$(cargo metadata --format-version 1 2>/dev/null | python3 -c '
import json,sys
m=json.load(sys.stdin)
for p in m["packages"]:
    if p["name"]=="libsqlite3-sys":
        import os; print(os.path.join(os.path.dirname(p["manifest_path"]),"sqlite3"))')
[ -f "$SQ/sqlite3.c" ] || { echo "sqlite3.c not found (cargo fetch?)"; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
gcc -E -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_MATH_FUNCTIONS "$SQ/sqlite3.c" -o "$WORK/sqlite3.i"
echo "input: preprocessed sqlite3.c, $(wc -c < "$WORK/sqlite3.i") bytes, $(wc -l < "$WORK/sqlite3.i") lines"

measure() { # prints "wall_seconds max_rss_kb" of a command
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" > /dev/null 2>> "$WORK/err"
    cat "$WORK/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$WORK/cir"; : > "$WORK/gcc"; : > "$WORK/phases"
for i in $(seq "$RUNS"); do
    measure gcc -fsyntax-only -w "$WORK/sqlite3.i" >> "$WORK/gcc"
    measure "$CIR" "$WORK/sqlite3.i" -o "$WORK/out.c" --time >> "$WORK/cir"
    grep -o 'parse [0-9.]*s, lower [0-9.]*s, render [0-9.]*s' "$WORK/err" | tail -1 >> "$WORK/phases"
done
gt=$(awk '{print $1}' "$WORK/gcc" | median); gm=$(awk '{print $2}' "$WORK/gcc" | median)
ct=$(awk '{print $1}' "$WORK/cir" | median); cm=$(awk '{print $2}' "$WORK/cir" | median)
printf "gcc -fsyntax-only: %6.3f s  %7.1f MB   (median of %d)\n" "$gt" "$(echo "$gm/1024" | bc -l)" "$RUNS"
printf "cir end-to-end:    %6.3f s  %7.1f MB\n" "$ct" "$(echo "$cm/1024" | bc -l)"
printf "ratio cir/gcc:     time %.2fx (target <= 2.0x), memory %.2fx (target <= 3x)\n" \
    "$(echo "$ct/$gt" | bc -l)" "$(echo "$cm/$gm" | bc -l)"
echo "cir phases (last run; parse runs on a second thread, lower overlaps it and shows only the remainder):"
tail -1 "$WORK/phases" | sed 's/^/  /'
