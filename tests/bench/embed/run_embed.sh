#!/bin/bash
# The embedding benchmarks beside their anchors, in one run on one machine (best of 3 wall-clock times each):
# 10M calls of a bound `add(int, int)` in weft, of a C function from Lua 5.4, of a C extension function
# (operator.add) from CPython; 100k awaits of a host async function beside 100k `await asyncio.sleep(0)`.
# Usage: tests/bench/embed/run_embed.sh BUILD_DIR [PYTHON]   (PYTHON: /usr/bin/python3.11)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
python=${2:-/usr/bin/python3.11}
best() {
    local best=""
    for _ in 1 2 3; do
        local start end t
        start=$(date +%s.%N)
        "$@" > /dev/null 2>&1
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    printf '%.3f' "$best"
}
weft=$(best "$build/tests/bench/embed/bench_bound_calls")
cpython=$(best "$python" "$here/bound_calls.py")
echo "10M bound calls: weft $weft s, CPython $cpython s (weft/CPython $(echo "scale=2; $weft / $cpython" | bc))"
if [ -x "$build/tests/bench/embed/bench_bound_calls_lua" ]; then
    lua=$(best "$build/tests/bench/embed/bench_bound_calls_lua")
    echo "                 Lua 5.4 $lua s (weft/Lua $(echo "scale=2; $weft / $lua" | bc))"
fi
for _ in 1 2 3; do "$build/tests/bench/embed/bench_host_await" 2>&1 >/dev/null; done | sort -t' ' -k9 -n | head -1 |
    sed 's/^/100k awaits: /'
