#!/usr/bin/env bash
# Regenerates tests/cli/expected.txt from CPython 3.11's transcript of the command-line cases
# (tests/cli/cli_cases.sh). Never edit that file by hand.
#
#   tests/tools/regen_cli_expected.sh
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON311:-/usr/bin/python3.11}
env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 PYTHONHASHSEED=0 bash "$root/tests/cli/cli_cases.sh" "$python" >"$root/tests/cli/expected.txt"
echo "wrote tests/cli/expected.txt"
