// Generators and coroutines: an object holding a suspended frame. The frame is stored inline after the
// object (one allocation per call), so a suspended coroutine costs its locals and stack slots only.
#pragma once

#include "runtime/object.hpp"
#include "runtime/vm/frame.hpp"

namespace weft::rt {

struct ThreadState;

enum class GenState : std::uint8_t { Created, Suspended, Running, Finished };

struct Generator final : Object {
    GenState state = GenState::Created;
    bool is_coroutine = false;
    bool suspended_at_await = false;  // resumes by re-running its AWAIT (no sent value is pushed)
    bool asyncgen_hooked : 1 = false; // an async generator whose first iteration called sys's firstiter hook
    bool has_origin : 1 = false;      // a coroutine whose cr_origin was recorded (in the collector's side table)
    bool has_saved_exception : 1 = false;  // see take_saved_exception()
    std::uint32_t allocation_bytes = 0;  // the object and its frame

    // The generator's own "exception being handled" while it is not running (null: none); a coroutine that never
    // ran keeps there the function that dropped it (note_dropped_coroutine). Few generators suspend inside an except
    // block, so the value waits in the collector's side table (Gc::side_value) and the object stays 32 bytes.
    Value take_saved_exception();
    void set_saved_exception(Value v);  // null: none

    // The frame lives right after the object, in the same allocation (at generator_frame_offset).
    Frame* frame() const;

    // a generator, coroutine or async_generator (`type`) running `fn`, its frame not started
    static Ref<Generator> create(VM& vm, Function* fn, Type* type);
    // __name__ and __qualname__ are the function's (its frame keeps the function alive)
    Str* name() const { return frame()->function->name.get(); }
    Str* qualname() const { return frame()->function->qualname.get(); }
    void traverse(GcVisitor&) override;
    void clear_references() override;
    ~Generator() override;
    static void operator delete(Generator* g, std::destroying_delete_t) {
        std::size_t bytes = g->allocation_bytes;
        g->~Generator();
        small_free(g, bytes);
    }

private:
    explicit Generator(Type* t) : Object(t) {}
};

inline constexpr std::size_t generator_frame_offset = (sizeof(Generator) + 15) & ~std::size_t{15};
inline Frame* Generator::frame() const {
    return reinterpret_cast<Frame*>(const_cast<char*>(reinterpret_cast<char const*>(this)) + generator_frame_offset);
}
// The generator holding `frame` (which has FrameInGenerator set).
inline Generator* generator_of(Frame* frame) {
    return reinterpret_cast<Generator*>(reinterpret_cast<char*>(frame) - generator_frame_offset);
}

// Whether `gen` waits rather than executes: suspended, or (a coroutine) awaited inline by a suspended task, which
// leaves every coroutine of its chain but the outermost in the Running state (CPython: FRAME_SUSPENDED).
bool generator_waiting(Generator* gen);

// A native consumer's hand inside a generator's run. While a consumer such as sum(), any() or list() steps a
// generator through next_through(), each value the generator yields is first offered to take(). A consumer whose
// work on that value is plain native work, calling no Python code and running no destructor (adding two small
// ints, testing a bool, moving the value into a vector), takes it there, and the generator goes on at once as if
// resumed by next(): the value costs no exit from the generator's dispatch loop and no re-entry. A value the sink
// declines is yielded to the consumer as next() yields it, and the consumer does the rest of its work on it as
// before. The consumer sees the same values in the same order, each handled before the generator computes the
// next one, so nothing a program can observe changes.
struct YieldSink {
    bool (*take)(YieldSink& self, Value& item);  // true: taken (and `item` may be moved from)
    Frame* frame = nullptr;                      // the generator frame it serves (set by next_through)
    YieldSink* outer = nullptr;                  // an enclosing consumer's sink in the same context
};

// A YieldSink calling `f(Value&) -> bool`.
template <class F>
struct YieldSinkOf final : YieldSink {
    F f;
    explicit YieldSinkOf(F fn) : YieldSink{&call}, f(std::move(fn)) {}
    static bool call(YieldSink& self, Value& item) { return static_cast<YieldSinkOf&>(self).f(item); }
};

// A consumer steps its iterator with VM::next_through(it, sink).

// YIELD_VALUE in a frame with FrameYieldSink set: whether its consumer's sink took `item`.
bool offer_to_sink(ThreadState* ts, Frame* f, Value& item);

// What a waiting generator delegates to (`yield from`) or a coroutine or async generator awaits: gi_yieldfrom,
// cr_await and ag_await (CPython: _PyGen_yf); None while it runs or when it waits on nothing.
Value generator_awaits(Generator* gen);

// Gc::on_defer: where a coroutine that never ran was dropped, for its "was never awaited" warning (`data` is the VM)
void note_dropped_coroutine(void* data, Object* object);

// Whether a generator (or async generator) freed now must be closed first: suspended at a yield that a try, with
// or finally statement covers, or in a `yield from` (CPython: _PyGen_Finalize's gen_close)
bool needs_closing_when_freed(Object* gen);
// gen.close() for a generator or async generator object: GeneratorExit thrown in at its yield (CPython: gen_close)
Result<Value> close_generator_frame(VM& vm, Value const& gen);

// "generator", "coroutine" or "async generator", as CPython's messages name `gen`
char const* kind_name(VM& vm, Generator* gen);

// PEP 479: when the exception leaving `gen`'s frame is a StopIteration (or, from an async generator, a
// StopAsyncIteration), replaces it with RuntimeError("coroutine raised StopIteration", ...) caused by it (CPython:
// gen_send_ex2's _PyErr_FormatFromCause). Called wherever a generator frame is left by an exception: a resume
// (run_generator) and the unwinding out of a coroutine awaited inline (VM::execute).
void replace_escaping_stop(VM& vm, Generator* gen);

// Resumes `gen` with `value` sent in (or `throw_value` raised at its yield); `finished` when it returned.
Result<Value> resume_generator(VM& vm, Generator* gen, Value value, Value throw_value, bool& finished);

// An awaitable over the iterator an __await__ returned that has yielded once: each await advances it, waiting on
// what it yields until it returns (a generator-based coroutine that yields to the event loop; generator.cpp).
Value delegating_awaitable(VM& vm, Value iterator);

// sys.set_asyncgen_hooks and sys.get_asyncgen_hooks, installed in sys's dict (async_generator.cpp).
void install_asyncgen_hooks_functions(VM& vm, Dict* sys_dict);

// The exception gen.throw(...)/agen.athrow(...) raise, made from their arguments (`name` is the method's, for messages).
Result<Value> thrown_exception(VM& vm, char const* name, Value const* args, std::size_t nargs);

} // namespace weft::rt
