// The asyncio module: run, sleep, gather, create_task, ensure_future, the loop accessors and the exception
// types, over the native scheduler (runtime/sched/); then asyncio.py (Queue, Event, Lock, wait_for) runs
// in the same namespace. CPython: Lib/asyncio/runners.py, tasks.py, events.py.
#include <string>

#include "interpreter/code_unit.hpp"
#include "runtime/gc.hpp"
#include "runtime/sched/sched_types.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


namespace {

Value module_attr(VM& vm, char const* name) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("asyncio"));
    return dict_get_str(as<Module>(m)->dict.get(), vm.intern(name));
}

// CPython: runners.py _cancel_all_tasks
Result<void> cancel_all_tasks(VM& vm, EventLoop* loop) {
    ValueVector to_cancel;
    for (Value const& t : loop->all_tasks())
        if (!as<Task>(t)->done()) to_cancel.push_back(t);
    if (to_cancel.empty()) return {};
    for (Value const& t : to_cancel) task_cancel(vm, as<Task>(t), Value());
    Value outer = TRY(gather(vm, to_cancel.data(), to_cancel.size(), true));
    TRY(loop->run_until_complete(outer));
    for (Value const& t : to_cancel) {
        Task* task = as<Task>(t);
        if (task->state == FutureState::Cancelled || !task->failed) continue;
        task->log_traceback = false;  // task.exception() retrieves it
        Ref<Dict> context = vm.new_dict();
        dict_set_str(vm, context.get(), vm.intern("message"), vm.new_str("unhandled exception during asyncio.run() shutdown"));
        dict_set_str(vm, context.get(), vm.intern("exception"), task->outcome);
        dict_set_str(vm, context.get(), vm.intern("task"), t);
        TRY(call_exception_handler(vm, static_cast<LoopObject*>(loop->python_object), context.value()));
    }
    return {};
}

Result<void> run_shutdown_coroutine(VM& vm, EventLoop* loop, char const* name) {
    Value fn = module_attr(vm, name);
    Value coro = TRY(vm.call0(fn));
    Value task = loop->create_task(coro, Value()).take_value();
    TRY(loop->run_until_complete(task));
    return {};
}

// asyncio.run(main, *, debug=None) (CPython: runners.py run and Runner)
Result<Value> asyncio_run(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[1];
    TRY(parse_kwargs(vm, "run", args, nargs, kwnames, {"debug"}, kw, UnknownKeyword::Unexpected));
    if (npos != 1) return vm.raise(vm.types.TypeError, "run() takes 1 positional argument but {} were given", npos);
    if (vm.running_loop)
        return vm.raise(vm.types.RuntimeError, "asyncio.run() cannot be called from a running event loop");
    Value coro = TRY(coroutine_of(vm, args[0]));
    if (coro.is_null()) {
        std::string r = TRY(vm.repr_string(args[0]));
        return vm.raise(vm.types.ValueError, "a coroutine was expected, got {}", r);
    }
    Ref<LoopObject> loop_object = new_loop_object(vm);
    if (!kw[0].is_null() && !kw[0].is_none()) {  // Runner(debug=) sets it
        loop_object->debug = kw[0];
        loop_object->loop->debug = TRY(vm.truthy(kw[0]));
    }
    EventLoop* loop = loop_object->loop.get();
    TRY(vm.call0(module_attr(vm, "_install_asyncgen_hooks")));
    Value task = loop->create_task(coro, Value()).take_value();
    Result<Value> result = loop->run_until_complete(task);
    Value exc = result.is_error() ? vm.take_exception() : Value();
    // Runner.close(): cancel what is left, shut down async generators and the default executor
    Result<void> cleanup = cancel_all_tasks(vm, loop);
    if (!cleanup.is_error()) cleanup = run_shutdown_coroutine(vm, loop, "_shutdown_asyncgens");
    if (!cleanup.is_error()) cleanup = run_shutdown_coroutine(vm, loop, "_shutdown_default_executor");
    loop->close();
    if (!exc.is_null()) {
        if (cleanup.is_error()) vm.take_exception();
        vm.restore_exception(std::move(exc));
        return Raised{};
    }
    if (cleanup.is_error()) return Raised{};
    return result.release_value();
}

// asyncio.sleep(delay, result=None)
Result<Value> asyncio_sleep(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[2];
    for (std::size_t i = 0; i < npos && i < 2; ++i) kw[i] = args[i];
    TRY(parse_kwargs(vm, "sleep", args, nargs, kwnames, {"delay", "result"}, kw, UnknownKeyword::Unexpected));
    if (kw[0].is_null()) return vm.raise(vm.types.TypeError, "sleep() missing 1 required positional argument: 'delay'");
    auto s = make<SleepAwaitable>(vm.types.sleep_awaitable);
    if (!(kw[0].is_int() || kw[0].is_float() || kw[0].is_bool() || vm.type_of(kw[0])->layout == Layout::Int)) {
        return vm.raise(vm.types.TypeError, "'<=' not supported between instances of '{}' and 'int'",
                        vm.type_of(kw[0])->name->view());
    }
    s->delay = TRY(vm.to_double(kw[0]));
    s->result = kw[1].is_null() ? Value::none() : kw[1];
    if (s->result.is_object())  // only a result object can put a sleep in a reference cycle
        vm.gc().track(s.get());
    return s.take_value();
}

Result<Value> asyncio_gather(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[1];
    TRY(parse_kwargs(vm, "gather", args, nargs, kwnames, {"return_exceptions"}, kw, UnknownKeyword::Unexpected));
    bool return_exceptions = kw[0].is_null() ? false : TRY(vm.truthy(kw[0]));
    return gather(vm, args, npos, return_exceptions);
}

Result<Value> asyncio_create_task(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[2];
    TRY(parse_kwargs(vm, "create_task", args, nargs, kwnames, {"name", "context"}, kw, UnknownKeyword::Unexpected));
    if (npos != 1) return vm.raise(vm.types.TypeError, "create_task() takes 1 positional argument but {} were given", npos);
    EventLoop* loop = running_loop_or_raise(vm);
    if (!loop) return Raised{};
    Value coro = TRY(coroutine_of(vm, args[0]));
    if (coro.is_null()) {
        std::string r = TRY(vm.repr_string(args[0]));
        return vm.raise(vm.types.TypeError, "a coroutine was expected, got {}", r);
    }
    Value name = kw[0].is_null() || kw[0].is_none() ? Value() : TRY(vm.str(kw[0]));
    Value context = TRY(scheduled_context(vm, kw[1]));
    // the task is made unnamed and named after, so a named one takes a number of "Task-N" too (CPython 3.11:
    // tasks.create_task, then _set_task_name)
    Ref<Task> task = loop->create_task(coro, Value(), std::move(context));
    if (!name.is_null()) task->rare_fields().name = std::move(name);
    return task.take_value();
}

Result<Value> asyncio_ensure_future(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos != 1) return vm.raise(vm.types.TypeError, "ensure_future() takes 1 positional argument");
    return ensure_future(vm, args[0], nullptr);
}

Result<Value> asyncio_get_running_loop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    EventLoop* loop = running_loop_or_raise(vm);
    if (!loop) return Raised{};
    return Value::borrowed(loop->python_object);
}

// asyncio.get_event_loop(): the running loop, else the current one, made on first need (CPython 3.11:
// events.get_event_loop, whose policy makes a loop for the main thread)
Result<Value> asyncio_get_event_loop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::borrowed(event_loop_for(vm)->python_object);
}

Result<Value> asyncio_set_event_loop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (!args[0].is_none() && vm.type_of(args[0]) != vm.types.event_loop) {
        return vm.raise(vm.types.TypeError, "loop must be an instance of AbstractEventLoop or None, not '{}'",
                        vm.type_of(args[0])->name->view());
    }
    current_loop_slot(vm) = args[0].is_none() ? Value() : args[0];
    return Value::none();
}

Result<Value> asyncio_new_event_loop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return new_loop_object(vm).take_value();
}

// The loop a `loop=None` argument names: the running one when it is None, null for an object that is not one of
// weft's loops, which has no tasks (CPython: tasks.py current_task, all_tasks look the loop up in their tables)
Result<EventLoop*> loop_argument(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[1];
    if (npos > 1) return vm.raise(vm.types.TypeError, "{}() takes from 0 to 1 positional arguments but {} were given", name, npos);
    if (npos == 1) kw[0] = args[0];
    TRY(parse_kwargs(vm, name, args + npos, nargs - npos, kwnames, {"loop"}, kw, UnknownKeyword::Unexpected));
    return loop_named_by(vm, kw[0]);
}

Result<Value> asyncio_current_task(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    EventLoop* loop = TRY(loop_argument(vm, "current_task", args, nargs, kwnames));
    Task* t = loop ? loop->current_task() : nullptr;
    return t ? Value::borrowed(t) : Value::none();
}

Result<Value> asyncio_all_tasks(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    EventLoop* loop = TRY(loop_argument(vm, "all_tasks", args, nargs, kwnames));
    auto s = vm.new_list();
    for (Value const& t : loop ? loop->all_tasks() : ValueVector{})
        if (!as<Task>(t)->done()) s->items.push_back(t);
    Value set_type = Value::borrowed(vm.types.set);
    Value list = s.take_value();
    return vm.call1(set_type, list);
}

// CPython 3.11: coroutines.iscoroutine, whose _COROUTINE_TYPES are coroutines, generators (until 3.12) and
// collections.abc.Coroutine (a class with __await__, send, throw and close)
Result<Value> asyncio_iscoroutine(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = vm.type_of(args[0]);
    if (t->layout == Layout::Coroutine || t->layout == Layout::Awaitable || t == vm.types.generator) return Value::from_bool(true);
    for (char const* name : {"__await__", "send", "throw", "close"}) {
        Value m = t->lookup(vm.intern(name));
        if (m.is_null() || m.is_none()) return Value::from_bool(false);
    }
    return Value::from_bool(true);
}

} // namespace

// The native half of asyncio; asyncio.py (compiled into the binary) then runs in the same namespace.
namespace {

// asyncio's rarer names live in submodules imported when first asked for (the module's __getattr__, PEP 562), so
// that importing asyncio stays cheap: a line of asyncio.py costs thousands of instructions to load
struct LazyName {
    char const* name;
    char const* module;
};
constexpr LazyName lazy_names[] = {
    {"TaskGroup", "asyncio.taskgroups"}, {"Barrier", "asyncio.locks"}, {"BrokenBarrierError", "asyncio.locks"},
    {"Runner", "asyncio.runners"}, {"iscoroutinefunction", "asyncio.coroutines"},
    {"capture_call_graph", "asyncio.graph"}, {"format_call_graph", "asyncio.graph"}, {"print_call_graph", "asyncio.graph"},
    {"FrameCallGraphEntry", "asyncio.graph"}, {"FutureCallGraph", "asyncio.graph"},
};

Result<Value> asyncio_getattr(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (layout_of(args[0]) != Layout::Str) return vm.raise(vm.types.TypeError, "attribute name must be string");
    std::string_view name = as<Str>(args[0])->view();
    for (LazyName const& lazy : lazy_names) {
        if (name != lazy.name) continue;
        Value sub = TRY(vm.import_module(vm.intern(lazy.module)));
        Value value = TRY(vm.getattr(sub, vm.intern(name)));
        Value asyncio = dict_get_str(vm.modules.get(), vm.intern("asyncio"));
        if (!asyncio.is_null()) dict_set_str(vm, as<Module>(asyncio)->dict.get(), vm.intern(name), value);
        return value;
    }
    return vm.raise(vm.types.AttributeError, "module 'asyncio' has no attribute '{}'", name);
}

} // namespace

Result<void> init_asyncio_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    struct { char const* name; NativeFn fn; Args args = Args::any(); } functions[] = {
        {"run", asyncio_run}, {"sleep", asyncio_sleep}, {"gather", asyncio_gather},
        {"create_task", asyncio_create_task}, {"ensure_future", asyncio_ensure_future},
        {"get_running_loop", asyncio_get_running_loop}, {"get_event_loop", asyncio_get_event_loop, Args::none()},
        {"set_event_loop", asyncio_set_event_loop, Args::one()},
        {"new_event_loop", asyncio_new_event_loop}, {"current_task", asyncio_current_task},
        {"all_tasks", asyncio_all_tasks}, {"iscoroutine", asyncio_iscoroutine, Args::one()},
        {"__getattr__", asyncio_getattr, Args::one()},
        {"future_add_to_awaited_by", future_add_to_awaited_by, Args::positional(2, 2)},
        {"future_discard_from_awaited_by", future_discard_from_awaited_by, Args::positional(2, 2)},
    };
    for (auto const& f : functions) add_function(vm, d, f.name, f.fn, f.args);
    dict_set_str(vm, d, vm.intern("Future"), Value::borrowed(vm.types.future));
    dict_set_str(vm, d, vm.intern("Task"), Value::borrowed(vm.types.task));
    dict_set_str(vm, d, vm.intern("Handle"), Value::borrowed(vm.types.handle));
    dict_set_str(vm, d, vm.intern("TimerHandle"), Value::borrowed(vm.types.timer_handle));
    dict_set_str(vm, d, vm.intern("CancelledError"), Value::borrowed(vm.types.CancelledError));
    dict_set_str(vm, d, vm.intern("InvalidStateError"), Value::borrowed(vm.types.InvalidStateError));
    dict_set_str(vm, d, vm.intern("TimeoutError"), Value::borrowed(vm.types.TimeoutError));
    return {};
}

} // namespace weft::rt
