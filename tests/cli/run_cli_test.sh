#!/usr/bin/env bash
# Compares weft's command-line transcript (cli_cases.sh) with CPython's, expected.txt; prints a diff and exits 1
# when they differ.
#
#   tests/cli/run_cli_test.sh WEFT_BINARY
set -u

here=$(cd "$(dirname "$0")" && pwd)
weft=$1
case $weft in
  /*) ;;
  */*) weft=$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft") ;;  # the cases run in sub/
esac
if bash "$here/cli_cases.sh" "$weft" | diff -u --label "expected.txt (CPython 3.11)" --label "weft" "$here/expected.txt" -; then
  echo "ok: command-line cases"
else
  echo "FAIL: command-line cases"
  exit 1
fi
