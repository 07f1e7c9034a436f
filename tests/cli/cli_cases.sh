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
      -e "s|$(printf '%s' "$interp" | sed 's/[][\.*^$|]/\\&/g')|<interp>|g"
}

# case LABEL ARG...: runs INTERP ARG... in sub/ with stdin from /dev/null (or from $input when set)
case_() {
  local label=$1 out err code
  shift
  out=$(cd "$here/sub" && "$interp" "$@" <"${input:-/dev/null}" 2>/tmp/weft_cli_err.$$)
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
case_ "-c with arguments, and no __file__" -c 'import sys; print(sys.argv, repr(sys.path[0]), __name__, "__file__" in globals())' a 'b c'
case_ "-c attached to its option and grouped with -u" -uc'print("grouped")'
case_ "-c: tracebacks without source lines" -c 'print(1)
print(never_defined_anywhere)'
case_ "-c: sys.exit with a status" -c 'import sys; sys.exit(3)'
case_ "-c: sys.exit with a message" -c 'import sys; print("out"); sys.exit("bye")'
case_ "-c: a SyntaxError" -c 'x = (1 +'
case_ "-c without its argument" -c
case_ "-m with arguments" -m greet one two
case_ "-m of a package's __main__" -m pkgmain x
case_ "-m of a missing module" -m nosuchmodule
case_ "unknown option" -z script.py
case_ "options end at the script" show_paths.py -z
input=$here/sub/boom.py case_ "program from stdin, named -" - arg
input=$here/sub/show_paths.py case_ "program from stdin, unnamed"
WEFTPATH=$here/lib PYTHONPATH=$here/lib case_ "module path from WEFTPATH (PYTHONPATH)" -c 'import helper_mod; print(helper_mod.VALUE)'
WEFTPATH=$here/lib PYTHONPATH=$here/lib case_ "-E ignores it" -E -c 'import helper_mod'
case_ "-I: no working directory on the module path" -I -c 'import greet'
case_ "-B -s -S -q are accepted" -B -s -S -q -c 'print("fine")'
case_ "-W error turns a warning into an exception" -W error -c 'import warnings; warnings.warn("boom"); print("not reached")'
case_ "-W ignore, and sys.warnoptions" -W ignore -c 'import sys, warnings; print(sys.warnoptions); warnings.warn("x"); print("quiet")'
case_ "-W with a category and a message" -Werror::DeprecationWarning -W 'ignore:skip me' -c 'import warnings; warnings.warn("skip me"); warnings.warn("shown"); warnings.warn("dep", DeprecationWarning)'
case_ "-W options that cannot be read" -W bogus -W ignore::NoSuch -W a:b:c:d:e:f -W ::Warning:x:-1 -c 'import warnings; warnings.warn("still")'
case_ "-X options: sys._xoptions, and the int/str digits limit" -X int_max_str_digits=700 -X dev -Xfoo=bar -c 'import sys; print(sys._xoptions, sys.flags.int_max_str_digits, sys.get_int_max_str_digits()); print(len(str(10**699))); str(10**700)'
case_ "-X int_max_str_digits=0: no limit" -X int_max_str_digits=0 -c 'print(len(str(10**5000)))'
case_ "-X int_max_str_digits below 640" -X int_max_str_digits=5 -c 'print("not reached")'
case_ "-X int_max_str_digits without a number" -X int_max_str_digits -c 'print("not reached")'
input=$here/sub/show_paths.py case_ "-i after a program, piped input" -q -i -c 'x = 6 * 7'
