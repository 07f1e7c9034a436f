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
    engine.run_string(
        "import asyncio, time\n"
        "async def with_host(n):\n"
        "    x = 0\n"
        "    for _ in range(n):\n"
        "        x = await bump(x)\n"
        "    return x\n"
        "async def with_sleep(n):\n"
        "    for _ in range(n):\n"
        "        await asyncio.sleep(0)\n"
        "    return n\n"
        "t0 = time.perf_counter()\n"
        "a = asyncio.run(with_host(100_000))\n"
        "t1 = time.perf_counter()\n"
        "b = asyncio.run(with_sleep(100_000))\n"
        "t2 = time.perf_counter()\n"
        "print(a, b, flush=True)\n"
        "import sys\n"
        "print(f'host await {t1 - t0:.3f} s, sleep(0) {t2 - t1:.3f} s, ratio {(t1 - t0) / (t2 - t1):.2f}', file=sys.stderr)\n");
}
