#!/usr/bin/env bash
# briefing against Hugo on the same synthetic dossier, in one run on this machine.
#
#   benches/vs_hugo.sh [--n N] [--runs R] [--with-100k] [--keep DIR] [--baseline BIN]
#
# Generates N articles (default 10,000) with ../shared/bench/gen_corpus.py (the same articles
# as a briefing dossier and as a Hugo site), builds briefing's with our release binary and
# Hugo's with Debian's `hugo`, and prints the issue's targets as ratios measured in this run:
# wall time against Hugo's and against `cp -r` of our own output tree, peak memory, output
# bytes against Hugo's, one thread against two, and whether one- and two-thread output are
# byte-identical. `--with-100k` adds a 100,000-article run for the linearity figure.
# `--baseline BIN` also builds with another briefing binary (an older build) in the same run,
# and prints our time and peak memory against it.
# Timings are the best of R runs (default 2); peak memory is the largest of them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=10000
RUNS=2
BIG=0
KEEP=""
BASE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --n) N=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --with-100k) BIG=1; shift ;;
    --keep) KEEP=$2; shift 2 ;;
    --baseline) BASE=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
GEN=${GEN_CORPUS:-$ROOT/../../shared/bench/gen_corpus.py}
[ -f "$GEN" ] || GEN=/work/shared/bench/gen_corpus.py
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --bin briefing
BIN=$ROOT/target/release/briefing
WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK"
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT

# run LABEL CMD...: runs CMD under /usr/bin/time, appends "wall_s peak_kib" to $WORK/LABEL.
run() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$WORK/.t" "$@" >/dev/null 2>"$WORK/.err" || {
    cat "$WORK/.err" >&2; echo "failed: $*" >&2; exit 1; }
  cat "$WORK/.t" >>"$WORK/$label"
}
best() { sort -n "$WORK/$1" | head -1 | cut -d' ' -f1; }
peak_mib() { cut -d' ' -f2 "$WORK/$1" | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}'; }
bytes() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
files() { find "$1" -type f | wc -l; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a/b; else print "inf" }'; }

bench() {
  local n=$1 dir=$WORK/n$1
  rm -rf "$dir"
  python3 "$GEN" "$n" "$dir" >/dev/null
  rm -f "$WORK"/{ours2,ours1,hugo,cp,base}.$n
  for _ in $(seq "$RUNS"); do
    rm -rf "$dir/out2" "$dir/hugo-out" "$dir/copy" "$dir/out-base"
    if [ -n "$BASE" ]; then
      sync
      RAYON_NUM_THREADS=2 run "base.$n" "$BASE" --quiet build --root "$dir/briefing" --output "$dir/out-base"
    fi
    sync
    run "hugo.$n" hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
    sync
    RAYON_NUM_THREADS=2 run "ours2.$n" "$BIN" --quiet build --root "$dir/briefing" --output "$dir/out2"
    sync
    local t0 t1
    t0=$(date +%s.%N); cp -r "$dir/out2" "$dir/copy"; sync -f "$dir/copy"; t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f 0\n", b-a }' >>"$WORK/cp.$n"
  done
  rm -rf "$dir/out1"
  RAYON_NUM_THREADS=1 run "ours1.$n" "$BIN" --quiet build --root "$dir/briefing" --output "$dir/out1"
  local same=yes
  diff -r -q -x .briefing-build "$dir/out1" "$dir/out2" >/dev/null || same=NO
  local ob hb
  ob=$(bytes "$dir/out2"); hb=$(bytes "$dir/hugo-out")
  echo "== $n articles (best of $RUNS; 2 cores) =="
  printf '  briefing (2 threads) %7.2f s   peak %5s MiB   %6d files  %7.1f MB\n' \
    "$(best ours2.$n)" "$(peak_mib ours2.$n)" "$(files "$dir/out2")" "$(awk -v b="$ob" 'BEGIN{print b/1e6}')"
  printf '  briefing (1 thread)  %7.2f s   peak %5s MiB\n' "$(best ours1.$n)" "$(peak_mib ours1.$n)"
  printf '  hugo                 %7.2f s   peak %5s MiB   %6d files  %7.1f MB\n' \
    "$(best hugo.$n)" "$(peak_mib hugo.$n)" "$(files "$dir/hugo-out")" "$(awk -v b="$hb" 'BEGIN{print b/1e6}')"
  printf '  cp -r of our output  %7.2f s\n' "$(best cp.$n)"
  if [ -n "$BASE" ]; then
    printf '  baseline binary      %7.2f s   peak %5s MiB   %6d files  %7.1f MB\n' \
      "$(best base.$n)" "$(peak_mib base.$n)" "$(files "$dir/out-base")" "$(awk -v b="$(bytes "$dir/out-base")" 'BEGIN{print b/1e6}')"
    echo "    time vs baseline binary     $(ratio "$(best ours2.$n)" "$(best base.$n)")"
    echo "    peak vs baseline binary     $(ratio "$(peak_mib ours2.$n)" "$(peak_mib base.$n)")"
  fi
  echo "  ratios (target):"
  echo "    time vs hugo           $(ratio "$(best ours2.$n)" "$(best hugo.$n)")   (<= 0.4)"
  echo "    time vs cp -r          $(ratio "$(best ours2.$n)" "$(best cp.$n)")   (<= 2)"
  echo "    peak memory            $(peak_mib ours2.$n) MiB   (<= 300 at 10k, < 2048 at 100k)"
  echo "    output bytes vs hugo   $(ratio "$ob" "$hb")   (<= 4)"
  echo "    1 thread vs 2 threads  $(ratio "$(best ours1.$n)" "$(best ours2.$n)")   (>= 1.6)"
  echo "    1- and 2-thread output byte-identical: $same"
  echo "$(best ours2.$n)" >"$WORK/wall.$n"
  [ -n "$KEEP" ] || rm -rf "$dir"
}

bench "$N"
if [ "$BIG" = 1 ]; then
  bench 100000
  echo "== linearity =="
  echo "    100k/${N} time         $(ratio "$(cat "$WORK/wall.100000")" "$(cat "$WORK/wall.$N")")   (<= 11 for N=10000)"
fi
