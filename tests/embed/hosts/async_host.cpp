// Async host functions: a script awaits C++ code written in direct style; the C++ body waits for a completion
// that a host thread finishes, and meanwhile the script's other tasks run.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "check.hpp"

// A host thread doing "I/O": each job finishes its completion after a delay, in the order of the deadlines.
class Worker {
public:
    Worker() : m_thread([this] { run(); }) {}
    ~Worker() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_one();
        m_thread.join();
    }
    void submit(int delay_ms, std::function<void()> job) {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back({std::chrono::steady_clock::now() + std::chrono::milliseconds(delay_ms), std::move(job)});
        }
        m_cv.notify_one();
    }

private:
    struct Job {
        std::chrono::steady_clock::time_point when;
        std::function<void()> fn;
    };
    void run() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_stop && m_jobs.empty()) return;
            if (m_jobs.empty()) {
                m_cv.wait(lock);
                continue;
            }
            auto first = std::min_element(m_jobs.begin(), m_jobs.end(), [](Job const& a, Job const& b) { return a.when < b.when; });
            if (std::chrono::steady_clock::now() < first->when) {
                m_cv.wait_until(lock, first->when);
                continue;
            }
            Job job = std::move(*first);
            m_jobs.erase(first);
            lock.unlock();
            job.fn();
            lock.lock();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    std::thread m_thread;
};

int main() {
    std::string out;
    weft::Options options;
    options.stdout_sink = [&](std::string_view text) { out += text; };
    weft::Engine engine(options);
    Worker worker;
    std::thread::id engine_thread = std::this_thread::get_id();

    // fetch('gated', ...) finishes only after the script called open_gate(): the order of the output is then
    // the scheduler's, not the clock's
    std::promise<void> gate;
    std::shared_future<void> gate_opened = gate.get_future().share();
    engine.def("open_gate", [&] { gate.set_value(); });
    engine.def_async("fetch", [&](std::string url, int delay_ms) {
        CHECK(std::this_thread::get_id() == engine_thread);  // the body runs on the engine's thread
        weft::Completion<std::string> done;
        worker.submit(delay_ms, [done, url, gate_opened] {
            if (url == "gated") gate_opened.wait();
            done.resolve("<" + url + ">");
        });
        std::string body = weft::await(done);  // parks this task only
        return body + " " + std::to_string(body.size());
    });
    engine.def_async("broken", [&](int delay_ms) {
        weft::Completion<int> done;
        worker.submit(delay_ms, [done] { done.fail(std::make_exception_ptr(std::runtime_error("disk on fire"))); });
        return weft::await(done);
    });
    std::shared_ptr<weft::Completion<void>> hanging;
    engine.def_async("hang", [&] {
        hanging = std::make_shared<weft::Completion<void>>();
        weft::await(*hanging);
        return std::string("never");
    });
    // a bound function that awaits a script coroutine
    engine.def_async("twice", [](weft::Object coroutine_function) {
        int a = weft::await(coroutine_function(1)).as<int>();
        int b = weft::await(coroutine_function(2)).as<int>();
        return a + b;
    });

    engine.run_string(
        "import asyncio\n"
        "fetched = asyncio.Event()\n"
        "async def ticker():\n"
        "    print('tick', 0)\n"
        "    await asyncio.sleep(0.01)\n"
        "    print('tick', 1)\n"
        "    open_gate()\n"
        "    await fetched.wait()\n"
        "    print('tick', 2)\n"
        "async def main():\n"
        "    t = asyncio.create_task(ticker())\n"
        "    print(await fetch('gated', 0))\n"
        "    fetched.set()\n"
        "    results = await asyncio.gather(*(fetch(str(i), 50 - 10 * i) for i in range(5)))\n"
        "    print(results)\n"
        "    try:\n"
        "        await broken(5)\n"
        "    except RuntimeError as e:\n"
        "        print('caught', e)\n"
        "    try:\n"
        "        await asyncio.wait_for(hang(), 0.05)\n"
        "    except asyncio.TimeoutError:\n"
        "        print('timed out')\n"
        "    async def double(x):\n"
        "        await asyncio.sleep(0)\n"
        "        return 2 * x\n"
        "    print('twice', await twice(double))\n"
        "    print(asyncio.iscoroutinefunction(fetch), fetch.__name__)\n"
        "    try:\n"
        "        fetch('x', delay_ms=1)\n"
        "    except TypeError as e:\n"
        "        print(e)\n"
        "    await t\n"
        "asyncio.run(main())\n");
    engine.run_string("import sys\nsys.stdout.flush()");
    CHECK_EQ(out,
             "tick 0\n"
             "tick 1\n"
             "<gated> 7\n"
             "tick 2\n"
             "['<0> 3', '<1> 3', '<2> 3', '<3> 3', '<4> 3']\n"
             "caught disk on fire\n"
             "timed out\n"
             "twice 6\n"
             "True fetch\n"
             "fetch() got an unexpected keyword argument 'delay_ms'\n");
    CHECK(hanging && hanging->cancelled());
    hanging->resolve();  // completing a cancelled operation is harmless

    // the host's own loop call: run_until_complete of a coroutine
    weft::Object coro = engine.eval("fetch('direct', 1)");
    CHECK_EQ(engine.run_until_complete(coro).as<std::string>(), "<direct> 8");
    std::puts("async_host: ok");
}
