#!/usr/bin/env bash
# Runs one script test and compares weft with CPython's recorded behaviour; bash only (CI has no Python).
#
#   tests/tools/run_script_test.sh WEFT_BINARY tests/scripts/NNN_area/NAME.py
#
# Runs `WEFT_BINARY --virtual-clock NAME.py` in the script's folder with stdin from NAME.stdin if there is one, else
# from /dev/null, and TMPDIR set to an empty directory of its own; replaces the folder's absolute path by <dir>
# and that directory's by <tmp> in stdout and stderr (as regen_expected.sh does), and compares with NAME.out,
# NAME.err (missing: stderr must be empty) and NAME.code (missing: exit status 0). Prints a unified diff of
# whatever differs and exits 1; exits 0 when everything matches, 2 on bad usage.
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 WEFT_BINARY SCRIPT.py" >&2
  exit 2
fi
weft=$1
script=$2
if [ ! -f "$script" ]; then
  echo "no such script: $script" >&2
  exit 2
fi
case $weft in
  /*) ;;
  */*) weft=$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft") ;;  # relative path: the run happens elsewhere
esac
dir=$(cd "$(dirname "$script")" && pwd)
pdir=$(cd "$dir" && pwd -P)
name=$(basename "$script" .py)

# normalize DIR...: stdin to stdout with each DIR replaced by <dir> (same as regen_expected.sh).
normalize() {
  local args=() d
  for d in "$@"; do
    args+=(-e "s|$(printf '%s' "$d" | sed 's/[][\.*^$|]/\\&/g')|<dir>|g")
  done
  sed "${args[@]}"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
input=/dev/null
[ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin"
# the script's own temporary directory (tempfile.gettempdir()), shown as <tmp>
mkdir "$tmp/t"
(cd "$dir" && LC_ALL=C.UTF-8 TMPDIR="$tmp/t" exec "$weft" --virtual-clock "$name.py" <"$input" >"$tmp/raw_out" 2>"$tmp/raw_err")
code=$?
normalize "$dir" "$pdir" <"$tmp/raw_out" | sed "s|$tmp/t|<tmp>|g" >"$tmp/stdout"
normalize "$dir" "$pdir" <"$tmp/raw_err" | sed "s|$tmp/t|<tmp>|g" >"$tmp/stderr"

expected_err=$dir/$name.err
[ -f "$expected_err" ] || expected_err=/dev/null
expected_code=0
[ -f "$dir/$name.code" ] && expected_code=$(tr -d '[:space:]' <"$dir/$name.code")

failed=0
if [ ! -f "$dir/$name.out" ]; then
  echo "missing $dir/$name.out: run tests/tools/regen_expected.sh $script"
  failed=1
elif ! cmp -s "$dir/$name.out" "$tmp/stdout"; then
  echo "stdout differs:"
  diff -u --label "expected $name.out" --label "weft stdout" "$dir/$name.out" "$tmp/stdout"
  failed=1
fi
if ! cmp -s "$expected_err" "$tmp/stderr"; then
  echo "stderr differs:"
  diff -u --label "expected ${expected_err##*/}" --label "weft stderr" "$expected_err" "$tmp/stderr"
  failed=1
fi
if [ "$code" != "$expected_code" ]; then
  echo "exit status differs: expected $expected_code, got $code"
  failed=1
fi
if [ $failed = 0 ]; then
  echo "ok: $script"
else
  echo "FAIL: $script"
fi
exit $failed
