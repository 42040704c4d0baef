#!/usr/bin/env bash
# Checks every C program in the corpus:
#  - first line is a "// covers:" comment and an int main exists
#  - compiles warning-free (-Werror) with gcc -std=gnu11 at -O0 and -O2
#  - compiles warning-free with -Wall -Wextra (minus a few noisy warnings) at
#    -O0 and -O2, unless the file contains the marker "cir-check: no-wall"
#  - -O0 and -O2 binaries produce identical stdout and exit code
#  - the ASan+UBSan build runs cleanly with the same stdout and exit code
#  - each run finishes in under 0.5 s (-O0 build)
# Usage: check_corpus.sh [file.c ...]   (default: every *.c below this dir)
# Env: JOBS=n (parallelism), CC=gcc, KEEP=1 (keep temp dir)
set -u
DIR="$(cd "$(dirname "$0")" && pwd)"
CC="${CC:-gcc}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cir_corpus.XXXXXX")"
export DIR CC WORK

WALL_FLAGS="-Wall -Wextra -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable -Wno-sign-compare -Wno-missing-field-initializers -Wno-unused-function -Wno-unused-label"
export WALL_FLAGS

check_one() {
    f="$1"
    rel="${f#$DIR/}"
    id="$(echo "$rel" | tr '/.' '__')"
    t="$WORK/$id"
    mkdir -p "$t"
    base="$(basename "$f")"
    libs="-lm"
    case "$base" in
        pthread_*|tls_*) libs="-pthread -lm" ;;
    esac
    fail() { echo "FAIL $rel: $*"; exit 1; }

    head -n1 "$f" | grep -q '^// covers: .' || fail "missing '// covers:' first line"
    grep -Eq 'int[[:space:]]+main[[:space:]]*\(' "$f" || fail "no int main("

    $CC -std=gnu11 -O0 -Werror -o "$t/o0" "$f" $libs 2>"$t/cc0.err" || { cat "$t/cc0.err" | head -20; fail "-O0 compile (default warnings, -Werror)"; }
    $CC -std=gnu11 -O2 -Werror -o "$t/o2" "$f" $libs 2>"$t/cc2.err" || { cat "$t/cc2.err" | head -20; fail "-O2 compile (default warnings, -Werror)"; }
    if ! grep -q 'cir-check: no-wall' "$f"; then
        $CC -std=gnu11 $WALL_FLAGS -Werror -c -o "$t/wall0.o" "$f" 2>"$t/wall.err" || { cat "$t/wall.err" | head -20; fail "-Wall -Wextra compile (-O0)"; }
        $CC -std=gnu11 -O2 $WALL_FLAGS -Werror -c -o "$t/wall2.o" "$f" 2>"$t/wall.err" || { cat "$t/wall.err" | head -20; fail "-Wall -Wextra compile (-O2)"; }
    fi
    $CC -std=gnu11 -O0 -g -fsanitize=address,undefined -fno-sanitize-recover=all -o "$t/san" "$f" $libs 2>"$t/ccs.err" || { cat "$t/ccs.err" | head -20; fail "sanitizer compile"; }

    cd "$t" || fail "cd"
    start=$(date +%s%N)
    timeout 10 ./o0 >"$t/out0" 2>"$t/err0" </dev/null; rc0=$?
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    timeout 10 ./o2 >"$t/out2" 2>"$t/err2" </dev/null; rc2=$?
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 timeout 20 ./san >"$t/outs" 2>"$t/errs" </dev/null; rcs=$?

    [ "$rc0" -lt 124 ] || fail "-O0 run timed out or crashed (rc=$rc0)"
    [ "$ms" -le 500 ] || fail "-O0 run took ${ms} ms (> 500 ms)"
    [ "$rc0" = "$rc2" ] || fail "exit code differs: -O0 $rc0 vs -O2 $rc2"
    cmp -s "$t/out0" "$t/out2" || { diff "$t/out0" "$t/out2" | head -10; fail "stdout differs between -O0 and -O2"; }
    if grep -Eq 'runtime error|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer' "$t/errs"; then
        head -20 "$t/errs"; fail "sanitizer reported an error"
    fi
    [ "$rc0" = "$rcs" ] || { head -20 "$t/errs"; fail "sanitizer build exit code $rcs vs $rc0"; }
    cmp -s "$t/out0" "$t/outs" || { diff "$t/out0" "$t/outs" | head -10; fail "stdout differs under sanitizers"; }
    [ -s "$t/out0" ] || fail "program printed nothing"
    echo "PASS $rel (rc=$rc0, ${ms} ms, $(wc -l <"$t/out0") lines)"
}
export -f check_one

run_one() {
    rel="${1#$DIR/}"
    id="$(echo "$rel" | tr '/.' '__')"
    mkdir -p "$WORK/logs"
    ( check_one "$1" ) >"$WORK/logs/$id.log" 2>&1
    tail -n1 "$WORK/logs/$id.log"
}
export -f run_one

if [ $# -gt 0 ]; then
    files=()
    for a in "$@"; do files+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); done
else
    mapfile -t files < <(find "$DIR" -mindepth 2 -name '*.c' | sort)
fi

printf '%s\n' "${files[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one "$@"' _ {} | sort >"$WORK/results.txt"
# print full diagnostics for failures
grep -l '^FAIL' "$WORK"/logs/*.log 2>/dev/null | sort | while read -r l; do
    echo "----- $(tail -n1 "$l")"
    sed '$d' "$l" | sed 's/^/    /'
done
[ "${VERBOSE:-0}" = 1 ] && grep '^PASS' "$WORK/results.txt"
total=${#files[@]}
pass=$(grep -c '^PASS' "$WORK/results.txt")
failn=$(grep -c '^FAIL' "$WORK/results.txt")
nonzero=$(grep '^PASS' "$WORK/results.txt" | grep -vc '(rc=0,')
echo "per area:"
for d in "$DIR"/*/; do
    n=$(find "$d" -name '*.c' | wc -l)
    printf '  %-8s %d\n' "$(basename "$d")" "$n"
done
echo "SUMMARY: $pass/$total passed, $failn failed ($nonzero passing programs exit nonzero)"
[ "${KEEP:-0}" = 1 ] && echo "temp dir: $WORK" || rm -rf "$WORK"
[ "$pass" = "$total" ] && [ "$failn" = 0 ]
