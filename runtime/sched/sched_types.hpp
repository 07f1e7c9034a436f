// Python-visible objects of the scheduler: the event loop object, timer handles and asyncio.sleep()'s
// awaitable, plus asyncio.gather's bookkeeping.
#pragma once

#include <memory>

#include "runtime/sched/event_loop.hpp"

namespace weft::rt {

struct LoopObject final : Object {
    std::unique_ptr<EventLoop> loop;
    explicit LoopObject(Type* t) : Object(t) {}
};

struct TimerHandleObject final : Object {
    bool cancelled = false;
    double when = 0.0;
    explicit TimerHandleObject(Type* t) : Object(t) {}
};

// What asyncio.sleep(delay, result) returns: awaiting it waits (CPython: a coroutine; this is a native
// awaitable that behaves the same under await). It is itself the future its timer completes, so a sleeping
// task holds one object for its sleep; `result` holds the value to return until then.
struct SleepAwaitable final : Future {
    double delay = 0.0;
    std::uint8_t sleep_state = 0;  // 0 fresh, 1 yielded once (delay <= 0), 2 waiting for the timer
    explicit SleepAwaitable(Type* t) : Future(t) {}
};

Ref<LoopObject> new_loop_object(VM& vm);
EventLoop* running_loop_or_raise(VM& vm);
Result<Value> gather(VM& vm, Value const* awaitables, std::size_t n, bool return_exceptions);
// ensure_future(): a coroutine becomes a task on the running loop, a future stays as is.
Result<Value> ensure_future(VM& vm, Value const& aw, EventLoop* loop);

} // namespace weft::rt
