#!/usr/bin/env bash
# Regenerates the expected outputs of script tests from CPython 3.11: NAME.out (stdout), NAME.err (stderr, only
# when non-empty) and NAME.code (exit status, only when non-zero). Never edit those files by hand.
#
#   tests/tools/regen_expected.sh [-j JOBS] [SCRIPT.py ...]    (default: every tests/scripts/*/*.py)
#
# Each script runs as `python3.11 NAME.py` in its own folder, stdin from NAME.stdin if there is one (else /dev/null),
# in a clean environment with
# PYTHONHASHSEED=0 and TMPDIR an empty directory of its own. The script's absolute folder is replaced by <dir> and
# the temporary directory by <tmp> in stdout and stderr, exactly as run_script_test.sh does with weft's output:
# these two substitutions are the only normalisation of what a test prints (times, pids and random names are not
# printed by tests at all). Traceback entries of CPython's own library files (asyncio's
# runners.py and base_events.py, which an exception escaping asyncio.run() passes through) are dropped from
# stderr: weft shows only the frames it ran. This is the one place where CPython's output is edited, and
# drop_library_frames below is all it does. Async scripts really sleep here (weft uses a virtual clock), so a
# full run takes a few minutes; -j runs scripts in parallel, which is faster but may disturb timing-sensitive ones.
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON311:-/usr/bin/python3.11}
jobs=1
if [ "${1:-}" = -j ]; then
  jobs=$2
  shift 2
fi

if [ $# -eq 0 ]; then
  set -- "$root"/tests/scripts/*/*.py
fi

if [ "$jobs" -gt 1 ]; then
  start=$EPOCHREALTIME
  printf '%s\0' "$@" | xargs -0 -n 1 -P "$jobs" "$0"
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "regenerated in %.1f s\n", b - a }'
  exit 0
fi

# normalize DIR...: stdin to stdout with each DIR replaced by <dir> (same as run_script_test.sh).
normalize() {
  local args=() d
  for d in "$@"; do
    args+=(-e "s|$(printf '%s' "$d" | sed 's/[][\.*^$|]/\\&/g')|<dir>|g")
  done
  sed "${args[@]}"
}

# drop_library_frames LIBDIR: stdin to stdout without the traceback entries of files under LIBDIR and of CPython's
# frozen modules ("<frozen codecs>": library code weft runs in C++). An entry is
# its '  File "LIBDIR/...", line N, in f' line and the source and caret lines after it, indented two more than the
# File line (with the '| ' prefix of an exception group's box when there is one: the box's own lines, such as its
# closing "    | ValueError: ...", are not part of the entry).
drop_library_frames() {
  awk -v lib="$1/" '
    function body(line) { sub(/^[ |]*/, "", line); return line }
    skipping && index($0, prefix "  ") == 1 && index($0, "File \"") == 0 { next }
    { skipping = 0 }
    (index($0, "File \"" lib) > 0 || index($0, "File \"<frozen ") > 0) && body($0) ~ /^File "/ {
      skipping = 1; prefix = substr($0, 1, index($0, "File \"") - 1); next
    }
    { print }'
}
libdir=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$EPOCHREALTIME
status=0
for script in "$@"; do
  if [ ! -f "$script" ]; then
    echo "no such script: $script" >&2
    status=1
    continue
  fi
  dir=$(cd "$(dirname "$script")" && pwd)
  pdir=$(cd "$dir" && pwd -P)
  name=$(basename "$script" .py)
  input=/dev/null
  [ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin"
  t0=$EPOCHREALTIME
  rm -rf "$tmp/t" && mkdir "$tmp/t"  # the script's own temporary directory, shown as <tmp>
  (cd "$dir" && exec env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
    TMPDIR="$tmp/t" "$python" "$name.py" <"$input" >"$tmp/out" 2>"$tmp/err")
  code=$?
  normalize "$dir" "$pdir" <"$tmp/out" | sed "s|$tmp/t|<tmp>|g" >"$dir/$name.out"
  note=""
  if [ -s "$tmp/err" ]; then
    normalize "$dir" "$pdir" <"$tmp/err" | sed "s|$tmp/t|<tmp>|g" | drop_library_frames "$libdir" >"$dir/$name.err"
    note+=" +err"
  else
    rm -f "$dir/$name.err"
  fi
  if [ "$code" -ne 0 ]; then
    echo "$code" >"$dir/$name.code"
    note+=" +code=$code"
  else
    rm -f "$dir/$name.code"
  fi
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v n="$(basename "$dir")/$name" -v x="$note" \
    'BEGIN { printf "%-50s %6.2f s%s\n", n, b - a, x }'
done
if [ $# -gt 1 ]; then
  awk -v a="$start" -v b="$EPOCHREALTIME" -v n=$# 'BEGIN { printf "%d scripts regenerated in %.1f s\n", n, b - a }'
fi
exit $status
