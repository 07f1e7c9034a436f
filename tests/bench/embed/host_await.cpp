// Benchmark: 100,000 awaits of a host async function, each completed by a host thread (one worker thread with
// a queue), beside 100,000 `await asyncio.sleep(0)` in the same engine. Prints both times; run_embed.sh reports the
// ratio (the target: within 2x).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

#include <weft/weft.hpp>

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
    void submit(weft::Completion<int> c, int value) {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.emplace_back(std::move(c), value);
            m_queued.fetch_add(1, std::memory_order_release);
        }
        m_cv.notify_one();
    }

private:
    // A latency-minded I/O thread: it looks for work a little while (50 us) before it sleeps.
    void run() {
        for (;;) {
            auto spin_end = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
            while (m_queued.load(std::memory_order_acquire) == 0 && std::chrono::steady_clock::now() < spin_end) {
            }
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty()) return;
            auto [c, v] = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_queued.fetch_sub(1, std::memory_order_relaxed);
            lock.unlock();
            c.resolve(v + 1);
        }
    }
    std::atomic<int> m_queued{0};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::pair<weft::Completion<int>, int>> m_jobs;
    bool m_stop = false;
    std::thread m_thread;
};

int main() {
    Worker worker;
    weft::Engine engine;
    engine.def_async("bump", [&](int x) {
        weft::Completion<int> done;
        worker.submit(done, x);
        return weft::await(done);
    });
    // the engine's own share: the same call and await with the completion finished before the await
    engine.def_async("bump_ready", [](int x) {
        weft::Completion<int> done;
        done.resolve(x + 1);
        return weft::await(done);
    });
    engine.run_string(
        "import asyncio, sys, time\n"
        "async def chain(op, n):\n"
        "    x = 0\n"
        "    for _ in range(n):\n"
        "        x = await op(x)\n"
        "    return x\n"
        "async def sleeps(n):\n"
        "    for _ in range(n):\n"
        "        await asyncio.sleep(0)\n"
        "    return n\n"
        "async def spread(coroutine, *args):\n"
        "    return sum(await asyncio.gather(*(coroutine(*args) for _ in range(100))))\n"
        "def timed(coroutine, *args):\n"
        "    t0 = time.perf_counter()\n"
        "    result = asyncio.run(coroutine(*args))\n"
        "    return result, time.perf_counter() - t0\n"
        "a, host = timed(chain, bump, 100_000)\n"
        "b, sleep = timed(sleeps, 100_000)\n"
        "c, ready = timed(chain, bump_ready, 100_000)\n"
        "d, host100 = timed(spread, chain, bump, 1_000)\n"
        "e, sleep100 = timed(spread, sleeps, 1_000)\n"
        "print(a, b, c, d, e, flush=True)\n"
        "print(f'host await {host:.3f} s, sleep(0) {sleep:.3f} s, ratio {host / sleep:.2f}; '\n"
        "      f'completed before the await {ready:.3f} s, ratio {ready / sleep:.2f}; '\n"
        "      f'100 tasks at once: host await {host100:.3f} s, sleep(0) {sleep100:.3f} s, ratio {host100 / sleep100:.2f}',\n"
        "      file=sys.stderr)\n");
}
