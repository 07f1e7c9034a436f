// weft's embedding API: the one header a host includes. Link with weft::weft (CMake: find_package(weft)) or
// `pkg-config --libs weft`.
//
//   weft::Engine engine;                                   // an interpreter (weft/engine.hpp)
//   engine.def("add", [](int a, int b) { return a + b; }); // a C++ function scripts call (weft/function.hpp)
//   engine.run_string("print(add(1, 2))");                 // weft::Error when the script raises (weft/object.hpp)
//   int n = engine.eval("add(2, 3)").as<int>();            // values both ways (weft/convert.hpp)
//
// Async host functions (weft/async.hpp): engine.def_async("fetch", [](std::string url) { weft::Completion<std::string>
// done; start_download(url, done); return weft::await(done); }) — scripts `await fetch(url)` while other tasks run.
#pragma once

#include "weft/async.hpp"
#include "weft/class.hpp"
#include "weft/convert.hpp"
#include "weft/engine.hpp"
#include "weft/function.hpp"
#include "weft/object.hpp"
