#!/bin/bash
# The README's embedding example is tests/embed/hosts/readme_example.cpp, line for line, and prints what the
# README says. Usage: check_readme_example.sh README EXAMPLE_SOURCE EXAMPLE_BINARY
set -euo pipefail
readme=$1 source=$2 binary=$3
block=$(awk '/^```cpp$/ {inside = 1; next} /^```$/ {if (inside) exit} inside' "$readme")
diff <(printf '%s\n' "$block") "$source"
out=$("$binary" 2>&1)
printf '%s\n' "$out"
grep -q '^6 answer=42$' <<<"$out"
grep -q '^ValueError: bad input$' <<<"$out"
grep -q '  File "example.py", line 7, in main' <<<"$out"
