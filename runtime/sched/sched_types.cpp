// The event loop object, timer handles, asyncio.sleep()'s awaitable, the await protocol for native
// awaitables, and gather (CPython: Lib/asyncio/tasks.py gather and _GatheringFuture).
#include "runtime/sched/future.hpp"
#include "runtime/sched/sched_types.hpp"

#include <algorithm>
#include <unordered_map>

#include "runtime/gc.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/iterator.hpp"

namespace weft::rt {


bool timer_handle_cancelled(Value const& timer) { return as<TimerHandleObject>(timer)->cancelled; }
Value timer_handle_context(Value const& timer) { return as<TimerHandleObject>(timer)->context; }
Value timer_handle_callback(Value const& timer) { return as<TimerHandleObject>(timer)->callback; }
void TimerHandleObject::traverse(GcVisitor& v) {
    v.visit(context);
    v.visit(callback);
    v.visit(args);
}
void TimerHandleObject::clear_references() {
    context.clear();
    callback.clear();
    args.clear();
}

Value new_handle_object(VM& vm, Value const& callback, Value const& args) {
    auto h = make<TimerHandleObject>(vm.types.handle);
    h->callback = callback;
    h->args = args.is_null() ? vm.new_tuple(0).take_value() : args;
    vm.gc().track(h.get());
    return h.take_value();
}

void SleepAwaitable::traverse(GcVisitor& v) {
    v.visit(result);
    v.visit(waiter);
}
void LoopObject::traverse(GcVisitor& v) {
    v.visit(exception_handler);
    v.visit(debug);
    if (loop) loop->traverse(v);
}

void LoopObject::clear_references() {
    exception_handler.clear();
    debug.clear();
    if (loop) loop->clear_references();
}

bool sleep_cancelled(Object* sleep) { return static_cast<SleepAwaitable*>(sleep)->state == SleepAwaitable::State::Cancelled; }

namespace {
// Wakes the task waiting on `s` in the next loop iteration (CPython: the future's done-callback, Task.__wakeup).
void wake_sleeper(SleepAwaitable* s) {
    Ref<Object> held = std::move(s->waiter);
    auto* task = static_cast<Task*>(held.get());
    if (task && task->loop)
        task->loop->call_soon(Handle{Handle::Kind::FutureCallback, FutureCallback::Kind::TaskWakeup, Value::borrowed(s), Value(),
                              Value::borrowed(task)});
}
} // namespace

void sleep_timer_fired(SleepAwaitable* s) {
    // CPython: futures._set_result_unless_cancelled
    if (s->state != SleepAwaitable::State::Waiting) return;
    s->state = SleepAwaitable::State::Fired;
    wake_sleeper(s);
}

Value cancelled_error_of_waiter(VM& vm, Object* waiter) {
    if (waiter->type == vm.types.sleep_awaitable) {
        auto* s = static_cast<SleepAwaitable*>(waiter);
        if (s->state != SleepAwaitable::State::Cancelled) return Value();
        Value msg = s->result;
        Result<Value> exc = msg.is_null() ? vm.new_exception(vm.types.CancelledError, nullptr, 0)
                                          : vm.new_exception(vm.types.CancelledError, &msg, 1);
        return exc.is_error() ? Value() : exc.release_value();
    }
    auto* f = static_cast<Future*>(waiter);
    return f->state == FutureState::Cancelled ? make_cancelled_error(vm, f) : Value();
}

bool cancel_waiter(VM& vm, Object* waiter, Value message) {
    if (waiter->type == vm.types.sleep_awaitable) {
        auto* s = static_cast<SleepAwaitable*>(waiter);
        if (s->state != SleepAwaitable::State::Waiting) return false;
        s->state = SleepAwaitable::State::Cancelled;
        s->result = message.is_none() ? Value() : std::move(message);
        wake_sleeper(s);
        return true;
    }
    auto* f = static_cast<Future*>(waiter);
    return f->type->layout == Layout::Task ? task_cancel(vm, static_cast<Task*>(f), std::move(message))
                                           : future_cancel(vm, f, std::move(message));
}

Ref<LoopObject> new_loop_object(VM& vm) {
    auto obj = make<LoopObject>(vm.types.event_loop);
    obj->loop = std::make_unique<EventLoop>(vm);
    obj->loop->python_object = obj.get();
    vm.gc().track(obj.get());
    return obj;
}

namespace {
char const current_loop_key = 0;  // VM::module_state(): the current loop
} // namespace

Value& current_loop_slot(VM& vm) { return vm.module_state(&current_loop_key); }

EventLoop* event_loop_for(VM& vm) {
    if (vm.running_loop) return vm.running_loop;
    Value& current = current_loop_slot(vm);
    if (current.is_null()) current = new_loop_object(vm).take_value();
    return as<LoopObject>(current)->loop.get();
}

EventLoop* running_loop_or_raise(VM& vm) {
    if (!vm.running_loop) {
        (void)vm.raise(vm.types.RuntimeError, "no running event loop");
        return nullptr;
    }
    return vm.running_loop;
}

Result<EventLoop*> loop_named_by(VM& vm, Value const& loop) {
    if (loop.is_null() || loop.is_none()) {
        EventLoop* running = running_loop_or_raise(vm);
        if (!running) return Raised{};
        return running;
    }
    if (vm.type_of(loop) == vm.types.event_loop) return as<LoopObject>(loop)->loop.get();
    return static_cast<EventLoop*>(nullptr);
}

AwaitStatus await_native(VM& vm, Value const& awaitable, Value& out) {
    Object* o = awaitable.as_object();
    if (o->type->layout == Layout::Future || o->type->layout == Layout::Task) {
        Future* f = static_cast<Future*>(o);
        if (!f->done()) {
            out = awaitable;
            return AwaitStatus::Wait;
        }
        Result<Value> r = future_get_result(vm, f);
        if (r.is_error()) return AwaitStatus::Error;
        out = r.release_value();
        return AwaitStatus::Done;
    }
    using State = SleepAwaitable::State;
    auto* s = static_cast<SleepAwaitable*>(o);
    switch (s->state) {
    case State::Fresh: {
        if (s->delay <= 0) {
            // CPython: `await __sleep0()`, a bare yield
            s->state = State::Yielded;
            out = Value::none();
            return AwaitStatus::Wait;
        }
        EventLoop* loop = running_loop_or_raise(vm);
        if (!loop) return AwaitStatus::Error;
        loop->call_later_sleep(s->delay, s);
        s->state = State::Waiting;
        out = awaitable;
        return AwaitStatus::Wait;
    }
    case State::Waiting:
        out = awaitable;
        return AwaitStatus::Wait;
    case State::Yielded:
    case State::Fired:
        s->state = State::Consumed;
        out = std::move(s->result);
        return AwaitStatus::Done;
    case State::Cancelled: {
        s->state = State::Consumed;
        Value msg = std::move(s->result);
        Result<Value> exc = msg.is_null() ? vm.new_exception(vm.types.CancelledError, nullptr, 0)
                                          : vm.new_exception(vm.types.CancelledError, &msg, 1);
        if (!exc.is_error()) (void)vm.raise_value(exc.release_value());
        return AwaitStatus::Error;
    }
    case State::Consumed:
        (void)vm.raise(vm.types.RuntimeError, "cannot reuse already awaited coroutine");
        return AwaitStatus::Error;
    }
    return AwaitStatus::Error;
}

namespace {

// fut.__await__() and iter(fut) (CPython: _asyncio.FutureIter), sleep().__await__(): an iterator that yields what the
// awaitable waits on (the future itself, or None for one loop turn) until it is done, then stops with its result,
// so that `yield from fut` in a generator-based coroutine and an __await__ that returns one work as `await` does.
struct AwaitIterator final : Object {
    Value awaitable;
    explicit AwaitIterator(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(awaitable); }
    void clear_references() override { awaitable.clear(); }
};

Result<Value> native_await_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto it = make<AwaitIterator>(vm.types.await_iterator);
    it->awaitable = args[0];
    vm.gc().track(it.get());
    return it.take_value();
}

// One step of a native awaitable: what it waits on, or null with its result in `stop_value` once done
Result<Value> native_await_step(VM& vm, Value const& awaitable, Value& stop_value) {
    Value out;
    switch (await_native(vm, awaitable, out)) {
    case AwaitStatus::Done:
        stop_value = std::move(out);
        return Value();
    case AwaitStatus::Wait:
        return out;
    case AwaitStatus::Error:
        break;
    }
    return Raised{};
}

// CPython: FutureIter_iternext: a pending future is yielded once (its _asyncio_future_blocking set until a task takes
// it); yielded again before that, it was not awaited: "await wasn't used with future"
Result<Value> await_iterator_next_slot(VM& vm, Value const& self, Value& stop_value) {
    auto* it = as<AwaitIterator>(self);
    Layout l = layout_of(it->awaitable);
    if ((l == Layout::Future || l == Layout::Task) && !as<Future>(it->awaitable)->done()) {
        Future* f = as<Future>(it->awaitable);
        if (f->blocking) return vm.raise(vm.types.RuntimeError, "await wasn't used with future");
        f->blocking = true;
        return it->awaitable;
    }
    return native_await_step(vm, it->awaitable, stop_value);
}

// the step as send() and __next__ give it: StopIteration(result) once done
Result<Value> await_step_raising(VM& vm, Value const& awaitable) {
    Value stop;
    Value r = TRY(native_await_step(vm, awaitable, stop));
    if (!r.is_null()) return r;
    return vm.raise_stop_iteration(stop);
}

Result<Value> await_iterator_next(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value stop;
    Value r = TRY(await_iterator_next_slot(vm, args[0], stop));
    if (!r.is_null()) return r;
    return vm.raise_stop_iteration(stop);
}

Result<Value> await_iterator_send(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (!args[1].is_none()) return vm.raise(vm.types.TypeError, "can't send non-None value to a FutureIter");
    return await_iterator_next(vm, args, nargs, kwnames);
}

// sleep().send(None): the sleep coroutine driven by hand (the value sent is ignored, as asyncio.sleep's own yield)
Result<Value> sleep_send(VM& vm, Value const* args, std::size_t, Tuple*) { return await_step_raising(vm, args[0]); }

Result<Value> await_iterator_throw(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value exc = TRY(thrown_exception(vm, "throw", args + 1, nargs - 1));
    return vm.raise_value(exc);
}

Result<Value> await_iterator_iter(VM& vm, Value const* args, std::size_t, Tuple*) { return args[0]; }
Result<Value> await_iterator_close(VM& vm, Value const*, std::size_t, Tuple*) { return Value::none(); }

} // namespace

namespace {

// A coroutine awaiting `aw` (asyncio.py's _wrap_awaitable; CPython: tasks.py _wrap_awaitable)
Result<Value> wrap_awaitable(VM& vm, Value const& aw) {
    if (vm.type_of(aw) == vm.types.sleep_awaitable) as<SleepAwaitable>(aw)->adopted = true;
    Value asyncio = TRY(vm.import_module(vm.intern("asyncio")));
    Value wrap = TRY(vm.getattr(asyncio, vm.intern("_wrap_awaitable")));
    return vm.call1(wrap, aw);
}

} // namespace

Result<Value> coroutine_of(VM& vm, Value const& aw) {
    Type* t = vm.type_of(aw);
    if (t->layout == Layout::Coroutine) return aw;
    if (t->layout != Layout::Awaitable) return Value();
    return wrap_awaitable(vm, aw);  // a native awaitable
}

// CPython: tasks.py _ensure_future: a future as it is, a coroutine or any awaitable (inspect.isawaitable) in a task
Result<Value> ensure_future(VM& vm, Value const& aw, EventLoop* loop) {
    Type* t = vm.type_of(aw);
    if (t->layout == Layout::Future || t->layout == Layout::Task) {
        if (loop && as<Future>(aw)->loop != loop)
            return vm.raise(vm.types.ValueError, "The future belongs to a different loop than the one specified as the loop argument");
        return aw;
    }
    Value coro;
    if (t->layout == Layout::Coroutine || t->layout == Layout::Awaitable) coro = TRY(coroutine_of(vm, aw));
    else if (t->slots.await_native || !t->lookup(vm.names.dunder_await).is_null()) coro = TRY(wrap_awaitable(vm, aw));
    else return vm.raise(vm.types.TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    if (!loop) loop = event_loop_for(vm);  // CPython: ensure_future's events._get_event_loop()
    return loop->create_task(coro, Value()).take_value();
}

// gather's _done_callback
void gather_child_done(VM& vm, Future* outer, Future* child) {
    Future::Gathering& g = *outer->gathering();
    ++g.finished_children;
    if (outer->done()) {
        if (child->state != FutureState::Cancelled) child->log_traceback = false;
        return;
    }
    if (!g.return_exceptions) {
        if (child->state == FutureState::Cancelled) {
            (void)future_set_exception(vm, outer, make_cancelled_error(vm, child));
            return;
        }
        if (child->failed) {
            child->log_traceback = false;
            (void)future_set_exception(vm, outer, child->outcome);
            return;
        }
    }
    if (g.finished_children == g.distinct_children) {
        Ref<List> results = vm.new_list();
        for (auto const& c : g.children) {
            Future* f = as<Future>(c);
            if (f->state == FutureState::Cancelled) {
                Value msg = f->cancel_message().is_null() || f->cancel_message().is_none() ? vm.new_str("") : f->cancel_message();
                Result<Value> e = vm.new_exception(vm.types.CancelledError, &msg, 1);
                results->items.push_back(e.is_error() ? Value::none() : e.release_value());
            } else {
                if (f->failed) f->log_traceback = false;  // retrieved (CPython: fut.exception() in _done_callback)
                results->items.push_back(f->outcome);
            }
        }
        if (outer->cancel_requested)
            (void)future_set_exception(vm, outer, make_cancelled_error(vm, child));
        else
            (void)future_set_result(vm, outer, results.take_value());
    }
}

Result<Value> gather(VM& vm, Value const* awaitables, std::size_t n, bool return_exceptions) {
    if (n == 0) {
        EventLoop* loop = running_loop_or_raise(vm);
        if (!loop) return Raised{};
        Ref<Future> outer = new_future(vm, loop);
        TRY(future_set_result(vm, outer.get(), vm.new_list().take_value()));
        return outer.take_value();
    }
    EventLoop* loop = nullptr;
    std::vector<std::pair<Value, Value>> arg_to_fut;
    std::unordered_map<std::uint64_t, std::size_t> seen;  // awaitable identity -> index in arg_to_fut
    ValueVector children;
    children.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Value fut;
        std::uint64_t identity = awaitables[i].raw_bits();
        auto it = awaitables[i].is_object() ? seen.find(identity) : seen.end();
        if (it != seen.end()) {
            fut = arg_to_fut[it->second].second;
        } else {
            fut = TRY(ensure_future(vm, awaitables[i], loop));
            if (!loop) loop = as<Future>(fut)->loop;
            // a task made here for a coroutine is gather's own: freed pending, it is not reported (CPython:
            // gather sets fut._log_destroy_pending = False when fut is not arg)
            if (fut.raw_bits() != awaitables[i].raw_bits()) as<Future>(fut)->log_destroy_pending = false;
            if (awaitables[i].is_object()) seen.emplace(identity, arg_to_fut.size());
            arg_to_fut.emplace_back(awaitables[i], fut);
        }
        children.push_back(fut);
    }
    Ref<Future> outer = new_future(vm, loop);
    outer->is_gathering = true;
    auto& gathering = outer->rare_fields().gathering;
    gathering = std::make_unique<Future::Gathering>();
    gathering->return_exceptions = return_exceptions;
    gathering->children = std::move(children);
    gathering->distinct_children = arg_to_fut.size();
    // the calling task awaits each child (CPython 3.14: gather's future_add_to_awaited_by(fut, cur_task))
    if (vm.running_loop)
        if (Task* current = vm.running_loop->current_task()) gathering->parent = Value::borrowed(current);
    for (auto const& [arg, f] : arg_to_fut)
        future_add_callback(vm, as<Future>(f), FutureCallback{FutureCallback::Kind::Gather, outer.value()});
    return outer.take_value();
}

namespace {

// CPython: BaseEventLoop.default_exception_handler, its report as logging's last-resort handler prints it: the
// message (or "Unhandled exception in event loop"), each other key of the context as "key: repr(value)" in
// sorted order, then the exception's traceback
Result<void> default_exception_handler(VM& vm, Value const& context) {
    if (layout_of(context) != Layout::Dict) return vm.raise(vm.types.TypeError, "context must be a dict");
    Dict* d = as<Dict>(context);
    Value message = dict_get_str(d, vm.intern("message"));
    std::string out;
    if (!message.is_null() && TRY(vm.truthy(message))) out = TRY(vm.str_string(message));
    else out = "Unhandled exception in event loop";
    std::vector<std::pair<std::string, Value>> rest;
    for (auto const& e : d->table.entries()) {
        if (e.key.is_null() || layout_of(e.key) != Layout::Str) continue;
        std::string k(as<Str>(e.key)->view());
        if (k != "message" && k != "exception") rest.emplace_back(k, e.value);
    }
    std::sort(rest.begin(), rest.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
    for (auto const& [k, v] : rest) out += "\n" + k + ": " + TRY(vm.repr_string(v));
    out += "\n";
    Value exc = dict_get_str(d, vm.intern("exception"));
    if (!exc.is_null() && !exc.is_none() && vm.type_of(exc)->layout == Layout::Exception) out += vm.format_exception(exc);
    (void)vm.flush_stdout_if_interactive();
    vm.write_stderr(out);
    return {};
}

} // namespace

Result<void> call_exception_handler(VM& vm, LoopObject* loop, Value const& context) {
    if (!loop || loop->exception_handler.is_null()) {
        if (default_exception_handler(vm, context).is_error()) {
            // CPython logs "Exception in default exception handler" and goes on
            Value e = vm.take_exception();
            (void)vm.flush_stdout_if_interactive();
            vm.write_stderr("Exception in default exception handler\n" + vm.format_exception(e));
        }
        return {};
    }
    Value args[2] = {Value::borrowed(loop), context};
    if (vm.call(loop->exception_handler, args, 2).is_error()) {
        Value e = vm.take_exception();
        if (vm.type_of(e)->is_subtype_of(vm.types.KeyboardInterrupt) || vm.type_of(e)->is_subtype_of(vm.types.SystemExit))
            return vm.raise_value(e);
        // CPython: "Unhandled error in exception handler", with the original context
        Ref<Dict> report = vm.new_dict();
        dict_set_str(vm, report.get(), vm.intern("message"), vm.new_str("Unhandled error in exception handler"));
        dict_set_str(vm, report.get(), vm.intern("exception"), e);
        dict_set_str(vm, report.get(), vm.intern("context"), context);
        (void)default_exception_handler(vm, report.value());
    }
    return {};
}

namespace {

EventLoop* loop_of(Value const* args) { return as<LoopObject>(args[0])->loop.get(); }

Result<Value> loop_set_exception_handler(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& h = args[1];
    if (!h.is_none() && !vm.is_callable(h)) {
        std::string r = TRY(vm.repr_string(h));
        return vm.raise(vm.types.TypeError, "A callable object or None is expected, got {}", r);
    }
    as<LoopObject>(args[0])->exception_handler = h.is_none() ? Value() : h;
    return Value::none();
}

Result<Value> loop_get_exception_handler(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& h = as<LoopObject>(args[0])->exception_handler;
    return h.is_null() ? Value::none() : h;
}

Result<Value> loop_call_exception_handler(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(call_exception_handler(vm, as<LoopObject>(args[0]), args[1]));
    return Value::none();
}

Result<Value> loop_default_exception_handler(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(default_exception_handler(vm, args[1]));
    return Value::none();
}

Result<Value> loop_run_forever(VM& vm, Value const* args, std::size_t, Tuple*) {
    EventLoop* loop = loop_of(args);
    if (loop->is_closed()) return vm.raise(vm.types.RuntimeError, "Event loop is closed");
    if (loop->is_running()) return vm.raise(vm.types.RuntimeError, "This event loop is already running");
    if (vm.running_loop) return vm.raise(vm.types.RuntimeError, "Cannot run the event loop while another loop is running");
    TRY(loop->run_forever());
    return Value::none();
}

Result<Value> loop_create_future(VM& vm, Value const* args, std::size_t, Tuple*) {
    return new_future(vm, loop_of(args)).take_value();
}

Result<Value> loop_create_task(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    Value kw[2];
    // named by its qualified name, as CPython names a Python function in this message
    TRY(parse_kwargs(vm, "BaseEventLoop.create_task", args + 1, nargs - 1, kwnames, {"name", "context"}, kw,
                     UnknownKeyword::Unexpected));
    if (npos != 1) return vm.raise(vm.types.TypeError, "create_task() takes exactly one positional argument");
    Value coro = TRY(coroutine_of(vm, args[1]));
    if (coro.is_null()) {
        std::string r = TRY(vm.repr_string(args[1]));
        return vm.raise(vm.types.TypeError, "a coroutine was expected, got {}", r);
    }
    Value name = kw[0].is_null() || kw[0].is_none() ? Value() : TRY(vm.str(kw[0]));
    Value context = TRY(scheduled_context(vm, kw[1]));
    return loop_of(args)->create_task(coro, name, std::move(context)).take_value();
}

// The handle call_soon, call_later and call_at return, with the context its callback runs in (their keyword
// `context`, else a copy of the current one)
Result<Value> make_timer(VM& vm, Type* type, double when, Value const* args, std::size_t nargs, Tuple* kwnames,
                         char const* name, Value callback, Value callback_args) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    Value kw[1];
    TRY(parse_kwargs(vm, std::string("BaseEventLoop.") + name, args + 1 + npos, nargs - 1 - npos, kwnames, {"context"},
                     kw, UnknownKeyword::Unexpected));
    auto t = make<TimerHandleObject>(type);
    t->when = when;
    t->context = TRY(scheduled_context(vm, kw[0]));
    t->callback = std::move(callback);
    t->args = std::move(callback_args);
    vm.gc().track(t.get());
    return t.take_value();
}

Result<Value> loop_call_soon(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    if (npos < 1) return raise_missing_arguments(vm, "BaseEventLoop.call_soon", {"callback"}, "positional");
    if (loop_of(args)->is_closed()) return vm.raise(vm.types.RuntimeError, "Event loop is closed");  // _check_closed
    auto rest = vm.new_tuple(npos - 1);
    for (std::size_t i = 2; i <= npos; ++i) rest->items[i - 2] = args[i];
    Value rest_value = rest.take_value();
    Value timer = TRY(make_timer(vm, vm.types.handle, 0.0, args, nargs, kwnames, "call_soon", args[1], rest_value));
    loop_of(args)->call_soon(Handle{Handle::Kind::CallPython, FutureCallback::Kind::Callable, args[1], std::move(rest_value), timer});
    return timer;
}

// loop.call_later(delay, callback, *args) and loop.call_at(when, callback, *args) (CPython: BaseEventLoop.call_later,
// call_at): a timer at the loop's time plus `delay`, or at `when`
Result<Value> schedule_timer(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, char const* name, bool absolute) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    if (npos < 2) {
        std::vector<std::string> missing;
        if (npos == 0) missing.emplace_back(absolute ? "when" : "delay");
        missing.emplace_back("callback");
        return raise_missing_arguments(vm, std::string("BaseEventLoop.") + name, missing, "positional");
    }
    if (args[1].is_none())
        return vm.raise(vm.types.TypeError, absolute ? "when cannot be None" : "delay must not be None");
    if (loop_of(args)->is_closed()) return vm.raise(vm.types.RuntimeError, "Event loop is closed");  // _check_closed
    double t = TRY(vm.to_double(args[1]));
    auto rest = vm.new_tuple(npos - 2);
    for (std::size_t i = 3; i <= npos; ++i) rest->items[i - 3] = args[i];
    EventLoop* loop = loop_of(args);
    double when = absolute ? t : loop->time() + t;
    Value rest_value = rest.take_value();
    Value timer = TRY(make_timer(vm, vm.types.timer_handle, when, args, nargs, kwnames, name, args[2], rest_value));
    loop->call_later(when - loop->time(), Handle{Handle::Kind::CallPython, FutureCallback::Kind::Callable, args[2], std::move(rest_value), timer});
    return timer;
}

Result<Value> loop_call_later(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return schedule_timer(vm, args, nargs, kwnames, "call_later", false);
}

Result<Value> loop_call_at(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return schedule_timer(vm, args, nargs, kwnames, "call_at", true);
}

Result<Value> loop_time(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_float(loop_of(args)->time()); }

Result<Value> loop_run_until_complete(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    EventLoop* loop = loop_of(args);
    if (loop->is_closed()) return vm.raise(vm.types.RuntimeError, "Event loop is closed");
    if (loop->is_running()) return vm.raise(vm.types.RuntimeError, "This event loop is already running");
    if (vm.running_loop) return vm.raise(vm.types.RuntimeError, "Cannot run the event loop while another loop is running");
    Value fut = TRY(ensure_future(vm, args[1], loop));
    return loop->run_until_complete(fut);
}

Result<Value> loop_stop(VM& vm, Value const* args, std::size_t, Tuple*) {
    loop_of(args)->stop();
    return Value::none();
}
Result<Value> loop_is_running(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(loop_of(args)->is_running()); }
Result<Value> loop_is_closed(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(loop_of(args)->is_closed()); }
Result<Value> loop_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (loop_of(args)->is_running())  // CPython: BaseEventLoop.close
        return vm.raise(vm.types.RuntimeError, "Cannot close a running event loop");
    loop_of(args)->close();
    return Value::none();
}
// get_debug()/set_debug(enabled): the flag as given (CPython: BaseEventLoop.get_debug, set_debug); the loop times
// its callbacks and tracks coroutine origins while it is set (event_loop.cpp)
Result<Value> loop_get_debug(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& flag = as<LoopObject>(args[0])->debug;
    return flag.is_null() ? Value::from_bool(false) : flag;
}
Result<Value> loop_set_debug(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* loop = as<LoopObject>(args[0]);
    loop->loop->debug = TRY(vm.truthy(args[1]));
    loop->debug = args[1];
    return Value::none();
}

// loop.slow_callback_duration: 0.1 until a program sets its own (CPython: BaseEventLoop.__init__)
Value loop_members(VM& vm, Value const& self, Str* name) {
    if (name->view() == "slow_callback_duration") return Value::from_float(0.1);
    return side_dict_member(vm, self, name);
}

Result<Value> timer_cancel(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* h = as<TimerHandleObject>(args[0]);
    h->cancelled = true;
    h->callback.clear();
    h->args.clear();
    return Value::none();
}

// <Handle [cancelled] callback(args) at file:line>, a TimerHandle's with when=... after the state
// (CPython: events.Handle._repr_info and TimerHandle._repr_info)
Result<Value> handle_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* h = as<TimerHandleObject>(args[0]);
    std::string out = "<" + std::string(vm.type_of(args[0])->name->view());
    if (h->cancelled) out += " cancelled";
    if (vm.type_of(args[0]) == vm.types.timer_handle)
        out += " when=" + TRY(vm.repr_string(Value::from_float(h->when)));
    Value callback = h->callback, callback_args = h->args;  // the formatter runs the program's code
    if (!callback.is_null() && !callback.is_none()) out += " " + callback_text(vm, callback, callback_args);
    return vm.new_str(out + ">");
}

// TimerHandles order by their time (CPython: TimerHandle.__lt__ and the others); == also compares the callback
Result<Value> timer_compare(VM& vm, Value const* args, int op) {
    if (vm.type_of(args[1]) != vm.types.timer_handle) return vm.not_implemented;
    auto* a = as<TimerHandleObject>(args[0]);
    auto* b = as<TimerHandleObject>(args[1]);
    if (op == 0) return Value::from_bool(a->when < b->when);
    if (op == 2) return Value::from_bool(a->when > b->when);
    if ((op == 1 && a->when < b->when) || (op == 3 && a->when > b->when)) return Value::from_bool(true);
    bool same = a->when == b->when && a->cancelled == b->cancelled;
    if (same && a->callback.raw_bits() != b->callback.raw_bits())
        same = !a->callback.is_null() && !b->callback.is_null() && TRY(vm.equals(a->callback, b->callback));
    if (same && a->args.raw_bits() != b->args.raw_bits())
        same = !a->args.is_null() && !b->args.is_null() && TRY(vm.equals(a->args, b->args));
    return Value::from_bool(op == 5 ? !same : same);  // <= and >= of equal times: whether the handles are equal
}
Result<Value> timer_lt(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 0); }
Result<Value> timer_le(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 1); }
Result<Value> timer_gt(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 2); }
Result<Value> timer_ge(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 3); }
Result<Value> timer_eq(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 4); }
Result<Value> timer_ne(VM& vm, Value const* args, std::size_t, Tuple*) { return timer_compare(vm, args, 5); }
Result<Value> timer_hash(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(TRY(vm.hash(Value::from_float(as<TimerHandleObject>(args[0])->when))));
}
Result<Value> timer_cancelled_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(as<TimerHandleObject>(args[0])->cancelled);
}
Result<Value> timer_when(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_float(as<TimerHandleObject>(args[0])->when);
}

Result<Value> sleep_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(format("<coroutine object sleep at {}>", static_cast<void const*>(args[0].as_object())));
}

// close() of a sleep that never ran: it no longer warns, as a closed coroutine does not
Result<Value> sleep_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* s = as<SleepAwaitable>(args[0]);
    if (s->state == SleepAwaitable::State::Fresh) s->state = SleepAwaitable::State::Consumed;
    return Value::none();
}

// A sleep dropped without being awaited warns as the coroutine CPython's asyncio.sleep() makes does: "coroutine
// 'sleep' was never awaited" (CPython: _PyGen_Finalize)
Result<Value> sleep_del(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* s = as<SleepAwaitable>(args[0]);
    if (s->state != SleepAwaitable::State::Fresh || s->adopted) return Value::none();
    s->state = SleepAwaitable::State::Consumed;
    Value warnings = TRY(vm.import_module(vm.intern("warnings")));
    Value hook = TRY(vm.getattr(warnings, vm.intern("_warn_unawaited_coroutine")));
    TRY(vm.call1(hook, args[0]));
    return Value::none();
}

// __name__ and __qualname__: "sleep", the coroutine function's
Value sleep_members(VM& vm, Value const&, Str* name) {
    if (name == vm.names.dunder_name || name == vm.names.dunder_qualname) return vm.new_str("sleep");
    return Value();
}

Result<Value> future_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    TRY(parse_kwargs(vm, "Future", args + 1, nargs - 1, kwnames, {"loop"}, kw));
    EventLoop* loop = TRY(loop_named_by(vm, kw[0]));
    if (!loop) {
        // CPython's future_init asks the loop loop.get_debug() first (AttributeError for what is no loop at all);
        // weft's futures belong to its own loops only
        TRY(vm.getattr(kw[0], vm.intern("get_debug")));
        return vm.raise(vm.types.TypeError, "Future() argument 'loop' must be an event loop, not {}", vm.type_of(kw[0])->name->view());
    }
    return new_future(vm, loop).take_value();
}

// asyncio.Handle(callback, args, loop, context=None) and asyncio.TimerHandle(when, callback, args, loop, context=None)
// made by hand (CPython: events.Handle.__init__, which asks loop.get_debug(), and TimerHandle.__init__); a loop runs
// only the handles it schedules itself
Result<Value> handle_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    bool timer = args[0].as_object() == vm.types.timer_handle;
    char const* fname = timer ? "TimerHandle.__init__" : "Handle.__init__";
    Value given[5];  // when (a TimerHandle's only), callback, args, loop, context
    if (timer)
        TRY(parse_args(vm, fname, args + 1, nargs - 1, kwnames, {"when", "callback", "args", "loop", "context"}, given,
                       UnknownKeyword::Unexpected));
    else
        TRY(parse_args(vm, fname, args + 1, nargs - 1, kwnames, {"callback", "args", "loop", "context"}, given + 1,
                       UnknownKeyword::Unexpected));
    std::vector<std::string> missing;
    char const* names[] = {"when", "callback", "args", "loop"};
    for (int i = timer ? 0 : 1; i < 4; ++i)
        if (given[i].is_null()) missing.emplace_back(names[i]);
    if (!missing.empty()) return raise_missing_arguments(vm, fname, missing, "positional");
    TRY(vm.call_method(given[3], vm.intern("get_debug"), nullptr, 0));
    auto h = make<TimerHandleObject>(as<Type>(args[0]));
    if (timer) h->when = TRY(vm.to_double(given[0]));
    h->context = TRY(scheduled_context(vm, given[4]));
    h->callback = given[1];
    h->args = given[2];
    vm.gc().track(h.get());
    return h.take_value();
}

} // namespace

// The scheduler's types, made here rather than in the core list: they carry asyncio's module names.
void init_sched_types(VM& vm) {
    BuiltinTypes& t = vm.types;
    t.future = make_builtin_type(vm, "Future", t.object, Layout::Future);
    t.task = make_builtin_type(vm, "Task", t.future, Layout::Task);
    t.event_loop = make_builtin_type(vm, "_UnixSelectorEventLoop", t.object, Layout::Native);
    t.handle = make_builtin_type(vm, "Handle", t.object, Layout::Native);
    t.timer_handle = make_builtin_type(vm, "TimerHandle", t.handle, Layout::Native);
    t.sleep_awaitable = make_builtin_type(vm, "coroutine", t.object, Layout::Awaitable);
    t.await_iterator = make_builtin_type(vm, "FutureIter", t.object, Layout::Native);
    t.CancelledError = make_builtin_type(vm, "CancelledError", t.BaseException, Layout::Exception);
    t.InvalidStateError = make_builtin_type(vm, "InvalidStateError", t.Exception, Layout::Exception);
    t.future->module_name = t.task->module_name = "_asyncio";
    t.event_loop->module_name = "asyncio.unix_events";
    t.handle->module_name = t.timer_handle->module_name = "asyncio.events";
    t.CancelledError->module_name = t.InvalidStateError->module_name = "asyncio.exceptions";
    t.sleep_awaitable->subclassable = t.event_loop->subclassable = t.timer_handle->subclassable = false;
    t.await_iterator->subclassable = t.handle->subclassable = false;
    t.await_iterator->module_name = "_asyncio";
    // made while the builtin types are still being initialized: the exceptions take BaseException's slots
    // (which every exception shares) here
    t.CancelledError->slots = t.InvalidStateError->slots = t.BaseException->slots;
    for (Type* a : {t.future, t.task, t.sleep_awaitable})
        a->slots.await_native = await_native;
    vm.types.CancelledError->construct = vm.types.BaseException->construct;
    vm.types.InvalidStateError->construct = vm.types.BaseException->construct;
    vm.types.future->construct = future_construct;
    t.handle->construct = t.timer_handle->construct = handle_construct;
    init_future_methods(vm, vm.types.future, vm.types.task);
    give_side_attributes(t.event_loop);  // loop.slow_callback_duration, and whatever a program sets
    t.event_loop->slots.members = loop_members;
    add_methods(vm, vm.types.event_loop, {
        {"create_future", loop_create_future}, {"create_task", loop_create_task}, {"call_soon", loop_call_soon},
        {"call_later", loop_call_later}, {"call_at", loop_call_at}, {"time", loop_time}, {"run_until_complete", loop_run_until_complete, Args::one()},
        {"stop", loop_stop}, {"is_running", loop_is_running}, {"is_closed", loop_is_closed}, {"close", loop_close},
        {"get_debug", loop_get_debug, Args::none()}, {"set_debug", loop_set_debug, Args::one()},
        {"run_forever", loop_run_forever, Args::none()},
        {"set_exception_handler", loop_set_exception_handler, Args::one()},
        {"get_exception_handler", loop_get_exception_handler, Args::none()},
        {"call_exception_handler", loop_call_exception_handler, Args::one()},
        {"default_exception_handler", loop_default_exception_handler, Args::one()},
    });
    add_methods(vm, vm.types.handle, {
        {"cancel", timer_cancel, Args::none()}, {"cancelled", timer_cancelled_method, Args::none()},
        {"__repr__", handle_repr, Args::none()},
    });
    add_methods(vm, vm.types.timer_handle, {
        {"when", timer_when, Args::none()}, {"__lt__", timer_lt, Args::one()}, {"__le__", timer_le, Args::one()},
        {"__gt__", timer_gt, Args::one()}, {"__ge__", timer_ge, Args::one()}, {"__eq__", timer_eq, Args::one()},
        {"__ne__", timer_ne, Args::one()}, {"__hash__", timer_hash, Args::none()},
    });
    add_methods(vm, vm.types.sleep_awaitable, {
        {"__repr__", sleep_repr}, {"close", sleep_close}, {"__await__", native_await_method, Args::none()},
        {"__del__", sleep_del, Args::none()},
        {"send", sleep_send, Args::one()}, {"throw", await_iterator_throw, Args::positional(1, 3)},
    });
    for (Type* f : {vm.types.future, vm.types.task})
        add_methods(vm, f, {{"__await__", native_await_method, Args::none()}, {"__iter__", native_await_method, Args::none()}});
    vm.types.sleep_awaitable->slots.members = sleep_members;
    vm.types.sleep_awaitable->has_finalizer = true;
    vm.types.sleep_awaitable->needs_finalizing = [](Object* o) {
        auto* sleep = static_cast<SleepAwaitable*>(o);
        return sleep->state == SleepAwaitable::State::Fresh && !sleep->adopted;
    };
    Type* it = vm.types.await_iterator;
    it->slots.iter = iterator_returns_self;
    it->slots.next = await_iterator_next_slot;
    add_methods(vm, it, {
        {"__iter__", await_iterator_iter, Args::none()}, {"__next__", await_iterator_next, Args::none()},
        {"send", await_iterator_send, Args::one()}, {"throw", await_iterator_throw, Args::positional(1, 3)},
        {"close", await_iterator_close, Args::none()},
    });
}

} // namespace weft::rt
