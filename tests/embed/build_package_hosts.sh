#!/bin/bash
# Builds the embedding tests' host programs against an installed weft: with CMake (find_package(weft)) and,
# for one of them, with pkg-config alone. Usage: build_package_hosts.sh SOURCE_DIR BUILD_DIR PREFIX CXX
set -euo pipefail
src=$1 build=$2 prefix=$3 cxx=$4
rm -rf "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build"
# the public headers must not need anything but themselves: no internal, Boost or GMP header
if grep -rhoE '#include [<"][^>"]+[>"]' "$prefix/include/weft" | grep -vE '[<"](weft/|[a-z_]+[>"])'; then
    echo "a public header includes something outside weft/ and the standard library" >&2
    exit 1
fi
# each public header compiles on its own, with strict warnings as errors
for header in "$prefix"/include/weft/*.hpp; do
    echo "#include <weft/$(basename "$header")>" |
        "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Werror -I "$prefix/include" -x c++ -
done
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
"$cxx" -std=c++20 -O1 "$src/../hosts/conversions.cpp" -o "$build/conversions_pkgconfig" \
    $(pkg-config --cflags weft) $(pkg-config --libs weft) -Wl,-rpath,"$prefix/lib"
