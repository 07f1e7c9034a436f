// Asynchronous generators (async def with yield, PEP 525): a Generator object whose frame is resumed by the
// awaitables its __anext__, asend, athrow and aclose return. Awaiting one resumes the generator's frame in a nested
// dispatch loop (resume_generator) until it yields a value (the await's result), returns (StopAsyncIteration) or
// raises; when the generator itself awaits something not ready, that future becomes what the awaiting task waits
// on, and the next resumption of the awaitable re-runs the generator's pending await (as a coroutine driven by
// send() does). CPython: Objects/genobject.c (async_gen_asend_send, async_gen_athrow_send, and their messages).
#include "runtime/gc.hpp"
#include "runtime/types/frame_object.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

enum class AsyncGenOp : std::uint8_t { Send, Throw, Close };

// what __anext__()/asend()/athrow()/aclose() return: one resumption of the generator
struct AsyncGenAwaitable final : Object {
    Ref<Generator> gen;
    Value value;      // sent (Send), or athrow's arguments as a tuple (Throw); Close throws GeneratorExit
    AsyncGenOp op = AsyncGenOp::Send;
    bool started = false;
    bool done = false;
    explicit AsyncGenAwaitable(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(gen);
        v.visit(value);
    }
    void clear_references() override {
        gen = nullptr;
        value.clear();
    }
};

Generator* self_gen(Value const* args) { return as<Generator>(args[0]); }

// sys.set_asyncgen_hooks' two callables (null when unset), kept per VM (CPython: the thread state's
// async_gen_firstiter and async_gen_finalizer)
char const firstiter_key = 0;
char const finalizer_key = 0;

// The first __anext__/asend/athrow/aclose of a generator tells the firstiter hook about it (asyncio keeps it to
// close at shutdown; CPython: async_gen_init_hooks).
Result<void> init_hooks(VM& vm, Value const& self) {
    Generator* gen = as<Generator>(self);
    if (gen->asyncgen_hooked) return {};
    gen->asyncgen_hooked = true;
    Value firstiter = vm.module_state(&firstiter_key);
    if (!firstiter.is_null()) TRY(vm.call1(firstiter, self));
    return {};
}

Value new_awaitable(VM& vm, Value const& gen, AsyncGenOp op, Value value) {
    Type* t = op == AsyncGenOp::Send ? vm.types.async_generator_asend : vm.types.async_generator_athrow;
    auto a = make<AsyncGenAwaitable>(t);
    a->gen = Ref<Generator>::borrowed(as<Generator>(gen));
    a->value = std::move(value);
    a->op = op;
    vm.gc().track(a.get());
    return a.take_value();
}

AwaitStatus fail(VM&) { return AwaitStatus::Error; }

// StopAsyncIteration, without arguments (CPython: PyErr_SetNone)
AwaitStatus end_of_iteration(VM& vm) {
    Result<Value> stop = vm.new_exception(vm.types.StopAsyncIteration, nullptr, 0);
    if (!stop.is_error()) vm.raise_value(stop.release_value());
    return fail(vm);
}

AwaitStatus reuse_error(VM& vm, AsyncGenAwaitable* a) {
    vm.raise(vm.types.RuntimeError, a->op == AsyncGenOp::Send ? "cannot reuse already awaited __anext__()/asend()"
                                                              : "cannot reuse already awaited aclose()/athrow()");
    return fail(vm);
}

AwaitStatus after_resume(VM& vm, AsyncGenAwaitable* a, Result<Value> r, bool finished, Value& out);

// await on one of the awaitables: resume the generator (CPython: async_gen_asend_send, async_gen_athrow_send)
// (`sent`: what a driver sends, None when awaited; CPython: async_gen_asend_send's arg)
AwaitStatus resume_awaitable(VM& vm, AsyncGenAwaitable* a, Value sent, Value& out) {
    Generator* gen = a->gen.get();
    if (a->done) return reuse_error(vm, a);
    Value send = std::move(sent);
    Value thrown;
    if (!a->started) {
        // running, or waiting in an await another of its awaitables started (CPython: ag_running_async)
        if (gen->state == GenState::Running || gen->suspended_at_await) {
            a->done = true;
            vm.raise(vm.types.RuntimeError, "{}(): asynchronous generator is already running",
                     a->op == AsyncGenOp::Send ? "anext" : a->op == AsyncGenOp::Throw ? "athrow" : "aclose");
            return fail(vm);
        }
        if (gen->state == GenState::Finished || (a->op == AsyncGenOp::Close && gen->state == GenState::Created)) {
            // athrow()/aclose() of a finished generator give None (CPython 3.11: StopIteration from
            // async_gen_athrow_send for a completed frame); asend() ends the iteration
            a->done = true;
            gen->state = GenState::Finished;
            if (a->op != AsyncGenOp::Send) {
                out = Value::none();
                return AwaitStatus::Done;
            }
            return end_of_iteration(vm);
        }
        if (a->op != AsyncGenOp::Send && !send.is_none()) {  // (it can still be started with None)
            vm.raise(vm.types.RuntimeError, "can't send non-None value to a just-started coroutine");
            return fail(vm);
        }
        a->started = true;
        if (a->op == AsyncGenOp::Send) {
            if (send.is_none()) send = a->value;  // a value sent to start it replaces asend()'s own
        } else if (a->op == AsyncGenOp::Throw) {
            // athrow's arguments are checked when it is awaited, as CPython does
            Tuple* t = as<Tuple>(a->value);
            Result<Value> exc = thrown_exception(vm, "athrow", t->items, t->size);
            if (exc.is_error()) {
                a->done = true;
                return fail(vm);
            }
            thrown = exc.release_value();
        } else {
            Result<Value> exit = vm.new_exception(vm.types.GeneratorExit, nullptr, 0);
            if (exit.is_error()) return fail(vm);
            thrown = exit.release_value();
        }
    }
    bool finished = false;
    Result<Value> r = resume_generator(vm, gen, std::move(send), std::move(thrown), finished);
    return after_resume(vm, a, std::move(r), finished, out);
}

AwaitStatus awaitable_await(VM& vm, Value const& self, Value& out) {
    return resume_awaitable(vm, as<AsyncGenAwaitable>(self), Value::none(), out);
}

// What one resumption of the generator means for the awaitable: the value it yielded is the result, a future it
// awaits is waited on, a return ends the iteration (CPython: async_gen_unwrap_value, and aclose()'s rules)
AwaitStatus after_resume(VM& vm, AsyncGenAwaitable* a, Result<Value> r, bool finished, Value& out) {
    Generator* gen = a->gen.get();
    if (r.is_error()) {
        a->done = true;  // (the generator is finished if it raised, not if it refused to be resumed)
        // (a StopAsyncIteration from the body is a RuntimeError by now: replace_escaping_stop)
        if (a->op == AsyncGenOp::Close && vm.exception_matches(vm.types.GeneratorExit)) {
            vm.take_exception();
            out = Value::none();
            return AwaitStatus::Done;
        }
        return fail(vm);
    }
    if (gen->suspended_at_await) {
        out = r.release_value();  // the future the generator waits on: the awaiting task waits on it too
        return AwaitStatus::Wait;
    }
    a->done = true;
    if (finished) {
        if (a->op == AsyncGenOp::Close) {
            out = Value::none();
            return AwaitStatus::Done;
        }
        return end_of_iteration(vm);
    }
    if (a->op == AsyncGenOp::Close) {
        vm.raise(vm.types.RuntimeError, "async generator ignored GeneratorExit");
        return fail(vm);
    }
    out = r.release_value();
    return AwaitStatus::Done;
}

Result<Value> agen_aiter(VM&, Value const* args, std::size_t, Tuple*) { return args[0]; }

Result<Value> agen_anext(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(init_hooks(vm, args[0]));
    return new_awaitable(vm, args[0], AsyncGenOp::Send, Value::none());
}

Result<Value> agen_asend(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(init_hooks(vm, args[0]));
    return new_awaitable(vm, args[0], AsyncGenOp::Send, args[1]);
}

Result<Value> agen_athrow(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(init_hooks(vm, args[0]));
    auto arguments = vm.new_tuple(nargs - 1);
    for (std::size_t i = 1; i < nargs; ++i) arguments->items[i - 1] = args[i];
    return new_awaitable(vm, args[0], AsyncGenOp::Throw, arguments.take_value());
}

Result<Value> agen_aclose(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(init_hooks(vm, args[0]));
    return new_awaitable(vm, args[0], AsyncGenOp::Close, Value());
}

// A generator freed while suspended at a yield goes to the finalizer hook, which may keep it to close it
// (asyncio schedules aclose()); without one it is closed as a plain generator is, so its finally blocks run, and
// an await among them is "async generator ignored GeneratorExit" (CPython: _PyGen_Finalize). It runs as __del__
// does (Gc::defer_finalization).
bool has_finalizer_hook(VM& vm, Generator* gen) {
    return gen->asyncgen_hooked && gen->state == GenState::Suspended && !vm.module_state(&finalizer_key).is_null();
}

Result<Value> agen_del(VM& vm, Value const* args, std::size_t, Tuple*) {
    Generator* gen = self_gen(args);
    if (has_finalizer_hook(vm, gen)) TRY(vm.call1(vm.module_state(&finalizer_key), args[0]));
    else if (needs_closing_when_freed(gen)) TRY(close_generator_frame(vm, args[0]));
    return Value::none();
}

// sys.set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>) (CPython: sys_set_asyncgen_hooks)
Result<Value> set_asyncgen_hooks(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value hooks[2];
    TRY(parse_args(vm, "", args, nargs, kwnames, {"firstiter", "finalizer"}, hooks));
    char const* names[2] = {"firstiter", "finalizer"};
    for (int i = 1; i >= 0; --i)
        if (!hooks[i].is_null() && !hooks[i].is_none() && !vm.is_callable(hooks[i]))
            return vm.raise(vm.types.TypeError, "callable {} expected, got {}", names[i], vm.type_of(hooks[i])->name->view());
    void const* keys[2] = {&firstiter_key, &finalizer_key};
    for (int i = 0; i < 2; ++i)
        if (!hooks[i].is_null()) vm.module_state(keys[i]) = hooks[i].is_none() ? Value() : hooks[i];
    return Value::none();
}

Result<Value> get_asyncgen_hooks(VM& vm, Value const*, std::size_t, Tuple*) {
    static char const type_key = 0;
    Value& type = vm.module_state(&type_key);
    if (type.is_null()) type = Value::borrowed(make_struct_sequence_type(vm, "builtins", "asyncgen_hooks", {"firstiter", "finalizer"}));
    Value firstiter = vm.module_state(&firstiter_key), finalizer = vm.module_state(&finalizer_key);
    return make_struct_sequence(vm, as<Type>(type), {firstiter.is_null() ? Value::none() : firstiter,
                                                     finalizer.is_null() ? Value::none() : finalizer});
}

Result<Value> agen_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Generator* gen = self_gen(args);
    return vm.new_str(format("<async_generator object {} at {}>", gen->qualname()->view(), static_cast<void const*>(gen)));
}

Value agen_members(VM& vm, Value const& self, Str* name) {
    auto* g = as<Generator>(self);
    if (name == vm.names.dunder_name) return Value::borrowed(g->name());
    if (name == vm.names.dunder_qualname) return Value::borrowed(g->qualname());
    if (name->view() == "ag_running") return Value::from_bool(g->state == GenState::Running);
    if (name->view() == "ag_code") return Value::borrowed(g->frame()->function->code.get());
    if (name->view() == "ag_frame") return g->state == GenState::Finished ? Value::none() : frame_snapshot(vm, g->frame());
    if (name->view() == "ag_await") return generator_awaits(g);
    return Value();
}

// The awaitables driven by hand, as a coroutine is by send()/throw(): a value the generator yields ends the
// awaitable with StopIteration(value), a future it waits on is yielded (CPython: async_gen_asend_send,
// async_gen_athrow_send, async_gen_asend_throw, async_gen_athrow_throw)
Result<Value> as_iteration_step(VM& vm, AwaitStatus status, Value& out) {
    switch (status) {
    case AwaitStatus::Done:
        return vm.raise_stop_iteration(out);
    case AwaitStatus::Wait:
        return std::move(out);
    case AwaitStatus::Error:
        break;
    }
    return Raised{};
}

Result<Value> awaitable_send(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value out;
    AwaitStatus status = resume_awaitable(vm, as<AsyncGenAwaitable>(args[0]), args[1], out);
    return as_iteration_step(vm, status, out);
}

Result<Value> awaitable_next_slot(VM& vm, Value const& self, Value& stop_value) {
    Value out;
    AwaitStatus status = awaitable_await(vm, self, out);
    if (status == AwaitStatus::Done) {
        stop_value = std::move(out);
        return Value();
    }
    return as_iteration_step(vm, status, out);
}

Result<Value> awaitable_throw(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto* a = as<AsyncGenAwaitable>(args[0]);
    if (a->done) {
        reuse_error(vm, a);
        return Raised{};
    }
    Result<Value> thrown = thrown_exception(vm, "throw", args + 1, nargs - 1);
    if (thrown.is_error()) {
        a->done = true;  // a throw() that fails closes the awaitable (CPython: gen_throw's error ends it)
        return Raised{};
    }
    // (an awaitable not started stays so: its first send() still does its own work, as in CPython)
    bool finished = false;
    Result<Value> r = resume_generator(vm, a->gen.get(), Value::none(), thrown.release_value(), finished);
    Value out;
    AwaitStatus status = after_resume(vm, a, std::move(r), finished, out);
    return as_iteration_step(vm, status, out);
}

Result<Value> awaitable_self(VM&, Value const* args, std::size_t, Tuple*) { return args[0]; }

Result<Value> awaitable_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    as<AsyncGenAwaitable>(args[0])->done = true;
    return Value::none();
}

} // namespace

void init_async_generator_types(VM& vm) {
    Type* g = vm.types.async_generator;
    g->slots.members = agen_members;
    add_methods(vm, g, {
        {"__aiter__", agen_aiter, Args::none()}, {"__anext__", agen_anext, Args::none()},
        {"asend", agen_asend, Args::one()}, {"athrow", agen_athrow, Args::positional(1, 3)},
        {"aclose", agen_aclose, Args::none()}, {"__repr__", agen_repr, Args::none()},
        {"__del__", agen_del, Args::none()},
    });
    g->has_finalizer = true;
    g->needs_finalizing = [](Object* o) {
        auto* gen = static_cast<Generator*>(o);
        return (gen->asyncgen_hooked && gen->state == GenState::Suspended) || needs_closing_when_freed(gen);
    };
    for (Type* t : {vm.types.async_generator_asend, vm.types.async_generator_athrow}) {
        t->slots.await_native = awaitable_await;
        t->slots.next = awaitable_next_slot;
        add_methods(vm, t, {
            {"send", awaitable_send, Args::one()}, {"throw", awaitable_throw, Args::positional(1, 3)},
            {"close", awaitable_close, Args::none()}, {"__await__", awaitable_self, Args::none()},
            {"__iter__", awaitable_self, Args::none()},
        });
    }
}

void install_asyncgen_hooks_functions(VM& vm, Dict* sys_dict) {
    add_function(vm, sys_dict, "set_asyncgen_hooks", set_asyncgen_hooks);
    add_function(vm, sys_dict, "get_asyncgen_hooks", get_asyncgen_hooks, Args::none());
}

} // namespace weft::rt
