#!/usr/bin/env bash
# Runs benchmarks under weft and CPython 3.11 alternately and prints one table row per benchmark.
#
#   tests/bench/run.sh [-n RUNS] [-p PYTHON] [-t SECS] WEFT NAME|GROUP...
#
#   WEFT    the weft binary (e.g. build/interpreter/cli/weft)
#   NAME    a benchmark (fib, ping_pong, ...) or a group: cpu, lang, async, startup, all
#   -n      timed pairs of runs per benchmark (default 5), after one untimed warm-up run of each
#   -p      the CPython to compare with (default /usr/bin/python3.11)
#   -t      time limit per run in seconds (default 600)
#
# Columns: median wall seconds of each, the median of the per-pair ratios weft/python (alternating runs keep
# this meaningful on a noisy machine; below 1 means weft is faster), peak RSS in MiB (GNU time, apt package
# `time`; "-" without it), and whether the warm-up output matched expected/NAME.out: ok, DIFF, FAIL(status)
# or TIMEOUT.
set -u

here=$(cd "$(dirname "$0")" && pwd)
CPU="fib loop nbody dict_str list_sort method_calls closures raytrace"
# the `lang` group: everyday language features and stdlib modules (named LANG_FEATURES, not LANG: assigning the
# exported locale variable LANG would change the locale of every command this script runs)
LANG_FEATURES="genexpr_solver itertools_pipeline comprehensions generators slicing unpacking call_kinds
  properties_super exceptions_loop str_format json_roundtrip re_matching deepcopy_dataclass bigint_digits"
ASYNC="spawn_gather ping_pong sleep_many_100k sleep_many_1m chained producer_consumer taskgroup_agen async_tree
  async_generators"
STARTUP="hello async_empty"

runs=5
python=/usr/bin/python3.11
limit=600
usage() { sed -n '2,17p' "$0"; exit 2; }
while getopts "n:p:t:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    p) python=$OPTARG ;;
    t) limit=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || usage
weft=$1
shift
case $weft in */*) weft=$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft") ;; esac

names=()
for n in "$@"; do
  case $n in
    cpu) names+=($CPU) ;;
    lang) names+=($LANG_FEATURES) ;;
    async) names+=($ASYNC) ;;
    startup) names+=($STARTUP) ;;
    all) names+=($CPU $LANG_FEATURES $ASYNC $STARTUP) ;;
    *) names+=("$n") ;;
  esac
done

gnu_time=()
if /usr/bin/time -f %M true >/dev/null 2>&1; then
  gnu_time=(/usr/bin/time -f %M -o)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# one_run CMD NAME: runs CMD NAME.py in this folder; prints "seconds rss_kib status"
one_run() {
  local t0 rc rss=- st
  : >"$tmp/rss"
  t0=$EPOCHREALTIME
  if [ ${#gnu_time[@]} -gt 0 ]; then
    (cd "$here" && timeout "$limit" "${gnu_time[@]}" "$tmp/rss" "$1" "$2.py" >"$tmp/out" 2>"$tmp/err" </dev/null)
  else
    (cd "$here" && timeout "$limit" "$1" "$2.py" >"$tmp/out" 2>"$tmp/err" </dev/null)
  fi
  rc=$?
  local t1=$EPOCHREALTIME
  [ -s "$tmp/rss" ] && rss=$(grep -E '^[0-9]+$' "$tmp/rss" | tail -1)
  if [ $rc = 124 ]; then st=TIMEOUT
  elif [ $rc != 0 ]; then st="FAIL($rc)"
  elif cmp -s "$tmp/out" "$here/expected/$2.out"; then st=ok
  else st=DIFF
  fi
  awk -v a="$t0" -v b="$t1" -v m="${rss:--}" -v s="$st" 'BEGIN { printf "%.4f %s %s\n", b - a, m, s }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.3f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mib() { sort -g | awk '{ m = $1 } END { if (NR) printf "%.1f\n", m / 1024; else print "-" }'; }

echo "# weft: $weft"
echo "# python: $python"
echo "# $runs alternating pairs after a warm-up of each; wall seconds are medians; MiB is the peak over runs"
fmt="%-18s %9s %9s %9s %9s %9s  %-9s %-9s\n"
printf "$fmt" bench weft python weft/py "weft MiB" "py MiB" "weft out" "py out"
for name in "${names[@]}"; do
  if [ ! -f "$here/$name.py" ]; then
    printf "%-18s no such benchmark\n" "$name"
    continue
  fi
  : >"$tmp/tw"; : >"$tmp/tp"; : >"$tmp/mw"; : >"$tmp/mp"; : >"$tmp/ratio"
  read -r _ _ sw < <(one_run "$weft" "$name")
  read -r _ _ sp < <(one_run "$python" "$name")
  for ((i = 0; i < runs; i++)); do
    [[ $sw == FAIL* || $sw == TIMEOUT || $sp == FAIL* || $sp == TIMEOUT ]] && break
    read -r tw mw _ < <(one_run "$weft" "$name")
    read -r tp mp _ < <(one_run "$python" "$name")
    echo "$tw" >>"$tmp/tw"; echo "$tp" >>"$tmp/tp"
    [ "$mw" != - ] && echo "$mw" >>"$tmp/mw"
    [ "$mp" != - ] && echo "$mp" >>"$tmp/mp"
    awk -v a="$tw" -v b="$tp" 'BEGIN { if (b > 0) printf "%.4f\n", a / b }' >>"$tmp/ratio"
  done
  printf "$fmt" "$name" "$(median <"$tmp/tw")" "$(median <"$tmp/tp")" "$(median <"$tmp/ratio")" \
    "$(mib <"$tmp/mw")" "$(mib <"$tmp/mp")" "$sw" "$sp"
done
