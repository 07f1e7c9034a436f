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
        CHECK_EQ(error_of([&] { engine.run_string("import os"); }), "ModuleNotFoundError: No module named 'posix'");
        CHECK_EQ(error_of([&] { engine.run_string("import subprocess"); }), "ModuleNotFoundError: No module named 'posix'");
        CHECK_EQ(engine.eval("__import__('io').StringIO('abc').read()").as<std::string>(), "abc");
        CHECK_EQ(engine.eval("__import__('json').loads('[1]')").repr(), "[1]");
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
