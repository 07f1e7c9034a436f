// Python-visible objects of the scheduler: the event loop object, timer handles and asyncio.sleep()'s
// awaitable, plus asyncio.gather's bookkeeping.
#pragma once

#include <memory>

#include "runtime/sched/event_loop.hpp"

namespace weft::rt {

struct LoopObject final : Object {
    std::unique_ptr<EventLoop> loop;
    Value exception_handler;  // set_exception_handler()'s, or null for the default
    Value debug;              // set_debug()'s flag, or null (False)
    explicit LoopObject(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override;
    void clear_references() override;
};

// loop.call_exception_handler(context): the loop's handler, else the default one's report on stderr (CPython:
// BaseEventLoop.call_exception_handler and default_exception_handler, logged as logging's last resort prints)
Result<void> call_exception_handler(VM& vm, LoopObject* loop, Value const& context);

// What call_soon (a Handle), call_later and call_at (a TimerHandle) return (CPython: events.Handle, TimerHandle);
// the loop's own entry holds the callback too, this object names it in reprs and error reports
struct TimerHandleObject final : Object {
    bool cancelled = false;
    double when = 0.0;
    Value context;   // the contextvars.Context the callback runs in (null: an empty one)
    Value callback;  // null once cancelled (CPython drops _callback and _args)
    Value args;      // a tuple
    explicit TimerHandleObject(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override;
    void clear_references() override;
};
// A Handle for `callback(*args)`, as an exception handler's context names a callback that failed
Value new_handle_object(VM& vm, Value const& callback, Value const& args);

// What asyncio.sleep(delay, result) returns: awaiting it waits (CPython: a coroutine that awaits a future
// completed by a timer; this native awaitable behaves the same under await). It is not a future: the timer
// entry points at it and it names the one task waiting on it, so a sleeping task costs this small object and
// a timer entry. CPython's order is kept: the timer's handle runs in one loop iteration and the task resumes
// in the next, as after _set_result_unless_cancelled and the future's done-callback.
struct SleepAwaitable final : Object {
    enum class State : std::uint8_t {
        Fresh,      // not awaited yet
        Yielded,    // delay <= 0: yielded once to the loop (a bare `yield`)
        Waiting,    // its timer is scheduled; `waiter` sleeps on it
        Fired,      // the timer ran: the next await returns `result`
        Cancelled,  // the waiting task was cancelled: the next await raises CancelledError(result)
        Consumed,   // the await returned: awaiting again is an error, as for a coroutine
    };
    State state = State::Fresh;
    bool adopted = false;    // a task was made to await it (create_task, gather): dropped unawaited, it does not warn
    double delay = 0.0;
    Value result;            // the value to return; after a cancellation, the cancellation message (or null)
    // the task waiting on this sleep, held as CPython's future holds it through its done-callback: the loop's
    // list of tasks does not keep a task alive, the timer of its sleep does
    Ref<Object> waiter;
    explicit SleepAwaitable(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override {
        result.clear();
        waiter = nullptr;
    }
};

// The timer of a sleep ran (Handle::Kind::SleepWake): wake its task.
void sleep_timer_fired(SleepAwaitable* s);
bool sleep_cancelled(Object* sleep);

Ref<LoopObject> new_loop_object(VM& vm);
// asyncio.get_event_loop()'s loop: the running one, else the current one (set_event_loop's), made on first need
// (CPython 3.11: events.get_event_loop and the default policy); `slot` is the current loop, null for none.
Value& current_loop_slot(VM& vm);
EventLoop* event_loop_for(VM& vm);
EventLoop* running_loop_or_raise(VM& vm);
// The loop a `loop=` argument names: the running one for None (RuntimeError when none runs), weft's own loop, or
// null for any other object (a loop weft does not run, to which none of its tasks or futures belongs).
Result<EventLoop*> loop_named_by(VM& vm, Value const& loop);
Result<Value> gather(VM& vm, Value const* awaitables, std::size_t n, bool return_exceptions);
// What create_task() and asyncio.run() take as a coroutine: a coroutine object, or one of weft's native awaitables
// that are coroutines in CPython (asyncio.sleep(...)), wrapped in one; null when `aw` is neither.
Result<Value> coroutine_of(VM& vm, Value const& aw);
// ensure_future(): a coroutine becomes a task on the running loop, a future stays as is.
Result<Value> ensure_future(VM& vm, Value const& aw, EventLoop* loop);

// A child of gather() finished: record it, and finish `outer` when the last one did.
void gather_child_done(VM& vm, Future* outer, Future* child);

// Whether a call_later() handle was cancelled.
bool timer_handle_cancelled(Value const& timer);
Value timer_handle_context(Value const& timer);
Value timer_handle_callback(Value const& timer);

} // namespace weft::rt
