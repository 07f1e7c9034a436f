#!/usr/bin/env bash
# The command-line cases: runs INTERP on the scripts in sub/ the ways a user names them and prints one transcript
# (each case's command, stdout, stderr and exit status). This folder's absolute path becomes <dir>, and the
# interpreter's own name at the start of a message ("python3.11: can't open file") becomes <interp>.
#
#   tests/cli/cli_cases.sh INTERP
#
# run_cli_test.sh compares weft's transcript with expected.txt; tests/tools/regen_cli_expected.sh writes that
# file from CPython 3.11's transcript. Never edit expected.txt by hand.
set -u

here=$(cd "$(dirname "$0")" && pwd)
interp=$1

normalize() {
  sed -e "s|$(printf '%s' "$here" | sed 's/[][\.*^$|]/\\&/g')|<dir>|g" \
      -e "s|^$(printf '%s' "$interp" | sed 's/[][\.*^$|]/\\&/g'): |<interp>: |"
}

# case LABEL ARG...: runs INTERP ARG... in sub/ with stdin from /dev/null
case_() {
  local label=$1 out err code
  shift
  out=$(cd "$here/sub" && "$interp" "$@" </dev/null 2>/tmp/weft_cli_err.$$)
  code=$?
  err=$(cat /tmp/weft_cli_err.$$)
  rm -f /tmp/weft_cli_err.$$
  echo "== $label"
  echo "-- stdout"
  printf '%s\n' "$out" | normalize
  echo "-- stderr"
  printf '%s\n' "$err" | normalize
  echo "-- exit $code"
}

case_ "relative path with ./ and ../, and arguments" ../sub/./show_paths.py one 'two words'
case_ "plain relative path" show_paths.py
case_ "absolute path" "$here/sub/show_paths.py"
case_ "traceback of a script named ./boom.py" ./boom.py
case_ "missing file, relative path" ../nowhere/./missing.py
case_ "missing file, absolute path" "$here/missing.py"
