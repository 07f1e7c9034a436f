// The event loop and task steps. Each Task.__step runs on a pooled fiber; a step that awaits a pending
// future returns its fiber to the pool at once (the task keeps only its heap frames). CPython:
// Lib/asyncio/base_events.py (_run_once), Lib/asyncio/tasks.py (Task.__step, __wakeup).
#include "runtime/sched/event_loop.hpp"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <thread>

#include "runtime/fiber/fiber.hpp"
#include "runtime/gc.hpp"
#include "runtime/sched/host_inbox.hpp"
#include "runtime/sched/sched_types.hpp"

namespace weft::rt {



namespace {

constexpr double clock_resolution = 1e-9;  // time.get_clock_info('monotonic').resolution on Linux

// One task step, on a fiber: resume the innermost frame (or start the coroutine).
void run_step_on_fiber(void* arg) {
    auto* task = static_cast<Task*>(arg);
    VM& vm = *task->loop->vm_ptr();
    Generator* gen = task->coro.get();
    Frame* frame = task->resume_frame;
    if (gen->state == GenState::Finished) {
        // a coroutine that already ran to its end (asyncio.run(coro) twice): its code is not run again
        // (CPython: the coroutine's send() raises this in the task's first step)
        (void)vm.raise(vm.types.RuntimeError, "cannot reuse already awaited coroutine");
        RunResult failed;
        failed.kind = FrameExit::Raised;
        task->loop->step_result = std::move(failed);
        return;
    }
    if (!frame) {
        frame = gen->frame();
        frame->flags |= FrameEntry;
    }
    gen->state = GenState::Running;
    gen->suspended_at_await = false;
    // the task's own "exception being handled" is the one seen while it runs: enter_task_context set the loop's
    // aside, and leave_task_context puts it back
    if (task->rare) vm.handled_exception = std::move(task->rare->saved_exception);
    RunResult result = vm.execute(frame, std::move(task->loop->step_throw));
    if (!vm.handled_exception.is_null()) task->rare_fields().saved_exception = std::move(vm.handled_exception);
    if (result.kind == FrameExit::Suspended) {
        task->resume_frame = vm.suspended_frame;
        gen->state = GenState::Suspended;
        gen->suspended_at_await = true;  // send(), throw() and close() go in at the innermost frame, as the task does
    } else {
        task->resume_frame = nullptr;
        gen->state = GenState::Finished;
        // release the coroutine's locals now, as CPython clears a finished frame
        Frame* f = gen->frame();
        for (Value* p = f->slots; p < f->sp; ++p) p->clear();
        f->sp = f->slots;
        if (result.kind == FrameExit::Raised) replace_escaping_stop(vm, gen);  // PEP 479, as any resume's
    }
    task->loop->step_result = std::move(result);
}

} // namespace

// with a loop, exit may find a task pending or a future holding an exception nobody retrieved (VM::finalize_main)
EventLoop::EventLoop(VM& vm) : m_vm(vm) { vm.gc().exit_may_finalize = true; }

// A task's step runs in the task's context (CPython: Task.__step scheduled with context=self._context); what it set
// stays with the task
EventLoop::OuterState EventLoop::enter_task_context(Task* task) {
    return OuterState{std::exchange(m_vm.current_context, task->rare ? task->rare->context : Value()),
                      std::move(m_vm.handled_exception), std::exchange(m_vm.handled_below, nullptr)};
}

void EventLoop::leave_task_context(Task* task, OuterState outer) {
    Value inner = std::exchange(m_vm.current_context, std::move(outer.context));
    if (!inner.is_null() || task->rare) task->rare_fields().context = std::move(inner);
    // the loop's own again, however the fiber left them (ended its step, or parked with its own set aside)
    m_vm.handled_exception = std::move(outer.handled);
    m_vm.handled_below = outer.handled_below;
}

EventLoop::~EventLoop() {
    // an engine going away may free its loop before the tasks still listed: they must not look for it then
    for (Task* t : m_live_tasks) t->live_index = Task::not_live;
}

namespace {
void visit_handle(GcVisitor& v, Handle const& h) {
    v.visit(h.target);
    v.visit(h.arg);
    v.visit(h.extra);
}
} // namespace

void EventLoop::traverse(GcVisitor& v) const {
    for (Handle const& h : m_ready) visit_handle(v, h);
    for (Timer const& t : m_timers) {
        if (Handle* h = t.payload.handle()) visit_handle(v, *h);
        else if (Object* sleep = t.payload.sleep()) v.visit(sleep);
    }
    v.visit(m_pending_fatal);
}

void EventLoop::clear_references() {
    // moved out first: a task freed meanwhile leaves m_live_tasks (forget_task)
    std::deque<Handle> ready = std::move(m_ready);
    std::deque<Timer> timers = std::move(m_timers);
    for (Task* t : m_live_tasks) t->live_index = Task::not_live;
    Value fatal = std::move(m_pending_fatal);
    m_ready.clear();
    m_timers.clear();
    m_live_tasks.clear();
}

void EventLoop::call_soon(Handle handle) { m_ready.push_back(std::move(handle)); }

// When a timer `delay` seconds from now is due. A NaN delay is due at once: CPython's loop pops a handle whose
// time is NaN on its next turn (`when >= end_time` is false), so sleep(nan) returns and wait_for(x, nan) times out.
double EventLoop::due_time(double delay) {
    double when = time() + delay;
    return std::isnan(when) ? time() : when;
}

void EventLoop::call_later(double delay, Handle handle) {
    m_timers.push_back(Timer{due_time(delay), m_timer_seq++, TimerPayload::of_handle(std::move(handle))});
    std::push_heap(m_timers.begin(), m_timers.end(), TimerLater{});
}

void EventLoop::call_later_sleep(double delay, Object* sleep) {
    m_timers.push_back(Timer{due_time(delay), m_timer_seq++, TimerPayload::of_sleep(sleep)});
    std::push_heap(m_timers.begin(), m_timers.end(), TimerLater{});
}

Handle EventLoop::TimerPayload::take_ready_handle() {
    if (Handle* h = handle()) {
        Handle out = std::move(*h);
        return out;  // the box is freed with the payload
    }
    Object* s = sleep();
    m_bits = 0;  // the reference moves into the handle
    return Handle{Handle::Kind::SleepWake, FutureCallback::Kind::Callable, Value::adopt(s), Value(), Value()};
}

// CPython's TimerHandle._cancelled: a cancelled call_later handle, or a sleep whose task was cancelled.
bool EventLoop::timer_cancelled(Timer const& t) const {
    if (Object* s = t.payload.sleep()) return sleep_cancelled(s);
    Handle const* h = t.payload.handle();
    return h->kind == Handle::Kind::CallPython && h->extra && timer_handle_cancelled(h->extra.value());
}

Value callback_callable(FutureCallback const& cb) {
    return cb.kind == FutureCallback::Kind::CallableInContext ? as<Tuple>(cb.target)->items[0] : cb.target;
}

// A Callable runs with no context (an empty one); a CallableInContext's context goes in the handle's `arg`
Handle callback_handle(Future* f, FutureCallback cb) {
    if (cb.kind == FutureCallback::Kind::CallableInContext) {
        Tuple* pair = as<Tuple>(cb.target);
        return Handle{Handle::Kind::FutureCallback, FutureCallback::Kind::Callable, Value::borrowed(f), pair->items[1], pair->items[0]};
    }
    return Handle{Handle::Kind::FutureCallback, cb.kind, Value::borrowed(f), Value(), std::move(cb.target)};
}

Result<Value> scheduled_context(VM& vm, Value const& given) {
    if (given.is_null() || given.is_none())
        return vm.copy_context ? vm.copy_context(vm, vm.current_context) : Value();
    if (!vm.context_type || vm.type_of(given) != vm.context_type)
        return vm.raise(vm.types.TypeError, "context must be a contextvars.Context, not {}", vm.type_of(given)->name->view());
    return given;
}

Ref<Task> EventLoop::create_task(Value coro, Value name, Value context) {
    auto task = make<Task>(m_vm.types.task);
    task->loop = this;
    task->loop_object = Ref<Object>::borrowed(python_object);
    task->coro = Ref<Generator>::borrowed(as<Generator>(coro));
    // an unnamed task takes the next N of "Task-N", made into its name when first asked for (task_name); a named
    // one takes none (CPython: Task.__init__)
    if (!name.is_null() && !name.is_none())
        task->rare_fields().name = name;
    else if (++m_vm.task_name_counter <= UINT32_MAX)
        task->number = static_cast<std::uint32_t>(m_vm.task_name_counter);
    else
        task->rare_fields().name = m_vm.new_str(format("Task-{}", m_vm.task_name_counter));
    if (!context.is_null())
        task->rare_fields().context = std::move(context);
    m_vm.gc().track(task.get());
    task->live_index = static_cast<std::uint32_t>(m_live_tasks.size());
    m_live_tasks.push_back(task.get());
    // CPython: Task.__init__ schedules the first step with call_soon
    call_soon(Handle{Handle::Kind::TaskStep, FutureCallback::Kind::Callable, task.value(), Value(), Value()});
    return task;
}

void EventLoop::forget_task(Task* t) {
    if (t->live_index == Task::not_live || t->live_index >= m_live_tasks.size()) return;
    std::uint32_t i = t->live_index;
    t->live_index = Task::not_live;
    if (i + 1 != m_live_tasks.size()) {
        m_live_tasks[i] = std::move(m_live_tasks.back());
        m_live_tasks[i]->live_index = i;
    }
    m_live_tasks.pop_back();
}

ValueVector EventLoop::all_tasks() const {
    ValueVector out;
    out.reserve(m_live_tasks.size());
    for (Task* t : m_live_tasks) out.push_back(Value::borrowed(t));
    return out;
}

void EventLoop::schedule_callbacks(Future* f) {
    if (f->type->layout == Layout::Task) forget_task(static_cast<Task*>(f));
    std::vector<FutureCallback> callbacks = f->callbacks.take();
    for (auto& cb : callbacks)
        call_soon(callback_handle(f, std::move(cb)));
}

// CPython: Task.__step
void EventLoop::step_task(Task* task, Value exc) {
    if (task->done())
        return;
    if (task->must_cancel) {
        if (exc.is_null() && task->fut_waiter)
            exc = cancelled_error_of_waiter(m_vm, task->fut_waiter.get());
        if (exc.is_null() || !m_vm.type_of(exc)->is_subtype_of(m_vm.types.CancelledError))
            exc = make_cancelled_error(m_vm, task);
        task->must_cancel = false;
    }
    task->fut_waiter = nullptr;
    Ref<Task> hold = Ref<Task>::borrowed(task);
    Task* previous = m_current_task;
    m_current_task = task;
    step_throw = std::move(exc);
    FiberPool& pool = m_vm.fibers();
    Fiber* fiber = pool.acquire();
    OuterState outer = enter_task_context(task);
    bool finished = pool.run(fiber, run_step_on_fiber, task);
    leave_task_context(task, std::move(outer));
    m_current_task = previous;
    if (!finished) {
        // The step parked inside native code: the fiber stays with the task (see await_future_from_native).
        task->rare_fields().parked_fiber = fiber;
        return;
    }
    pool.release(fiber);
    after_step(task, std::move(step_result));
}

void EventLoop::after_step(Task* task, RunResult result) {
    VM& vm = m_vm;
    switch (result.kind) {
    case FrameExit::Returned:
        if (task->must_cancel) {
            task->must_cancel = false;
            future_cancel(vm, task, task->cancel_message());
        } else {
            (void)future_set_result(vm, task, std::move(result.value));
        }
        return;
    case FrameExit::Yielded:
        (void)vm.raise(vm.types.RuntimeError, "Task got bad yield: {}", "generator");
        [[fallthrough]];
    case FrameExit::Raised: {
        Value exc = vm.take_exception();
        if (vm.type_of(exc)->is_subtype_of(vm.types.CancelledError)) {
            // CPython: Task.__step keeps the error (_cancelled_exc, handed to the first who asks) and calls
            // super().cancel() without a message, so whoever asks later gets a bare CancelledError
            task->state = FutureState::Pending;
            future_cancel(vm, task, Value::none());
            task->rare_fields().cancelled_exc = std::move(exc);
            return;
        }
        bool fatal = vm.type_of(exc)->is_subtype_of(vm.types.KeyboardInterrupt) ||
                     vm.type_of(exc)->is_subtype_of(vm.types.SystemExit);
        (void)future_set_exception(vm, task, exc);
        if (fatal) {
            m_pending_fatal = exc;
            m_stopping = true;
        }
        return;
    }
    case FrameExit::Suspended: {
        Value& waited = result.value;
        if (waited.is_none()) {
            // a bare yield (asyncio.sleep(0)): run again after one loop iteration
            call_soon(Handle{Handle::Kind::TaskStep, FutureCallback::Kind::Callable, Value::borrowed(task), Value(), Value()});
            return;
        }
        if (vm.type_of(waited) == vm.types.sleep_awaitable) {
            auto* s = as<SleepAwaitable>(waited);
            s->waiter = Ref<Object>::borrowed(task);
            task->fut_waiter = Ref<Object>::borrowed(s);
            if (task->must_cancel && cancel_waiter(vm, s, task->cancel_message())) task->must_cancel = false;
            return;
        }
        if (Layout l = layout_of(waited); l != Layout::Future && l != Layout::Task) {
            // an __await__ that yields something else to the loop (CPython: Task.__step's "bad yield")
            Result<std::string> r = vm.repr_string(waited);
            Value msg = vm.new_str("Task got bad yield: " + (r.is_error() ? std::string("?") : r.value()));
            if (r.is_error()) vm.take_exception();
            Value e = vm.new_exception(vm.types.RuntimeError, &msg, 1).release_value();
            call_soon(Handle{Handle::Kind::TaskStep, FutureCallback::Kind::Callable, Value::borrowed(task), std::move(e), Value()});
            return;
        }
        Future* f = as<Future>(waited);
        f->blocking = false;  // taken (CPython: Task.__step sets result._asyncio_future_blocking = False)
        if (f == task) {
            Result<std::string> r = vm.repr_string(Value::borrowed(task));
            Value msg = vm.new_str("Task cannot await on itself: " + (r.is_error() ? std::string("<Task>") : r.value()));
            Value e = vm.new_exception(vm.types.RuntimeError, &msg, 1).release_value();
            call_soon(Handle{Handle::Kind::TaskStep, FutureCallback::Kind::Callable, Value::borrowed(task), std::move(e), Value()});
            return;
        }
        future_add_callback(vm, f, FutureCallback{FutureCallback::Kind::TaskWakeup, Value::borrowed(task)});
        task->fut_waiter = Ref<Object>::borrowed(f);
        if (task->must_cancel && cancel_waiter(vm, f, task->cancel_message())) task->must_cancel = false;
        return;
    }
    }
}

Result<void> EventLoop::run_handle(Handle& h) {
    switch (h.kind) {
    case Handle::Kind::TaskStep:
        step_task(as<Task>(h.target), std::move(h.arg));
        return {};
    case Handle::Kind::FutureCallback: {
        switch (h.callback_kind) {
        case FutureCallback::Kind::TaskWakeup: {
            Task* task = as<Task>(h.extra);
            if (Fiber* fiber = task->parked_fiber()) {
                // a task parked in native code continues on its own fiber
                task->rare->parked_fiber = nullptr;
                Task* previous = m_current_task;
                m_current_task = task;
                OuterState outer = enter_task_context(task);
                bool finished = m_vm.fibers().resume(fiber);
                leave_task_context(task, std::move(outer));
                m_current_task = previous;
                if (!finished) {
                    task->rare_fields().parked_fiber = fiber;
                    return {};
                }
                m_vm.fibers().release(fiber);
                after_step(task, std::move(step_result));
                return {};
            }
            step_task(task, Value());
            return {};
        }
        case FutureCallback::Kind::Gather:
            gather_child_done(m_vm, as<Future>(h.extra), as<Future>(h.target));
            return {};
        case FutureCallback::Kind::StopLoop:
            stop();
            return {};
        case FutureCallback::Kind::Callable:
        case FutureCallback::Kind::CallableInContext: {  // (callback_handle makes the second the first)
            Value outer_context = std::exchange(m_vm.current_context, std::move(h.arg));
            Result<Value> r = m_vm.call1(h.extra.value(), h.target.value());
            m_vm.current_context = std::move(outer_context);
            if (r.is_error()) {
                auto args = m_vm.new_tuple(1);
                args->items[0] = h.target.value();
                return report_callback_error(h.extra.value(), args.value(), Value());
            }
            return {};
        }
        }
        return {};
    }
    case Handle::Kind::SetResultUnlessCancelled: {
        Future* f = as<Future>(h.target);
        if (f->state == FutureState::Pending) (void)future_set_result(m_vm, f, std::move(h.arg));
        return {};
    }
    case Handle::Kind::SleepWake:
        sleep_timer_fired(as<SleepAwaitable>(h.target));
        return {};
    case Handle::Kind::CallPython: {
        if (h.extra && timer_handle_cancelled(h.extra.value())) return {};
        Tuple* args = as<Tuple>(h.arg);
        // a callback that is not an object (None, a number: an error when called) is kept by the handle object only
        Value fn = h.target ? h.target.value() : h.extra ? timer_handle_callback(h.extra.value()) : Value::none();
        Value outer_context = std::exchange(m_vm.current_context, h.extra ? timer_handle_context(h.extra.value()) : Value());
        Result<Value> r = m_vm.call(fn, args->items, args->size);
        m_vm.current_context = std::move(outer_context);
        if (r.is_error()) return report_callback_error(fn, h.arg, h.extra ? h.extra.value() : Value());
        return {};
    }
    }
    return {};
}

// A callback as asyncio's messages show it: "cb(1, 'x') at /path/file.py:3" (CPython:
// format_helpers._format_callback_source)
namespace {

// The callback's qualified name and argument reprs, and where a plain function was defined: what the report says
// when asyncio.events cannot be loaded
std::string plain_callback_text(VM& vm, Value const& fn, Value const& args) {
    std::string out;
    Value name = Value();
    for (char const* attr : {"__qualname__", "__name__"}) {
        Result<Value> r = vm.getattr_opt(fn, vm.intern(attr));
        if (r.is_error()) { vm.take_exception(); continue; }
        if (layout_of(r.value()) == Layout::Str) { name = r.release_value(); break; }
    }
    if (!name.is_null()) {
        out = std::string(as<Str>(name)->view());
    } else if (Result<std::string> r = vm.repr_string(fn); !r.is_error()) {
        out = r.value();
    } else {
        vm.take_exception();
    }
    out += "(";
    if (layout_of(args) == Layout::Tuple) {
        Tuple* t = as<Tuple>(args);
        for (std::size_t i = 0; i < t->size; ++i) {
            if (i) out += ", ";
            Result<std::string> r = vm.repr_string(t->items[i]);
            if (r.is_error()) { vm.take_exception(); out += "..."; } else { out += r.value(); }
        }
    }
    out += ")";
    if (layout_of(fn) == Layout::Function) {
        CodeObject* code = as<Function>(fn)->code.get();
        out += format(" at {}:{}", code->filename ? code->filename->view() : std::string_view("?"),
                      code->unit ? code->unit->first_line : 1);
    }
    return out;
}

} // namespace

// CPython: format_helpers._format_callback_source, which asyncio.events follows (partials unwrapped, arguments
// shortened by reprlib)
std::string callback_text(VM& vm, Value const& fn, Value const& args) {
    Value call_args = layout_of(args) == Layout::Tuple ? args : vm.new_tuple(0).take_value();
    Result<Value> events = vm.import_module(vm.intern("asyncio.events"));
    if (!events.is_error() && layout_of(events.value()) == Layout::Module) {
        Value format = dict_get_str(as<Module>(events.value())->dict.get(), vm.intern("_format_callback_source"));
        if (!format.is_null()) {
            Value pair[2] = {fn, call_args};
            Result<Value> text = vm.call(format, pair, 2);
            if (!text.is_error() && layout_of(text.value()) == Layout::Str) return std::string(as<Str>(text.value())->view());
        }
    }
    if (vm.has_exception()) vm.take_exception();
    return plain_callback_text(vm, fn, args);
}

// An exception escaping a callback goes to the loop's exception handler (CPython: events.Handle._run)
Result<void> EventLoop::report_callback_error(Value const& fn, Value const& args, Value const& handle) {
    Value exc = m_vm.take_exception();
    if (m_vm.type_of(exc)->is_subtype_of(m_vm.types.KeyboardInterrupt) || m_vm.type_of(exc)->is_subtype_of(m_vm.types.SystemExit))
        return m_vm.raise_value(exc);
    std::string cb = callback_text(m_vm, fn, args);
    Ref<Dict> context = m_vm.new_dict();
    dict_set_str(m_vm, context.get(), m_vm.intern("message"), m_vm.new_str("Exception in callback " + cb));
    dict_set_str(m_vm, context.get(), m_vm.intern("exception"), exc);
    // the Handle that ran it: call_soon's own, or one naming a future's done-callback (CPython: Handle._run's self)
    dict_set_str(m_vm, context.get(), m_vm.intern("handle"), handle.is_null() ? new_handle_object(m_vm, fn, args) : handle);
    return call_exception_handler(m_vm, static_cast<LoopObject*>(python_object), context.value());
}

// What a slow callback's warning names: the task a step or wakeup runs, else the callback's Handle (CPython:
// base_events._format_handle)
Value handle_subject(VM& vm, Handle const& h) {
    switch (h.kind) {
    case Handle::Kind::TaskStep: return h.target.value();
    case Handle::Kind::FutureCallback:
        if (h.callback_kind == FutureCallback::Kind::TaskWakeup) return h.extra.value();
        if (h.callback_kind == FutureCallback::Kind::Callable && h.extra) {
            auto args = vm.new_tuple(1);
            args->items[0] = h.target.value();
            return new_handle_object(vm, h.extra.value(), args.take_value());
        }
        return Value();
    case Handle::Kind::CallPython:
        return h.extra ? h.extra.value() : new_handle_object(vm, h.target.value(), h.arg);
    default: return Value();
    }
}

// CPython: BaseEventLoop._run_once in debug mode: a callback that ran slow_callback_duration (0.1 s) or longer is
// logged to the 'asyncio' logger as "Executing <handle> took 0.150 seconds"
Result<void> EventLoop::run_handle_timed(Handle& h) {
    Value subject = handle_subject(m_vm, h);
    double start = time();
    TRY(run_handle(h));
    double took = time() - start;
    double slow = 0.1;
    if (Object* attrs = m_vm.gc().attributes_of(python_object)) {
        Value v = dict_get_str(static_cast<Dict*>(attrs), m_vm.intern("slow_callback_duration"));
        if (!v.is_null()) slow = TRY(m_vm.to_double(v));
    }
    if (took < slow || subject.is_null()) return {};
    Value logging = TRY(m_vm.import_module(m_vm.intern("logging")));
    Value get_logger = TRY(m_vm.getattr(logging, m_vm.intern("getLogger")));
    Value logger = TRY(m_vm.call1(get_logger, m_vm.new_str("asyncio")));
    Value text = m_vm.new_str(TRY(m_vm.repr_string(subject)));
    Value args[3] = {m_vm.new_str("Executing %s took %.3f seconds"), text, Value::from_float(took)};
    TRY(m_vm.call_method(logger, m_vm.intern("warning"), args, 3));
    return {};
}

// CPython: BaseEventLoop._run_once
bool EventLoop::has_work() const {
    return !m_ready.empty() || !m_timers.empty() || (m_vm.host_inbox && m_vm.host_inbox->has_waiters());
}

Result<void> EventLoop::poll() {
    EventLoop* previous = m_vm.running_loop;
    m_vm.running_loop = this;
    m_running = true;
    Result<void> r = run_once(false);
    m_stopping = false;
    m_running = false;
    m_vm.running_loop = previous;
    return r;
}

double EventLoop::next_deadline() {
    if (!m_ready.empty()) return 0;
    while (!m_timers.empty() && timer_cancelled(m_timers.front())) {
        std::pop_heap(m_timers.begin(), m_timers.end(), TimerLater{});
        m_timers.pop_back();
    }
    if (m_timers.empty()) return -1;
    return std::max(0.0, m_timers.front().when - time());
}

// Nothing is ready: waits until `when` (the first timer; infinity for none, while host operations are pending),
// a host completion, or a signal that made work.
Result<void> EventLoop::wait_for_work(double when) {
    HostInbox* inbox = m_vm.host_inbox.get();
    if (m_vm.clock.is_virtual() && std::isfinite(when)) {
        m_vm.clock.advance_to(when);
        return {};
    }
    for (;;) {
        double left = when - time();
        if (left <= 0) return {};
        if (m_vm.interrupt_pending()) {
            TRY(m_vm.handle_interrupt());
            if (!m_ready.empty() || m_stopping) return {};  // a signal handler made work (cancelled a task)
        }
        double slice = std::min(left, 0.05);  // signals are looked at this often
        if (inbox) {
            if (inbox->wait(slice)) return {};
        } else {
            std::this_thread::sleep_for(std::chrono::duration<double>(slice));
        }
    }
}

Result<void> EventLoop::run_once(bool may_block) {
    HostInbox* inbox = m_vm.host_inbox.get();
    if (inbox) inbox->drain(m_vm);
    // cancelled timers at the head of the heap go first, so they do not decide how long to wait
    while (!m_timers.empty() && timer_cancelled(m_timers.front())) {
        std::pop_heap(m_timers.begin(), m_timers.end(), TimerLater{});
        m_timers.pop_back();
    }
    if (may_block && m_ready.empty() && !m_stopping && (!m_timers.empty() || (inbox && inbox->has_waiters()))) {
        if (!m_vm.clock.is_virtual()) TRY(m_vm.flush_stdout_if_interactive());
        TRY(wait_for_work(m_timers.empty() ? HUGE_VAL : m_timers.front().when));
        if (inbox) inbox->drain(m_vm);
    }
    double end_time = time() + clock_resolution;
    while (!m_timers.empty() && m_timers.front().when < end_time) {
        std::pop_heap(m_timers.begin(), m_timers.end(), TimerLater{});
        m_ready.push_back(m_timers.back().payload.take_ready_handle());
        m_timers.pop_back();
    }
    std::size_t ntodo = m_ready.size();
    bool timed = debug;  // read once per iteration: the flag set_debug() changes
    for (std::size_t i = 0; i < ntodo; ++i) {
        Handle h = std::move(m_ready.front());
        m_ready.pop_front();
        if (timed) [[unlikely]]
            TRY(run_handle_timed(h));
        else
            TRY(run_handle(h));
        if (m_vm.interrupt_pending()) TRY(m_vm.handle_interrupt());
        if (!m_pending_fatal.is_null()) {
            Value exc = std::move(m_pending_fatal);
            return m_vm.raise_value(exc);
        }
    }
    return {};
}

// Runs the loop until stop(), or until nothing can ever happen (CPython would block forever in select(): weft
// returns instead of hanging); with `until`, also when that future is done (its StopLoop callback stops the loop)
Result<void> EventLoop::run_loop(Future* until) {
    EventLoop* previous = m_vm.running_loop;
    m_vm.running_loop = this;
    m_running = true;
    // debug mode records where each coroutine was made while the loop runs (CPython:
    // _set_coroutine_origin_tracking, constants.DEBUG_STACK_DEPTH)
    int saved_origin_depth = m_vm.coroutine_origin_depth;
    bool tracking = debug;
    if (tracking) m_vm.coroutine_origin_depth = 10;
    Result<void> r;
    for (;;) {
        r = run_once();
        if (r.is_error() || m_stopping) break;
        if (!has_work() && !(until && until->done())) break;
    }
    if (tracking) m_vm.coroutine_origin_depth = saved_origin_depth;
    m_stopping = false;
    m_running = false;
    m_vm.running_loop = previous;
    return r;
}

// CPython: BaseEventLoop.run_forever
Result<void> EventLoop::run_forever() { return run_loop(nullptr); }

// CPython: BaseEventLoop.run_until_complete
Result<Value> EventLoop::run_until_complete(Value future) {
    Future* f = as<Future>(future);
    future_add_callback(m_vm, f, FutureCallback{FutureCallback::Kind::StopLoop, Value::borrowed(python_object)});
    Result<void> r = run_loop(f);
    // remove our stop callback if it did not run
    std::vector<FutureCallback> kept;
    for (auto& cb : f->callbacks)
        if (cb.kind != FutureCallback::Kind::StopLoop) kept.push_back(std::move(cb));
    f->callbacks.assign(std::move(kept));
    if (r.is_error()) return Raised{};
    if (!f->done()) return m_vm.raise(m_vm.types.RuntimeError, "Event loop stopped before Future completed.");
    return future_get_result(m_vm, f);
}

} // namespace weft::rt
