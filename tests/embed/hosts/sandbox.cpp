// The sandbox: a time limit a script cannot catch and go on from, imports restricted to an allow-list, no files or
// processes, a small recursion limit; the host and the engine stay usable after each.
#include <chrono>

#include "check.hpp"

int main() {
    {
        weft::Options options;
        options.time_limit = 0.2;
        weft::Engine engine(options);
        auto start = std::chrono::steady_clock::now();
        CHECK_EQ(error_of([&] { engine.run_string("while True:\n    pass\n"); }),
                 "weft.LimitExceeded: time limit of 0.2 seconds exceeded");
        // catching it does not help: every later safe point raises it again
        CHECK_EQ(error_of([&] {
                     engine.run_string(
                         "n = 0\n"
                         "while True:\n"
                         "    try:\n"
                         "        while True:\n"
                         "            n += 1\n"
                         "    except BaseException:\n"
                         "        pass\n");
                 }),
                 "weft.LimitExceeded: time limit of 0.2 seconds exceeded");
        // a program waiting in its event loop is stopped too
        CHECK_EQ(error_of([&] { engine.run_string("import asyncio\nasyncio.run(asyncio.sleep(30))\n"); }),
                 "weft.LimitExceeded: time limit of 0.2 seconds exceeded");
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        CHECK(seconds < 5);
        // the engine goes on working, each call with a limit of its own
        CHECK_EQ(engine.eval("sum(range(1000))").as<int>(), 499500);
        CHECK_EQ(engine.eval("n > 0").as<bool>(), true);
    }
    {
        weft::Options options;
        options.allowed_modules = std::vector<std::string>{"json", "math"};
        weft::Engine engine(options);
        engine.module("game").set("level", 3);
        CHECK_EQ(engine.eval("__import__('json').dumps({'a': [1, 2]})").as<std::string>(), "{\"a\": [1, 2]}");
        engine.run_string("import math\nimport game\nx = math.floor(game.level * 1.5)\n");
        CHECK_EQ(engine.eval("x").as<int>(), 4);
        CHECK_EQ(error_of([&] { engine.run_string("import os"); }), "ImportError: import of 'os' is not allowed here");
        CHECK_EQ(error_of([&] { engine.run_string("from os import path"); }), "ImportError: import of 'os' is not allowed here");
        CHECK_EQ(error_of([&] { engine.eval("__import__('subprocess')"); }), "ImportError: import of 'subprocess' is not allowed here");
    }
    {
        weft::Options options;
        options.files_and_processes = false;
        weft::Engine engine(options);
        CHECK_EQ(error_of([&] { engine.eval("open('/etc/passwd')"); }), "PermissionError: file access is not allowed here");
        CHECK_EQ(error_of([&] { engine.run_string("import io\nio.open('/etc/passwd')"); }),
                 "PermissionError: file access is not allowed here");
        CHECK_EQ(error_of([&] { engine.run_string("import io\nio.FileIO('/etc/passwd')"); }),
                 "PermissionError: file access is not allowed here");
        CHECK_EQ(error_of([&] { engine.run_string("import io\nio.BufferedReader(io.FileIO(0))"); }),
                 "PermissionError: file access is not allowed here");
        CHECK_EQ(engine.eval("__import__('io').TextIOWrapper(__import__('io').BytesIO(b'wrapped')).read()").as<std::string>(),
                 "wrapped");
        CHECK_EQ(error_of([&] { engine.run_string("import os"); }), "ModuleNotFoundError: No module named 'posix'");
        CHECK_EQ(error_of([&] { engine.run_string("import subprocess"); }), "ModuleNotFoundError: No module named 'posix'");
        CHECK_EQ(engine.eval("__import__('io').StringIO('abc').read()").as<std::string>(), "abc");
        CHECK_EQ(engine.eval("__import__('json').loads('[1]')").repr(), "[1]");
    }
    {
        weft::Options options;
        options.memory_limit = 64 << 20;
        weft::Engine engine(options);
        // one request bigger than the cap fails before it is made
        for (char const* big : {"'x' * (100 << 20)", "[0] * (20 << 20)", "(0,) * (20 << 20)", "bytes(100 << 20)",
                                "b'ab' * (50 << 20)", "1 << (1 << 30)", "10 ** (1 << 28)", "bytearray(100 << 20)"})
            CHECK_EQ(error_of([&] { engine.eval(big); }), "MemoryError: ");
        // growth past the cap stops at the next safe point
        // (each in a function: its locals are freed with the traceback that holds them)
        CHECK_EQ(error_of([&] { engine.run_string("def f():\n    a = []\n    while True:\n        a.append([0] * 1000)\nf()\n"); }),
                 "MemoryError: ");
        CHECK_EQ(error_of([&] {
                     engine.run_string("def f():\n    d = {}\n    i = 0\n    while True:\n        d[i] = str(i) * 10\n        i += 1\nf()\n");
                 }),
                 "MemoryError: ");
        CHECK_EQ(error_of([&] {
                     engine.run_string("def f():\n    s = set()\n    i = 0\n    while True:\n        s.add(i)\n        i += 1\nf()\n");
                 }),
                 "MemoryError: ");
        CHECK_EQ(error_of([&] { engine.run_string("def f():\n    b = bytearray()\n    while True:\n        b += b'x' * 4096\nf()\n"); }),
                 "MemoryError: ");
        // a script can catch it, and goes on once it lets go of what it held
        engine.run_string(
            "caught = 0\n"
            "for attempt in range(3):\n"
            "    held = []\n"
            "    try:\n"
            "        while True:\n"
            "            held.append('y' * 10000)\n"
            "    except MemoryError:\n"
            "        caught += 1\n"
            "        n = len(held)\n"
            "    held = None\n");
        CHECK_EQ(engine.eval("caught").as<int>(), 3);
        CHECK(engine.eval("n").as<int>() > 5000);
        // a handler that holds on to it and asks for more gets nothing past a quarter over the cap: the loop goes on
        // failing until the time limit stops it
        CHECK_EQ(error_of([&] {
                     weft::Options limited = options;
                     limited.time_limit = 0.5;
                     weft::Engine greedy(limited);
                     try {
                         greedy.run_string(
                             "keep = []\n"
                             "while True:\n"
                             "    try:\n"
                             "        keep.append([1] * 1000)\n"
                             "    except MemoryError:\n"
                             "        pass\n");
                     } catch (weft::Error const&) {
                         // each list holds 1000 values of 16 bytes
                         CHECK(greedy.eval("len(keep)").as<long>() * 16000 <= (64 << 20) / 4 * 5);
                         throw;
                     }
                 }),
                 "weft.LimitExceeded: time limit of 0.5 seconds exceeded");
        // a host handle released between calls gives its memory back
        for (int i = 0; i < 5; ++i) {
            weft::Object big = engine.eval("[0] * (2 << 20)");
            CHECK_EQ(big.attr("__len__")().as<int>(), 2 << 20);
        }
        CHECK_EQ(engine.eval("sum(range(1000))").as<int>(), 499500);
    }
    {
        weft::Options options;
        options.recursion_limit = 60;
        weft::Engine engine(options);
        engine.run_string("def down(n):\n    return down(n + 1)\n");
        CHECK_EQ(error_of([&] { engine.eval("down(0)"); }), "RecursionError: maximum recursion depth exceeded");
        CHECK_EQ(engine.eval("1 + 1").as<int>(), 2);
    }
    std::puts("sandbox: ok");
}
