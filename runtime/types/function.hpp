// Code objects and everything callable: Python functions, builtin functions, bound methods, cells, and the
// staticmethod/classmethod/property descriptors.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interpreter/code_unit.hpp"
#include "runtime/object.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"

namespace weft::rt {

// Inline cache of one LOAD_ATTR/STORE_ATTR/LOAD_METHOD/LOAD_GLOBAL/CALL instruction. 128 bytes: finding one
// from its index is a shift (and it fills two cache lines exactly).
struct alignas(128) InlineCache {
    void const* key = nullptr;     // the Type (attributes) or the globals Dict (LOAD_GLOBAL)
    std::uint32_t version = 0;     // the type epoch or the dict's keys version
    std::uint32_t aux_version = 0; // LOAD_GLOBAL: the builtins dict's keys version
    std::int32_t index = -1;       // dict entry index (instance dict or globals)
    Object* descriptor = nullptr;  // borrowed, valid while `version` holds: the attribute found on the type
    void* shape = nullptr;         // STORE_ATTR: the instance shape after adding the attribute

    // LOAD_ATTR and LOAD_METHOD keep older entries of the same `version` (most recent first), so a site that
    // sees a few classes in turn hits: key and index (LOAD_ATTR) or descriptor (LOAD_METHOD).
    struct Older {
        void const* key = nullptr;
        Object* descriptor = nullptr;
        std::int32_t index = -1;
    };
    static constexpr int older_entries = 3;
    Older older[older_entries];

    // Makes room for a new first entry: the current one becomes the first older one (or all go, at a new epoch).
    void shift(std::uint32_t epoch) {
        if (version == epoch) {
            for (int i = older_entries - 1; i > 0; --i) older[i] = older[i - 1];
            older[0] = Older{key, descriptor, index};
        } else {
            for (Older& o : older) o.key = nullptr;
        }
        version = epoch;
    }
};

// A loaded code unit (CPython: PyCodeObject).
struct CodeObject final : Object {
    std::vector<front::Instruction> code;        // mutable: cache words are rewritten to cache indexes
    ValueVector consts;
    std::vector<Ref<Str>> names;
    std::vector<Ref<Str>> varnames;
    std::vector<Ref<Str>> cellvars;
    std::vector<Ref<Str>> freevars;
    std::vector<int> cell_from_arg;
    std::vector<InlineCache> caches;
    std::shared_ptr<front::CodeUnit const> unit;  // locations, exception table, source
    Ref<Str> name;
    Ref<Str> qualname;
    Ref<Str> filename;
    std::uint32_t flags = 0;
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int nlocals = 0;     // fast locals (varnames)
    int ncells = 0;
    int nfree = 0;
    int stacksize = 0;
    int nslots = 0;      // nlocals + ncells + nfree + stacksize
    std::uint32_t frame_bytes = 0;  // Frame::bytes_for(nslots): what a call allocates
    // `argcount` when a call with exactly that many positional arguments (and no keywords) just moves them
    // into the first slots (and makes the cells): positional parameters only, not a generator or coroutine.
    // -1 otherwise.
    int fast_argcount = -1;
    // Where MAKE_FUNCTION last found `__name__` (a function's __module__) in its globals: valid while that table
    // keeps its keys version, as LOAD_GLOBAL's cache (a def run in a loop, a closure factory, a generator expression).
    struct ModuleNameCache {
        Dict const* globals = nullptr;
        std::uint32_t version = 0;
        std::int64_t index = -1;
    } module_name_cache;
    // A generator expression's function (CALL_GENEXPR). While a generator runs it, this points at it without owning
    // it; once that generator is freed and nothing else holds the function, it waits here, owned and emptied (no
    // code, globals or closure: it keeps nothing of the run it served alive), for the next run of the expression.
    // Null when there is none.
    struct Function* idle_function = nullptr;

    explicit CodeObject(Type* t) : Object(t) {}
    ~CodeObject() override;
    void traverse(GcVisitor&) override;
    int line_of(std::size_t offset) const;
    front::SourceLocation location_of(std::size_t offset) const;
    // The offset a traceback gives a frame that never started (an exception thrown into a new generator or
    // coroutine): the `def` line, without carets (CPython: the frame's RESUME instruction).
    static constexpr std::size_t at_definition = UINT32_MAX;
    bool is_generator_like() const {
        return (flags & (front::CodeGenerator | front::CodeCoroutine | front::CodeAsyncGenerator)) != 0;
    }
};

struct Cell final : Object {
    Value contents;  // null when empty
    explicit Cell(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { contents.clear(); }
};

struct Function final : Object {
    Ref<CodeObject> code;
    Ref<Dict> globals;
    Ref<Dict> builtins;
    Ref<Tuple> defaults;     // may be null
    Ref<Dict> kwdefaults;    // may be null
    Ref<Tuple> closure;      // cells, may be null
    Ref<Str> name;
    Ref<Str> qualname;
    Value module;            // __module__
    Value doc;
    Ref<Dict> annotations;   // may be null
    Ref<Dict> dict;          // function attributes, created on first use

    explicit Function(Type* t) : Object(t) {}
    ~Function() override;
    void traverse(GcVisitor&) override;
    void clear_references() override;
};

// A function written in C++. It may carry data (`data`: a host callable's captured state, the object a
// functools.partial-like builtin wraps): at its entry, before it calls anything, `fn` finds the function
// object it was called through as VM::native_callee.
struct BuiltinFunction final : Object {
    NativeFn fn = nullptr;
    Ref<Str> name;
    Value data;              // what the function carries, or null
    Value self;
    Type* owner = nullptr;  // the type that defines this method (for the repr and messages), or null
    Ref<Str> module;         // a function of a module other than builtins: "math" in "math.floor()" messages
    bool is_method = false;  // a method descriptor: binds self on attribute access
    Args args;               // checked by the call paths before `fn` runs

    // Whether `nargs` arguments (self included for a method, keyword values last) may be passed to `fn`.
    bool accepts(std::size_t nargs, Tuple const* kwnames) const;

    explicit BuiltinFunction(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { data.clear(); }
};

struct BoundMethod final : Object {
    Value function;
    Value self;
    explicit BoundMethod(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { function.clear(); self.clear(); }
};

inline bool BuiltinFunction::accepts(std::size_t nargs, Tuple const* kwnames) const {
    if (kwnames) {
        if (!args.keywords)
            return false;
        nargs -= kwnames->size;
    }
    std::size_t n = nargs - is_method;  // an unbound method called without self wraps to a huge count
    return n - args.min <= static_cast<std::size_t>(args.max - args.min);
}

// Whether `m`, a special method found on a class, is the class's own — a function, or a C++ binding of a bound
// class (runtime/embed/) — rather than the slot wrapper of a builtin base, which operators reach through the slot.
inline bool is_own_special_method(Value const& m) {
    if (m.is_null()) return false;
    if (!m.is_object() || m.as_object()->type->layout != Layout::BuiltinFunction) return true;
    Type const* owner = static_cast<BuiltinFunction const*>(m.as_object())->owner;
    return owner && owner->is_heap;
}

// staticmethod, classmethod and property share this shape.
struct Descriptor final : Object {
    Value function;  // staticmethod/classmethod: the wrapped callable; property: fget
    Value setter;    // property fset
    Value deleter;   // property fdel
    Value doc;
    Value name;      // property: the attribute name given by __set_name__ (class creation), for messages
    explicit Descriptor(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { function.clear(); setter.clear(); deleter.clear(); }
};

// A function object for `code` (MAKE_FUNCTION), defaults and closure set later by the caller.
Result<Value> make_function(VM& vm, CodeObject* code, Dict* globals, Dict* builtins);
// CALL_GENEXPR: the generator of a generator expression whose code is `code`, run in `frame`'s globals with
// `closure` (a tuple of cells, or null) and `iterator` (the first iterable's) as its argument. Its function is the
// code's idle one when there is one (CodeObject::idle_function), else a new one.
Result<Value> make_genexpr(VM& vm, CodeObject* code, struct Frame* frame, Value closure, Value const& iterator);
// A generator's frame lets go of its function `fn`, its code's idle_function: if nothing else holds it, it goes
// idle in the code; otherwise the reference is dropped.
void release_genexpr_function(Function* fn);

} // namespace weft::rt
