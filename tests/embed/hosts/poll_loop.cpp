// A host with its own frame loop drives the engine: poll() runs one iteration without blocking, next_deadline()
// says when the engine next has work, and completions from a host thread wake the loop through the callback.
#include <atomic>
#include <chrono>
#include <thread>

#include "check.hpp"

int main() {
    std::string out;
    weft::Options options;
    options.stdout_sink = [&](std::string_view text) { out += text; };
    weft::Engine engine(options);
    std::atomic<int> wakeups{0};
    engine.set_wakeup_callback([&] { ++wakeups; });

    std::vector<std::thread> threads;
    engine.def_async("slow_square", [&](int x) {
        weft::Completion<int> done;
        threads.emplace_back([done, x] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            done.resolve(x * x);
        });
        return weft::await(done);
    });
    engine.run_string(
        "import asyncio\n"
        "async def job():\n"
        "    await asyncio.sleep(0.01)\n"
        "    print('slept')\n"
        "    print('squares', await asyncio.gather(slow_square(3), slow_square(4)))\n"
        "    return 'done'\n");
    weft::Object task = engine.spawn(engine.eval("job()"));
    CHECK_EQ(engine.next_deadline().value_or(-1), 0.0);  // the task's first step is ready

    int frames = 0;
    while (!task.call_method("done").as<bool>()) {
        ++frames;
        engine.poll();
        // a frame of the host's own work, then sleep no longer than the engine allows
        std::optional<double> deadline = engine.next_deadline();
        double wait = deadline ? std::min(*deadline, 0.005) : 0.005;
        std::this_thread::sleep_for(std::chrono::duration<double>(wait));
        CHECK(frames < 1000);
    }
    for (auto& t : threads) t.join();
    CHECK_EQ(task.call_method("result").as<std::string>(), "done");
    engine.run_string("import sys\nsys.stdout.flush()");
    CHECK_EQ(out, "slept\nsquares [9, 16]\n");
    CHECK(frames > 3);         // the work took several frames: poll() never blocked
    CHECK(wakeups.load() >= 2);  // each completion called the wake-up callback
    CHECK(!engine.next_deadline());  // nothing scheduled any more

    // waker(): another thread wakes a loop blocked in run_until_complete (here: the wait ends early)
    auto wake = engine.waker();
    std::thread([wake] { wake(); }).join();
    CHECK(!engine.poll());
    std::puts("poll_loop: ok");
}
