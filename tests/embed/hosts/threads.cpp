// Several engines in one process, each on its own thread at the same time: scripts with classes, closures,
// asyncio and bound functions, a host thread completing async calls for each. Nothing is shared between engines,
// so each computes what it would alone (the ThreadSanitizer build runs this too).
#include <atomic>
#include <thread>
#include <vector>

#include "check.hpp"

std::string run_engine(int id) {
    std::string out;
    weft::Options options;
    options.stdout_sink = [&](std::string_view text) { out += text; };
    weft::Engine engine(options);
    engine.def("host_id", [id] { return id; });
    std::vector<std::thread> helpers;
    engine.def_async("later", [&](int x) {
        weft::Completion<int> done;
        helpers.emplace_back([done, x] { done.resolve(x + 1); });
        return weft::await(done);
    });
    engine.run_string(
        "import asyncio, json\n"
        "class Acc:\n"
        "    def __init__(self): self.items = {}\n"
        "    def add(self, k, v): self.items[k] = self.items.get(k, 0) + v\n"
        "async def work(n):\n"
        "    acc = Acc()\n"
        "    for i in range(n):\n"
        "        acc.add(str(i % 7), await later(i))\n"
        "        if i % 50 == 0: await asyncio.sleep(0)\n"
        "    return acc.items\n"
        "async def main():\n"
        "    parts = await asyncio.gather(*(work(200) for _ in range(4)))\n"
        "    print(host_id(), json.dumps(parts[0], sort_keys=True), sum(sum(p.values()) for p in parts))\n"
        "asyncio.run(main())\n"
        "import sys\n"
        "sys.stdout.flush()\n");
    for (auto& t : helpers) t.join();
    return out;
}

int main() {
    std::string expected_tail = " {\"0\": 2871, \"1\": 2900, \"2\": 2929, \"3\": 2958, \"4\": 2786, \"5\": 2814, \"6\": 2842} 80400\n";
    constexpr int engines = 4;
    std::vector<std::string> results(engines);
    std::vector<std::thread> threads;
    for (int i = 0; i < engines; ++i)
        threads.emplace_back([&results, i] { results[i] = run_engine(i); });
    for (auto& t : threads) t.join();
    for (int i = 0; i < engines; ++i) CHECK_EQ(results[i], std::to_string(i) + expected_tail);
    std::puts("threads: ok");
}
