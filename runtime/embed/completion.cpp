// weft::Completion and weft::await: a bound function waits for a host operation, or for a script awaitable,
// by parking its task's fiber on a future; the event loop runs everything else meanwhile.
#include <condition_variable>
#include <mutex>

#include "runtime/embed/engine_core.hpp"
#include "runtime/fiber/fiber.hpp"
#include "runtime/sched/event_loop.hpp"
#include "runtime/sched/sched_types.hpp"

namespace weft::detail {

using rt::Value;

struct CompletionState {
    EngineCore* core = nullptr;          // engine thread only
    std::weak_ptr<rt::HostInbox> inbox;  // the engine's, which may be gone when the host completes
    std::mutex mutex;
    std::condition_variable done_cv;     // for a wait outside the event loop
    bool done = false;                   // under mutex
    std::uint64_t waiter = 0;            // under mutex: the inbox id of the future a task waits on, or 0
    std::exception_ptr error;            // under mutex, set once with done
    bool cancelled = false;              // engine thread
};

std::shared_ptr<CompletionState> completion_new(EngineCore* core) {
    auto state = std::make_shared<CompletionState>();
    state->core = core;
    state->inbox = core->inbox;
    return state;
}

bool completion_finish(CompletionState& state, std::exception_ptr error) {
    std::uint64_t waiter;
    {
        std::lock_guard lock(state.mutex);
        if (state.done) return false;
        state.done = true;
        state.error = std::move(error);
        waiter = state.waiter;
    }
    state.done_cv.notify_all();
    if (auto inbox = state.inbox.lock()) inbox->post(waiter);
    return true;
}

bool completion_done(CompletionState const& state) noexcept {
    std::lock_guard lock(const_cast<std::mutex&>(state.mutex));
    return state.done;
}

bool completion_cancelled(CompletionState const& state) noexcept { return state.cancelled; }

namespace {

EngineCore* engine_of(CompletionState const& state) { return state.core; }

// Parks the running task until `f` is done. Returns false (CancelledError raised) when the task was cancelled
// while it waited. The caller is running on a task's fiber.
bool park_until_done(rt::VM& vm, rt::Task* task, rt::Future* f) {
    rt::future_add_callback(vm, f, rt::FutureCallback{rt::FutureCallback::Kind::TaskWakeup, Value::borrowed(task)});
    task->fut_waiter = rt::Ref<rt::Object>::borrowed(f);
    // the handled exception (sys.exc_info()) is this task's; others must not see it while it waits
    Value handled = std::move(vm.handled_exception);
    rt::VM::HandledLink const* below = vm.handled_below;  // links on this fiber's stack
    vm.fibers().park();
    vm.handled_below = below;
    vm.handled_exception = std::move(handled);
    task->fut_waiter = nullptr;
    if (f->state == rt::FutureState::Cancelled) {
        (void)vm.raise_value(rt::make_cancelled_error(vm, f));
        return false;
    }
    return true;
}

// The task the calling code runs in, when it runs on a task's fiber; else null.
rt::Task* running_task(rt::VM& vm) {
    rt::EventLoop* loop = vm.running_loop;
    if (!loop || !loop->current_task() || !vm.fibers().current()) return nullptr;
    return loop->current_task();
}

} // namespace

void completion_wait(CompletionState& state) {
    EngineCore* core = engine_of(state);
    rt::VM& vm = *core->vm;
    if (!completion_done(state)) {
        if (rt::Task* task = running_task(vm)) {
            rt::Ref<rt::Future> f = rt::new_future(vm, vm.running_loop);
            std::uint64_t id = core->inbox->add_waiter(f);
            bool wait;
            {
                std::lock_guard lock(state.mutex);
                wait = !state.done;
                if (wait) state.waiter = id;
            }
            if (!wait) {
                core->inbox->remove_waiter(id);
            } else if (!park_until_done(vm, task, f.get())) {
                state.cancelled = true;
                core->inbox->remove_waiter(id);
                throw Raised{};
            }
        } else if (vm.running_loop) {
            (void)vm.raise(vm.types.RuntimeError, "weft::await() called outside a task while the event loop runs");
            throw Raised{};
        } else {
            // no event loop: nothing else could run meanwhile, so the thread waits
            std::unique_lock lock(state.mutex);
            state.done_cv.wait(lock, [&] { return state.done; });
        }
    }
    std::exception_ptr error;
    {
        std::lock_guard lock(state.mutex);
        error = state.error;
    }
    if (error) std::rethrow_exception(error);
}

Object await_object(Object const& awaitable) {
    EngineCore* core = awaitable.core() ? awaitable.core() : current_core();
    rt::VM& vm = *core->vm;
    rt::Task* task = running_task(vm);
    if (!task) {
        if (vm.running_loop) {
            (void)vm.raise(vm.types.RuntimeError, "weft::await() called outside a task while the event loop runs");
            throw error_from_pending(core);
        }
        rt::EventLoop* loop = rt::event_loop_for(vm);
        Object future = checked(core, rt::ensure_future(vm, value_of(awaitable), loop));
        return checked(core, loop->run_until_complete(value_of(future)));
    }
    Object future = checked(core, rt::ensure_future(vm, value_of(awaitable), vm.running_loop));
    auto* f = rt::as<rt::Future>(value_of(future));
    if (!f->done() && !park_until_done(vm, task, f)) throw error_from_pending(core);
    return checked(core, rt::future_get_result(vm, f));
}

} // namespace weft::detail
