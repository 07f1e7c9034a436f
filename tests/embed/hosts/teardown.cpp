// Destroying an engine whatever its scripts left behind: a weak reference whose callback comes due in the teardown,
// a task still pending on an open loop, a future with an exception nobody retrieved, a generator suspended in a
// try block, cycles through instances with __del__ and through classes. Each engine is destroyed right after its
// script; the sanitizer build checks that nothing is touched after it is freed and (LeakSanitizer) that nothing
// is left.
#include <string>
#include <vector>

#include "check.hpp"

int main() {
    std::vector<std::string> const scripts = {
        // the referent dies when the module is cleared, the weak reference after it: its callback is due then
        "import weakref\n"
        "class A: pass\n"
        "def note(w): print('late')\n"
        "a = A()\n"
        "r = weakref.ref(a, note)\n",
        // a loop left open with a task waiting on a timer, and a task whose exception nobody asked for
        "import asyncio\n"
        "async def forever(): await asyncio.sleep(3600)\n"
        "async def fail(): raise ValueError('unseen')\n"
        "async def start():\n"
        "    global failed\n"
        "    failed = asyncio.create_task(fail())\n"
        "    asyncio.create_task(forever())\n"
        "    await asyncio.sleep(0)\n"
        "loop = asyncio.new_event_loop()\n"
        "loop.run_until_complete(start())\n",
        // a generator suspended inside try/finally, instances with __del__ in a cycle, a class in a cycle
        "def gen():\n"
        "    try:\n"
        "        yield 1\n"
        "    finally:\n"
        "        print('closed')\n"
        "g = gen(); next(g)\n"
        "class D:\n"
        "    def __del__(self): print('del')\n"
        "d = D(); d.me = d\n"
        "class C:\n"
        "    def method(self): return super().__repr__()\n"
        "C.self = C\n",
    };
    for (std::string const& source : scripts) {
        std::string out, err;
        {
            weft::Options options;
            options.stdout_sink = [&](std::string_view text) { out += text; };
            options.stderr_sink = [&](std::string_view text) { err += text; };
            weft::Engine engine(options);
            engine.run_string(source, "left_behind.py");
        }
        // what a finalizer run in the teardown printed went to sinks that still exist; nothing else is asked
        (void)out;
        (void)err;
    }
    std::puts("teardown: ok");
    return 0;
}
