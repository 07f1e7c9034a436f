// The event loop: a FIFO ready queue of handles run one batch per iteration, and a heap of timers ordered by
// deadline then insertion. CPython: Lib/asyncio/base_events.py (call_soon, call_later, _run_once,
// run_until_complete, run_forever).
//
// Ordering guarantees (pinned by tests/unit/event_loop_test.cpp):
//  1. call_soon callbacks run in the order they were scheduled (FIFO).
//  2. Each iteration runs exactly the handles that were ready when it started; callbacks scheduled by
//     them run in the next iteration.
//  3. Timers become ready in deadline order, ties in the order they were scheduled, and are appended to the
//     ready queue after what was already there.
//  4. A finished future wakes its waiters through call_soon, so a task awaiting another task resumes one
//     iteration after it finishes.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "runtime/sched/future.hpp"

namespace weft::rt {

// A ready-queue entry: what to run, without std::function.
struct Handle {
    enum class Kind : std::uint8_t {
        TaskStep,       // Task.__step(exc=arg): target is the Task
        FutureCallback, // run callback `callback` of a finished future `target`
        SetResultUnlessCancelled,  // futures._set_result_unless_cancelled(target, arg)
        CallPython,     // target(*arg) where arg is a tuple; cancellable through `timer`
        SleepWake,      // the timer of the asyncio.sleep() awaitable `target` ran
    };
    Kind kind;
    FutureCallback::Kind callback_kind = FutureCallback::Kind::Callable;
    Ref<Object> target;  // always an object: 8 bytes (a million tasks start with a million handles)
    Value arg;
    Ref<Object> extra;   // FutureCallback: the callback's target; CallPython: the TimerHandle returned to Python

    Handle(Kind k, FutureCallback::Kind ck, Value t, Value a, Value e)
        : kind(k), callback_kind(ck), target(object_of(t)), arg(std::move(a)), extra(object_of(e)) {}

private:
    static Ref<Object> object_of(Value& v) { return v.is_object() ? Ref<Object>::adopt(v.release_object()) : nullptr; }
};

// The ready-queue entry that runs done-callback `cb` of the finished future `f`
Handle callback_handle(Future* f, FutureCallback cb);
// The Python callable of a Callable or CallableInContext callback
Value callback_callable(FutureCallback const& cb);

// The context a task or callback scheduled now runs in: `given` (a contextvars.Context; TypeError otherwise), else a
// copy of the current one (CPython: Handle.__init__, Task.__init__); null for an empty one
Result<Value> scheduled_context(VM& vm, Value const& given);

// A callback as asyncio's messages show it: "cb(1, 'x') at /path/file.py:3", `args` a tuple or null (CPython:
// format_helpers._format_callback_source)
std::string callback_text(VM& vm, Value const& fn, Value const& args);

class EventLoop {
public:
    explicit EventLoop(VM& vm);
    ~EventLoop();

    VM& vm() { return m_vm; }
    VM* vm_ptr() { return &m_vm; }
    Object* python_object = nullptr;  // borrowed: the LoopObject that owns this loop (asyncio's loop object)
    bool debug = false;  // set_debug(True): each callback is timed, a slow one is logged (CPython: BaseEventLoop._debug)
    // One step at a time runs on a fiber: what it throws in, and how it ended (written just before the fiber
    // switches back, so a parked task's result is read right after its resumption).
    Value step_throw;
    RunResult step_result{FrameExit::Raised, Value()};

    // CPython: BaseEventLoop.call_soon / call_later / time
    void call_soon(Handle handle);
    double due_time(double delay);  // now + delay; a NaN delay is due at once
    void call_later(double delay, Handle handle);
    // The timer of an asyncio.sleep() awaitable: a 24-byte heap entry, no handle.
    void call_later_sleep(double delay, Object* sleep);
    double time() const { return m_vm.clock.now(); }

    Ref<Task> create_task(Value coro, Value name, Value context = Value());
    Result<Value> run_until_complete(Value future);
    Result<void> run_forever();  // until stop()
    Result<void> run_loop(Future* until);  // the loop of both
    // One iteration that never blocks, run as if the loop were running (a host driving weft from its own loop).
    Result<void> poll();
    // Seconds until the loop has work: 0 when something is ready, -1 when nothing is scheduled (but perhaps host
    // operations).
    double next_deadline();
    // Whether anything is scheduled: ready handles, timers or host operations being waited for.
    bool has_work() const;
    void stop() { m_stopping = true; }
    bool is_running() const { return m_running; }
    bool is_closed() const { return m_closed; }
    void close() { m_closed = true; }
    ValueVector all_tasks() const;
    Task* current_task() const { return m_current_task; }

    // Runs one task step (Task.__step) with an optional exception to throw in.
    void step_task(Task* task, Value exc);
    // Schedules the callbacks of a future that just finished (CPython: Future.__schedule_callbacks).
    void schedule_callbacks(Future* f);
    // The references the loop holds (ready handles, timers, pending tasks) shown to the collector through the loop
    // object, and dropped when it breaks the loop's cycles: a loop left with tasks pending is collected with them.
    void traverse(GcVisitor& v) const;
    void clear_references();

private:
    // A timer entry is 24 bytes (a million sleeping tasks have a million of them): the deadline, the
    // insertion number, and either a sleep awaitable or a boxed handle, told apart by the pointer's low bit.
    class TimerPayload {
    public:
        TimerPayload() = default;
        static TimerPayload of_sleep(Object* sleep) {
            incref(sleep);
            TimerPayload p;
            p.m_bits = reinterpret_cast<std::uintptr_t>(sleep);
            return p;
        }
        static TimerPayload of_handle(Handle handle) {
            TimerPayload p;
            p.m_bits = reinterpret_cast<std::uintptr_t>(new Handle(std::move(handle))) | 1;
            return p;
        }
        TimerPayload(TimerPayload&& o) noexcept : m_bits(o.m_bits) { o.m_bits = 0; }
        TimerPayload& operator=(TimerPayload&& o) noexcept {
            std::swap(m_bits, o.m_bits);
            return *this;
        }
        ~TimerPayload() {
            if (Handle* h = handle()) delete h;
            else if (Object* s = sleep()) decref(s);
        }
        Object* sleep() const { return (m_bits & 1) ? nullptr : reinterpret_cast<Object*>(m_bits); }
        Handle* handle() const { return (m_bits & 1) ? reinterpret_cast<Handle*>(m_bits & ~std::uintptr_t{1}) : nullptr; }
        // The handle to put on the ready queue (the payload is consumed).
        Handle take_ready_handle();

    private:
        std::uintptr_t m_bits = 0;
    };
    struct Timer {
        double when;
        std::uint64_t seq;
        TimerPayload payload;
    };
    struct TimerLater {
        bool operator()(Timer const& a, Timer const& b) const {
            return a.when > b.when || (a.when == b.when && a.seq > b.seq);
        }
    };

    Result<void> run_once(bool may_block = true);
    Result<void> wait_for_work(double when);
    Result<void> run_handle(Handle& h);
    Result<void> run_handle_timed(Handle& h);  // debug mode: run_handle, and a warning when it took too long
    Result<void> report_callback_error(Value const& fn, Value const& args, Value const& handle);
    void after_step(Task* task, RunResult result);
    // What the code running the loop had, set aside while a task's fiber runs (a step, or a parked one resumed):
    // its contextvars.Context and its handled exceptions (the fiber installs the task's own).
    struct OuterState {
        Value context;
        Value handled;
        VM::HandledLink const* handled_below;
    };
    OuterState enter_task_context(Task* task);
    void leave_task_context(Task* task, OuterState outer);

    VM& m_vm;
    std::deque<Handle> m_ready;
    bool timer_cancelled(Timer const& t) const;
    std::deque<Timer> m_timers;    // a binary heap (TimerLater); a deque grows without copying a million entries
    std::uint64_t m_timer_seq = 0;
    bool m_stopping = false;
    bool m_running = false;
    bool m_closed = false;
    Task* m_current_task = nullptr;
    // pending tasks (asyncio.all_tasks), not kept alive by this list (CPython's _all_tasks is a WeakSet): a task
    // leaves it when it finishes or is freed; a pending one nothing else holds is freed ("Task was destroyed but it
    // is pending!")
    std::vector<Task*> m_live_tasks;
    Value m_pending_fatal;             // a KeyboardInterrupt/SystemExit from a task, re-raised by run_once
public:
    void forget_task(Task* t);
};

} // namespace weft::rt
