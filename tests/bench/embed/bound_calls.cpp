// Benchmark: 10 million calls of a bound C++ function `int add(int, int)` from a script loop (run_embed.sh
// compares it with Lua 5.4 calling a C function, bound_calls_lua.c, and CPython calling one, bound_calls.py).
#include <cstdio>

#include <weft/weft.hpp>

int main() {
    weft::Engine engine;
    engine.def("add", [](int a, int b) { return a + b; });
    engine.run_string(
        "def main():\n"
        "    s = 0\n"
        "    for i in range(10_000_000):\n"
        "        s = add(s, 1)\n"
        "    print(s)\n"
        "main()\n");
}
