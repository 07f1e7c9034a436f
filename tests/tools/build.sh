#!/usr/bin/env bash
# Builds weft (Release) into build/, first installing what a fresh Debian 12 machine lacks (as root, apt-get).
#   tests/tools/build.sh [extra cmake options...]
# WEFT_EXTRA_PACKAGES: more Debian packages to install with the rest (test.sh: clang for the fuzz targets).
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(g++ cmake ninja-build pkg-config re2c bzip2 libboost-context-dev libgmp-dev libpcre2-dev libssl-dev libb2-dev libgtest-dev libedit-dev tmux time tzdata unicode-data)
read -r -a extra_packages <<<"${WEFT_EXTRA_PACKAGES:-}"
packages+=("${extra_packages[@]}")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build_dir=${WEFT_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${WEFT_BUILD_TYPE:-Release} "$@" >/dev/null
# WEFT_BUILD_TARGETS: only these targets (the ThreadSanitizer pass builds the embedding tests alone)
cmake --build "$build_dir" -j "$(nproc)" ${WEFT_BUILD_TARGETS:+--target $WEFT_BUILD_TARGETS}
