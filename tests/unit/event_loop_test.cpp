// The event loop's ordering rules (runtime/sched/event_loop.hpp), pinned one per test: FIFO ready queue,
// one batch per iteration, timers by deadline then insertion, and wake-ups one iteration after a future ends.
#include <gtest/gtest.h>

#include "runtime/sched/event_loop.hpp"
#include "runtime/sched/sched_types.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/stdlib.hpp"

using namespace weft::rt;

namespace {

struct Fixture {
    VM vm{make_config()};
    static VMConfig make_config() {
        VMConfig config;
        config.virtual_clock = true;
        config.modules = stdlib_modules();
        return config;
    }
    Ref<LoopObject> loop_object = new_loop_object(vm);
    EventLoop& loop = *loop_object->loop;
    Ref<Dict> globals = vm.new_dict();

    Fixture() {
        dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins.value());
        run("order = []\ndef note(x):\n    order.append(x)\n");
    }
    void run(std::string const& source) {
        Value fn = vm.compile_source("<test>", source, globals).release_value();
        ASSERT_FALSE(vm.run_module_code(as<Function>(fn)).is_error());
    }
    Value global(char const* name) { return dict_get_str(globals.get(), vm.intern(name)); }
    // A handle that calls note(x).
    Handle note(std::int64_t x) {
        auto args = vm.new_tuple(1);
        args->items[0] = Value::from_int(x);
        return Handle{Handle::Kind::CallPython, FutureCallback::Kind::Callable, global("note"), args.take_value(), Value()};
    }
    std::string order() { return vm.repr_string(global("order")).release_value(); }
    void run_until_idle() {
        Ref<Future> done = new_future(vm, &loop);
        // a timer far away that ends the run once everything before it has happened
        loop.call_later(1e6, Handle{Handle::Kind::SetResultUnlessCancelled, FutureCallback::Kind::Callable, done.value(),
                                    Value::none(), Value()});
        ASSERT_FALSE(loop.run_until_complete(done.value()).is_error());
    }
};

} // namespace

TEST(EventLoop, CallSoonRunsInFifoOrder) {
    Fixture t;
    for (int i = 0; i < 5; ++i) t.loop.call_soon(t.note(i));
    t.run_until_idle();
    EXPECT_EQ(t.order(), "[0, 1, 2, 3, 4]");
}

TEST(EventLoop, CallbacksScheduledDuringABatchRunInTheNextIteration) {
    Fixture t;
    t.run("def chain(x):\n    note(x)\n    if x < 3:\n        loop.call_soon(chain, x + 10)\n");
    dict_set_str(t.vm, t.globals.get(), t.vm.intern("loop"), t.loop_object.value());
    auto args = [&](std::int64_t x) {
        auto a = t.vm.new_tuple(1);
        a->items[0] = Value::from_int(x);
        return a.take_value();
    };
    for (int i = 0; i < 3; ++i)
        t.loop.call_soon(Handle{Handle::Kind::CallPython, FutureCallback::Kind::Callable, t.global("chain"), args(i), Value()});
    t.run_until_idle();
    // the first batch (0, 1, 2) runs completely before what it scheduled (10, 11, 12)
    EXPECT_EQ(t.order(), "[0, 1, 2, 10, 11, 12]");
}

TEST(EventLoop, TimersFireByDeadlineThenInsertion) {
    Fixture t;
    t.loop.call_later(0.3, t.note(3));
    t.loop.call_later(0.1, t.note(1));
    t.loop.call_later(0.2, t.note(20));
    t.loop.call_later(0.2, t.note(21));
    t.loop.call_later(0.2, t.note(22));
    t.run_until_idle();
    EXPECT_EQ(t.order(), "[1, 20, 21, 22, 3]");
}

TEST(EventLoop, ReadyTimersRunAfterAlreadyReadyCallbacks) {
    Fixture t;
    t.loop.call_later(0.0, t.note(100));
    t.loop.call_soon(t.note(1));
    t.loop.call_soon(t.note(2));
    t.run_until_idle();
    EXPECT_EQ(t.order(), "[1, 2, 100]");
}

TEST(EventLoop, VirtualClockJumpsToTheNextTimer) {
    Fixture t;
    double start = t.vm.clock.now();
    t.loop.call_later(3600.0, t.note(1));
    t.run_until_idle();
    EXPECT_EQ(t.order(), "[1]");
    EXPECT_GE(t.vm.clock.now() - start, 3600.0);
}

TEST(EventLoop, TasksStartInCreationOrderAndSleepZeroYieldsOneIteration) {
    Fixture t;
    t.run("import asyncio\n"
          "async def worker(n):\n    note(n)\n    await asyncio.sleep(0)\n    note(n + 10)\n"
          "async def main():\n"
          "    await asyncio.gather(worker(1), worker(2), worker(3))\n"
          "asyncio.run(main())\n");
    EXPECT_EQ(t.order(), "[1, 2, 3, 11, 12, 13]");
}

TEST(EventLoop, AwaitingATaskResumesOneIterationAfterItFinishes) {
    Fixture t;
    t.run("import asyncio\n"
          "async def child():\n    note('child done')\n"
          "async def ticker():\n    for i in range(3):\n        note(i)\n        await asyncio.sleep(0)\n"
          "async def main():\n"
          "    tick = asyncio.create_task(ticker())\n"
          "    await asyncio.create_task(child())\n"
          "    note('main resumed')\n"
          "    await tick\n"
          "asyncio.run(main())\n");
    // main waits for child (created after ticker): ticker runs first, child finishes in iteration 1,
    // and main resumes in iteration 2, after ticker's second step
    EXPECT_EQ(t.order(), "[0, 'child done', 1, 'main resumed', 2]");
}

TEST(EventLoop, AwaitingACoroutineRunsItInlineWithoutALoopIteration) {
    Fixture t;
    t.run("import asyncio\n"
          "async def inner():\n    note('inner')\n    return 5\n"
          "async def other():\n    note('other')\n"
          "async def main():\n"
          "    asyncio.create_task(other())\n"
          "    note(await inner())\n"
          "    await asyncio.sleep(0)\n"
          "asyncio.run(main())\n");
    EXPECT_EQ(t.order(), "['inner', 5, 'other']");
}
