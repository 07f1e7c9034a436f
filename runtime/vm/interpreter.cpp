// The dispatch loop, and nothing else. Opcode handlers are generated from interpreter/opcodes.def through a
// computed-goto label table (a missing handler fails to compile).
//
// Invariants:
//  1. `f`, `ip`, `sp` are the executing frame's registers; they are written back to the frame (SAVE) before
//     anything that can observe frames: pushing or popping a frame, leaving the loop, raising into a handler.
//  2. Calls from weft code to weft functions push a frame and stay in this loop (no C++ recursion); native
//     code calling weft code enters a nested loop through VM::call_function, counted in native_depth.
//  3. `await coroutine` runs the coroutine's frame inline (its frame->previous is the awaiter). The awaiter
//     keeps the coroutine object on its stack while it runs; the result replaces it.
//  4. AWAIT on a pending native awaitable leaves the loop with FrameExit::Suspended, `ip` still pointing at
//     the AWAIT: resuming the task runs the AWAIT again, which then finds the awaitable complete.
//  5. Every value on the stack below `sp` is owned by the stack; slots at and above `sp` are dead memory
//     (never read or destroyed), so PUSH constructs in place and a new frame clears only its locals.
//  6. Handlers end with DISPATCH(), a plain goto, so that their C++ locals are destroyed (see DISPATCH).
//  7. On an exception, the handler is found in the code's exception table; the traceback gets one entry per
//     frame the exception leaves or is raised in (RERAISE and bare `raise` add none), CPython's rule.
#include <cmath>
#include <cstring>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/shape.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/import.hpp"
#include "runtime/vm/vm.hpp"
#include "runtime/vm/traceback.hpp"
#include "runtime/vm/vm_opcodes.hpp"

namespace weft::rt {

using front::Op;
using front::Instruction;

Function* fast_init(VM& vm, Type* type);

namespace {

// f(**m): m merged into the call's keyword dict. m must be a mapping (CPython: DICT_MERGE's "f() argument after **
// must be a mapping, not int"), and a key given twice is an error naming f.
Result<void> merge_call_kwargs(VM& vm, Dict* into, Value const& m, Value const& callable) {
    Type* t = vm.type_of(m);
    if (!(m.is_object() && (t->layout == Layout::Dict || !t->lookup(vm.names.keys).is_null()))) {
        std::string fname = TRY(vm.function_str(callable));
        return vm.raise(vm.types.TypeError, "{} argument after ** must be a mapping, not {}", fname, t->name->view());
    }
    return dict_update_from(vm, into, m, &callable);
}

// A frame for a call of `fn` whose arguments need binding (keywords, defaults, *args), on the thread's data stack
// and marked executing; null, with the exception set, when the arguments do not fit.
Frame* push_bound_frame(VM& vm, Function* fn, Value const* args, std::size_t nargs, Tuple* kwnames) {
    DataStack& stack = vm.thread()->data_stack;
    auto* nf = static_cast<Frame*>(stack.push(Frame::size_for(fn->code.get())));
    init_frame(nf, fn);
    if (vm.bind_arguments(fn, nf, args, nargs, kwnames).is_error()) {
        VM::clear_frame(nf);
        stack.pop(nf);
        return nullptr;
    }
    nf->flags = FrameOnDataStack | FrameExecuting;
    return nf;
}

struct ExceptionHandlerInfo {
    std::uint32_t target;
    std::uint16_t depth;
    bool lasti;
};

// The handler that catches what the instruction at `offset` raises (CodeUnit::handler_at), copied out: the
// unwinding loop keeps the shape it was tuned with (holding a pointer into the table there changed the register
// allocation of the whole dispatch loop, and calls ran 5-9% slower)
bool find_handler(CodeObject* code, std::uint32_t offset, ExceptionHandlerInfo& out) {
    front::ExceptionTableEntry const* e = code->unit->handler_at(offset);
    if (!e) return false;
    out = ExceptionHandlerInfo{e->target, e->depth, e->push_lasti};
    return true;
}

template <class T>
WEFT_ALWAYS_INLINE bool compare_as(std::uint32_t op, T x, T y) {
    switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y;
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
    }
}

// COMPARE_OP's argument (0 < 1 <= 2 == 3 != 4 > 5 >=) on two ints or two floats, decided here; false (and
// `result` untouched) for other operands.
WEFT_ALWAYS_INLINE bool compare_numbers(std::uint32_t op, Value const& a, Value const& b, bool& result) {
    if (a.is_int() && b.is_int()) {
        result = compare_as(op, a.as_int(), b.as_int());
        return true;
    }
    if (a.is_float() && b.is_float()) {
        result = compare_as(op, a.as_float(), b.as_float());
        return true;
    }
    return false;
}

// How two ints or two floats are ordered: 0 less, 1 equal, 2 greater, 3 unordered (a NaN); false for other
// operands. A compare-and-jump takes its jump when bit `order` of the mask the loader put in the COMPARE_OP's
// argument is set (see compare_jump_mask in loader.cpp), so it needs no switch on the comparison.
WEFT_ALWAYS_INLINE bool number_order(Value const& a, Value const& b, unsigned& order) {
    if (a.is_int() && b.is_int()) {
        std::int64_t x = a.as_int(), y = b.as_int();
        order = static_cast<unsigned>(x >= y) + static_cast<unsigned>(x > y);
        return true;
    }
    if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        order = __builtin_isunordered(x, y) ? 3u : static_cast<unsigned>(x >= y) + static_cast<unsigned>(x > y);
        return true;
    }
    return false;
}

// BINARY_OP's argument (the NB_* numbering: 0 +, 1 &, 2 //, 3 <<, 5 *, 6 %, 7 |, 8 **, 9 >>, 10 -, 11 /, 12 ^;
// 13 and up the in-place forms) on two ints or two floats when the result needs no Python code: int64 results
// that do not overflow, floored modulo and division by a divisor other than 0 and -1, the bit operators, powers
// by exponents >= 0, float + - * and / by non-zero. False for everything else (and `result` untouched). `result`
// may be `a`: both operands are read before it is written.
WEFT_ALWAYS_INLINE bool binary_numbers(std::uint32_t op, Value const& a, Value const& b, Value& result) {
    if (a.is_int() && b.is_int()) {
        std::int64_t x = a.as_int(), y = b.as_int(), r;
        switch (op) {
        case 0: case 13: if (__builtin_add_overflow(x, y, &r)) return false; break;
        case 10: case 23: if (__builtin_sub_overflow(x, y, &r)) return false; break;
        case 5: case 18: if (__builtin_mul_overflow(x, y, &r)) return false; break;
        case 6: case 19:
            // floored: the remainder takes the divisor's sign (CPython: l_mod); 0 and -1 (which overflows
            // INT64_MIN) go the slow way
            if (y == 0 || y == -1) return false;
            r = x % y;
            if (r != 0 && (r ^ y) < 0) r += y;
            break;
        case 2: case 15:
            if (y == 0 || y == -1) return false;
            r = x / y;
            if ((x % y != 0) && ((x ^ y) < 0)) --r;  // floored (CPython: l_divmod)
            break;
        case 8: case 21: {
            // x ** y for y >= 0 by squaring, while it stays in 64 bits (CPython: long_pow's left-to-right
            // binary method gives the same value); a negative exponent makes a float
            if (y < 0) return false;
            std::int64_t base = x;
            r = 1;
            for (std::int64_t e = y;;) {
                if ((e & 1) && __builtin_mul_overflow(r, base, &r)) return false;
                e >>= 1;
                if (e == 0) break;
                if (__builtin_mul_overflow(base, base, &base)) return false;
            }
            break;
        }
        case 1: case 14: r = x & y; break;
        case 7: case 20: r = x | y; break;
        case 12: case 25: r = x ^ y; break;
        case 9: case 22:
            if (y < 0) return false;  // ValueError: negative shift count
            r = y > 63 ? (x < 0 ? -1 : 0) : x >> y;
            break;
        case 3: case 16:
            if (y < 0 || y > 62) return false;
            r = x << y;
            if ((r >> y) != x) return false;  // bits lost: a big int
            break;
        default: return false;
        }
        result.set_int_unchecked(r);
        return true;
    }
    if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        switch (op) {
        case 0: case 13: result.set_float_unchecked(x + y); return true;
        case 10: case 23: result.set_float_unchecked(x - y); return true;
        case 5: case 18: result.set_float_unchecked(x * y); return true;
        case 11: case 24:
            if (y == 0.0) return false;
            result.set_float_unchecked(x / y);
            return true;
        default: return false;
        }
    }
    return false;
}

// Whether `obj` is an instance of the shape a LOAD_ATTR cache's first entry names, with the cache of this type
// epoch; `slot` is then the entry's slot.
WEFT_ALWAYS_INLINE bool cached_instance_slot(Value const& obj, InlineCache const& c, std::uint32_t epoch, Value*& slot) {
    if (!obj.is_object() || obj.as_object()->type->layout != Layout::Instance)
        return false;
    auto* inst = static_cast<Instance*>(obj.as_object());
    if (inst->shape != c.key || c.version != epoch)
        return false;
    slot = &inst->slots[c.index];
    return true;
}

// What a LOAD_METHOD cache entry is keyed on for `v`: an instance's shape (it proves which attributes the
// instance has; null in dict mode), or the type of a value that cannot have attributes of its own (an int, a
// float, an instance of a builtin type); null when neither holds.
WEFT_ALWAYS_INLINE void const* method_cache_key(VM const& vm, Value const& v) {
    if (!v.is_object()) return vm.type_of(v);
    Type* t = v.as_object()->type;
    if (t->layout == Layout::Instance) return static_cast<Instance const*>(v.as_object())->shape;
    return t->is_heap ? nullptr : t;
}

// The cells of a new frame's captured variables (CPython 3.11: MAKE_CELL), those of parameters holding the
// argument; `cells` are null slots.
void make_cells(VM& vm, Value const* locals, Value* cells, CodeObject const* code) {
    for (int i = 0; i < code->ncells; ++i) {
        auto cell = make<Cell>(vm.types.cell);
        int arg = code->cell_from_arg[static_cast<std::size_t>(i)];
        if (arg >= 0) cell->contents = locals[arg];
        vm.gc().track(cell.get());
        cells[i] = cell.take_value();
    }
}

Value unbound_local_error_message(VM& vm, CodeObject* code, std::uint32_t index) {
    // CPython 3.11.2+: "cannot access local variable ..." (3.11.0 said "referenced before assignment")
    return vm.new_str(format("cannot access local variable '{}' where it is not associated with a value",
                             code->varnames[index]->view()));
}

// `a, b, c = iterable` for any iterable but an exact tuple or list of the right size: the items written to the
// raw stack slots `out` as UNPACK_SEQUENCE leaves them (the first on top), only once all of them were read
// (CPython: unpack_iterable, which reads one item more to tell "too many")
Result<void> unpack_iterable(VM& vm, Value const& seq, std::uint32_t n, Value* out) {
    Value it = TRY(vm.unpack_iter(seq));
    constexpr std::uint32_t inline_count = 8;
    Value inline_items[inline_count];
    ValueVector more;
    if (n > inline_count) more.resize(n);
    Value* got = n > inline_count ? more.data() : inline_items;
    std::uint32_t count = 0;
    // a generator hands its first n items straight into place (YieldSink); the one after them is "too many"
    YieldSinkOf sink([&](Value& x) {
        if (count == n) return false;
        got[count++] = std::move(x);
        return true;
    });
    for (;;) {
        Value x = TRY(vm.next_through(it, sink));
        if (x.is_null()) {
            if (count < n)
                return vm.raise(vm.types.ValueError, "not enough values to unpack (expected {}, got {})", n, count);
            break;
        }
        if (count == n)
            return vm.raise(vm.types.ValueError, "too many values to unpack (expected {})", n);
        got[count++] = std::move(x);
    }
    for (std::uint32_t i = 0; i < n; ++i) new (out + (n - 1 - i)) Value(std::move(got[i]));
    return {};
}

} // namespace

RunResult VM::execute(Frame* entry, Value throw_value) {
    static void* const dispatch_table[] = {
#define OP(name, ...) &&op_##name,
#include "interpreter/opcodes.def"
#include "runtime/vm/superinstructions.def"
#undef OP
    };

    ThreadState* ts = m_thread;
    Frame* saved_thread_frame = ts->frame;
    ++ts->native_depth;

    Frame* f = entry;
    f->flags |= FrameExecuting;  // FrameEntry is set by the caller on the frame whose return ends this run
    // A frame called from native code (sorted's key, a metaclass's __call__) links back to the Python frame
    // below that native code while it runs, so sys._getframe() walks past it; returns and unwinding stop at
    // FrameEntry before reading `previous`. Generator frames keep theirs (the awaiter chain).
    bool linked_entry = !f->previous && !(f->flags & FrameInGenerator) && (f->flags & FrameEntry);
    if (linked_entry)
        f->previous = saved_thread_frame;
    if (f->depth == 0)
        f->depth = saved_thread_frame ? saved_thread_frame->depth + 1 : 1;
    ts->frame = f;
    CodeObject* code = f->code();
    Instruction* ip = f->ip;
    Value* sp = f->sp;
    Tuple* kwnames = nullptr;
    Value kwnames_holder;
    bool reraise = false;
    bool unstarted = false;  // a throw into a frame that never ran: it leaves at once (see the top)
    RunResult result{FrameExit::Raised, Value()};

#define SAVE()       \
    do {             \
        f->ip = ip;  \
        f->sp = sp;  \
    } while (0)
#define LOAD_FRAME()             \
    do {                         \
        code = f->code();          \
        ip = f->ip;              \
        sp = f->sp;              \
        ts->frame = f;           \
    } while (0)
// DISPATCH is a plain goto to the one computed goto below: a computed goto does not run the destructors of the
// handler's locals (GCC), a plain goto out of their scope does.
#define DISPATCH() goto dispatch
// FAST_DISPATCH threads the dispatch into the handler (one indirect jump per handler, better predicted). Only for
// paths where every C++ local of the handler is trivially destructible or already moved-from. Clang refuses an
// indirect goto out of the scope of a local with a destructor even then, so its builds (the fuzz targets) take the
// plain DISPATCH.
#define INDIRECT_DISPATCH()                   \
    do {                                      \
        goto* dispatch_table[*ip++ & 0xFF];   \
    } while (0)
#if defined(__clang__)
#define FAST_DISPATCH() DISPATCH()
#else
#define FAST_DISPATCH() INDIRECT_DISPATCH()
#endif
// The instruction being executed. Handlers leave `ip` just past their opcode word until they succeed (those
// with a cache word step over it last), so that an error is attributed to the right instruction.
#define CUR() (ip - 1)
// The argument of the instruction being executed: decoded where used, so that no register or stack slot holds it
// across the dispatch.
#define ARG (ip[-1] >> 8)
#define OFFSET_OF(p) static_cast<std::uint32_t>((p) - code->code.data())
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PUSH(v) (new (sp++) Value(v))
#define ERROR() goto error
#define TRY_OR_ERROR(var, expr)            \
    auto var##_r = (expr);                 \
    if (var##_r.is_error()) goto error;    \
    auto var = var##_r.release_value()
#define CACHE() (code->caches[*ip])

    if (!throw_value.is_null()) {
        raise_thrown(std::move(throw_value));
        if (ip == code->code.data()) [[unlikely]] {
            // A generator or coroutine that never started: the exception leaves it at once, no handler of its
            // own sees it (CPython raises it at the frame's RESUME, before any try block)
            if (m_exception.is_object() && type_of(m_exception)->layout == Layout::Exception)
                add_traceback(as<Exception>(m_exception), f, CodeObject::at_definition);
            reraise = true;
            unstarted = true;
            ++ip;  // CUR() is then the first instruction
            goto error;
        }
        // A frame suspended at AWAIT or YIELD_FROM resumes by re-running it; one stopped at YIELD_VALUE
        // is past it. The exception is raised at that instruction.
        Op at = front::opcode_of(*ip);
        if (at != Op::AWAIT && at != Op::YIELD_FROM)
            ++ip;
        goto error;
    }
dispatch:
    INDIRECT_DISPATCH();

op_NOP:
    FAST_DISPATCH();
op_POP_TOP:
    (--sp)->clear();
    FAST_DISPATCH();
op_PUSH_NULL:
    PUSH(Value());
    FAST_DISPATCH();
op_COPY: {
    Value v = sp[-static_cast<std::ptrdiff_t>(ARG)];
    PUSH(std::move(v));
    DISPATCH();
}
op_SWAP:
    sp[-1].swap(sp[-static_cast<std::ptrdiff_t>(ARG)]);
    DISPATCH();
op_LOAD_CONST:
    PUSH(code->consts[ARG]);
    FAST_DISPATCH();
op_LOAD_FAST: {
    Value const& v = f->slots[ARG];
    if (v.is_null()) [[unlikely]] {
        raise(types.UnboundLocalError, std::string(as<Str>(unbound_local_error_message(*this, code, ARG))->view()));
        ERROR();
    }
    PUSH(v);
    FAST_DISPATCH();
}
op_STORE_FAST:
    f->slots[ARG] = POP();
    FAST_DISPATCH();
// The deletes save their position first: freeing what they drop may note where (a coroutine never awaited warns
// at the line that let it go, generator.cpp note_dropped_coroutine)
op_DELETE_FAST:
    if (f->slots[ARG].is_null()) {
        raise(types.UnboundLocalError, std::string(as<Str>(unbound_local_error_message(*this, code, ARG))->view()));
        ERROR();
    }
    SAVE();
    f->slots[ARG].clear();
    DISPATCH();
op_LOAD_DEREF: {
    Cell* cell = as<Cell>(f->slots[code->nlocals + static_cast<int>(ARG)]);
    if (cell->contents.is_null()) [[unlikely]] {
        bool is_cell = static_cast<int>(ARG) < code->ncells;
        Str* name = is_cell ? code->cellvars[ARG].get() : code->freevars[ARG - static_cast<std::uint32_t>(code->ncells)].get();
        if (is_cell)
            raise(types.UnboundLocalError, "cannot access local variable '{}' where it is not associated with a value",
                  name->view());
        else
            raise(types.NameError, "cannot access free variable '{}' where it is not associated with a value in enclosing scope", name->view());
        ERROR();
    }
    PUSH(cell->contents);
    FAST_DISPATCH();
}
op_STORE_DEREF:
    as<Cell>(f->slots[code->nlocals + static_cast<int>(ARG)])->contents = POP();
    DISPATCH();
op_DELETE_DEREF: {
    Cell* cell = as<Cell>(f->slots[code->nlocals + static_cast<int>(ARG)]);
    if (cell->contents.is_null()) {
        raise(types.NameError, "free variable referenced before assignment in enclosing scope");
        ERROR();
    }
    SAVE();
    cell->contents.clear();
    DISPATCH();
}
op_LOAD_CLOSURE:
    PUSH(f->slots[code->nlocals + static_cast<int>(ARG)]);
    DISPATCH();
op_LOAD_CLASSDEREF: {
    std::uint32_t free_index = ARG - static_cast<std::uint32_t>(code->ncells);
    Str* name = static_cast<int>(ARG) < code->ncells ? code->cellvars[ARG].get() : code->freevars[free_index].get();
    if (f->locals) {
        Value v = dict_get_str(f->locals, name);
        if (!v.is_null()) {
            PUSH(std::move(v));
            DISPATCH();
        }
    }
    Cell* cell = as<Cell>(f->slots[code->nlocals + static_cast<int>(ARG)]);
    if (cell->contents.is_null()) {
        raise(types.NameError, "cannot access free variable '{}' where it is not associated with a value in enclosing scope", name->view());
        ERROR();
    }
    PUSH(cell->contents);
    DISPATCH();
}
op_LOAD_GLOBAL: {
    // The cache: the globals dict and its keys version, and the entry index (>= 0 in globals; -2 - index in
    // builtins, which then also needs the builtins' keys version: a global of that name may appear).
    InlineCache& c = CACHE();
    Dict* globals = f->globals;
    if (c.key == globals && c.version == globals->table.keys_version()) [[likely]] {
        if (c.index >= 0) {
            PUSH(globals->table.entries()[static_cast<std::size_t>(c.index)].value);
            ++ip;  // past the cache word
            FAST_DISPATCH();
        }
        Dict* frame_builtins = f->builtins();
        if (c.aux_version == frame_builtins->table.keys_version()) {
            PUSH(frame_builtins->table.entries()[static_cast<std::size_t>(-(c.index + 2))].value);
            ++ip;  // past the cache word
            FAST_DISPATCH();
        }
    }
    Str* name = code->names[ARG].get();
    std::int64_t ix = globals->table.find_str(name, name->get_hash());
    c.key = globals;
    c.version = globals->table.keys_version();
    c.aux_version = f->builtins()->table.keys_version();
    if (ix >= 0) {
        c.index = static_cast<std::int32_t>(ix);
        PUSH(globals->table.entries()[static_cast<std::size_t>(ix)].value);
        ++ip;  // past the cache word
        DISPATCH();
    }
    ix = f->builtins()->table.find_str(name, name->get_hash());
    if (ix >= 0) {
        c.index = -static_cast<std::int32_t>(ix) - 2;
        PUSH(f->builtins()->table.entries()[static_cast<std::size_t>(ix)].value);
        ++ip;  // past the cache word
        DISPATCH();
    }
    c.key = nullptr;
    raise_name_error(name, f->globals, f->builtins());
    ERROR();
}
op_STORE_GLOBAL:
    dict_set_str(*this, f->globals, code->names[ARG].get(), POP());
    DISPATCH();
op_DELETE_GLOBAL: {
    Str* name = code->names[ARG].get();
    std::int64_t ix = f->globals->table.find_str(name, name->get_hash());
    if (ix < 0) {
        raise_name_error(name, f->globals, f->builtins());
        ERROR();
    }
    SAVE();
    f->globals->table.remove_at(ix, nullptr, nullptr);
    DISPATCH();
}
op_LOAD_NAME: {
    Str* name = code->names[ARG].get();
    Value v;
    if (f->locals->type != types.dict) [[unlikely]] {
        // a class body's namespace from a metaclass's __prepare__: its own __getitem__ (CPython: LOAD_NAME's
        // PyObject_GetItem for a non-dict)
        SAVE();
        Result<Value> r = getitem(Value::borrowed(f->locals), Value::borrowed(name));
        if (r.is_error()) {
            if (!exception_matches(types.KeyError))
                ERROR();
            take_exception();
        } else {
            v = r.release_value();
        }
    } else {
        v = dict_get_str(f->locals, name);
    }
    if (v.is_null() && f->locals != f->globals)
        v = dict_get_str(f->globals, name);
    if (v.is_null())
        v = dict_get_str(f->builtins(), name);
    if (v.is_null()) {
        raise_name_error(name, f->globals, f->builtins());
        ERROR();
    }
    PUSH(std::move(v));
    DISPATCH();
}
op_STORE_NAME:
    if (f->locals->type != types.dict) [[unlikely]] {
        Value v = POP();
        SAVE();
        if (setitem(Value::borrowed(f->locals), Value::borrowed(code->names[ARG].get()), std::move(v)).is_error())
            ERROR();
        DISPATCH();
    }
    dict_set_str(*this, f->locals, code->names[ARG].get(), POP());
    DISPATCH();
op_DELETE_NAME: {
    Str* name = code->names[ARG].get();
    if (f->locals->type != types.dict) [[unlikely]] {
        SAVE();
        if (delitem(Value::borrowed(f->locals), Value::borrowed(name)).is_error()) {
            if (exception_matches(types.KeyError)) {
                take_exception();
                raise_name_error(name, f->globals, f->builtins());
            }
            ERROR();
        }
        DISPATCH();
    }
    std::int64_t ix = f->locals->table.find_str(name, name->get_hash());
    if (ix < 0) {
        raise_name_error(name, f->globals, f->builtins());
        ERROR();
    }
    SAVE();
    f->locals->table.remove_at(ix, nullptr, nullptr);
    DISPATCH();
}
op_LOAD_ATTR: {
    // Instance attributes: the cache holds a shape (key), the slot (index) and the type epoch; a hit is a
    // shape compare and a load. The shape was checked against the type when the cache was filled: the type has
    // no attribute of that name (no property or other descriptor to run).
    InlineCache& c = CACHE();
    Value& obj = sp[-1];
    if (obj.is_object() && obj.as_object()->type->layout == Layout::Instance) {
        auto* inst = static_cast<Instance*>(obj.as_object());
        if (inst->shape == c.key && c.version == type_cache.epoch) [[likely]] {
            obj = Value(inst->slots[c.index]);
            ++ip;  // past the cache word
            FAST_DISPATCH();
        }
        if (inst->shape && c.version == type_cache.epoch) {
            for (InlineCache::Older const& e : c.older)
                if (inst->shape == e.key) {
                    obj = Value(inst->slots[e.index]);
                    ++ip;  // past the cache word
                    FAST_DISPATCH();
                }
        }
        Str* name = code->names[ARG].get();
        if (inst->shape && !inst->type->getattribute_hook) {
            std::int32_t slot = inst->shape->find(name);
            if (slot >= 0 && !inst->type->lookup_raw(name).found()) {
                c.shift(type_cache.epoch);
                c.key = inst->shape;
                c.index = slot;
                obj = Value(inst->slots[slot]);
                ++ip;  // past the cache word
                DISPATCH();
            }
        }
    }
    SAVE();
    TRY_OR_ERROR(v, getattr(obj, code->names[ARG].get()));
    obj = std::move(v);
    ++ip;  // past the cache word
    DISPATCH();
}
op_STORE_ATTR: {
    // Instance attributes: an existing one (key = the shape, index = its slot), or a new one appended (key =
    // the shape before, shape = the shape after, index = the new slot).
    InlineCache& c = CACHE();
    if (sp[-1].is_object() && sp[-1].as_object()->type->layout == Layout::Instance) {
        auto* inst = static_cast<Instance*>(sp[-1].as_object());
        if (inst->shape == c.key && c.version == type_cache.epoch) [[likely]] {
            auto slot = static_cast<std::uint32_t>(c.index);
            if (!c.shape) {
                inst->slots[slot] = std::move(sp[-2]);
                sp -= 2;
                sp[1].clear();  // the instance; sp[0] was moved from
                ++ip;  // past the cache word
                FAST_DISPATCH();
            }
            if (slot < inst->capacity) {
                new (&inst->slots[slot]) Value(std::move(sp[-2]));
                inst->shape = static_cast<Shape*>(c.shape);
                sp -= 2;
                sp[1].clear();
                ++ip;  // past the cache word
                FAST_DISPATCH();
            }
        }
        Str* name = code->names[ARG].get();
        if (inst->shape && !inst->type->attribute_hooks && !inst->type->lookup_raw(name).found() &&
            inst->type->allows_attribute(name) && name != names.dunder_class) {
            Shape* before = inst->shape;
            std::int32_t slot = before->find(name);
            Value obj = POP();
            inst->set(*this, name, POP());
            c.key = before;
            c.version = type_cache.epoch;
            if (slot >= 0) {
                c.index = slot;
                c.shape = nullptr;
            } else if (inst->shape && inst->shape != before) {
                c.index = static_cast<std::int32_t>(before->count());
                c.shape = inst->shape;
            } else {
                c.key = nullptr;  // went to dict mode: a null key must never match a dict-mode instance
                c.version = 0;
            }
            ++ip;  // past the cache word
            DISPATCH();
        }
    }
    {
        Value obj = POP();
        Value v = POP();
        SAVE();
        if (setattr(obj, code->names[ARG].get(), std::move(v)).is_error())
            ERROR();
    }
    ++ip;  // past the cache word
    DISPATCH();
}
op_DELETE_ATTR: {
    Value obj = POP();
    SAVE();
    if (delattr(obj, code->names[ARG].get()).is_error())
        ERROR();
    DISPATCH();
}
op_LOAD_METHOD: {
    // obj.name(...): pushes [function, obj] when `name` is a function on obj's type that obj does not shadow
    // (no bound method is made), else [NULL, obj.name]. The cache holds two (key, function) entries of one type
    // epoch. The key is the instance's shape, which proves the instance has no attribute of that name, or the
    // type of an object that cannot have attributes of its own (a builtin type's instance). A module attribute
    // is cached as LOAD_GLOBAL caches a global: the module's dict, its keys version (aux_version) and the entry
    // index, with `version` 0, which no type epoch equals.
    InlineCache& c = CACHE();
    Value& obj = sp[-1];
    void const* key = method_cache_key(*this, obj);
    if (key && c.version == type_cache.epoch) [[likely]] {
        Object* method = nullptr;
        if (key == c.key) {
            method = c.descriptor;
        } else {
            for (InlineCache::Older const& e : c.older)
                if (key == e.key) {
                    method = e.descriptor;
                    break;
                }
        }
        if (method) [[likely]] {
            Value self = std::move(obj);
            obj = Value::borrowed(method);
            PUSH(std::move(self));
            ++ip;  // past the cache word
            FAST_DISPATCH();
        }
    }
    if (obj.is_object()) {
        Object* o = obj.as_object();
        Type* t = o->type;
        if (t->layout == Layout::Module) {
            Dict* d = static_cast<Module*>(o)->dict.get();
            if (c.key == d && c.aux_version == d->table.keys_version()) [[likely]] {
                Value v = d->table.entries()[static_cast<std::size_t>(c.index)].value;
                obj = Value();
                PUSH(std::move(v));
                ++ip;  // past the cache word
                DISPATCH();
            }
            Str* name = code->names[ARG].get();
            std::int64_t ix = d->table.find_str(name, name->get_hash());
            if (ix >= 0) {
                c.key = d;
                c.aux_version = d->table.keys_version();
                c.index = static_cast<std::int32_t>(ix);
                c.version = 0;
                for (InlineCache::Older& e : c.older) e.key = nullptr;
                Value v = d->table.entries()[static_cast<std::size_t>(ix)].value;
                obj = Value();
                PUSH(std::move(v));
                ++ip;  // past the cache word
                DISPATCH();
            }
        } else if (key && !t->getattribute_hook) {
            // another key: look the function up on the type (the type cache) and check the instance's shape
            Str* name = code->names[ARG].get();
            Object* descr = t->lookup_raw(name).object();
            if (descr && descr->type->layout == Layout::Function && t->layout != Layout::Type &&
                t->layout != Layout::Super &&
                (t->layout != Layout::Instance || static_cast<Shape const*>(key)->find(name) < 0)) {
                c.shift(type_cache.epoch);
                c.key = key;
                c.descriptor = descr;  // kept alive by the type's dict while the epoch holds
                Value self = std::move(obj);
                obj = Value::borrowed(descr);
                PUSH(std::move(self));
                ++ip;  // past the cache word
                DISPATCH();
            }
        }
    }
    SAVE();
    Value method, self;
    if (load_method(obj, code->names[ARG].get(), method, self).is_error())
        ERROR();
    if (!self.is_null()) {
        // a builtin method (list.append, ...): cached when the key proves there is no shadowing attribute
        Type* t = type_of(self);  // `self` is `obj`: `key` is its key
        if (key && t->layout != Layout::Type && t->layout != Layout::Module && t->layout != Layout::Super &&
            !t->getattribute_hook) {
            c.shift(type_cache.epoch);
            c.key = key;
            c.descriptor = method.as_object();
        }
        obj = std::move(method);
        PUSH(std::move(self));
    } else {
        obj = Value();
        PUSH(std::move(method));
    }
    ++ip;  // past the cache word
    DISPATCH();
}
op_BINARY_OP: {
    Value& a = sp[-2];
    Value& b = sp[-1];
    // two ints or floats: the result overwrites `a` (read before it is written; numbers need no release)
    if (binary_numbers(ARG, a, b, a)) [[likely]] {
        --sp;
        FAST_DISPATCH();
    }
    if ((ARG == 0 || ARG == 13) && a.is_object() && b.is_object() && a.as_object()->type == types.str &&
        b.as_object()->type == types.str) {
        // str + str (CPython 3.11: BINARY_OP_ADD_UNICODE)
        Str* x = as<Str>(a);
        Str* y = as<Str>(b);
        if (x->length > 0 && y->length > 0) {
            Value r = Str::concat(types.str, x, y).take_value();
            (--sp)->clear();
            sp[-1] = std::move(r);
            DISPATCH();
        }
    }
    {
    SAVE();
    TRY_OR_ERROR(r, binary_op(a, b, static_cast<int>(ARG)));
    (--sp)->clear();
    sp[-1] = std::move(r);
    DISPATCH();
}
}
// BINARY_OP's number fast path for one operator: binary_numbers folds to that operator's code.
#define BINARY_OP_FOR(LABEL, OPERATOR)                                  \
    LABEL:                                                              \
        if (binary_numbers(OPERATOR, sp[-2], sp[-1], sp[-2])) [[likely]] { \
            --sp;                                                       \
            FAST_DISPATCH();                                            \
        }                                                               \
        goto op_BINARY_OP;
BINARY_OP_FOR(op_BINARY_OP_ADD, 0)
BINARY_OP_FOR(op_BINARY_OP_SUBTRACT, 10)
BINARY_OP_FOR(op_BINARY_OP_MULTIPLY, 5)
BINARY_OP_FOR(op_BINARY_OP_TRUE_DIVIDE, 11)
#undef BINARY_OP_FOR
op_UNARY_POSITIVE: {
    SAVE();
    TRY_OR_ERROR(r, unary_positive(TOP()));
    TOP() = std::move(r);
    DISPATCH();
}
op_UNARY_NEGATIVE: {
    if (TOP().is_float()) {
        TOP().set_float_unchecked(-TOP().as_float());
        DISPATCH();
    }
    SAVE();
    TRY_OR_ERROR(r, unary_negative(TOP()));
    TOP() = std::move(r);
    DISPATCH();
}
op_UNARY_NOT: {
    Value& v = TOP();
    if (v.is_bool()) {
        v = Value::from_bool(!v.as_bool());
        DISPATCH();
    }
    SAVE();
    TRY_OR_ERROR(t, truthy(v));
    v = Value::from_bool(!t);
    DISPATCH();
}
op_UNARY_INVERT: {
    SAVE();
    TRY_OR_ERROR(r, unary_invert(TOP()));
    TOP() = std::move(r);
    DISPATCH();
}
op_COMPARE_OP: {
    Value& a = sp[-2];
    Value& b = sp[-1];
    bool holds;
    // the comparison is the argument's low byte (a jump mask may follow it: see number_order)
    if (compare_numbers(ARG & 0xFF, a, b, holds)) [[likely]] {
        --sp;  // ints or floats: nothing to release
        sp[-1].set_bool_unchecked(holds);
        FAST_DISPATCH();
    }
    if ((ARG & 0xFE) == 2 && a.is_object() && b.is_object() && a.as_object()->type == types.str &&
        b.as_object()->type == types.str) {
        // == and != of two exact strs: their bytes (CPython: unicode_compare_eq)
        bool equal = str_bytes_equal(static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
        (--sp)->clear();
        sp[-1] = Value::from_bool(equal == ((ARG & 0xFF) == 2));
        DISPATCH();
    }
    SAVE();
    TRY_OR_ERROR(r, compare(a, b, static_cast<int>(ARG & 0xFF)));
    (--sp)->clear();
    sp[-1] = std::move(r);
    DISPATCH();
}
op_IS_OP: {
    bool r = sp[-2].is(sp[-1]) != (ARG == 1);
    (--sp)->clear();
    sp[-1] = Value::from_bool(r);
    DISPATCH();
}
op_CONTAINS_OP: {
    if (sp[-1].is_object() && sp[-1].as_object()->type == types.dict && sp[-2].is_object() &&
        sp[-2].as_object()->type == types.str) {
        SAVE();
        TRY_OR_ERROR(ix, as<Dict>(sp[-1])->table.find_str_key(*this, as<Str>(sp[-2]), as<Str>(sp[-2])->get_hash()));
        (--sp)->clear();
        sp[-1] = Value::from_bool((ix >= 0) != (ARG == 1));
        DISPATCH();
    }
    SAVE();
    TRY_OR_ERROR(r, contains(sp[-1], sp[-2]));
    (--sp)->clear();
    sp[-1] = Value::from_bool(r != (ARG == 1));
    DISPATCH();
}
op_BINARY_SUBSCR: {
    Value& c = sp[-2];
    Value& k = sp[-1];
    if (c.is_object() && k.is_int()) {
        Object* o = c.as_object();
        if (o->type == types.list) {
            auto& items = static_cast<List*>(o)->items;
            std::int64_t i = k.as_int();
            if (i < 0) i += static_cast<std::int64_t>(items.size());
            if (i >= 0 && i < static_cast<std::int64_t>(items.size())) {
                Value v = items[static_cast<std::size_t>(i)];
                --sp;
                sp[-1] = std::move(v);
                DISPATCH();
            }
        } else if (o->type == types.tuple) {
            Tuple* t = static_cast<Tuple*>(o);
            std::int64_t i = k.as_int();
            if (i < 0) i += static_cast<std::int64_t>(t->size);
            if (i >= 0 && i < static_cast<std::int64_t>(t->size)) {
                Value v = t->items[i];
                --sp;
                sp[-1] = std::move(v);
                DISPATCH();
            }
        } else if (o->type == types.str && static_cast<Str*>(o)->is_ascii()) {
            Str* s = static_cast<Str*>(o);
            std::int64_t i = k.as_int();
            if (i < 0) i += static_cast<std::int64_t>(s->length);
            if (i >= 0 && i < static_cast<std::int64_t>(s->length)) {
                Value v = new_str(std::string_view(s->data + i, 1));  // one-character strs are shared
                --sp;
                sp[-1] = std::move(v);
                DISPATCH();
            }
        }
    } else if (c.is_object() && c.as_object()->type == types.dict && k.is_object() && k.as_object()->type == types.str) {
        // dict[str] (CPython 3.11: BINARY_SUBSCR_DICT); a missing key takes the general path for its KeyError
        Dict* d = static_cast<Dict*>(c.as_object());
        SAVE();
        TRY_OR_ERROR(ix, d->table.find_str_key(*this, as<Str>(k), as<Str>(k)->get_hash()));
        if (ix >= 0) {
            Value v = d->table.entries()[static_cast<std::size_t>(ix)].value;
            (--sp)->clear();
            sp[-1] = std::move(v);
            DISPATCH();
        }
    }
    SAVE();
    TRY_OR_ERROR(r, getitem(c, k));
    (--sp)->clear();
    sp[-1] = std::move(r);
    DISPATCH();
}
op_STORE_SUBSCR: {
    Value key = POP();
    Value container = POP();
    Value v = POP();
    if (container.is_object() && container.as_object()->type == types.dict && key.is_object() &&
        key.as_object()->type == types.str) {
        SAVE();
        std::int64_t h = as<Str>(key)->get_hash();
        if (as<Dict>(container)->table.insert_str_key(*this, std::move(key), h, std::move(v)).is_error())
            ERROR();
        DISPATCH();
    }
    if (container.is_object() && container.as_object()->type == types.list && key.is_int()) {
        auto& items = as<List>(container)->items;
        std::int64_t i = key.as_int();
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i >= 0 && i < static_cast<std::int64_t>(items.size())) {
            items[static_cast<std::size_t>(i)] = std::move(v);
            DISPATCH();
        }
    }
    SAVE();
    if (setitem(container, key, std::move(v)).is_error())
        ERROR();
    DISPATCH();
}
op_DELETE_SUBSCR: {
    Value key = POP();
    Value container = POP();
    SAVE();
    if (delitem(container, key).is_error())
        ERROR();
    DISPATCH();
}
op_BUILD_SLICE: {
    Value step = ARG == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = POP();
    PUSH(make_slice(*this, std::move(start), std::move(stop), std::move(step)));
    DISPATCH();
}
op_BUILD_TUPLE: {
    Ref<Tuple> t = new_tuple(ARG);
    for (std::uint32_t i = ARG; i > 0; --i) t->items[i - 1] = POP();
    PUSH(t.take_value());
    DISPATCH();
}
op_BUILD_LIST: {
    Ref<List> l = new_list();
    l->items.resize(ARG);
    for (std::uint32_t i = ARG; i > 0; --i) l->items[i - 1] = POP();
    PUSH(l.take_value());
    DISPATCH();
}
op_BUILD_SET: {
    Ref<Set> s = new_set(*this, types.set);
    Value* base = sp - ARG;
    SAVE();
    for (std::uint32_t i = 0; i < ARG; ++i)
        if (set_add_value(*this, s.get(), base[i]).is_error()) ERROR();
    while (sp > base) (--sp)->clear();
    PUSH(s.take_value());
    DISPATCH();
}
op_BUILD_MAP: {
    Ref<Dict> d = new_dict();
    Value* base = sp - 2 * ARG;
    SAVE();
    for (std::uint32_t i = 0; i < ARG; ++i)
        if (dict_set(*this, d.get(), base[2 * i], base[2 * i + 1]).is_error()) ERROR();
    while (sp > base) (--sp)->clear();
    PUSH(d.take_value());
    DISPATCH();
}
op_BUILD_STRING: {
    Value s = Str::concat_values(types.str, sp - ARG, ARG).take_value();
    for (std::uint32_t i = 0; i < ARG; ++i) (--sp)->clear();
    PUSH(std::move(s));
    DISPATCH();
}
op_LIST_APPEND: {
    Value v = POP();
    as<List>(sp[-static_cast<std::ptrdiff_t>(ARG)])->items.push_back(std::move(v));
    DISPATCH();
}
op_SET_ADD: {
    Value v = POP();
    SAVE();
    if (set_add_value(*this, as<Set>(sp[-static_cast<std::ptrdiff_t>(ARG)]), v).is_error()) ERROR();
    DISPATCH();
}
op_MAP_ADD: {
    Value v = POP();
    Value k = POP();
    SAVE();
    if (dict_set(*this, as<Dict>(sp[-static_cast<std::ptrdiff_t>(ARG)]), std::move(k), std::move(v)).is_error()) ERROR();
    DISPATCH();
}
op_LIST_EXTEND: {
    Value it = POP();
    SAVE();
    List* l = as<List>(sp[-static_cast<std::ptrdiff_t>(ARG)]);
    auto items_r = to_vector(it);
    if (items_r.is_error()) {
        Type* t = type_of(it);
        if (exception_matches(types.TypeError) && !t->slots.iter && t->lookup(names.dunder_iter).is_null() &&
            t->lookup(names.dunder_getitem).is_null()) {
            take_exception();  // CPython: LIST_EXTEND's message
            raise(types.TypeError, "Value after * must be an iterable, not {}", t->name->view());
        }
        ERROR();
    }
    auto items = items_r.release_value();
    l->items.insert(l->items.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    DISPATCH();
}
op_SET_UPDATE: {
    Value it = POP();
    SAVE();
    if (set_update_from(*this, as<Set>(sp[-static_cast<std::ptrdiff_t>(ARG)]), it).is_error()) ERROR();
    DISPATCH();
}
op_DICT_UPDATE: {
    Value m = POP();
    SAVE();
    if (!(m.is_object() && (type_of(m)->layout == Layout::Dict || !type_of(m)->lookup(names.keys).is_null()))) {
        raise(types.TypeError, "'{}' object is not a mapping", type_of(m)->name->view());
        ERROR();
    }
    if (dict_update_from(*this, as<Dict>(sp[-static_cast<std::ptrdiff_t>(ARG)]), m, nullptr).is_error()) ERROR();
    DISPATCH();
}
op_DICT_MERGE: {
    Value m = POP();
    SAVE();
    Value callable = sp[-static_cast<std::ptrdiff_t>(ARG) - 2];
    if (merge_call_kwargs(*this, as<Dict>(sp[-static_cast<std::ptrdiff_t>(ARG)]), m, callable).is_error()) ERROR();
    DISPATCH();
}
op_LIST_TO_TUPLE: {
    Value l = POP();
    auto& items = as<List>(l)->items;
    Ref<Tuple> t = new_tuple(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
    PUSH(t.take_value());
    DISPATCH();
}
op_FORMAT_VALUE: {
    if (ARG == 0) {
        // f"{x}" of a str (itself) or an int (its digits), the common cases, without the format machinery
        Value& v = sp[-1];
        if (v.is_object() && v.as_object()->type == types.str)
            FAST_DISPATCH();
        if (v.is_int()) {
            TRY_OR_ERROR(digits, repr(v));
            v = std::move(digits);
            DISPATCH();
        }
    }
    Value spec = (ARG & 4) ? POP() : Value();
    Value v = POP();
    SAVE();
    TRY_OR_ERROR(r, format_value(*this, v, static_cast<int>(ARG & 3), spec));
    PUSH(std::move(r));
    DISPATCH();
}
op_UNPACK_SEQUENCE: {
    Value seq = POP();
    if (seq.is_object() && (seq.as_object()->type == types.tuple || seq.as_object()->type == types.list)) {
        Value* items;
        std::size_t n;
        if (seq.as_object()->type == types.tuple) {
            items = as<Tuple>(seq)->items;
            n = as<Tuple>(seq)->size;
        } else {
            items = as<List>(seq)->items.data();
            n = as<List>(seq)->items.size();
        }
        if (n == ARG) {
            for (std::size_t i = n; i > 0; --i) PUSH(items[i - 1]);
            DISPATCH();
        }
    }
    SAVE();
    if (unpack_iterable(*this, seq, ARG, sp).is_error()) ERROR();
    sp += ARG;
    DISPATCH();
}
op_UNPACK_EX: {
    std::uint32_t before = ARG & 0xFF, after = ARG >> 8;
    Value seq = POP();
    SAVE();
    TRY_OR_ERROR(seq_it, unpack_iter(seq));
    TRY_OR_ERROR(items, to_vector(seq_it));
    if (items.size() < before + after) {
        raise(types.ValueError, "not enough values to unpack (expected at least {}, got {})", before + after, items.size());
        ERROR();
    }
    for (std::size_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
    {
        Ref<List> middle = new_list();
        for (std::size_t i = before; i < items.size() - after; ++i) middle->items.push_back(items[i]);
        PUSH(middle.take_value());
    }
    for (std::size_t i = before; i > 0; --i) PUSH(items[i - 1]);
    DISPATCH();
}
op_JUMP_FORWARD:
    ip = code->code.data() + ARG;
    FAST_DISPATCH();
op_JUMP_BACKWARD:
    if (m_interrupt) [[unlikely]] {
        SAVE();
        f->lasti = OFFSET_OF(CUR());
        if (handle_interrupt().is_error())
            ERROR();
    }
    ip = code->code.data() + ARG;
    FAST_DISPATCH();
op_POP_JUMP_IF_FALSE: {
    if (sp[-1].is_bool()) {
        bool t = (--sp)->as_bool();
        if (!t) ip = code->code.data() + ARG;
        FAST_DISPATCH();
    }
    Value v = POP();
    bool t;
    if (v.is_bool()) {
        t = v.as_bool();
    } else {
        SAVE();
        TRY_OR_ERROR(tv, truthy(v));
        t = tv;
    }
    if (!t) ip = code->code.data() + ARG;
    DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
    if (sp[-1].is_bool()) {
        bool t = (--sp)->as_bool();
        if (t) ip = code->code.data() + ARG;
        FAST_DISPATCH();
    }
    Value v = POP();
    bool t;
    if (v.is_bool()) {
        t = v.as_bool();
    } else {
        SAVE();
        TRY_OR_ERROR(tv, truthy(v));
        t = tv;
    }
    if (t) ip = code->code.data() + ARG;
    DISPATCH();
}
op_POP_JUMP_IF_NONE: {
    Value v = POP();
    if (v.is_none()) ip = code->code.data() + ARG;
    DISPATCH();
}
op_POP_JUMP_IF_NOT_NONE: {
    Value v = POP();
    if (!v.is_none()) ip = code->code.data() + ARG;
    DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP: {
    bool t;
    if (TOP().is_bool()) {
        t = TOP().as_bool();
    } else {
        SAVE();
        TRY_OR_ERROR(tv, truthy(TOP()));
        t = tv;
    }
    if (!t) ip = code->code.data() + ARG;
    else (--sp)->clear();
    DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
    bool t;
    if (TOP().is_bool()) {
        t = TOP().as_bool();
    } else {
        SAVE();
        TRY_OR_ERROR(tv, truthy(TOP()));
        t = tv;
    }
    if (t) ip = code->code.data() + ARG;
    else (--sp)->clear();
    DISPATCH();
}
op_GET_ITER: {
    Value& v = TOP();
    if (v.is_object() && v.as_object()->type == types.generator) DISPATCH();
    SAVE();
    TRY_OR_ERROR(it, get_iter(v));
    v = std::move(it);
    DISPATCH();
}
op_FOR_ITER: {
    Value& it = TOP();
    if (it.is_object() && it.as_object()->type->layout == Layout::Iterator) {
        // range, list and tuple iterators step here (iterator_next_slot has the same logic for the rest)
        auto* iter = static_cast<Iterator*>(it.as_object());
        if (iter->kind == IterKind::Range) {
            if (iter->remaining > 0) {
                --iter->remaining;
                iter->index += iter->step;
                PUSH(Value::from_int(iter->index - iter->step));
                FAST_DISPATCH();
            }
            (--sp)->clear();
            ip = code->code.data() + ARG;
            DISPATCH();
        }
        if (iter->kind == IterKind::List) {
            auto& items = static_cast<List*>(iter->source.as_object())->items;
            if (iter->index < static_cast<std::int64_t>(items.size())) {
                PUSH(items[static_cast<std::size_t>(iter->index++)]);
                FAST_DISPATCH();
            }
            iter->index = INT64_MAX;
            (--sp)->clear();
            ip = code->code.data() + ARG;
            DISPATCH();
        }
        if (iter->kind == IterKind::Tuple) {
            auto* t = static_cast<Tuple*>(iter->source.as_object());
            if (iter->index < static_cast<std::int64_t>(t->size)) {
                PUSH(t->items[iter->index++]);
                FAST_DISPATCH();
            }
            (--sp)->clear();
            ip = code->code.data() + ARG;
            DISPATCH();
        }
    }
    SAVE();
    TRY_OR_ERROR(x, next(it));
    if (x.is_null()) {
        (--sp)->clear();
        ip = code->code.data() + ARG;
        DISPATCH();
    }
    PUSH(std::move(x));
    DISPATCH();
}
op_KW_NAMES:
    kwnames_holder = code->consts[ARG];
    kwnames = as<Tuple>(kwnames_holder);
    DISPATCH();
op_CALL: {
    // `ip` stays on the cache word until the call is made: errors are the CALL's.
    // The stack is [NULL, callable, args...] or, after LOAD_METHOD, [function, self, args...].
    Value* method_slot = sp - ARG - 2;
call_function_check:
    if (Value* fslot = method_slot + method_slot->is_null(); fslot->is_object()) {
        Object* callee = fslot->as_object();
        if (callee->type->layout == Layout::Function) {
            auto* fn = static_cast<Function*>(callee);
            CodeObject* fcode = fn->code.get();
            std::size_t nargs = static_cast<std::size_t>(sp - fslot) - 1;  // self included
            // The common call: exactly the positional parameters, no keywords, not a generator (CPython 3.11:
            // CALL_PY_EXACT_ARGS). The callable's reference and the arguments' move into the new frame as they
            // are: the stack slots they leave are dead once `sp` drops below them.
            if (!kwnames && nargs == static_cast<std::size_t>(fcode->fast_argcount) &&
                f->depth < m_config.recursion_limit) [[likely]] {
                Frame* nf = static_cast<Frame*>(ts->data_stack.push(Frame::size_for(fcode)));
                nf->function = fn;
                nf->globals = fn->globals.get();
                nf->locals = nullptr;
                nf->lasti = 0;
                Value* slots = nf->slots;
                for (std::size_t i = 0; i < nargs; ++i) Value::relocate(&slots[i], &fslot[i + 1]);
                Value* locals_end = slots + fcode->nlocals;
                for (Value* p = slots + nargs; p < locals_end; ++p) new (p) Value();
                if (fcode->ncells > 0) [[unlikely]] {
                    for (int i = 0; i < fcode->ncells; ++i) new (&locals_end[i]) Value();
                    make_cells(*this, slots, locals_end, fcode);
                    locals_end += fcode->ncells;
                }
                for (int i = 0; i < fcode->nfree; ++i) new (&locals_end[i]) Value(fn->closure->items[i]);
                sp = method_slot;  // a NULL method slot needs no release either
                f->lasti = OFFSET_OF(CUR());
                ++ip;  // past the cache word: where this frame resumes
                SAVE();
                nf->flags = FrameOnDataStack | FrameExecuting;
                nf->previous = f;
                nf->depth = f->depth + 1;
                f = nf;
                code = fcode;
                ip = fcode->code.data();
                sp = locals_end + fcode->nfree;
                ts->frame = f;
                FAST_DISPATCH();
            }
        } else if ((callee->type->layout == Layout::BuiltinFunction &&
                    (static_cast<BuiltinFunction*>(callee)->self.is_null() ||
                     !static_cast<BuiltinFunction*>(callee)->is_method)) ||
                   (callee->type->layout == Layout::Type && !static_cast<Type*>(callee)->is_heap &&
                    static_cast<Type*>(callee)->construct && callee != types.type)) {
            // A native function, or a native method after LOAD_METHOD (its self is the first argument); or a
            // builtin type (str(x), list(x), ...), whose constructor reads [type, args...] where they are
            // (CPython: type_call, which for these runs no Python __new__ or __init__).
            SAVE();
            f->lasti = OFFSET_OF(CUR());
            if (m_interrupt) [[unlikely]] {
                // a safe point before native code (print, ...): pending finalizers run, Ctrl-C is raised
                if (handle_interrupt().is_error())
                    ERROR();
            }
            Tuple* kw = kwnames;
            kwnames = nullptr;
            if (callee->type->layout == Layout::BuiltinFunction) {
                auto* bf = static_cast<BuiltinFunction*>(callee);
                if (!bf->accepts(static_cast<std::size_t>(sp - fslot) - 1, kw)) [[unlikely]] {
                    raise_native_args_error(*this, bf, static_cast<std::size_t>(sp - fslot) - 1, kw);
                    if (kw) kwnames_holder.clear();
                    ERROR();
                }
                if (!method_self_fits(bf, fslot[1])) [[unlikely]] {
                    raise_descriptor_error(*this, bf, fslot[1]);
                    if (kw) kwnames_holder.clear();
                    ERROR();
                }
                native_callee = bf;  // read by a function that carries data
            }
            Result<Value> r = callee->type->layout == Layout::Type
                                  ? static_cast<Type*>(callee)->construct(*this, fslot, static_cast<std::size_t>(sp - fslot), kw)
                                  : static_cast<BuiltinFunction*>(callee)->fn(*this, fslot + 1, static_cast<std::size_t>(sp - fslot) - 1, kw);
            if (kw) kwnames_holder.clear();
            while (sp > method_slot) (--sp)->clear();
            if (r.is_error())
                ERROR();
            PUSH(r.release_value());
            ++ip;  // past the cache word
            DISPATCH();
        } else if (callee->type->layout == Layout::BoundMethod && method_slot->is_null()) {
            // a bound method object: unpack it into the LOAD_METHOD form, then call its function
            BoundMethod* m = static_cast<BoundMethod*>(callee);
            *method_slot = m->function;
            *fslot = m->self;  // releases the bound method last
            goto call_function_check;
        } else if (method_slot->is_null() && callee->type->is_heap) {
            // an instance of a class whose __call__ is a Python function: called as that method of the
            // instance (CPython: slot_tp_call), in this loop rather than a nested one
            Value call = callee->type->lookup(names.dunder_call);
            if (call.is_object() && call.as_object()->type->layout == Layout::Function) {
                *method_slot = std::move(call);
                goto call_function_check;
            }
        }
    }
    std::size_t nargs = ARG;
    Value* args = sp - nargs;
    Value* callable_slot = args - 1;
    Tuple* kw = kwnames;
    kwnames = nullptr;
    if (!method_slot->is_null()) {
        callable_slot = method_slot;
        args = sp - nargs - 1;
        ++nargs;
    }
    Value& callable = *callable_slot;
    if (callable.is_object() && callable.as_object()->type->layout == Layout::Function) {
        // keywords, defaults, *args, a generator or coroutine, or too deep
        Function* fn = as<Function>(callable);
        if (!fn->code->is_generator_like()) {
            if (f->depth >= m_config.recursion_limit) [[unlikely]] {
                SAVE();
                raise_recursion_error();
                ERROR();
            }
            Frame* nf = push_bound_frame(*this, fn, args, nargs, kw);
            if (!nf) {
                SAVE();
                ERROR();
            }
            // pop the arguments, the callable and the method slot
            while (sp > method_slot) (--sp)->clear();
            f->lasti = OFFSET_OF(CUR());
            ++ip;  // past the cache word: where this frame resumes
            SAVE();
            nf->previous = f;
            nf->depth = f->depth + 1;
            f = nf;
            LOAD_FRAME();
            FAST_DISPATCH();
        }
    }
    if (callable.is_object() && callable.as_object()->type->layout == Layout::Type) {
        // Cls(args) with a Python __init__: create the instance and run __init__ as a frame of this loop
        // (CPython 3.12 does the same); the instance waits on this frame's stack for __init__ to return.
        Type* cls = as<Type>(callable);
        Function* init = fast_init(*this, cls);
        if (init && f->depth < m_config.recursion_limit) {
            SAVE();
            TRY_OR_ERROR(obj, new_instance(*this, cls));
            Frame* nf = push_frame(init);
            CodeObject* icode = init->code.get();
            if (!kw && nargs + 1 == static_cast<std::size_t>(icode->fast_argcount)) {
                new (&nf->slots[0]) Value(obj);
                for (std::size_t i = 0; i < nargs; ++i) new (&nf->slots[i + 1]) Value(std::move(args[i]));
                Value* cells = nf->cells();
                if (icode->ncells > 0) make_cells(*this, nf->slots, cells, icode);
                for (int i = 0; i < icode->nfree; ++i)  // e.g. __class__ for super()
                    cells[icode->ncells + i] = init->closure->items[i];
            } else {
                ValueVector full;
                full.reserve(nargs + 1);
                full.push_back(obj);
                for (std::size_t i = 0; i < nargs; ++i) full.push_back(args[i]);
                if (bind_arguments(init, nf, full.data(), full.size(), kw).is_error()) {
                    pop_frame(nf);
                    ERROR();
                }
            }
            while (sp > method_slot) (--sp)->clear();
            PUSH(std::move(obj));
            f->lasti = OFFSET_OF(CUR());
            ++ip;  // past the cache word: where this frame resumes
            SAVE();
            nf->previous = f;
            nf->depth = f->depth + 1;
            nf->flags |= FrameExecuting | FrameInit;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
    }
    SAVE();
    f->lasti = OFFSET_OF(CUR());
    if (m_interrupt) [[unlikely]] {
        // the slow path's safe point: any other callable (a weak reference, a partial, a class) may be native too
        if (handle_interrupt().is_error()) {
            kwnames_holder.clear();
            ERROR();
        }
    }
    Result<Value> r = call(callable, args, nargs, kw);
    kwnames_holder.clear();
    while (sp > method_slot) (--sp)->clear();
    if (r.is_error())
        ERROR();
    PUSH(r.release_value());
    ++ip;  // past the cache word
    DISPATCH();
}
op_CALL_FUNCTION_EX: {
    // ARG & 1: keyword arguments in a dict; ARG & 2: that "dict" is a lone **m as it was given
    Value kwargs = (ARG & 1) ? POP() : Value();
    Value posargs = POP();
    Value callable = POP();
    (--sp)->clear();  // the NULL
    SAVE();
    f->lasti = OFFSET_OF(CUR());
    if ((ARG & 2) && !(kwargs.is_object() && type_of(kwargs) == types.dict)) {
        Ref<Dict> merged = new_dict();
        if (merge_call_kwargs(*this, merged.get(), kwargs, callable).is_error()) ERROR();
        kwargs = merged.take_value();
    }
    if (!(posargs.is_object() && type_of(posargs) == types.tuple)) {
        // f(*x) alone: x made a tuple (CPython: CALL_FUNCTION_EX, check_args_iterable)
        Type* t = type_of(posargs);
        if (!t->slots.iter && t->lookup(names.dunder_iter).is_null() && t->lookup(names.dunder_getitem).is_null()) {
            TRY_OR_ERROR(fname, function_str(callable));
            raise(types.TypeError, "{} argument after * must be an iterable, not {}", fname, t->name->view());
            ERROR();
        }
        TRY_OR_ERROR(converted, to_tuple(posargs));
        posargs = converted.take_value();
    }
    Tuple* pos = as<Tuple>(posargs);
    // a bound method of a Python function is called as its function with self first, as CALL does
    Value self_arg;
    if (callable.is_object() && callable.as_object()->type->layout == Layout::BoundMethod &&
        as<BoundMethod>(callable)->function.is_object() &&
        as<BoundMethod>(callable)->function.as_object()->type->layout == Layout::Function) {
        self_arg = as<BoundMethod>(callable)->self;
        callable = Value(as<BoundMethod>(callable)->function);
    }
    Value const* argv = pos->items;
    std::size_t argc = pos->size;
    ValueVector all;  // the arguments in one array, when the tuple alone is not that
    Ref<Tuple> keyword_names;
    Dict* d = kwargs.is_null() ? nullptr : as<Dict>(kwargs);
    if (!self_arg.is_null() || (d && d->table.size() > 0)) {
        all.reserve(pos->size + 1 + (d ? d->table.size() : 0));
        if (!self_arg.is_null()) all.push_back(self_arg);
        all.insert(all.end(), pos->items, pos->items + pos->size);
        if (d && d->table.size() > 0) {
            keyword_names = new_tuple(d->table.size());
            std::size_t i = 0;
            for (auto const& e : d->table.entries()) {
                if (e.key.is_null()) continue;
                if (!(e.key.is_object() && type_of(e.key)->layout == Layout::Str)) {
                    raise(types.TypeError, "keywords must be strings");
                    ERROR();
                }
                keyword_names->items[i++] = e.key;
                all.push_back(e.value);
            }
        }
        argv = all.data();
        argc = all.size();
    }
    if (callable.is_object() && callable.as_object()->type->layout == Layout::Function &&
        !as<Function>(callable)->code->is_generator_like() && f->depth < m_config.recursion_limit) {
        // a Python function runs as a frame of this loop, as CALL's (not in a nested dispatch loop)
        Frame* nf = push_bound_frame(*this, as<Function>(callable), argv, argc, keyword_names.get());
        if (!nf) ERROR();
        nf->previous = f;
        nf->depth = f->depth + 1;
        f = nf;
        LOAD_FRAME();
        DISPATCH();  // (not FAST_DISPATCH: the locals above have destructors to run)
    }
    TRY_OR_ERROR(r, call(callable, argv, argc, keyword_names.get()));  // (a method's function with its self first)
    PUSH(std::move(r));
    DISPATCH();
}
op_RETURN_VALUE: {
    if (!(f->flags & (FrameEntry | FrameInGenerator)) && (!(f->flags & FrameInit) || sp[-1].is_none())) [[likely]] {
        // a plain call returns: release the frame (up to the live stack top), push the result on the caller's
        // stack; an __init__ run by CALL returns None and pushes nothing (the instance is already there)
        bool init = f->flags & FrameInit;
        Value retval = POP();
        Frame* parent = f->previous;
        for (Value* p = f->slots; p < sp; ++p) p->~Value();
        if (f->locals) decref(f->locals);
        Function* fn = f->function;
        ts->data_stack.pop(f);
        decref(fn);
        f = parent;
        LOAD_FRAME();
        if (!init)
            PUSH(std::move(retval));  // retval is moved-from (null) or None from here on
        FAST_DISPATCH();
    }
    Value retval = POP();
    if (f->flags & FrameEntry) {
        SAVE();
        result = RunResult{FrameExit::Returned, std::move(retval)};
        goto leave_entry;
    }
    Frame* parent = f->previous;
    if (f->flags & FrameInGenerator) {
        // an inline-awaited coroutine finished: it stays in its object; the awaiter's stack top (the
        // coroutine object) becomes the result
        Generator* gen = generator_of(f);
        SAVE();
        gen->state = GenState::Finished;
        f->flags &= ~FrameExecuting;
        f->previous = nullptr;
        for (Value* p = f->slots; p < f->sp; ++p) p->clear();
        f->sp = f->slots;
        f = parent;
        LOAD_FRAME();
        sp[-1] = std::move(retval);
    } else if (f->flags & FrameInit) {
        // __init__ finished: the instance is already on the caller's stack
        pop_frame(f);
        f = parent;
        LOAD_FRAME();
        if (!retval.is_none()) {
            raise(types.TypeError, "__init__() should return None, not '{}'", type_of(retval)->name->view());
            ip = code->code.data() + f->lasti + 1;  // the error belongs to the caller's CALL
            ERROR();
        }
    } else {
        pop_frame(f);
        f = parent;
        LOAD_FRAME();
        PUSH(std::move(retval));  // retval is moved-from (null) from here on
        FAST_DISPATCH();
    }
    DISPATCH();
}
op_MAKE_FUNCTION: {
    Value code_value = POP();
    Value closure = (ARG & 8) ? POP() : Value();
    Value annotations = (ARG & 4) ? POP() : Value();
    Value kwdefaults = (ARG & 2) ? POP() : Value();
    Value defaults = (ARG & 1) ? POP() : Value();
    SAVE();
    TRY_OR_ERROR(fv, make_function(*this, as<CodeObject>(code_value), f->globals, f->builtins()));
    Function* fn = as<Function>(fv);
    if (!closure.is_null()) fn->closure = Ref<Tuple>::borrowed(as<Tuple>(closure));
    if (!defaults.is_null()) fn->defaults = Ref<Tuple>::borrowed(as<Tuple>(defaults));
    if (!kwdefaults.is_null()) fn->kwdefaults = Ref<Dict>::borrowed(as<Dict>(kwdefaults));
    if (!annotations.is_null()) {
        Tuple* t = as<Tuple>(annotations);
        fn->annotations = new_dict();
        for (std::size_t i = 0; i + 1 < t->size; i += 2)
            dict_set_str(*this, fn->annotations.get(), as<Str>(t->items[i]), t->items[i + 1]);
    }
    PUSH(std::move(fv));
    DISPATCH();
}
op_CALL_GENEXPR: {
    Value code_value = POP();
    Value closure = (ARG & 8) ? POP() : Value();
    SAVE();
    TRY_OR_ERROR(gen, make_genexpr(*this, as<CodeObject>(code_value), f, std::move(closure), TOP()));
    TOP() = std::move(gen);  // the generator holds the iterator now
    DISPATCH();
}
op_LOAD_BUILD_CLASS: {
    Value v = dict_get_str(f->builtins(), intern("__build_class__"));
    if (v.is_null()) {
        raise(types.NameError, "__build_class__ not found");
        ERROR();
    }
    PUSH(std::move(v));
    DISPATCH();
}
op_RAISE_VARARGS: {
    SAVE();
    if (ARG == 0) {
        if (handled_exception.is_null()) {
            Value const& topmost = topmost_handled();
            if (topmost.is_null()) {  // none of a generator's callers handles one either
                raise(types.RuntimeError, "No active exception to reraise");
                ERROR();
            }
            m_exception = topmost;
            reraise = true;
            ERROR();
        }
        m_exception = handled_exception;
        reraise = true;
        ERROR();
    }
    Value cause = ARG == 2 ? POP() : Value();
    Value exc = POP();
    if (exc.is_object() && type_of(exc)->layout == Layout::Type && as<Type>(exc)->is_base_exception) {
        TRY_OR_ERROR(made, call0(exc));
        if (!(made.is_object() && type_of(made)->layout == Layout::Exception)) {
            // CPython: do_raise's check of what calling the class gave
            TRY_OR_ERROR(cls, repr_string(exc));
            TRY_OR_ERROR(made_type, repr_string(Value::borrowed(type_of(made))));
            raise(types.TypeError, "calling {} should have returned an instance of BaseException, not {}", cls, made_type);
            ERROR();
        }
        exc = std::move(made);
    }
    if (!(exc.is_object() && type_of(exc)->layout == Layout::Exception)) {
        raise(types.TypeError, "exceptions must derive from BaseException");
        ERROR();
    }
    if (ARG == 2) {
        if (cause.is_object() && type_of(cause)->layout == Layout::Type && as<Type>(cause)->is_base_exception) {
            TRY_OR_ERROR(made, call0(cause));
            cause = std::move(made);
        }
        if (!cause.is_none() && !(cause.is_object() && type_of(cause)->layout == Layout::Exception)) {
            raise(types.TypeError, "exception causes must derive from BaseException");
            ERROR();
        }
        as<Exception>(exc)->cause = cause.is_none() ? Value() : cause;
        as<Exception>(exc)->suppress_context = true;
    }
    raise_value(std::move(exc));
    ERROR();
}
op_RERAISE: {
    // The offset saved at stack[-ARG] only matters for f_lineno in CPython; the handler search must start
    // from this RERAISE, and the traceback already has this frame's entry.
    Value exc = POP();
    SAVE();
    m_exception = std::move(exc);
    reraise = true;
    ERROR();
}
op_CHECK_EG_MATCH: {
    SAVE();
    Value match, rest;
    if (exception_group_match(sp[-2], sp[-1], match, rest).is_error()) ERROR();
    if (match.is_none()) {
        sp[-1] = std::move(match);  // [exc, None]
    } else {
        sp[-2] = std::move(rest);
        handled_exception = match;  // what sys.exc_info() shows in the handler
        sp[-1] = std::move(match);
    }
    DISPATCH();
}
op_PREP_RERAISE_STAR: {
    SAVE();
    Result<Value> r = prepare_reraise_star(sp[-2], as<List>(sp[-1]));
    if (r.is_error()) ERROR();
    (--sp)->clear();
    sp[-1] = r.release_value();
    DISPATCH();
}
op_PUSH_EXC_INFO: {
    Value exc = POP();
    PUSH(handled_exception.is_null() ? Value::none() : handled_exception);
    handled_exception = exc;
    PUSH(std::move(exc));
    DISPATCH();
}
op_POP_EXCEPT: {
    Value prev = POP();
    handled_exception = prev.is_none() ? Value() : std::move(prev);
    DISPATCH();
}
op_CHECK_EXC_MATCH: {
    Value type = POP();
    Value& exc = TOP();
    SAVE();
    bool match = false;
    auto check = [&](Value const& t) -> bool {
        if (!(t.is_object() && type_of(t)->layout == Layout::Type && as<Type>(t)->is_base_exception)) {
            raise(types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
        if (type_of(exc)->is_subtype_of(as<Type>(t))) match = true;
        return true;
    };
    if (type.is_object() && type_of(type)->layout == Layout::Tuple) {
        Tuple* t = as<Tuple>(type);
        for (std::size_t i = 0; i < t->size; ++i)
            if (!check(t->items[i])) ERROR();
    } else if (!check(type)) {
        ERROR();
    }
    PUSH(Value::from_bool(match));
    DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
    PUSH(Value::borrowed(types.AssertionError));
    DISPATCH();
op_BEFORE_WITH:
op_BEFORE_ASYNC_WITH: {
    // [mgr] -> [bound __exit__, __enter__()], or __aexit__ and __aenter__() for `async with` (CPython 3.11:
    // BEFORE_WITH, BEFORE_ASYNC_WITH)
    bool is_async = front::opcode_of(ip[-1]) == Op::BEFORE_ASYNC_WITH;
    Value mgr = POP();
    SAVE();
    Type* t = type_of(mgr);
    Value enter = t->lookup(is_async ? names.dunder_aenter : names.dunder_enter);
    Value exit = t->lookup(is_async ? names.dunder_aexit : names.dunder_exit);
    if (enter.is_null() || exit.is_null()) {
        raise(types.TypeError, "'{}' object does not support the {}context manager protocol{}", t->name->view(),
              is_async ? "asynchronous " : "",
              !enter.is_null() ? (is_async ? " (missed __aexit__ method)" : " (missed __exit__ method)") : "");
        ERROR();
    }
    {
        Ref<BoundMethod> bound = make<BoundMethod>(types.method);
        bound->function = exit;
        bound->self = mgr;
        PUSH(bound.take_value());
    }
    TRY_OR_ERROR(r, call1(enter, mgr));
    PUSH(std::move(r));
    DISPATCH();
}
op_GET_AITER: {
    // CPython 3.11: GET_AITER
    Value& obj = TOP();
    SAVE();
    Type* t = type_of(obj);
    Value aiter_method = t->lookup(names.dunder_aiter);
    if (aiter_method.is_null()) {
        raise(types.TypeError, "'async for' requires an object with __aiter__ method, got {}", t->name->view());
        ERROR();
    }
    TRY_OR_ERROR(aiter, call1(aiter_method, obj));
    if (type_of(aiter)->lookup(names.dunder_anext).is_null()) {
        raise(types.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: {}",
              type_of(aiter)->name->view());
        ERROR();
    }
    obj = std::move(aiter);
    DISPATCH();
}
op_GET_ANEXT: {
    // CPython 3.11: GET_ANEXT. What __anext__ returns must be awaitable; if not, the TypeError says so and
    // has the await error as its cause (_PyErr_FormatFromCause).
    Value& aiter = TOP();
    SAVE();
    Type* t = type_of(aiter);
    Value anext = t->lookup(names.dunder_anext);
    if (anext.is_null()) {
        raise(types.TypeError, "'async for' requires an iterator with __anext__ method, got {}", t->name->view());
        ERROR();
    }
    TRY_OR_ERROR(next_awaitable, call1(anext, aiter));
    Type* nt = type_of(next_awaitable);
    if (nt->layout != Layout::Coroutine && !nt->slots.await_native &&
        nt->lookup(names.dunder_await).is_null()) {
        raise(types.TypeError, "object {} can't be used in 'await' expression", nt->name->view());
        Value cause = take_exception();
        raise(types.TypeError, "'async for' received an invalid object from __anext__: {}", nt->name->view());
        Value exc = take_exception();
        as<Exception>(exc)->cause = cause;
        as<Exception>(exc)->context = cause;
        as<Exception>(exc)->suppress_context = true;
        raise_value(std::move(exc));
        ERROR();
    }
    PUSH(std::move(next_awaitable));
    DISPATCH();
}
op_END_ASYNC_FOR: {
    // [aiter, exc]: StopAsyncIteration ends the loop; anything else goes on propagating
    Value exc = POP();
    if (type_of(exc)->is_subtype_of(types.StopAsyncIteration)) {
        (--sp)->clear();
        DISPATCH();
    }
    // re-raised as RERAISE does: the traceback already has this frame's entry (CPython: exception_unwind)
    SAVE();
    m_exception = std::move(exc);
    reraise = true;
    ERROR();
}
op_WITH_EXCEPT_START: {
    // [exit, lasti, prev, exc] -> [exit, lasti, prev, exc, exit(type(exc), exc, exc.__traceback__)]
    Value& exc = sp[-1];
    Value& exit = sp[-4];
    SAVE();
    Value args[3] = {Value::borrowed(type_of(exc)), exc, traceback_of(*this, exc)};
    TRY_OR_ERROR(r, call(exit, args, 3));
    PUSH(std::move(r));
    DISPATCH();
}
op_YIELD_VALUE:
    if (f->flags & FrameYieldSink) [[unlikely]]
        goto yield_to_sink;  // at the end, out of the hot code's way
yield_to_caller: {
    Value v = POP();
    SAVE();
    result = RunResult{FrameExit::Yielded, std::move(v)};
    goto leave_entry;
}
op_YIELD_FROM: {
    Value sent = POP();
    Value& it = TOP();
    SAVE();
    Value yielded;
    bool finished = false;
    if (it.is_object() && type_of(it) == types.generator) {
        TRY_OR_ERROR(r, resume_generator(*this, as<Generator>(it), std::move(sent), Value(), finished));
        yielded = std::move(r);
    } else if (sent.is_none()) {
        Value stop;
        TRY_OR_ERROR(r, next_with_value(it, stop));
        if (r.is_null()) {
            finished = true;
            yielded = stop.is_null() ? Value::none() : stop;
        } else {
            yielded = std::move(r);
        }
    } else {
        Result<Value> r = call_method(it, names.send, &sent, 1);
        if (r.is_error()) {
            if (!exception_matches(types.StopIteration)) ERROR();
            Value e = take_exception();
            finished = true;
            yielded = as<Exception>(e)->value;
        } else {
            yielded = r.release_value();
        }
    }
    if (finished) {
        it = std::move(yielded);
        DISPATCH();
    }
    f->ip = CUR();  // run YIELD_FROM again with the next sent value
    result = RunResult{FrameExit::Yielded, std::move(yielded)};
    goto leave_entry;
}
op_AWAIT: {
    Value& aw = TOP();
    if (aw.is_object() && aw.as_object()->type->layout == Layout::Coroutine) {
        Generator* gen = as<Generator>(aw);
        if (gen->state == GenState::Created) {
            if (f->depth >= m_config.recursion_limit) [[unlikely]] {
                SAVE();
                raise_recursion_error();
                ERROR();
            }
            gen->state = GenState::Running;
            f->lasti = OFFSET_OF(CUR());
            SAVE();
            Frame* nf = gen->frame();
            nf->previous = f;
            nf->depth = f->depth + 1;
            nf->flags |= FrameExecuting;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        SAVE();
        if (gen->state == GenState::Finished)
            raise(types.RuntimeError, "cannot reuse already awaited coroutine");
        else
            raise(types.RuntimeError, "coroutine is being awaited already");
        ERROR();
    }
    if (auto await_native = type_of(aw)->slots.await_native) {
        SAVE();
        Value out;
        switch (await_native(*this, aw, out)) {
        case AwaitStatus::Done:
            aw = std::move(out);
            DISPATCH();
        case AwaitStatus::Error:
            ERROR();
        case AwaitStatus::Wait:
            f->ip = CUR();  // AWAIT runs again on resumption
            result = RunResult{FrameExit::Suspended, std::move(out)};
            goto leave_suspended;
        }
    }
    SAVE();
    {
        Type* t = type_of(aw);
        Value m = t->lookup(names.dunder_await);
        if (m.is_null()) {
            // CPython: format_awaitable_error for GET_AWAITABLE 1 and 2
            if (ARG == 1)
                raise(types.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: {}",
                      t->name->view());
            else if (ARG == 2)
                raise(types.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: {}",
                      t->name->view());
            else
                raise(types.TypeError, "object {} can't be used in 'await' expression", t->name->view());
            ERROR();
        }
        TRY_OR_ERROR(it, call1(m, aw));
        if (it.is_object() && type_of(it)->layout == Layout::Coroutine) {
            raise(types.TypeError, "__await__() returned a coroutine");
            ERROR();
        }
        // Delegate to the iterator as `yield from` does: replace the awaitable and run YIELD_FROM's logic.
        Value stop;
        TRY_OR_ERROR(first, next_with_value(it, stop));
        if (first.is_null()) {
            aw = stop.is_null() ? Value::none() : stop;
            DISPATCH();
        }
        // the iterator yields to the event loop (a Future to wait on, or None for one loop turn): the task waits on
        // that, and AWAIT goes on with the iterator wrapped as a native awaitable (generator.cpp)
        aw = delegating_awaitable(*this, std::move(it));
        f->ip = CUR();
        result = RunResult{FrameExit::Suspended, std::move(first)};
        goto leave_suspended;
    }
}
op_IMPORT_NAME: {
    Value fromlist = POP();
    Value level = POP();
    SAVE();
    f->lasti = OFFSET_OF(CUR());
    std::int64_t import_level = level.is_int() ? level.as_int() : 0;
    if (Value imp = dict_get_str(f->builtins(), names.dunder_import);
        is_own_special_method(imp)) [[unlikely]] {
        // builtins.__import__ replaced by the program: the statement calls it (CPython: import_name)
        Value args[5] = {Value::borrowed(code->names[ARG].get()), Value::borrowed(f->globals),
                         f->locals ? Value::borrowed(f->locals) : Value::none(), fromlist, level};
        TRY_OR_ERROR(replaced, call(imp, args, 5));
        PUSH(std::move(replaced));
        DISPATCH();
    }
    TRY_OR_ERROR(module, import_name(code->names[ARG].get(), f->globals, fromlist, import_level,
                                     !m_config.import_allowed || !is_library_code(code)));
    PUSH(std::move(module));
    DISPATCH();
}
op_IMPORT_FROM: {
    SAVE();
    TRY_OR_ERROR(v, import_from(*this, TOP(), code->names[ARG].get()));
    PUSH(std::move(v));
    DISPATCH();
}
op_IMPORT_STAR: {
    Value module = POP();
    SAVE();
    if (import_star(*this, module, f->locals).is_error()) ERROR();
    DISPATCH();
}
op_SETUP_ANNOTATIONS: {
    Str* name = names.dunder_annotations;
    if (dict_get_str(f->locals, name).is_null())
        dict_set_str(*this, f->locals, name, new_dict().take_value());
    DISPATCH();
}
// ---- superinstructions (made by the loader; see superinstructions.def) ----
op_PUSH_NULL__LOAD_GLOBAL: {
    // a call's NULL and a global found in the globals dict (LOAD_GLOBAL's cache hit)
    InlineCache& c = code->caches[ip[1]];
    Dict* globals = f->globals;
    if (c.key == globals && c.version == globals->table.keys_version() && c.index >= 0) {
        PUSH(Value());
        PUSH(globals->table.entries()[static_cast<std::size_t>(c.index)].value);
        ip += 2;  // the LOAD_GLOBAL and its cache word
        FAST_DISPATCH();
    }
    goto op_PUSH_NULL;
}
op_LOAD_FAST__LOAD_FAST: {
    Value const& a = f->slots[ARG];
    Value const& b = f->slots[*ip >> 8];
    if (a.is_null() || b.is_null()) [[unlikely]]
        goto op_LOAD_FAST;
    PUSH(a);
    PUSH(b);
    ++ip;
    FAST_DISPATCH();
}
op_LOAD_FAST__LOAD_FAST__BINARY_OP:
op_LOAD_FAST__LOAD_CONST__BINARY_OP: {
    // `x op y` or `x op 1` on int or float locals and constants: one dispatch, nothing pushed but the result
    bool constant = vm_opcode_of(ip[-1]) == VmOp::LOAD_FAST__LOAD_CONST__BINARY_OP;
    Value const& a = f->slots[ARG];
    Value const& b = constant ? code->consts[*ip >> 8] : f->slots[*ip >> 8];
    new (sp) Value();  // the result's slot (see BINARY_OP)
    if (binary_numbers(ip[1] >> 8, a, b, *sp)) {
        ++sp;
        ip += 2;  // the second load and the BINARY_OP
        FAST_DISPATCH();
    }
    if (constant)
        goto op_LOAD_FAST__LOAD_CONST;
    goto op_LOAD_FAST__LOAD_FAST;
}
// The pair above for one operator: binary_numbers folds to its code.
#define LOAD_FAST_BINARY_OP(LABEL, OPERATOR, SECOND, FALLBACK)        \
    LABEL: {                                                          \
        new (sp) Value();                                             \
        if (binary_numbers(OPERATOR, f->slots[ARG], SECOND, *sp)) {   \
            ++sp;                                                     \
            ip += 2;                                                  \
            FAST_DISPATCH();                                          \
        }                                                             \
        goto FALLBACK;                                                \
    }
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_FAST__BINARY_OP_ADD, 0, f->slots[*ip >> 8], op_LOAD_FAST__LOAD_FAST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_FAST__BINARY_OP_SUBTRACT, 10, f->slots[*ip >> 8], op_LOAD_FAST__LOAD_FAST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_FAST__BINARY_OP_MULTIPLY, 5, f->slots[*ip >> 8], op_LOAD_FAST__LOAD_FAST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_FAST__BINARY_OP_TRUE_DIVIDE, 11, f->slots[*ip >> 8], op_LOAD_FAST__LOAD_FAST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_CONST__BINARY_OP_ADD, 0, code->consts[*ip >> 8], op_LOAD_FAST__LOAD_CONST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_CONST__BINARY_OP_SUBTRACT, 10, code->consts[*ip >> 8], op_LOAD_FAST__LOAD_CONST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_CONST__BINARY_OP_MULTIPLY, 5, code->consts[*ip >> 8], op_LOAD_FAST__LOAD_CONST)
LOAD_FAST_BINARY_OP(op_LOAD_FAST__LOAD_CONST__BINARY_OP_TRUE_DIVIDE, 11, code->consts[*ip >> 8], op_LOAD_FAST__LOAD_CONST)
#undef LOAD_FAST_BINARY_OP
op_LOAD_FAST__LOAD_CONST: {
    Value const& a = f->slots[ARG];
    if (a.is_null()) [[unlikely]]
        goto op_LOAD_FAST;
    PUSH(a);
    PUSH(code->consts[*ip >> 8]);
    ++ip;
    FAST_DISPATCH();
}
op_LOAD_FAST__LOAD_ATTR: {
    // obj.attr on an instance whose shape the LOAD_ATTR's cache knows: the instance is never pushed
    if (Value* slot; cached_instance_slot(f->slots[ARG], code->caches[ip[1]], type_cache.epoch, slot)) {
        PUSH(*slot);
        ip += 2;  // the LOAD_ATTR and its cache word
        FAST_DISPATCH();
    }
    goto op_LOAD_FAST;
}
op_COPY__LOAD_ATTR: {
    // [obj] -> [obj, obj.attr] for `obj.attr op= v`, on an instance the LOAD_ATTR's cache knows
    if (Value* slot; cached_instance_slot(sp[-1], code->caches[ip[1]], type_cache.epoch, slot)) {
        PUSH(*slot);
        ip += 2;  // the LOAD_ATTR and its cache word
        FAST_DISPATCH();
    }
    goto op_COPY;
}
op_SWAP__STORE_ATTR: {
    // [obj, v] -> [] storing an attribute the instance already has (STORE_ATTR's cache, no new slot)
    Value& obj = sp[-2];
    if (obj.is_object() && obj.as_object()->type->layout == Layout::Instance) {
        auto* inst = static_cast<Instance*>(obj.as_object());
        InlineCache& c = code->caches[ip[1]];
        if (inst->shape == c.key && c.version == type_cache.epoch && !c.shape) {
            inst->slots[c.index] = std::move(sp[-1]);
            sp -= 2;
            sp[0].clear();  // the instance; sp[1] was moved from
            ip += 2;  // the STORE_ATTR and its cache word
            FAST_DISPATCH();
        }
    }
    goto op_SWAP;
}
op_BINARY_OP__STORE_FAST: {
    // `v = x op y` on ints or floats: the result goes straight into the local
    Value number;  // an int or float when set (see BINARY_OP)
    if (binary_numbers(ARG, sp[-2], sp[-1], number)) {
        sp -= 2;  // ints or floats: nothing to release
        f->slots[*ip >> 8] = number;
        ++ip;  // past the STORE_FAST
        FAST_DISPATCH();
    }
    goto op_BINARY_OP;
}
// The pair above for one operator; the fallback is BINARY_OP's (the STORE_FAST word then runs on its own).
#define BINARY_OP_STORE_FAST(LABEL, OPERATOR)                        \
    LABEL: {                                                         \
        Value number;                                                \
        if (binary_numbers(OPERATOR, sp[-2], sp[-1], number)) {      \
            sp -= 2;                                                 \
            f->slots[*ip >> 8] = number;                             \
            ++ip;                                                    \
            FAST_DISPATCH();                                         \
        }                                                            \
        goto op_BINARY_OP;                                           \
    }
BINARY_OP_STORE_FAST(op_BINARY_OP_ADD__STORE_FAST, 0)
BINARY_OP_STORE_FAST(op_BINARY_OP_SUBTRACT__STORE_FAST, 10)
BINARY_OP_STORE_FAST(op_BINARY_OP_MULTIPLY__STORE_FAST, 5)
BINARY_OP_STORE_FAST(op_BINARY_OP_TRUE_DIVIDE__STORE_FAST, 11)
#undef BINARY_OP_STORE_FAST
op_FOR_ITER__STORE_FAST: {
    // `for x in a_list` / `for i in range(...)`: the next item goes straight into the loop variable
    Value& it = TOP();
    if (it.is_object() && it.as_object()->type->layout == Layout::Iterator) {
        auto* iter = static_cast<Iterator*>(it.as_object());
        Value& target = f->slots[*ip >> 8];
        if (iter->kind == IterKind::Range && iter->remaining > 0) {
            --iter->remaining;
            iter->index += iter->step;
            target = Value::from_int(iter->index - iter->step);
            ++ip;  // past the STORE_FAST
            FAST_DISPATCH();
        }
        if (iter->kind == IterKind::List) {
            auto& items = static_cast<List*>(iter->source.as_object())->items;
            if (iter->index < static_cast<std::int64_t>(items.size())) {
                target = items[static_cast<std::size_t>(iter->index++)];
                ++ip;  // past the STORE_FAST
                FAST_DISPATCH();
            }
        }
    }
    goto op_FOR_ITER;  // exhausted, or another iterator
}
op_STORE_FAST__LOAD_FAST: {
    f->slots[ARG] = POP();
    Value const& b = f->slots[*ip >> 8];
    if (b.is_null()) [[unlikely]]
        DISPATCH();  // the LOAD_FAST runs alone and raises
    PUSH(b);
    ++ip;
    FAST_DISPATCH();
}
op_COMPARE_OP__POP_JUMP_IF_FALSE:
op_COMPARE_OP__POP_JUMP_IF_TRUE: {
    // the jump's sense is in the mask (bits 8 and up of the argument)
    unsigned order;
    if (!number_order(sp[-2], sp[-1], order))
        goto op_COMPARE_OP;
    sp -= 2;  // ints or floats: nothing to release
    ip = (ARG >> 8 >> order) & 1 ? code->code.data() + (*ip >> 8) : ip + 1;
    FAST_DISPATCH();
}
// `if x < y:` / `while i < n:` on int or float locals and constants: decided without pushing anything. ip[1]
// is the COMPARE_OP (its argument holds the jump mask from bit 8), ip[2] the jump.
#define LOAD_FAST_COMPARE_JUMP(LABEL, SECOND, FALLBACK)                                    \
    LABEL: {                                                                               \
        unsigned order;                                                                    \
        if (number_order(f->slots[ARG], SECOND, order)) {                                  \
            ip = (ip[1] >> 16 >> order) & 1 ? code->code.data() + (ip[2] >> 8) : ip + 3;  \
            FAST_DISPATCH();                                                               \
        }                                                                                  \
        goto FALLBACK;                                                                     \
    }
LOAD_FAST_COMPARE_JUMP(op_LOAD_FAST__LOAD_FAST__COMPARE_JUMP, f->slots[*ip >> 8], op_LOAD_FAST__LOAD_FAST)
LOAD_FAST_COMPARE_JUMP(op_LOAD_FAST__LOAD_CONST__COMPARE_JUMP, code->consts[*ip >> 8], op_LOAD_FAST__LOAD_CONST)
#undef LOAD_FAST_COMPARE_JUMP
op_BUILD_SLICE__BINARY_SUBSCR: {
    // c[lo:hi] on an exact str (ASCII), list or tuple with int or None bounds: the part is copied out without
    // making a slice object. The bounds are clamped as PySlice_AdjustIndices does for a step of 1.
    Value const& c = sp[-3];
    Value const& lo = sp[-2];
    Value const& hi = sp[-1];
    if (c.is_object() && (lo.is_int() || lo.is_none()) && (hi.is_int() || hi.is_none())) {
        Object* o = c.as_object();
        std::int64_t n = o->type == types.str && static_cast<Str*>(o)->is_ascii() ? static_cast<Str*>(o)->length
                         : o->type == types.list  ? static_cast<std::int64_t>(static_cast<List*>(o)->items.size())
                         : o->type == types.tuple ? static_cast<std::int64_t>(static_cast<Tuple*>(o)->size)
                                                  : -1;
        if (n >= 0) {
            std::int64_t start = lo.is_none() ? 0 : lo.as_int();
            std::int64_t stop = hi.is_none() ? n : hi.as_int();
            if (start < 0) start = std::max<std::int64_t>(start + n, 0);
            else if (start > n) start = n;
            if (stop < 0) stop = std::max<std::int64_t>(stop + n, 0);
            else if (stop > n) stop = n;
            if (stop < start) stop = start;
            Value part;
            if (o->type == types.str) {
                // the whole of an exact str is that str (CPython: unicode_result_unchanged)
                auto length = static_cast<std::size_t>(stop - start);
                part = start == 0 && stop == n
                           ? c
                           : new_str(std::string_view(static_cast<Str*>(o)->data + start, length),
                                     static_cast<std::uint32_t>(length));
            } else if (o->type == types.list) {
                auto& items = static_cast<List*>(o)->items;
                Ref<List> l = new_list();
                append_copies(l->items, items.data() + start, static_cast<std::size_t>(stop - start));
                part = l.take_value();
            } else if (stop - start == n || stop == start) {
                part = stop == start ? new_tuple(0).take_value() : c;  // () or the tuple itself (CPython: tuplesubscript)
            } else {
                part = Tuple::create_copy(types.tuple, static_cast<Tuple*>(o)->items + start,
                                          static_cast<std::size_t>(stop - start)).take_value();
            }
            sp -= 2;  // ints or None: nothing to release
            sp[-1] = std::move(part);
            ++ip;  // past the BINARY_SUBSCR
            DISPATCH();
        }
    }
    goto op_BUILD_SLICE;
}
op_GET_LEN: {
    SAVE();
    Result<std::int64_t> n = len(sp[-1]);
    if (n.is_error()) ERROR();
    PUSH(Value::from_int(n.value()));
    DISPATCH();
}
op_MATCH_MAPPING: {
    bool is = match_kind(sp[-1]) == MatchKind::Mapping;
    PUSH(Value::from_bool(is));
    DISPATCH();
}
op_MATCH_SEQUENCE: {
    bool is = match_kind(sp[-1]) == MatchKind::Sequence;
    PUSH(Value::from_bool(is));
    DISPATCH();
}
op_MATCH_KEYS: {
    SAVE();
    Result<Value> r = match_keys(sp[-2], sp[-1]);
    if (r.is_error()) ERROR();
    PUSH(r.release_value());
    DISPATCH();
}
op_MATCH_CLASS: {
    SAVE();
    Result<Value> r = match_class(sp[-3], sp[-2], sp[-1], ARG);
    if (r.is_error()) ERROR();
    (--sp)->clear();
    (--sp)->clear();
    sp[-1] = r.release_value();
    DISPATCH();
}
op_PRINT_EXPR: {
    Value v = POP();
    SAVE();
    print_expression(*this, v);
    if (has_exception()) ERROR();
    DISPATCH();
}

error : {
    // The exception is in m_exception; CUR() is the instruction that raised it.
    kwnames = nullptr;
    kwnames_holder.clear();
    f->sp = sp;
    auto offset = OFFSET_OF(CUR());
    for (;;) {
        if (!reraise && m_exception.is_object() && type_of(m_exception)->layout == Layout::Exception)
            add_traceback(as<Exception>(m_exception), f, offset);
        reraise = false;
        ExceptionHandlerInfo h;
        if (!unstarted && find_handler(code, offset, h)) {
            Value* base = f->stack_base() + h.depth;
            while (sp > base) (--sp)->clear();
            if (h.lasti) PUSH(Value::from_int(offset));
            PUSH(take_exception());
            ip = code->code.data() + h.target;
            DISPATCH();
        }
        // Leave this frame.
        unstarted = false;
        if (f->flags & FrameEntry) {
            f->sp = sp;
            result = RunResult{FrameExit::Raised, Value()};
            goto leave_entry;
        }
        Frame* parent = f->previous;
        if (f->flags & FrameInGenerator) {  // a coroutine awaited inline
            Generator* gen = generator_of(f);
            gen->state = GenState::Finished;
            f->flags &= ~FrameExecuting;
            f->previous = nullptr;
            while (sp > f->slots) (--sp)->clear();
            f->sp = f->slots;
            replace_escaping_stop(*this, gen);
        } else {
            pop_frame(f);
        }
        f = parent;
        LOAD_FRAME();
        offset = f->lasti;
    }
}

leave_suspended:
    // The task waits: keep `f` (the innermost frame) for resumption; the entry frame stays as is.
    f->flags &= ~FrameExecuting;
    ts->frame = saved_thread_frame;
    --ts->native_depth;
    suspended_frame = f;
    return result;

leave_entry:
    if (linked_entry)
        f->previous = nullptr;
    f->flags &= ~(FrameExecuting | FrameEntry);
    ts->frame = saved_thread_frame;
    --ts->native_depth;
    if (f->flags & FrameOnDataStack)
        pop_frame(f);
    return result;

yield_to_sink:
    // YIELD_VALUE in a generator whose native consumer may take the value in place (YieldSink): taken, the
    // generator goes on as resumed by next() with None (gen_next_slot); else it yields as usual
    if (!offer_to_sink(ts, f, sp[-1]))
        goto yield_to_caller;
    (--sp)->clear();
    if (front::opcode_of(*ip) == Op::POP_TOP)
        ++ip;
    else
        PUSH(Value::none());
    DISPATCH();

#undef SAVE
#undef LOAD_FRAME
#undef DISPATCH
#undef POP
#undef TOP
#undef PUSH
#undef ERROR
#undef TRY_OR_ERROR
#undef CACHE
#undef CUR
#undef ARG
#undef OFFSET_OF
}

} // namespace weft::rt
