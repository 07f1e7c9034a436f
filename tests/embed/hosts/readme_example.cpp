#include <cstdio>
#include <thread>
#include <weft/weft.hpp>

struct Counter {
    int n = 0;
    int bump(int by) { return n += by; }
};

int main() {
    weft::Engine engine;
    engine.def_class<Counter>("Counter")
        .def(weft::init<>())
        .def("bump", &Counter::bump, weft::arg("by") = 1)
        .field("n", &Counter::n);
    // a host operation scripts await: a thread completes it while other tasks run
    engine.def_async("fetch", [](std::string key) {
        weft::Completion<std::string> done;
        std::thread([done, key] { done.resolve(key + "=42"); }).detach();
        return weft::await(done);
    });
    try {
        engine.run_string(R"(
import asyncio
async def main():
    c = Counter()
    c.bump(); c.bump(by=5)
    print(c.n, await fetch("answer"))
    raise ValueError("bad input")
asyncio.run(main())
)", "example.py");
    } catch (weft::Error const& e) {
        std::fputs(e.traceback().c_str(), stderr);
    }
}
