// asyncio.Future and asyncio.Task as native objects. A Task is a Future that drives a coroutine: its steps
// run on pooled fibers (event_loop.cpp). CPython: Lib/asyncio/futures.py, Lib/asyncio/tasks.py (and their C
// accelerator, Modules/_asynciomodule.c).
#pragma once

#include <memory>
#include <vector>

#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

class EventLoop;
struct Fiber;

// A done-callback of a future, without std::function: what to do is the kind, on `target`.
struct FutureCallback {
    enum class Kind : std::uint8_t {
        TaskWakeup,      // target is a Task: Task.__wakeup(future)
        Gather,          // target is a GatheringFuture: gather's _done_callback(future)
        StopLoop,        // target is the EventLoop object: _run_until_complete_cb
        Callable,        // target is a Python callable: target(future)
        CallableInContext,  // target is (callable, contextvars.Context): the call runs in that context
    };
    Kind kind;
    Value target;
};


enum class FutureState : std::uint8_t { Pending, Cancelled, Finished };

// A future's done-callbacks: a single pointer while there are none, as for most futures of a program with
// many waiting tasks.
class CallbackList {
public:
    void push_back(FutureCallback cb) {
        if (!m_items) m_items = std::make_unique<std::vector<FutureCallback>>();
        m_items->push_back(std::move(cb));
    }
    // Removes and returns every callback.
    std::vector<FutureCallback> take() {
        std::vector<FutureCallback> out;
        if (m_items) out.swap(*m_items);
        m_items.reset();
        return out;
    }
    void assign(std::vector<FutureCallback> items) {
        if (items.empty()) m_items.reset();
        else m_items = std::make_unique<std::vector<FutureCallback>>(std::move(items));
    }
    void clear() { m_items.reset(); }
    FutureCallback* begin() { return m_items ? m_items->data() : nullptr; }
    FutureCallback* end() { return m_items ? m_items->data() + m_items->size() : nullptr; }
    FutureCallback const* begin() const { return m_items ? m_items->data() : nullptr; }
    FutureCallback const* end() const { return m_items ? m_items->data() + m_items->size() : nullptr; }

private:
    std::unique_ptr<std::vector<FutureCallback>> m_items;
};

// Sizes matter: every task is a future, and a million sleeping tasks pay for each field (see
// docs/ARCHITECTURE.md, "Memory per waiting task"). Fields few futures use live in `rare`.
struct Future : Object {
    FutureState state = FutureState::Pending;
    bool log_traceback = false;
    bool is_gathering = false;          // a _GatheringFuture (gather's outer future)
    bool cancel_requested = false;      // _GatheringFuture._cancel_requested
    bool must_cancel = false;           // Task._must_cancel (in the padding here, so a Task stays smaller)
    bool log_destroy_pending = true;    // Task._log_destroy_pending: freed while pending, it says so (also padding)
    bool blocking = false;              // _asyncio_future_blocking: yielded by its iterator, not yet taken by a task
    bool failed = false;                // finished with an exception: `outcome` is the exception
    // A finished future's result, or its exception when `failed`; null while pending or after a cancellation.
    // One slot for both, as a future never holds both (a million waiting tasks pay 16 bytes per field).
    Value outcome;
    // gather's bookkeeping, only for a _GatheringFuture
    struct Gathering {
        ValueVector children;
        std::size_t finished_children = 0;
        std::size_t distinct_children = 0;
        bool return_exceptions = false;
        Value parent;  // the task that called gather(): it awaits each pending child (asyncio.graph)
    };
    struct Rare {
        Value cancel_message;   // Future._cancel_message
        Value name;             // Task: the name, when set or asked for
        Value saved_exception;  // Task: its handled exception while it is suspended in an except block
        Value cancelled_exc;    // Task: the CancelledError that ended it, given once to whoever asks (_cancelled_exc)
        Value context;          // Task: its contextvars.Context (null: an empty one, made when first set)
        Value awaited_by;       // a set of the futures future_add_to_awaited_by() says await this one, or null
        std::unique_ptr<Gathering> gathering;
        Fiber* parked_fiber = nullptr;            // Task: see Task::parked_fiber()
        std::uint32_t num_cancels_requested = 0;  // Task: cancel() calls not yet answered by uncancel()
    };
    std::unique_ptr<Rare> rare;
    Rare& rare_fields() {
        if (!rare) rare = std::make_unique<Rare>();
        return *rare;
    }
    Value cancel_message() const { return rare ? rare->cancel_message : Value(); }
    Gathering* gathering() const { return rare ? rare->gathering.get() : nullptr; }
    CallbackList callbacks;
    EventLoop* loop = nullptr;          // borrowed: the loop outlives its futures' activity
    Ref<Object> loop_object;            // the Python-visible loop (keeps it alive)

    explicit Future(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override;
    bool done() const { return state != FutureState::Pending; }
};

struct Task final : Future {
    static constexpr std::uint32_t not_live = UINT32_MAX;
    Ref<Generator> coro;
    Frame* resume_frame = nullptr;      // the innermost frame to resume (null before the first step)
    Ref<Object> fut_waiter;             // the future (or asyncio.sleep() awaitable) this task waits on
    std::uint32_t live_index = not_live;  // position in the loop's list of pending tasks
    // The N of "Task-N"; a task numbered past 2**32 - 1 gets its name at once instead (EventLoop::create_task).
    std::uint32_t number = 0;
    // the fiber of a step that waits inside native code (FiberPool::park), kept with the task until it resumes
    Fiber* parked_fiber() const { return rare ? rare->parked_fiber : nullptr; }
    std::uint32_t num_cancels_requested() const { return rare ? rare->num_cancels_requested : 0; }

    explicit Task(Type* t) : Future(t) {}
    ~Task() override;  // leaves its loop's list of pending tasks
    void traverse(GcVisitor&) override;
    void clear_references() override;
};

// Future operations with CPython's semantics (state checks, callback scheduling, error messages).
Ref<Future> new_future(VM& vm, EventLoop* loop);
Result<void> future_set_result(VM& vm, Future* f, Value result);
Result<void> future_set_exception(VM& vm, Future* f, Value exception);
bool future_cancel(VM& vm, Future* f, Value message);
Result<Value> future_get_result(VM& vm, Future* f);  // raises the exception / CancelledError
void future_add_callback(VM& vm, Future* f, FutureCallback cb);
Value make_cancelled_error(VM& vm, Future* f);
bool task_cancel(VM& vm, Task* t, Value message);
// Cancels what a task waits on (a Task, a Future or a sleep); false if it was already done.
bool cancel_waiter(VM& vm, Object* waiter, Value message);
// The CancelledError awaiting `waiter` raises if it was cancelled, else null (what Task.__wakeup's
// future.result() hands to __step).
Value cancelled_error_of_waiter(VM& vm, Object* waiter);
Value task_name(VM& vm, Task* t);  // the name, "Task-N" unless set
// The futures that await `f` (CPython 3.14: Future._asyncio_awaited_by): the tasks whose wakeup is among its
// callbacks, the task that gathered it, and those future_add_to_awaited_by() recorded; in no particular order.
ValueVector future_awaited_by(Future* f);
Result<Value> future_add_to_awaited_by(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);
Result<Value> future_discard_from_awaited_by(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);

// Installs the methods of Future and Task.
void init_future_methods(VM& vm, Type* future_type, Type* task_type);

} // namespace weft::rt
