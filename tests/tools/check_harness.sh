#!/usr/bin/env bash
# Checks run_script_test.sh itself, using CPython as a stand-in for weft:
#   1. a wrapper running /usr/bin/python3.11 (ignoring --virtual-clock) passes every script test except 500_async
#      (with -a, those too: they then sleep for real, about 2.5 minutes). The wrapper leaves PYTHONHASHSEED unset,
#      so a pass also shows that no expected output depends on hash order;
#   2. deliberately wrong binaries (changed stdout, extra stderr, wrong exit status, missing final newline,
#      a binary that does nothing) fail on every sample script they are tried on.
#
#   tests/tools/check_harness.sh [-a]
set -u

here=$(cd "$(dirname "$0")" && pwd)
scripts=$(cd "$here/../scripts" && pwd)
harness=$here/run_script_test.sh
python=${PYTHON311:-/usr/bin/python3.11}
all=0
[ "${1:-}" = -a ] && all=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# make_fake NAME BODY: an executable $tmp/NAME that drops --virtual-clock and then runs BODY ("$@" = the script).
make_fake() {
  cat >"$tmp/$1" <<EOF
#!/usr/bin/env bash
[ "\${1:-}" = --virtual-clock ] && shift
export PATH=/usr/bin:/bin LC_ALL=C.UTF-8
unset PYTHONHASHSEED PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS
$2
EOF
  chmod +x "$tmp/$1"
}

make_fake python "exec $python \"\$@\""
make_fake extra_stdout "$python \"\$@\"; rc=\$?; echo extra line; exit \$rc"
# filter_both FILTER: runs python, then passes its stdout and its stderr each through FILTER
filter_both() {
  echo "t=\$(mktemp -d); $python \"\$@\" >\$t/o 2>\$t/e; rc=\$?; $1 <\$t/o; $1 <\$t/e >&2; rm -r \$t; exit \$rc"
}
make_fake digits_changed "$(filter_both "sed s/[0-9]/#/g")"
make_fake extra_stderr "echo 'warning: noise' >&2; exec $python \"\$@\""
make_fake wrong_status "$python \"\$@\"; rc=\$?; exit \$(( rc == 0 ? 7 : 0 ))"
make_fake no_final_newline "$(filter_both "head -c -1")"
make_fake does_nothing "exit 0"

failures=0

echo "== 1. CPython wrapper must pass"
passed=0
ran=0
for script in "$scripts"/*/*.py; do
  case $script in */500_async/*) [ $all = 1 ] || continue ;; esac
  ran=$((ran + 1))
  if bash "$harness" "$tmp/python" "$script" >"$tmp/log" 2>&1; then
    passed=$((passed + 1))
  else
    echo "unexpected failure:"
    cat "$tmp/log"
    failures=$((failures + 1))
  fi
done
echo "$passed of $ran passed"

echo "== 2. wrong binaries must fail"
samples="010_basics/print_args 020_int/big_powers 050_fstring/format_specs 140_exceptions/call_errors
600_errors/zero_division 600_errors/sys_exit_code 600_errors/syntax_missing_colon"
for fake in extra_stdout digits_changed extra_stderr wrong_status no_final_newline does_nothing; do
  caught=0
  total=0
  for s in $samples; do
    total=$((total + 1))
    if bash "$harness" "$tmp/$fake" "$scripts/$s.py" >"$tmp/log" 2>&1; then
      echo "NOT DETECTED: $fake on $s"
      cat "$tmp/log"
      failures=$((failures + 1))
    else
      caught=$((caught + 1))
      # keep one report per fake to show what a failure looks like
      [ "$s" = 600_errors/zero_division ] && cp "$tmp/log" "$tmp/example_$fake"
    fi
  done
  printf '%-18s failed %d of %d sample scripts\n' "$fake" "$caught" "$total"
done
for fake in digits_changed wrong_status no_final_newline; do
  echo "-- example report ($fake on 600_errors/zero_division):"
  cat "$tmp/example_$fake"
done

echo "== 3. usage errors exit 2"
bash "$harness" "$tmp/python" >/dev/null 2>&1
rc1=$?
bash "$harness" "$tmp/python" "$scripts/no_such_test.py" >/dev/null 2>&1
rc2=$?
if [ $rc1 = 2 ] && [ $rc2 = 2 ]; then
  echo "ok"
else
  echo "expected 2 and 2, got $rc1 and $rc2"
  failures=$((failures + 1))
fi

if [ $failures = 0 ]; then
  echo "harness OK"
else
  echo "harness check FAILED ($failures problems)"
  exit 1
fi
