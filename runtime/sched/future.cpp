// Future and Task: state transitions, callbacks, cancellation, and their Python-visible methods.
// CPython: Lib/asyncio/futures.py (Future), Lib/asyncio/tasks.py (Task.cancel, __repr__).
#include "runtime/sched/future.hpp"

#include <vector>

#include "runtime/gc.hpp"
#include "runtime/sched/event_loop.hpp"
#include "runtime/sched/sched_types.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/exception.hpp"
#include "runtime/types/frame_object.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/frame.hpp"

namespace weft::rt {


void Future::traverse(GcVisitor& v) {
    v.visit(outcome);
    if (rare) {
        v.visit(rare->cancel_message);
        v.visit(rare->name);
        v.visit(rare->saved_exception);
        v.visit(rare->cancelled_exc);
        v.visit(rare->context);
        v.visit(rare->awaited_by);
    }
    v.visit(loop_object);
    for (auto const& cb : callbacks) v.visit(cb.target);
    if (Gathering* g = gathering()) {
        for (auto const& c : g->children) v.visit(c);
        v.visit(g->parent);
    }
}

void Future::clear_references() {
    outcome.clear();
    failed = false;
    callbacks.clear();
    if (Gathering* g = gathering()) {
        g->children.clear();
        g->parent.clear();
    }
    if (rare) rare->awaited_by.clear();
}

void Task::traverse(GcVisitor& v) {
    Future::traverse(v);
    v.visit(coro);
    v.visit(fut_waiter);

}

// the loop outlives its tasks' destructors: each holds the loop's object (loop_object) until its members go
Task::~Task() {
    if (live_index != not_live && loop) loop->forget_task(this);
}

void Task::clear_references() {
    Future::clear_references();
    fut_waiter = nullptr;
    rare.reset();
}

Ref<Future> new_future(VM& vm, EventLoop* loop) {
    auto f = make<Future>(vm.types.future);
    f->loop = loop;
    if (loop && loop->python_object) f->loop_object = Ref<Object>::borrowed(loop->python_object);
    vm.gc().track(f.get());
    return f;
}

Value make_cancelled_error(VM& vm, Future* f) {
    // the CancelledError that ended a task, with its traceback, the first time (CPython: Task._make_cancelled_error)
    if (f->rare && !f->rare->cancelled_exc.is_null()) return std::move(f->rare->cancelled_exc);
    Type* cancelled = vm.types.CancelledError;
    Value msg = f->cancel_message();
    Result<Value> exc = (msg.is_null() || msg.is_none()) ? vm.new_exception(cancelled, nullptr, 0)
                                                         : vm.new_exception(cancelled, &msg, 1);
    if (exc.is_error()) return Value();
    return exc.release_value();
}

namespace {
Raised invalid_state(VM& vm, char const* message) { return vm.raise(vm.types.InvalidStateError, message); }
} // namespace

Result<void> future_set_result(VM& vm, Future* f, Value result) {
    if (f->state != FutureState::Pending) {
        std::string state = f->state == FutureState::Cancelled ? "CANCELLED" : "FINISHED";
        return vm.raise(vm.types.InvalidStateError, "invalid state");
    }
    f->outcome = std::move(result);
    f->state = FutureState::Finished;
    if (f->loop) f->loop->schedule_callbacks(f);
    return {};
}

Result<void> future_set_exception(VM& vm, Future* f, Value exception) {
    if (f->state != FutureState::Pending)
        return invalid_state(vm, "invalid state");
    // CPython 3.11: FutureObj_set_exception. An exception class is called; what is set must be an exception
    // instance, and not a StopIteration itself (a subclass's instance is let through)
    if (exception.is_object() && vm.type_of(exception)->layout == Layout::Type &&
        as<Type>(exception)->is_subtype_of(vm.types.BaseException)) {
        exception = TRY(vm.call0(exception));
        if (f->state != FutureState::Pending)  // the class's own code finished the future
            return invalid_state(vm, "invalid state");
    }
    if (!exception.is_object() || !vm.type_of(exception)->is_subtype_of(vm.types.BaseException))
        return vm.raise(vm.types.TypeError, "invalid exception object");
    if (vm.type_of(exception) == vm.types.StopIteration)
        return vm.raise(vm.types.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    f->outcome = std::move(exception);
    f->failed = true;
    f->state = FutureState::Finished;
    f->log_traceback = true;
    if (f->loop) f->loop->schedule_callbacks(f);
    return {};
}

bool future_cancel(VM& vm, Future* f, Value message) {
    if (f->is_gathering) {
        // _GatheringFuture.cancel: cancel the children instead (CPython: tasks.py _GatheringFuture.cancel)
        if (f->done()) return false;
        bool ret = false;
        ValueVector children = f->gathering()->children;
        for (auto const& c : children) {
            Future* child = as<Future>(c);
            bool cancelled = child->type->layout == Layout::Task ? task_cancel(vm, static_cast<Task*>(child), message)
                                                                 : future_cancel(vm, child, message);
            if (cancelled) ret = true;
        }
        if (ret) f->cancel_requested = true;
        return ret;
    }
    f->log_traceback = false;
    if (f->state != FutureState::Pending)
        return false;
    f->state = FutureState::Cancelled;
    if (!message.is_null() && !message.is_none()) f->rare_fields().cancel_message = message;
    else if (f->rare) f->rare->cancel_message = Value();  // Future.cancel(msg=None) forgets an earlier message
    if (f->loop) f->loop->schedule_callbacks(f);
    return true;
}

bool task_cancel(VM& vm, Task* t, Value message) {
    // CPython: tasks.py Task.cancel
    t->log_traceback = false;
    if (t->done()) return false;
    ++t->rare_fields().num_cancels_requested;
    if (t->fut_waiter && cancel_waiter(vm, t->fut_waiter.get(), message))
        return true;
    t->must_cancel = true;
    if (!message.is_null() && !message.is_none()) t->rare_fields().cancel_message = message;
    return true;
}

Result<Value> future_get_result(VM& vm, Future* f) {
    if (f->state == FutureState::Cancelled)
        return vm.raise_value(make_cancelled_error(vm, f));
    if (f->state != FutureState::Finished)
        return invalid_state(vm, "Result is not set.");
    f->log_traceback = false;
    if (f->failed) return vm.raise_value(f->outcome);
    return f->outcome;
}

void future_add_callback(VM& vm, Future* f, FutureCallback cb) {
    if (f->done() && f->loop) {
        // CPython: add_done_callback on a done future schedules it right away
        f->loop->call_soon(callback_handle(f, std::move(cb)));
        return;
    }
    f->callbacks.push_back(std::move(cb));
}

Value task_name(VM& vm, Task* t) {
    Value& name = t->rare_fields().name;
    if (name.is_null())
        name = vm.new_str(format("Task-{}", t->number));
    return name;
}

ValueVector future_awaited_by(Future* f) {
    ValueVector out;
    auto add = [&](Value const& waiter) {
        if (waiter.is_null() || waiter.is_none()) return;
        for (Value const& v : out)
            if (v.raw_bits() == waiter.raw_bits()) return;
        out.push_back(waiter);
    };
    for (FutureCallback const& cb : f->callbacks) {
        if (cb.kind == FutureCallback::Kind::TaskWakeup) add(cb.target);
        else if (cb.kind == FutureCallback::Kind::Gather) {
            Future* outer = as<Future>(cb.target);
            if (Future::Gathering* g = outer->gathering()) add(g->parent);
        }
    }
    if (f->rare && !f->rare->awaited_by.is_null())
        for (Value const& v : as<List>(f->rare->awaited_by)->items) add(v);
    return out;
}

// future_add_to_awaited_by(fut, waiter, /), future_discard_from_awaited_by(fut, waiter, /): what TaskGroup and
// shield record for asyncio.graph; both ignore anything but futures (CPython 3.14: futures.py)
Result<Value> future_add_to_awaited_by(VM& vm, Value const* args, std::size_t, Tuple*) {
    Layout a = layout_of(args[0]), b = layout_of(args[1]);
    if ((a != Layout::Future && a != Layout::Task) || (b != Layout::Future && b != Layout::Task)) return Value::none();
    Value& list = as<Future>(args[0])->rare_fields().awaited_by;
    if (list.is_null()) list = vm.new_list().take_value();
    auto& items = as<List>(list)->items;
    for (Value const& v : items)
        if (v.raw_bits() == args[1].raw_bits()) return Value::none();
    items.push_back(args[1]);
    return Value::none();
}

Result<Value> future_discard_from_awaited_by(VM& vm, Value const* args, std::size_t, Tuple*) {
    Layout a = layout_of(args[0]);
    if (a != Layout::Future && a != Layout::Task) return Value::none();
    Future* f = as<Future>(args[0]);
    if (!f->rare || f->rare->awaited_by.is_null()) return Value::none();
    auto& items = as<List>(f->rare->awaited_by)->items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].raw_bits() != args[1].raw_bits()) continue;
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
        break;
    }
    return Value::none();
}

namespace {

Future* self_future(Value const* args) { return as<Future>(args[0]); }

// _asyncio_awaited_by: a frozenset of what awaits the future, or None (CPython 3.14: FutureObj_get_awaited_by)
Value future_members(VM& vm, Value const& self, Str* name) {
    if (name->view() == "_asyncio_future_blocking") return Value::from_bool(as<Future>(self)->blocking);
    if (name->view() != "_asyncio_awaited_by") return Value();
    ValueVector waiters = future_awaited_by(as<Future>(self));
    if (waiters.empty()) return Value::none();
    Ref<Set> set = new_set(vm, vm.types.frozenset);
    for (Value const& w : waiters)
        if (set_add_value(vm, set.get(), w).is_error()) {
            vm.take_exception();  // futures hash by identity: adding one does not fail
            return Value::none();
        }
    return set.take_value();
}

Result<Value> future_result_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return future_get_result(vm, self_future(args));
}

Result<Value> future_exception_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Future* f = self_future(args);
    if (f->state == FutureState::Cancelled) return vm.raise_value(make_cancelled_error(vm, f));
    if (f->state != FutureState::Finished) return invalid_state(vm, "Exception is not set.");
    f->log_traceback = false;
    return f->failed ? f->outcome : Value::none();
}

Result<Value> future_done_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(self_future(args)->done());
}

Result<Value> future_cancelled_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(self_future(args)->state == FutureState::Cancelled);
}

Result<Value> future_cancel_method(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    TRY(check_argument_total(vm, "cancel", npos, kwnames, 1));
    if (npos > 0) kw[0] = args[1];
    TRY(parse_kwargs(vm, "cancel", args + 1, nargs - 1, kwnames, {"msg"}, kw));
    Future* f = self_future(args);
    if (f->type->layout == Layout::Task) return Value::from_bool(task_cancel(vm, static_cast<Task*>(f), kw[0]));
    return Value::from_bool(future_cancel(vm, f, kw[0]));
}

Result<Value> future_set_result_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(future_set_result(vm, self_future(args), args[1]));
    return Value::none();
}

Result<Value> future_set_exception_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(future_set_exception(vm, self_future(args), args[1]));
    return Value::none();
}

Result<Value> future_add_done_callback_method(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    TRY(check_argument_total(vm, "add_done_callback", npos, kwnames, 2));
    if (npos != 1)
        return vm.raise(vm.types.TypeError, "add_done_callback() takes exactly 1 positional argument ({} given)", npos);
    Value kw[1];
    TRY(parse_kwargs(vm, "add_done_callback", args + 2, nargs - 2, kwnames, {"context"}, kw));
    // CPython: Future.add_done_callback runs fn in `context`, else in a copy of the current one
    Value context = TRY(scheduled_context(vm, kw[0]));
    if (context.is_null()) {
        future_add_callback(vm, self_future(args), FutureCallback{FutureCallback::Kind::Callable, args[1]});
    } else {
        auto pair = vm.new_tuple(2);  // the context rides with the callable: a callback stays two words
        pair->items[0] = args[1];
        pair->items[1] = std::move(context);
        future_add_callback(vm, self_future(args), FutureCallback{FutureCallback::Kind::CallableInContext, pair.take_value()});
    }
    return Value::none();
}

Result<Value> future_remove_done_callback_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Future* f = self_future(args);
    std::vector<FutureCallback> kept;
    std::int64_t removed = 0;
    for (auto& cb : f->callbacks) {
        bool callable = cb.kind == FutureCallback::Kind::Callable || cb.kind == FutureCallback::Kind::CallableInContext;
        if (callable && TRY(vm.equals(callback_callable(cb), args[1]))) ++removed;
        else kept.push_back(cb);
    }
    f->callbacks.assign(std::move(kept));
    return Value::from_int(removed);
}

Result<Value> future_get_loop_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    return self_future(args)->loop_object ? self_future(args)->loop_object.value() : Value::none();
}

std::string state_name(Future* f) {
    return f->state == FutureState::Pending ? "pending" : f->state == FutureState::Cancelled ? "cancelled" : "finished";
}

// One done-callback as a future's repr lists it (the native ones as CPython names its C and library callbacks)
std::string callback_source(VM& vm, FutureCallback const& cb) {
    switch (cb.kind) {
    case FutureCallback::Kind::TaskWakeup: return "Task.task_wakeup()";
    case FutureCallback::Kind::Gather: return "gather.<locals>._done_callback()";
    case FutureCallback::Kind::StopLoop: return "_run_until_complete_cb()";
    case FutureCallback::Kind::Callable:
    case FutureCallback::Kind::CallableInContext: break;
    }
    return callback_text(vm, callback_callable(cb), vm.new_tuple(0).take_value());  // CPython: _format_callbacks
}

// reprlib.repr(value): the result as a future's repr shows it, its long parts cut (CPython: _future_repr_info)
Result<std::string> short_repr(VM& vm, Value const& value) {
    Value reprlib = TRY(vm.import_module(vm.intern("reprlib")));
    Value shorten = TRY(vm.getattr(reprlib, vm.intern("repr")));
    Value text = TRY(vm.call1(shorten, value));
    return vm.str_string(text);
}

// What a future's and a task's reprs end with: the result or exception once finished, then " cb=[...]" while
// callbacks wait: the first, "<N more>", the last (CPython: base_futures._future_repr_info, _format_callbacks)
Result<std::string> future_info_tail(VM& vm, Future* f) {
    std::string out;
    if (f->state == FutureState::Finished) {
        if (f->failed) out += " exception=" + TRY(vm.repr_string(f->outcome));
        else out += " result=" + TRY(short_repr(vm, f->outcome));
    }
    // copies: naming a callback runs the program's code, which may add or remove callbacks meanwhile
    std::vector<FutureCallback> cbs(f->callbacks.begin(), f->callbacks.end());
    if (!cbs.empty()) {
        out += " cb=[" + callback_source(vm, cbs.front());
        if (cbs.size() == 2) out += ", " + callback_source(vm, cbs.back());
        if (cbs.size() > 2) out += format(", <{} more>, ", cbs.size() - 2) + callback_source(vm, cbs.back());
        out += "]";
    }
    return out;
}

Result<Value> future_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Future* f = self_future(args);
    // the class's name (CPython: base_futures._future_repr), gather's outer future being a _GatheringFuture
    std::string out = "<" + (f->is_gathering ? std::string("_GatheringFuture") : std::string(f->type->name->view())) + " " + state_name(f);
    return vm.new_str(out + TRY(future_info_tail(vm, f)) + ">");
}

// CPython: base_tasks._task_repr_info
Result<Value> task_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Task* t = as<Task>(args[0]);
    std::string out = "<Task " + state_name(t);
    if (t->num_cancels_requested() > 0 && t->state == FutureState::Pending) out = "<Task cancelling";
    out += " name=" + TRY(vm.repr_string(task_name(vm, t)));
    if (t->coro) {
        // CPython: coroutines._format_coroutine: where it stands, or where it was defined once done
        Generator* g = t->coro.get();
        Frame* f = g->frame();
        CodeObject* code = f->function ? f->function->code.get() : nullptr;
        std::string file = code && code->filename ? std::string(code->filename->view()) : "?";
        out += " coro=<" + std::string(g->qualname()->view()) + "() ";
        if (g->state == GenState::Finished || !code) {
            out += format("done, defined at {}:{}>", file, code && code->unit ? code->unit->first_line : 0);
        } else {
            Frame* top = f;  // the coroutine's own frame, where it awaits (CPython: coro.cr_frame.f_lineno)
            int line = g->state == GenState::Created || !top->ip ? (code->unit ? code->unit->first_line : 0)
                                                                : top->code()->line_of(top->current_offset() > 0 ? top->current_offset() - 1 : 0);
            out += format("running at {}:{}>", top == f ? file : std::string(top->code()->filename->view()), line);
        }
    }
    if (Object* w = t->fut_waiter.get()) {
        out += " wait_for=";
        if (w->type->layout == Layout::Future || w->type->layout == Layout::Task) {
            out += TRY(vm.repr_string(Value::borrowed(w)));
        } else {
            // an asyncio.sleep() stands for the future CPython's sleep awaits, which the task's wakeup waits on
            auto* sleep = static_cast<SleepAwaitable*>(w);
            using State = SleepAwaitable::State;
            if (sleep->state == State::Cancelled) out += "<Future cancelled>";
            else if (sleep->state == State::Fired) out += "<Future finished result=" + TRY(vm.repr_string(sleep->result.is_null() ? Value::none() : sleep->result)) + ">";
            else out += "<Future pending cb=[Task.task_wakeup()]>";
        }
    }
    return vm.new_str(out + TRY(future_info_tail(vm, t)) + ">");
}

Result<Value> task_get_name(VM& vm, Value const* args, std::size_t, Tuple*) { return task_name(vm, as<Task>(args[0])); }

Result<Value> task_set_name(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    as<Task>(args[0])->rare_fields().name = TRY(vm.str(args[1]));
    return Value::none();
}

Result<Value> task_get_coro(VM& vm, Value const* args, std::size_t, Tuple*) { return as<Task>(args[0])->coro.value(); }

// The frames of a task, oldest first: its coroutine's, then with `inner` those of the coroutines it awaits, down to
// where the innermost stands; none once it finished
Value task_frames(VM& vm, Task* t, bool inner) {
    auto frames = vm.new_list();
    Generator* g = t->coro.get();
    if (t->state == FutureState::Finished && t->failed && t->outcome.is_object() &&
        vm.type_of(t->outcome)->layout == Layout::Exception) {
        // a failed task: the frames its exception passed through (CPython: the traceback's tb_frame chain)
        for (TracebackEntry const& e : as<Exception>(t->outcome)->traceback)
            frames->items.push_back(returned_frame(vm, e.code.get(), e.code->line_of(e.offset)));
        return frames.take_value();
    }
    if (!g || g->state == GenState::Finished)
        return frames.take_value();
    if (g->state == GenState::Created) {  // not started: at its `def` line, as CPython's frame before RESUME
        CodeObject* code = g->frame()->function->code.get();
        frames->items.push_back(returned_frame(vm, code, code->unit ? code->unit->first_line : 0));
        return frames.take_value();
    }
    Frame* outer = g->frame();
    std::vector<Frame*> chain;
    for (Frame* f = inner && t->resume_frame ? t->resume_frame : outer; f; f = f->previous) {
        chain.push_back(f);
        if (f == outer) break;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        Frame* f = *it;
        Frame* saved = f->previous;
        f->previous = nullptr;  // one frame each: the list itself is the chain
        Value snapshot = frame_snapshot(vm, f);
        f->previous = saved;
        frames->items.push_back(std::move(snapshot));
    }
    return frames.take_value();
}

// get_stack(*, limit=None): the coroutine's frame (CPython: base_tasks._task_get_stack follows the coroutine
// frame's f_back, which a suspended coroutine does not have)
Result<Value> task_get_stack(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value limit_value;
    TRY(parse_kwargs(vm, "get_stack", args + 1, nargs - 1, kwnames, {"limit"}, &limit_value));
    Value frames = task_frames(vm, as<Task>(args[0]), false);
    if (!limit_value.is_null() && !limit_value.is_none() && TRY(vm.index_value(limit_value)) == 0)
        as<List>(frames)->items.clear();
    return frames;
}

// _stack_exception(): the exception of a failed task, without marking it retrieved (print_stack's report)
Result<Value> task_stack_exception(VM& vm, Value const* args, std::size_t, Tuple*) {
    Task* t = as<Task>(args[0]);
    return t->state == FutureState::Finished && t->failed ? t->outcome : Value::none();
}

// _await_stack(): every frame from the task's coroutine down to where it waits (asyncio.graph's task dump)
Result<Value> task_await_stack(VM& vm, Value const* args, std::size_t, Tuple*) {
    return task_frames(vm, as<Task>(args[0]), true);
}

// print_stack(*, limit=None, file=None): written by asyncio.graph, loaded on first use
Result<Value> task_print_stack(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value module = TRY(vm.import_module(vm.intern("asyncio.graph")));
    Value print = TRY(vm.getattr(module, vm.intern("_print_stack")));
    return vm.call(print, args, nargs, kwnames);
}

// a task's result is its coroutine's (CPython: Task.set_result, Task.set_exception)
Result<Value> task_set_result(VM& vm, Value const*, std::size_t, Tuple*) {
    return vm.raise(vm.types.RuntimeError, "Task does not support set_result operation");
}
Result<Value> task_set_exception(VM& vm, Value const*, std::size_t, Tuple*) {
    return vm.raise(vm.types.RuntimeError, "Task does not support set_exception operation");
}

Result<Value> task_cancelling(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(as<Task>(args[0])->num_cancels_requested());
}

Result<Value> task_uncancel(VM& vm, Value const* args, std::size_t, Tuple*) {
    Task* t = as<Task>(args[0]);
    if (t->num_cancels_requested() > 0) --t->rare->num_cancels_requested;
    return Value::from_int(t->num_cancels_requested());
}

bool destroyed_pending(Future* f) {
    return f->type->layout == Layout::Task && f->state == FutureState::Pending && f->log_destroy_pending;
}

// f.__del__(): a task freed while pending, and a future or task freed with an exception nobody retrieved, go to the
// loop's exception handler (CPython: TaskObj_finalize, then FutureObj_finalize)
Result<Value> future_del(VM& vm, Value const* args, std::size_t, Tuple*) {
    Future* f = as<Future>(args[0]);
    if (!f->loop) return Value::none();
    if (destroyed_pending(f)) {
        f->log_destroy_pending = false;
        Ref<Dict> context = vm.new_dict();
        dict_set_str(vm, context.get(), vm.intern("message"), vm.new_str("Task was destroyed but it is pending!"));
        dict_set_str(vm, context.get(), vm.intern("task"), args[0]);
        TRY(call_exception_handler(vm, static_cast<LoopObject*>(f->loop->python_object), context.value()));
    }
    if (!f->log_traceback || !f->failed) return Value::none();
    f->log_traceback = false;
    bool task = f->type->layout == Layout::Task;
    Ref<Dict> context = vm.new_dict();
    dict_set_str(vm, context.get(), vm.intern("message"),
                 vm.new_str(task ? "Task exception was never retrieved" : "Future exception was never retrieved"));
    dict_set_str(vm, context.get(), vm.intern("exception"), f->outcome);
    dict_set_str(vm, context.get(), vm.intern("future"), args[0]);
    TRY(call_exception_handler(vm, static_cast<LoopObject*>(f->loop->python_object), context.value()));
    return Value::none();
}

bool must_report(Object* o) {
    auto* f = static_cast<Future*>(o);
    return (f->log_traceback && f->failed) || destroyed_pending(f);
}

} // namespace

void init_future_methods(VM& vm, Type* future_type, Type* task_type) {
    for (Type* t : {future_type, task_type}) {
        t->slots.members = future_members;
        t->has_finalizer = true;
        t->needs_finalizing = must_report;
        add_methods(vm, t, {{"__del__", future_del, Args::none()}});
    }
    for (Type* t : {future_type, task_type}) {
        add_methods(vm, t, {
            {"result", future_result_method}, {"exception", future_exception_method}, {"done", future_done_method},
            {"cancelled", future_cancelled_method}, {"cancel", future_cancel_method},
            {"add_done_callback", future_add_done_callback_method},
            {"remove_done_callback", future_remove_done_callback_method, Args::one()}, {"get_loop", future_get_loop_method},
        });
    }
    add_methods(vm, future_type, {
        {"__repr__", future_repr}, {"set_result", future_set_result_method, Args::one()},
        {"set_exception", future_set_exception_method, Args::one()},
    });
    add_methods(vm, task_type, {
        {"__repr__", task_repr}, {"get_name", task_get_name}, {"set_name", task_set_name, Args::one()},
        {"set_result", task_set_result, Args::one()}, {"set_exception", task_set_exception, Args::one()},
        {"get_coro", task_get_coro}, {"get_stack", task_get_stack}, {"print_stack", task_print_stack},
        {"_await_stack", task_await_stack, Args::none()}, {"_stack_exception", task_stack_exception, Args::none()}, {"cancelling", task_cancelling}, {"uncancel", task_uncancel},
    });
}

} // namespace weft::rt
