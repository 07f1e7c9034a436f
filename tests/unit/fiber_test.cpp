// Fibers and the stack pool: a parked fiber keeps its stack and resumes where it stopped; finished fibers go
// back to the pool and are reused.
#include <gtest/gtest.h>

#include "runtime/fiber/fiber.hpp"

using namespace weft::rt;

namespace {
struct ParkTwice {
    FiberPool* pool;
    std::vector<int>* trace;
};
void park_twice(void* arg) {
    auto* p = static_cast<ParkTwice*>(arg);
    int local = 41;  // lives on the fiber's stack across the switches
    p->trace->push_back(1);
    p->pool->park();
    p->trace->push_back(++local);
    p->pool->park();
    p->trace->push_back(3);
}
void record(void* arg) { static_cast<std::vector<int>*>(arg)->push_back(7); }
} // namespace

TEST(Fiber, ParkedFiberResumesWhereItStopped) {
    VM vm;
    FiberPool& pool = vm.fibers();
    std::vector<int> trace;
    ParkTwice work{&pool, &trace};
    Fiber* f = pool.acquire();
    EXPECT_FALSE(pool.run(f, park_twice, &work));
    trace.push_back(100);
    EXPECT_FALSE(pool.resume(f));
    trace.push_back(200);
    EXPECT_TRUE(pool.resume(f));
    EXPECT_EQ(trace, (std::vector<int>{1, 100, 42, 200, 3}));
    pool.release(f);
}

TEST(Fiber, ReleasedFibersAreReused) {
    VM vm;
    FiberPool& pool = vm.fibers();
    std::vector<int> trace;
    std::size_t before = pool.fibers_created();
    for (int i = 0; i < 100; ++i) {
        Fiber* f = pool.acquire();
        EXPECT_TRUE(pool.run(f, record, &trace));
        pool.release(f);
    }
    EXPECT_EQ(trace.size(), 100u);
    EXPECT_LE(pool.fibers_created() - before, 1u);
}

TEST(Fiber, RunSwitchesTheVmThreadState) {
    VM vm;
    FiberPool& pool = vm.fibers();
    ThreadState* main_ts = vm.thread();
    static ThreadState* seen = nullptr;
    static VM* current_vm = nullptr;
    current_vm = &vm;
    Fiber* f = pool.acquire();
    pool.run(f, [](void*) { seen = current_vm->thread(); }, nullptr);
    EXPECT_NE(seen, main_ts);
    EXPECT_EQ(vm.thread(), main_ts);
    pool.release(f);
}
