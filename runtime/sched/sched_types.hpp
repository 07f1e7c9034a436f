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
// awaitable that behaves the same under await).
struct SleepAwaitable final : Object {
    double delay = 0.0;
    Value result;
    Value future;          // the timer's future once awaited (delay > 0)
    std::uint8_t state = 0;  // 0 fresh, 1 yielded once (delay <= 0), 2 waiting on `future`
    explicit SleepAwaitable(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override;
};

Ref<LoopObject> new_loop_object(VM& vm);
EventLoop* running_loop_or_raise(VM& vm);
Result<Value> gather(VM& vm, Value const* awaitables, std::size_t n, bool return_exceptions);
// ensure_future(): a coroutine becomes a task on the running loop, a future stays as is.
Result<Value> ensure_future(VM& vm, Value const& aw, EventLoop* loop);

} // namespace weft::rt
