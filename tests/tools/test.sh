#!/usr/bin/env bash
# The whole test suite: builds weft (Release, warnings as errors), runs every test (unit, script, embedding,
# benchmark outputs), then builds with AddressSanitizer + UBSan and runs the unit, script and embedding tests again,
# then builds the multi-threaded embedding tests with ThreadSanitizer and runs them, then builds the libFuzzer
# targets with clang and runs each for a minute (fuzz.sh).
# Installs what it needs on a fresh Debian 12 machine (see build.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "== Release build"
WEFT_EXTRA_PACKAGES="clang libclang-rt-14-dev" bash tests/tools/build.sh -DWEFT_WERROR=ON -DBUILD_TESTING=ON
echo "== Release tests"
ctest --test-dir build -j "$(nproc)" --output-on-failure

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build"
WEFT_BUILD_DIR=build-sanitize WEFT_BUILD_TYPE=Debug bash tests/tools/build.sh \
  -DWEFT_WERROR=ON -DBUILD_TESTING=ON -DWEFT_SANITIZE=address,undefined -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"
echo "== Sanitizer tests (unit and script; the large benchmarks run in the Release pass), LeakSanitizer on"
ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=0:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-sanitize -j "$(nproc)" --output-on-failure -LE bench

echo "== ThreadSanitizer build (the embedding tests with threads: several engines at once, host threads)"
tsan_tests="embed_threads embed_async_host embed_poll_loop"
WEFT_BUILD_DIR=build-tsan WEFT_BUILD_TYPE=RelWithDebInfo WEFT_BUILD_TARGETS="$tsan_tests" bash tests/tools/build.sh \
  -DWEFT_WERROR=ON -DBUILD_TESTING=ON -DWEFT_SANITIZE=thread
echo "== ThreadSanitizer tests"
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R '^embed/(threads|async_host|poll_loop)$'

echo "== libFuzzer targets, a minute each (clang, AddressSanitizer, UBSan, LeakSanitizer)"
bash tests/tools/fuzz.sh 60
