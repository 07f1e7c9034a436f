#!/usr/bin/env bash
# Checks a benchmark's output, never its speed: runs `WEFT NAME.py` in this folder (real clock, as run.sh does)
# and compares stdout with expected/NAME.out (CPython 3.11's) and the exit status with 0; prints a diff on failure.
#
#   tests/bench/check_output.sh WEFT NAME
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 WEFT NAME" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
weft=$1
name=$2
case $weft in */*) weft=$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft") ;; esac
if [ ! -f "$here/$name.py" ] || [ ! -f "$here/expected/$name.out" ]; then
  echo "no benchmark $name (or no expected/$name.out)" >&2
  exit 2
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
(cd "$here" && exec "$weft" "$name.py" </dev/null >"$tmp")
code=$?
failed=0
if ! cmp -s "$here/expected/$name.out" "$tmp"; then
  diff -u --label "expected/$name.out" --label "weft stdout" "$here/expected/$name.out" "$tmp"
  failed=1
fi
if [ $code != 0 ]; then
  echo "exit status $code, expected 0"
  failed=1
fi
[ $failed = 0 ] && echo "ok: $name"
exit $failed
