#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang into build-fuzz/ and runs each for a while on a corpus that
# starts from the script tests. Any crash, hang, leak or sanitizer report stops that target and fails the run; the
# input that did it is left in build-fuzz/findings/ (make it a regression script in tests/scripts/950_hostile/).
#   tests/tools/fuzz.sh [SECONDS per target, default 60] [TARGET...]   (targets: lexer parser compiler run)
# The corpus each target grows is kept in build-fuzz/corpus/TARGET, so a longer run later starts where this one
# stopped. Needs clang and libclang-rt-14-dev (test.sh installs them with the rest).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lexer parser compiler run)

cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DWEFT_FUZZ=ON \
  -DBUILD_TESTING=ON >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Seeds: every script test, each file one input (the run target takes the smaller half, so that a short run gets
# past its seeds into mutations: a script runs in milliseconds, but two thousand of them under ASan take minutes).
seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/all" "$seeds/small"
find tests/scripts -name '*.py' | while read -r f; do
  name=$(echo "$f" | tr '/' '_')
  cp "$f" "$seeds/all/$name"
  [ "$(stat -c %s "$f")" -le 1500 ] && cp "$f" "$seeds/small/$name"
done

mkdir -p build-fuzz/findings
status=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  mkdir -p "$corpus"
  seed_dir=$seeds/all
  [ "$target" = run ] && seed_dir=$seeds/small
  echo "== fuzz_$target: $seconds s"
  # -timeout: an input running 10 s is a hang (the run target's engine stops a script after 1 s); stdin is empty,
  # so a script's input() ends at once; libFuzzer's own leak check runs with LeakSanitizer after each input.
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix=build-fuzz/findings/"$target"- -print_final_stats=1 "$corpus" "$seed_dir" \
      </dev/null >"build-fuzz/fuzz_$target.log" 2>&1; then
    echo "fuzz_$target failed:"
    tail -n 60 "build-fuzz/fuzz_$target.log"
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "build-fuzz/fuzz_$target.log" || true
done
exit $status
