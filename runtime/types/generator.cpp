// Generators and coroutines: creation from a call, send/throw/close, and their Python-visible methods.
// A generator is resumed by a nested dispatch loop; a coroutine awaited by another coroutine instead runs
// inline in its awaiter's loop (see AWAIT in vm/interpreter.cpp). CPython: Objects/genobject.c.
#include "runtime/types/generator.hpp"

#include <cstdio>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/frame_object.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// cr_origin: (filename, line, function name) of the frames that made the coroutine, innermost first, up to
// sys.set_coroutine_origin_tracking_depth()'s depth, kept in the coroutine's side dict (CPython: compute_cr_origin)
void record_origin(VM& vm, Generator* gen) {
    ValueVector entries;
    // a task runs on a fiber whose frames end at its coroutine; the frames that run the loop come next, as in
    // CPython's stack (where the loop's own frames, library code, sit between)
    bool on_fiber = vm.thread() && vm.thread() != &vm.main_thread();
    for (Frame* f = vm.thread() ? vm.thread()->frame : nullptr;
         f && static_cast<int>(entries.size()) < vm.coroutine_origin_depth;) {
        CodeObject* code = f->code();
        auto entry = vm.new_tuple(3);
        entry->items[0] = code->filename.value();
        entry->items[1] = Value::from_int(code->line_of(f->lasti));
        entry->items[2] = Value::borrowed(code->name.get());
        entries.push_back(entry.take_value());
        f = f->previous;
        if (!f && on_fiber) {
            f = vm.main_thread().frame;
            on_fiber = false;
        }
    }
    auto origin = vm.new_tuple(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) origin->items[i] = std::move(entries[i]);
    Ref<Dict> attrs = vm.new_dict();
    dict_set_str(vm, attrs.get(), vm.intern("cr_origin"), origin.take_value());
    vm.gc().set_attributes(gen, attrs.release());
    gen->has_origin = true;
}

} // namespace

Ref<Generator> Generator::create(VM& vm, Function* fn, Type* type) {
    bool is_coroutine = type == vm.types.coroutine;
    CodeObject* code = fn->code.get();
    std::size_t frame_bytes = Frame::size_for(code);
    std::size_t head = generator_frame_offset;
    void* memory = small_alloc(head + frame_bytes);
    auto* gen = new (memory) Generator(type);
    gen->allocation_bytes = static_cast<std::uint32_t>(head + frame_bytes);
    gen->is_coroutine = is_coroutine;
    vm.make_generator_frame(fn, static_cast<char*>(memory) + head);
    gen->frame()->flags |= FrameInGenerator;
    vm.gc().track(gen);
    if (is_coroutine && vm.coroutine_origin_depth > 0) [[unlikely]] record_origin(vm, gen);
    vm.gc().exit_may_finalize = true;  // one suspended at a yield is closed at exit, one never awaited warns
    return Ref<Generator>::adopt(gen);
}

Value Generator::take_saved_exception() {
    if (!has_saved_exception) return Value();
    has_saved_exception = false;
    return type->gc->take_side_value(this);
}

void Generator::set_saved_exception(Value v) {
    if (v.is_null()) {
        (void)take_saved_exception();
        return;
    }
    type->gc->set_side_value(this, std::move(v));
    has_saved_exception = true;
}

Generator::~Generator() {
    if (has_origin) [[unlikely]] type->gc->drop_attributes(this);
    if (has_saved_exception) [[unlikely]] (void)take_saved_exception();
    Frame* f = frame();
    Function* fn = f->function;
    if (fn && fn->code && fn->code->idle_function == fn) {
        // a generator expression's: its function may wait in the code for the expression's next run
        f->function = nullptr;
        VM::clear_frame(f);
        release_genexpr_function(fn);
        return;
    }
    VM::clear_frame(f);
}

void Generator::traverse(GcVisitor& v) {
    if (has_saved_exception) v.visit(type->gc->side_value(this));
    Frame* frame = this->frame();
    if (state == GenState::Running)
        return;
    v.visit(static_cast<Object*>(frame->function));
    if (frame->locals)
        v.visit(static_cast<Object*>(frame->locals));
    Value* end = state == GenState::Finished ? frame->slots : frame->sp;
    for (Value* p = frame->slots; p < end; ++p) v.visit(*p);
}

void Generator::clear_references() {
    (void)take_saved_exception();
    Frame* frame = this->frame();
    if (state != GenState::Running) {
        Value* end = state == GenState::Finished ? frame->slots : frame->sp;
        for (Value* p = frame->slots; p < end; ++p) p->clear();
    }
}

namespace {

// What AWAIT waits on when it awaits an object whose __await__ iterator yields to its driver (a generator-based
// coroutine, types.coroutine): the iterator, a value send() passes down to it, and the result once it finished
// under a throw().
struct DelegatingAwaitable final : Object {
    Value iterator;
    Value sent;
    Value result;
    bool finished = false;
    explicit DelegatingAwaitable(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(iterator); v.visit(sent); v.visit(result); }
    void clear_references() override { iterator.clear(); sent.clear(); result.clear(); }
};

bool is_delegating_awaitable(VM& vm, Value const& v);

// The coroutine `f` awaits inline, or null: an awaiter waits just past its AWAIT while the awaited coroutine runs
// as a frame whose `previous` is the awaiter's (interpreter.cpp, op_AWAIT).
Generator* inline_awaited(Frame* f) {
    if (!f->ip || f->sp <= f->slots || f->ip == f->code()->code.data() || front::opcode_of(f->ip[-1]) != front::Op::AWAIT)
        return nullptr;
    Value const& aw = f->sp[-1];
    if (!aw.is_object() || aw.as_object()->type->layout != Layout::Coroutine) return nullptr;
    auto* inner = as<Generator>(aw);
    return inner->state == GenState::Running && inner->frame()->previous == f ? inner : nullptr;
}

// The frame a coroutine suspended at an AWAIT resumes in: its own, or the innermost of the coroutines it awaits
// inline, where the suspension happened. A task keeps it (Task::resume_frame); send() and throw() find it so.
Frame* innermost_frame(Generator* gen) {
    Frame* f = gen->frame();
    if (!gen->suspended_at_await) return f;
    while (Generator* inner = inline_awaited(f)) f = inner->frame();
    return f;
}

// The iterator a generator suspended in `yield from` delegates to, or a coroutine suspended in AWAIT on a
// DelegatingAwaitable, or null.
Value delegate_of(VM& vm, Generator* gen) {
    Frame* f = innermost_frame(gen);
    if (gen->state != GenState::Suspended || !f->ip || f->sp <= f->slots) return Value();
    if (gen->suspended_at_await) {
        if (front::opcode_of(*f->ip) == front::Op::AWAIT && is_delegating_awaitable(vm, f->sp[-1]))
            return as<DelegatingAwaitable>(f->sp[-1])->iterator;
        return Value();
    }
    if (front::opcode_of(*f->ip) != front::Op::YIELD_FROM) return Value();
    return f->sp[-1];
}

// A generator that ended lets go of its locals and stack at once, not when the generator object dies (CPython
// clears the frame as the generator returns or raises)
void release_frame_values(Generator* gen) {
    Frame* f = gen->frame();
    for (Value* p = f->slots; p < f->sp; ++p) p->clear();
    f->sp = f->slots;
    // and a generator expression's closure, which only its function (nothing else holds it) keeps: CPython's frame
    // lets go of its function then
    if (Function* fn = f->function; fn && fn->header.refcount == 1 && fn->code->idle_function == fn)
        fn->closure = nullptr;
}

// A generator about to run: resuming runs a nested dispatch loop, bounded like any native re-entry (a generator
// delegating to itself with `yield from` must end in RecursionError, not a crash); its frame counts one deeper
// than the caller's. False with the RecursionError raised.
inline bool enter_generator(VM& vm, Frame* frame) {
    if (vm.check_native_stack().is_error())
        return false;
    Frame* caller = vm.thread()->frame;
    frame->depth = caller ? caller->depth + 1 : 1;
    if (frame->depth > vm.config().recursion_limit) [[unlikely]] {
        vm.raise_recursion_error();
        return false;
    }
    return true;
}

// execute() for a generator with an exception being handled on either side: its own replaces the caller's while
// it runs (CPython: gi_exc_state)
[[gnu::noinline]] RunResult execute_swapping_handled(VM& vm, Generator* gen, Frame* start, Value throw_value) {
    Value outer = std::move(vm.handled_exception);
    vm.handled_exception = gen->take_saved_exception();
    // the caller's shows through while the generator handles none (VM::topmost_handled)
    VM::HandledLink link{&outer, vm.handled_below};
    vm.handled_below = &link;
    RunResult r = vm.execute(start, std::move(throw_value));
    vm.handled_below = link.previous;
    gen->set_saved_exception(std::move(vm.handled_exception));
    vm.handled_exception = std::move(outer);
    return r;
}

// execute() for a generator: the exception being handled is its own while it runs (usually there is none on
// either side)
inline RunResult execute_generator(VM& vm, Generator* gen, Frame* start, Value throw_value) {
    if (!vm.handled_exception.is_null() || gen->has_saved_exception) [[unlikely]]
        return execute_swapping_handled(vm, gen, start, std::move(throw_value));
    RunResult r = vm.execute(start, std::move(throw_value));
    if (!vm.handled_exception.is_null()) [[unlikely]] gen->set_saved_exception(std::move(vm.handled_exception));  // it yielded in an except block
    return r;
}

// Runs the generator's frame from `start` (its own, or the innermost coroutine it awaits inline) until it yields,
// returns or raises; `finished` when it returned (the result is its return value). Every resume ends here.
inline Result<Value> run_generator(VM& vm, Generator* gen, Frame* start, Value throw_value, bool& finished) {
    gen->suspended_at_await = false;
    gen->state = GenState::Running;
    Ref<Generator> hold = Ref<Generator>::borrowed(gen);
    gen->frame()->flags |= FrameEntry;
    RunResult r = execute_generator(vm, gen, start, std::move(throw_value));
    switch (r.kind) {
    case FrameExit::Yielded:
        gen->state = GenState::Suspended;
        return std::move(r.value);
    case FrameExit::Returned:
        gen->state = GenState::Finished;
        release_frame_values(gen);
        finished = true;
        return std::move(r.value);
    case FrameExit::Raised:
        gen->state = GenState::Finished;
        release_frame_values(gen);
        replace_escaping_stop(vm, gen);
        return Raised{};
    case FrameExit::Suspended:
        // A coroutine driven by send() waits on a future: hand the future to the sender, as a yield.
        gen->state = GenState::Suspended;
        gen->suspended_at_await = true;
        return std::move(r.value);
    }
    return Raised{};
}

// Closes what `yield from` delegates to before GeneratorExit reaches the generator (CPython: gen_close_iter).
Result<void> close_delegate(VM& vm, Value const& yf) {
    if (yf.is_object() && vm.type_of(yf) == vm.types.generator) {
        Value self = yf;
        TRY(vm.call_method(self, vm.names.close, nullptr, 0));
        return {};
    }
    Value close = TRY(vm.getattr_opt(yf, vm.names.close));
    if (!close.is_null())
        TRY(vm.call0(close));
    return {};
}

} // namespace

char const* kind_name(VM& vm, Generator* gen) {
    return gen->type == vm.types.async_generator ? "async generator" : gen->is_coroutine ? "coroutine" : "generator";
}

void replace_escaping_stop(VM& vm, Generator* gen) {
    char const* stop_name;
    if (vm.exception_matches(vm.types.StopIteration))
        stop_name = "StopIteration";
    else if (gen->type == vm.types.async_generator && vm.exception_matches(vm.types.StopAsyncIteration))
        stop_name = "StopAsyncIteration";
    else
        return;
    Value stop = vm.take_exception();
    vm.raise(vm.types.RuntimeError, "{} raised {}", kind_name(vm, gen), stop_name);
    auto* error = as<Exception>(vm.exception());
    error->cause = stop;
    error->suppress_context = true;  // as `raise ... from stop`
    error->context = std::move(stop);
}

void note_dropped_coroutine(void* data, Object* object) {
    if (object->type->layout != Layout::Coroutine) return;
    auto* gen = static_cast<Generator*>(object);
    if (gen->state != GenState::Created) return;
    // the frame running when the last reference went: its function (not one being freed itself) and the line of
    // the instruction it last saved its place at (a call, or the del that dropped it), kept in the unused fields
    // of the coroutine that never ran
    auto& vm = *static_cast<VM*>(data);
    // dropped while an exception unwinds: CPython's traceback would keep the frames holding it alive until the
    // exception is handled, so the warning names the line running then (the next safe point's)
    if (vm.has_exception()) return;
    Frame* f = vm.thread() ? vm.thread()->frame : nullptr;
    if (!f || !f->function || f->function->header.refcount == 0) return;
    std::size_t offset = f->ip && f->ip > f->code()->code.data() ? f->current_offset() - 1 : f->lasti;
    gen->set_saved_exception(Value::borrowed(f->function));
    gen->frame()->depth = f->code()->line_of(offset);
}

Value generator_awaits(Generator* gen) {
    if (!generator_waiting(gen)) return Value::none();
    Frame* f = gen->frame();
    // a plain generator delegates with `yield from`; a coroutine or an async generator awaits
    front::Op waiting = gen->frame()->code()->flags & front::CodeGenerator ? front::Op::YIELD_FROM : front::Op::AWAIT;
    if (waiting == front::Op::AWAIT)
        if (Generator* inner = inline_awaited(f)) return Value::borrowed(inner);
    if (f->ip && front::opcode_of(*f->ip) == waiting && f->sp > f->slots) return f->sp[-1];
    return Value::none();
}

bool generator_waiting(Generator* gen) {
    if (gen->state == GenState::Suspended) return true;
    if (gen->state != GenState::Running) return false;
    // Running: executing now (its frame or one it awaits inline is on a running stack), or awaited inline by a
    // task that is suspended, whose innermost frame is then not executing
    Frame* f = gen->frame();
    while (Generator* inner = inline_awaited(f)) f = inner->frame();
    return !(f->flags & FrameExecuting);
}

// Resumes a generator with `value` (or raises `throw_value` into it). On return, `finished` says whether the
// generator ended (the result is its return value) or yielded (the result is the yielded value).
Result<Value> resume_generator(VM& vm, Generator* gen, Value value, Value throw_value, bool& finished) {
    finished = false;
    if (!throw_value.is_null()) [[unlikely]] {
        // A generator suspended in `yield from` passes the exception to its subiterator first (CPython:
        // _gen_throw): GeneratorExit closes the subiterator and then reaches the generator; another exception
        // is thrown into it, and what it yields the generator yields. When the subiterator returns, `yield from`
        // ends with its value; when it raises, the generator gets that exception at the `yield from`.
        if (Value yf = delegate_of(vm, gen); !yf.is_null()) {
            Ref<Generator> hold = Ref<Generator>::borrowed(gen);
            gen->state = GenState::Running;
            Result<Value> r = Value();
            bool sub_finished = false;
            bool delegated = true;
            if (vm.type_of(throw_value)->is_subtype_of(vm.types.GeneratorExit)) {
                Result<void> closed = close_delegate(vm, yf);
                delegated = false;
                if (closed.is_error()) throw_value = vm.take_exception();
            } else if (yf.is_object() && vm.type_of(yf) == vm.types.generator) {
                r = resume_generator(vm, as<Generator>(yf), Value::none(), throw_value, sub_finished);
            } else {
                Result<Value> m = vm.getattr_opt(yf, vm.names.throw_);
                if (m.is_error() || m.value().is_null()) {
                    delegated = false;
                    if (m.is_error()) throw_value = vm.take_exception();
                } else {
                    r = vm.call1(m.value(), throw_value);
                    if (r.is_error() && vm.exception_matches(vm.types.StopIteration)) {
                        Value stop = vm.take_exception();
                        r = as<Exception>(stop)->value.is_null() ? Value::none() : as<Exception>(stop)->value;
                        sub_finished = true;
                    }
                }
            }
            gen->state = GenState::Suspended;
            if (delegated) {
                if (r.is_error()) {
                    throw_value = vm.take_exception();  // raised at the `yield from`
                } else if (!sub_finished) {
                    return r;  // the subiterator yielded; the generator stays in `yield from`
                } else if (gen->suspended_at_await) {
                    // the awaited iterator returned: AWAIT, run again, gives its value
                    auto* a = as<DelegatingAwaitable>(innermost_frame(gen)->sp[-1]);
                    a->finished = true;
                    a->result = r.release_value();
                    return resume_generator(vm, gen, Value::none(), Value(), finished);
                } else {
                    // `yield from` is over: its value is the subiterator's return value
                    Frame* f = gen->frame();
                    (--f->sp)->clear();
                    ++f->ip;
                    return resume_generator(vm, gen, r.release_value(), Value(), finished);
                }
            }
        }
    }
    if (gen->state == GenState::Running)
        return vm.raise(vm.types.ValueError, "{} already executing", kind_name(vm, gen));
    if (gen->state == GenState::Finished) {
        if (gen->is_coroutine)
            return vm.raise(vm.types.RuntimeError, "cannot reuse already awaited coroutine");
        if (!throw_value.is_null())
            return vm.raise_value(std::move(throw_value));
        finished = true;
        return Value::none();
    }
    if (gen->state == GenState::Created && !value.is_none() && throw_value.is_null())
        return vm.raise(vm.types.TypeError, "can't send non-None value to a just-started {}", kind_name(vm, gen));
    Frame* frame = gen->frame();
    if (!enter_generator(vm, frame))
        return Raised{};
    Frame* start = frame;
    if (gen->state == GenState::Suspended && throw_value.is_null() && !gen->suspended_at_await) {
        new (frame->sp++) Value(std::move(value));  // the result of the YIELD_VALUE it stopped at
    } else if (gen->suspended_at_await) {
        start = innermost_frame(gen);
        if (throw_value.is_null() && !value.is_none() && start->sp > start->slots && is_delegating_awaitable(vm, start->sp[-1]))
            as<DelegatingAwaitable>(start->sp[-1])->sent = std::move(value);  // for the awaited iterator's send()
    }
    // a coroutine that never ran keeps where it was dropped in saved_exception (note_dropped_coroutine): if a
    // finalizer revives and starts it, that is no exception being handled
    if (gen->has_saved_exception && gen->state == GenState::Created) [[unlikely]] (void)gen->take_saved_exception();
    return run_generator(vm, gen, start, std::move(throw_value), finished);
}

Result<Value> VM::generator_send(Value const& gen, Value value, bool& finished) {
    return resume_generator(*this, as<Generator>(gen), std::move(value), Value(), finished);
}

// throw(value) or the old throw(type[, value[, traceback]]) (CPython: _gen_throw, with PyErr_NormalizeException's
// rules for making the exception from a class and a value)
Result<Value> thrown_exception(VM& vm, char const* name, Value const* args, std::size_t nargs) {
    Value exc = args[0];
    Value value = nargs > 1 ? args[1] : Value::none();
    Value tb = nargs > 2 && !args[2].is_none() ? args[2] : Value();
    if (!tb.is_null() && !(tb.is_object() && vm.type_of(tb) == vm.types.traceback))
        return vm.raise(vm.types.TypeError, "{}() third argument must be a traceback object", name);
    if (exc.is_object() && vm.type_of(exc)->layout == Layout::Type && as<Type>(exc)->is_base_exception) {
        Type* cls = as<Type>(exc);
        if (value.is_object() && vm.type_of(value)->is_subtype_of(cls))
            exc = value;
        else if (value.is_none())
            exc = TRY(vm.call0(exc));
        else if (value.is_object() && vm.type_of(value)->layout == Layout::Tuple)
            exc = TRY(vm.call(exc, as<Tuple>(value)->items, as<Tuple>(value)->size));
        else
            exc = TRY(vm.call1(exc, value));
        if (!(exc.is_object() && vm.type_of(exc)->layout == Layout::Exception)) {
            // CPython: _PyErr_CreateException's check, as PyErr_NormalizeException reports it
            std::string r = TRY(vm.repr_string(Value::borrowed(cls)));
            return vm.raise(vm.types.TypeError, "calling {} should have returned an instance of BaseException, not {}", r,
                            vm.type_of(exc)->name->view());
        }
    } else if (!value.is_none()) {
        return vm.raise(vm.types.TypeError, "instance exception may not have a separate value");
    }
    if (!(exc.is_object() && vm.type_of(exc)->layout == Layout::Exception))
        return vm.raise(vm.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not {}",
                        vm.type_of(exc)->name->view());
    if (!tb.is_null()) TRY(set_traceback(vm, as<Exception>(exc), tb));  // the frames it passes are added to these
    return exc;
}

namespace {

Generator* self_gen(Value const* args) { return as<Generator>(args[0]); }

Result<Value> gen_send(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    bool finished = false;
    Value r = TRY(resume_generator(vm, self_gen(args), args[1], Value(), finished));
    if (finished)
        return vm.raise_stop_iteration(r);
    return r;
}

Result<Value> gen_next(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    bool finished = false;
    Value r = TRY(resume_generator(vm, self_gen(args), Value::none(), Value(), finished));
    if (finished)
        return vm.raise_stop_iteration(r);
    return r;
}

Result<Value> gen_throw(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value exc = TRY(thrown_exception(vm, "throw", args + 1, nargs - 1));
    bool finished = false;
    Value r = TRY(resume_generator(vm, self_gen(args), Value::none(), exc, finished));
    if (finished)
        return vm.raise_stop_iteration(r);
    return r;
}

Result<Value> gen_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    Generator* gen = self_gen(args);
    if (gen->state == GenState::Created) {
        gen->state = GenState::Finished;
        release_frame_values(gen);
        return Value::none();
    }
    if (gen->state == GenState::Finished)
        return Value::none();
    Value exc = TRY(vm.new_exception(vm.types.GeneratorExit, nullptr, 0));
    // raised where close() is called (CPython: gen_close's PyErr_SetNone), so it chains what the caller handles;
    // what the generator handles itself, if anything, replaces that as it is thrown in
    if (Value const& handled = vm.topmost_handled(); !handled.is_null()) as<Exception>(exc)->context = handled;
    bool finished = false;
    Result<Value> r = resume_generator(vm, gen, Value::none(), exc, finished);
    if (r.is_error()) {
        if (vm.exception_matches(vm.types.GeneratorExit) || vm.exception_matches(vm.types.StopIteration)) {
            vm.take_exception();
            return Value::none();
        }
        return Raised{};
    }
    if (!finished)  // CPython: gen_close's message names the kind
        return vm.raise(vm.types.RuntimeError, "{} ignored GeneratorExit", kind_name(vm, gen));
    return Value::none();
}

Result<Value> gen_iter(VM& vm, Value const* args, std::size_t, Tuple*) { return args[0]; }

// A generator freed while suspended at a yield is closed first, so its finally blocks and with statements run
// (CPython: _PyGen_Finalize calling gen_close); it runs as __del__ does, at the next safe point.
bool suspended_at_yield(Object* object) {
    auto* g = static_cast<Generator*>(object);
    return g->state == GenState::Suspended && !g->suspended_at_await;
}

// Whether a generator freed now must be closed first: it is suspended at a yield that a try, with or finally
// statement covers, or delegating (`yield from`) to an iterator that close() would close. The GeneratorExit that
// close() raises anywhere else leaves the frame at once and runs no code (a generator expression stopped early by
// any() or a break), so the generator is freed at once, as gen_close would have left it (CPython 3.12's gen_close
// skips the throw the same way when the yield has no handler around it).
bool needs_closing(Object* object) {
    if (!suspended_at_yield(object)) return false;
    Frame* f = static_cast<Generator*>(object)->frame();
    CodeObject* code = f->code();
    if (front::opcode_of(*f->ip) == front::Op::YIELD_FROM) return true;
    // the offset a throw raises at (VM::execute's resume with an exception): past the YIELD_VALUE
    return code->unit->handler_at(static_cast<std::uint32_t>(f->ip - code->code.data())) != nullptr;
}

Result<Value> gen_del(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (!suspended_at_yield(args[0].as_object())) return Value::none();
    return gen_close(vm, args, nargs, kwnames);
}

// A coroutine that was never awaited: warnings._warn_unawaited_coroutine(coro, function, line) reports it, as
// RuntimeWarning, at the line that dropped it (noted by note_dropped_coroutine; CPython warns from the frame that
// drops the last reference)
Result<Value> coro_del(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Generator* gen = self_gen(args);
    // one freed while it waits (a pending task's, collected) is closed: its finally blocks run (CPython:
    // _PyGen_Finalize calling gen_close)
    if (gen->state == GenState::Suspended) return gen_close(vm, args, nargs, kwnames);
    if (gen->state != GenState::Created) return Value::none();
    gen->state = GenState::Finished;
    release_frame_values(gen);
    Value where[3] = {args[0], Value::none(), Value::none()};
    Value dropped_at = gen->take_saved_exception();
    if (layout_of(dropped_at) == Layout::Function) {
        where[1] = std::move(dropped_at);
        where[2] = Value::from_int(gen->frame()->depth);
    }
    Value warnings = TRY(vm.import_module(vm.intern("warnings")));
    Value hook = TRY(vm.getattr(warnings, vm.intern("_warn_unawaited_coroutine")));
    TRY(vm.call(hook, where, 3));
    return Value::none();
}

// coro.__await__(): an iterator over the coroutine, for awaitables that delegate to one from their own __await__
// (`return self.work().__await__()`, `yield from coro.__await__()`). CPython: Objects/genobject.c coro_await and
// the coroutine_wrapper type, whose send/throw/close/__next__ are the coroutine's.
struct CoroutineWrapper final : Object {
    Ref<Generator> coro;
    explicit CoroutineWrapper(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(coro); }
    void clear_references() override { coro = nullptr; }
};

Result<Value> coro_await(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto w = make<CoroutineWrapper>(vm.types.coroutine_wrapper);
    w->coro = Ref<Generator>::borrowed(self_gen(args));
    vm.gc().track(w.get());
    return w.take_value();
}

// a wrapper's method is its coroutine's, called with the coroutine in place of the wrapper
template <NativeFn method>
Result<Value> wrapper_forward(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    ValueVector forwarded(args, args + nargs);
    forwarded[0] = Value::borrowed(as<CoroutineWrapper>(args[0])->coro.get());
    return method(vm, forwarded.data(), nargs, kwnames);
}

Result<Value> wrapper_next_slot(VM& vm, Value const& self, Value& stop_value) {
    bool finished = false;
    Value r = TRY(vm.generator_send(Value::borrowed(as<CoroutineWrapper>(self)->coro.get()), Value::none(), finished));
    if (finished) {
        stop_value = std::move(r);
        return Value();
    }
    return r;
}

Result<Value> gen_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Generator* gen = self_gen(args);
    return vm.new_str(format("<{} object {} at {}>", gen->is_coroutine ? "coroutine" : "generator",
                             gen->qualname()->view(), static_cast<void const*>(gen)));
}

} // namespace

namespace {

// iter() and next() of a generator (CPython: gen_iternext); a coroutine has neither

WEFT_ALWAYS_INLINE Result<Value> resume_for_next(VM& vm, Value const& self, Value& stop_value) {
    bool finished = false;
    auto* gen = as<Generator>(self);
    Result<Value> resumed = Value();
    if (gen->state == GenState::Suspended && !gen->suspended_at_await) [[likely]] {
        // the loop over a generator: resume at its yield with None sent in, without resume_generator's checks
        // for a throw, a start or an await. A yield whose value is dropped (`yield x` as a statement, every
        // generator expression's) is followed by POP_TOP: skip both the None and the POP_TOP.
        Frame* frame = gen->frame();
        if (!enter_generator(vm, frame))
            return Raised{};
        if (front::opcode_of(*frame->ip) == front::Op::POP_TOP)
            ++frame->ip;
        else
            new (frame->sp++) Value(Value::none());
        resumed = run_generator(vm, gen, frame, Value(), finished);
    } else {
        resumed = resume_generator(vm, gen, Value::none(), Value(), finished);
    }
    Value r = TRY(std::move(resumed));
    if (finished) {
        stop_value = std::move(r);
        return Value();
    }
    return r;
}

Result<Value> gen_next_slot(VM& vm, Value const& self, Value& stop_value) {
    return resume_for_next(vm, self, stop_value);
}

} // namespace

Result<Value> next_through_generator(VM& vm, Value const& it, YieldSink& sink) {
    auto* gen = as<Generator>(it);
    // attached for this one resume only: between resumes the consumer may run Python code that resumes the
    // generator itself, and that resume must yield to its own caller
    struct Attached {
        ThreadState* ts;
        YieldSink& sink;
        Attached(ThreadState* t, YieldSink& s, Frame* frame) : ts(t), sink(s) {
            sink.frame = frame;
            sink.outer = ts->yield_sink;
            ts->yield_sink = &sink;
            frame->flags |= FrameYieldSink;
        }
        ~Attached() {  // on every way out, a C++ exception's too
            sink.frame->flags &= ~FrameYieldSink;
            ts->yield_sink = sink.outer;
        }
    } attached(vm.thread(), sink, gen->frame());
    Value stop;
    return resume_for_next(vm, it, stop);
}

bool offer_to_sink(ThreadState* ts, Frame* f, Value& item) {
    for (YieldSink* s = ts->yield_sink; s; s = s->outer)
        if (s->frame == f) return s->take(*s, item);
    return false;
}

namespace {

// ---- attributes (TypeSlots::members; CPython: gen_getsetlist)

Value generator_members(VM& vm, Value const& self, Str* name) {
    auto* g = as<Generator>(self);
    if (name == vm.names.dunder_name) return Value::borrowed(g->name());
    if (name == vm.names.dunder_qualname) return Value::borrowed(g->qualname());
    // gi_* for generators, cr_* for coroutines (CPython: gen_getsetlist, coro_getsetlist)
    std::string_view n = name->view();
    if (n.size() < 4 || n.substr(0, 3) != (g->is_coroutine ? "cr_" : "gi_")) return Value();
    n.remove_prefix(3);
    Frame* f = g->frame();
    if (n == "running") return Value::from_bool(g->state == GenState::Running && !generator_waiting(g));
    if (n == "suspended") return Value::from_bool(generator_waiting(g));
    if (n == "code") return Value::borrowed(f->function->code.get());
    if (n == "frame") return g->state == GenState::Finished ? Value::none() : frame_snapshot(vm, f);
    if (n == "origin" && g->is_coroutine) {
        Object* attrs = g->has_origin ? vm.gc().attributes_of(g) : nullptr;
        Value origin = attrs ? dict_get_str(static_cast<Dict*>(attrs), vm.intern("cr_origin")) : Value();
        return origin.is_null() ? Value::none() : origin;
    }
    // what a suspended generator delegates to (yield from) or a coroutine awaits: the coroutine it awaits inline,
    // else its stack top at that instruction (CPython: _PyGen_yf)
    if (n == (g->is_coroutine ? "await" : "yieldfrom")) return generator_awaits(g);
    return Value();
}

} // namespace

bool needs_closing_when_freed(Object* gen) { return needs_closing(gen); }

Result<Value> close_generator_frame(VM& vm, Value const& gen) { return gen_close(vm, &gen, 1, nullptr); }

void init_generator_types(VM& vm) {
    vm.types.generator->slots.members = vm.types.coroutine->slots.members = generator_members;
    vm.types.generator->slots.iter = iterator_returns_self;
    vm.types.generator->slots.next = gen_next_slot;
    add_methods(vm, vm.types.generator, {
        {"__repr__", gen_repr}, {"__iter__", gen_iter}, {"__next__", gen_next}, {"send", gen_send, Args::one()},
        {"throw", gen_throw, Args::positional(1, 3)}, {"close", gen_close}, {"__del__", gen_del, Args::none()},
    });
    vm.types.generator->has_finalizer = true;
    vm.types.generator->needs_finalizing = needs_closing;
    add_methods(vm, vm.types.coroutine, {
        {"__repr__", gen_repr}, {"send", gen_send, Args::one()}, {"throw", gen_throw, Args::positional(1, 3)}, {"close", gen_close},
        {"__del__", coro_del, Args::none()}, {"__await__", coro_await, Args::none()},
    });
    Type* wrapper = vm.types.coroutine_wrapper;
    wrapper->slots.iter = iterator_returns_self;
    wrapper->slots.next = wrapper_next_slot;
    add_methods(vm, wrapper, {
        {"__iter__", gen_iter, Args::none()}, {"__next__", wrapper_forward<gen_next>, Args::none()},
        {"send", wrapper_forward<gen_send>, Args::one()}, {"throw", wrapper_forward<gen_throw>, Args::positional(1, 3)},
        {"close", wrapper_forward<gen_close>, Args::none()},
    });
    // a coroutine freed without ever being awaited warns (CPython: _PyGen_Finalize's _PyErr_WarnUnawaitedCoroutine)
    vm.types.coroutine->has_finalizer = true;
    vm.types.coroutine->needs_finalizing = [](Object* o) {
        GenState state = static_cast<Generator*>(o)->state;
        return state == GenState::Created || state == GenState::Suspended;
    };
}

namespace {

char const delegating_key = 0;  // module_type(): made on first use

AwaitStatus delegating_await(VM& vm, Value const& self, Value& out) {
    auto* a = as<DelegatingAwaitable>(self);
    if (a->finished) {
        out = std::move(a->result);
        return AwaitStatus::Done;
    }
    Value stop;
    Result<Value> next = Value();
    if (!a->sent.is_null() && !a->sent.is_none()) {
        // the coroutine was resumed with send(value): the iterator gets it (CPython: gen_send_ex through yf)
        Value sent = std::move(a->sent);
        next = vm.call_method(a->iterator, vm.names.send, &sent, 1);
        if (next.is_error() && vm.exception_matches(vm.types.StopIteration)) {
            Value e = vm.take_exception();
            stop = as<Exception>(e)->value;
            next = Value();
        }
    } else {
        a->sent.clear();
        next = vm.next_with_value(a->iterator, stop);
    }
    if (next.is_error()) return AwaitStatus::Error;
    if (next.value().is_null()) {
        out = stop.is_null() ? Value::none() : stop;
        return AwaitStatus::Done;
    }
    out = next.release_value();
    return AwaitStatus::Wait;
}

} // namespace

namespace {
bool is_delegating_awaitable(VM& vm, Value const& v) {
    Type* t = vm.module_type(&delegating_key);
    return t && v.is_object() && vm.type_of(v) == t;
}
} // namespace

Value delegating_awaitable(VM& vm, Value iterator) {
    Type* t = vm.module_type(&delegating_key);
    if (!t) {
        t = make_builtin_type(vm, "_delegating_awaitable", vm.types.object, Layout::Native);
        t->subclassable = false;
        t->slots.await_native = delegating_await;
        vm.set_module_type(&delegating_key, t);
    }
    auto a = make<DelegatingAwaitable>(t);
    a->iterator = std::move(iterator);
    vm.gc().track(a.get());
    return a.take_value();
}

} // namespace weft::rt
