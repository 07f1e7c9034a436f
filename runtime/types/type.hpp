// type objects, plain instances of user classes, modules and super(). A Type's `layout` says which C++
// object its instances are; user classes inherit the layout of their builtin base.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/object.hpp"
#include "runtime/result.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/method_def.hpp"
#include "runtime/types/shape.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type_cache.hpp"

namespace weft::rt {

class Gc;

// What a type lookup found, without a reference: valid while the type epoch holds (the type's dict keeps it).
struct RawAttr {
    std::uint64_t bits = 0;
    Tag tag = Tag::Null;
    bool found() const { return tag != Tag::Null; }
    Object* object() const { return tag == Tag::Object ? reinterpret_cast<Object*>(bits) : nullptr; }
};

// Which C++ struct instances of a type are (the "layout"); used for fast type tests and allocation.
enum class Layout : std::uint8_t {
    Object, Instance, NoneType, Bool, Int, Float, Complex, Str, Bytes, ByteArray, MemoryView, Tuple, List, Dict, Set, Type, Function, BuiltinFunction,
    BoundMethod, Cell, Code, Module, Exception, Range, Slice, Iterator, Generator, Coroutine, Property,
    StaticMethod, ClassMethod, Super, Future, Task, Awaitable, NotImplementedType, Ellipsis, Native,
};

// What awaiting a native awaitable gave (TypeSlots::await_native).
enum class AwaitStatus : std::uint8_t {
    Done,   // `out` is the result
    Wait,   // the task must wait: `out` is a Future to wait on, or None to be rescheduled after one loop turn
    Error,  // an exception was raised
};

// The protocols a type implements in C++ (CPython: the tp_/sq_/mp_ slots), filled in by the type's own file.
// vm/ calls a type's slot instead of switching on its layout; a type made by a class statement inherits its
// builtin base's slots, and its own special methods (__getitem__, ...) take precedence over them.
struct TypeSlots {
    Result<std::int64_t> (*len)(VM& vm, Value const& self) = nullptr;                    // len(self)
    Result<Value> (*getitem)(VM& vm, Value const& self, Value const& key) = nullptr;     // self[key]
    Result<void> (*setitem)(VM& vm, Value const& self, Value const& key, Value value) = nullptr;  // self[key] = v
    Result<void> (*delitem)(VM& vm, Value const& self, Value const& key) = nullptr;      // del self[key]
    Result<bool> (*contains)(VM& vm, Value const& self, Value const& item) = nullptr;    // item in self
    Result<Value> (*iter)(VM& vm, Value const& self) = nullptr;                          // iter(self)
    // next(self): the next item, or a null Value when exhausted (`stop_value`: what a generator returned)
    Result<Value> (*next)(VM& vm, Value const& self, Value& stop_value) = nullptr;
    Result<std::int64_t> (*hash)(VM& vm, Value const& self) = nullptr;                   // hash(self)
    Result<bool> (*truth)(VM& vm, Value const& self) = nullptr;   // bool(self); absent: len != 0, or true
    // self(*args): `args` hold the arguments, keyword values last, named by `kwnames`
    Result<Value> (*call)(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) = nullptr;
    // a <op> b, for a BINARY_OP operator (its in-place form when `inplace`), asked of both operands' types in
    // turn with the operands in their order (CPython: the nb_*/sq_concat/sq_repeat slots); NotImplemented when
    // the type does not handle it
    Result<Value> (*binary)(VM& vm, Value const& a, Value const& b, int op, bool inplace) = nullptr;
    // a <op> b for a COMPARE_OP operator; NotImplemented when the type does not handle it (CPython: tp_richcompare)
    Result<Value> (*richcompare)(VM& vm, Value const& a, Value const& b, int op) = nullptr;
    // Attributes. `getattr` replaces the generic lookup (type, module, super: CPython's tp_getattro), giving
    // the attribute or a null Value; `setattr` is the whole of `self.name = value` (tp_setattro); `members`
    // gives the special attributes a builtin object computes (tp_getset: a function's __name__, an exception's
    // args), or null; `own_attribute` reads the object's own namespace without creating it, and
    // `instance_dict` gives that namespace as a dict, made on demand (CPython: tp_dictoffset).
    Result<Value> (*getattr)(VM& vm, Value const& self, Str* name) = nullptr;
    Result<void> (*setattr)(VM& vm, Value const& self, Str* name, Value value) = nullptr;
    Value (*members)(VM& vm, Value const& self, Str* name) = nullptr;
    Value (*own_attribute)(Value const& self, Str* name) = nullptr;
    Dict* (*instance_dict)(VM& vm, Value const& self) = nullptr;
    // `await self` of a native awaitable (the scheduler's futures, tasks and sleeps): AWAIT asks for the result;
    // if it is not ready the running task suspends on what `out` names, and AWAIT runs again when it resumes
    AwaitStatus (*await_native)(VM& vm, Value const& self, Value& out) = nullptr;
};

// What a match statement's sequence and mapping patterns accept (CPython: Py_TPFLAGS_SEQUENCE/MAPPING);
// inherited by subclasses.
enum class MatchKind : std::uint8_t { None, Sequence, Mapping };

struct Type;
// The layout of a value's type (Layout::Object for the inline values: ints, floats, bools, None).
Layout layout_of(Value const& v);

struct Type final : Object {
    Ref<Str> name;
    Ref<Str> qualname;
    std::string module_name = "builtins";  // a class statement sets its own (a literal here: cheaper at start-up)
    Type* base = nullptr;             // owned through `mro` (mro[1])
    std::vector<Ref<Type>> bases;
    std::vector<Ref<Type>> mro;       // mro[0] is this type
    std::vector<Type*> subclasses;    // classes with this one among their bases (each removes itself when it dies)
    Ref<Dict> dict;
    Layout layout = Layout::Object;
    bool is_heap = false;             // created by a class statement (attributes may be set)
    bool side_attributes = false;     // a builtin type whose instances may have a dict in Gc's side table
    bool is_base_exception = false;   // a subclass of BaseException
    bool subclassable = true;
    bool is_getset_descriptor = false;  // the type of int.real and its kind (types/getset.cpp)
    // A builtin type whose special-method wrappers (__len__, __add__, __new__, ...) are not made yet: they are made
    // the first time a special name is looked up on it, or its dict is read whole (complete()), so that start-up
    // does not pay for a few hundred method objects most programs never touch.
    bool specials_pending = false;
    // The methods its init function listed (add_methods), made with the special methods: a program that never
    // touches bytes or memoryview does not pay for their method objects.
    std::vector<MethodDef> pending_methods;
    // A class (or a base) defines __setattr__ or __delattr__: attribute stores go through VM::setattr, never
    // the dispatch loop's instance caches.
    bool attribute_hooks = false;
    // A class (or a base) defines __getattribute__: every attribute read calls it; no inline cache is filled.
    bool getattribute_hook = false;
    // A class (or a base) defines __del__: its instances are finalized at the dispatch loop's next safe point
    // (Gc::defer_finalization) before they are freed
    bool has_finalizer = false;
    // With has_finalizer: whether this instance's __del__ must run (a generator suspended at a yield), or null
    bool (*needs_finalizing)(Object* object) = nullptr;
    // An instance has (or had) a weak reference: freeing one looks for them (Gc::clear_weakrefs)
    bool weakly_referenced = false;
    // __abstractmethods__ was set to a non-empty value (abc.ABCMeta): object.__new__ refuses to make instances
    bool is_abstract = false;
    MatchKind match_kind = MatchKind::None;
    Gc* gc = nullptr;                 // the collector that instances register with (the owning VM's)
    TypeAttrCache* attr_cache = nullptr;  // the owning VM's lookup cache (type_cache.hpp)
    NativeFn construct = nullptr;     // builtin types: type(...) with args[0] = the type; inherited
    // A builtin type of Layout::Native (or a descriptor) that classes may derive from: an empty instance of the
    // class `type`, which its __init__ then fills (CPython: tp_alloc through PyType_GenericNew)
    Result<Value> (*allocate)(VM& vm, Type* type) = nullptr;
    // A builtin type of Layout::Native whose `construct` makes an instance of the class in args[0] from all the
    // arguments (CPython's tp_new): classes may derive from it, and their __new__ calls it (weakref.ref, blake2b)
    bool constructs_subclasses = false;
    TypeSlots slots;                  // the protocols implemented in C++; inherited
    // The CALL fast path for `Cls(args)` (interpreter.cpp): the class's __init__ when it is a plain Python
    // function and __new__ is object's, valid while `init_cache_epoch` equals the VM's type epoch.
    struct Function* init_cache = nullptr;
    std::uint32_t init_cache_epoch = 0;
    std::uint32_t dict_size_hint = 0;  // attributes instances usually get: their slots are presized
    std::unique_ptr<Shape> root_shape;  // instances' attribute layouts start here (shape.hpp); made on first use
    // A class whose instances have no __dict__ (it and every class above it declare __slots__ without one):
    // they take only the names in `slot_names`, its slots and the inherited ones (interned).
    bool slots_only = false;
    std::vector<Ref<Str>> slot_names;
    bool weakref_slot = false;  // "__weakref__" is one of its __slots__: its instances may be weakly referenced
    // A struct sequence (types/struct_sequence.cpp): its named fields, and how many items its tuples keep past
    // their length (fields reached by name only, as os.stat_result's st_atime_ns) and leave unnamed (the
    // integer times of os.stat_result, which come right before the hidden ones in the repr's names)
    std::vector<Str*> field_names;  // interned: owned by the VM's intern table, not by the type
    std::uint8_t hidden_items = 0;
    std::uint8_t unnamed_items = 0;
    bool allows_attribute(Str const* attribute) const {
        if (!slots_only) return true;
        for (auto const& s : slot_names)
            if (s.get() == attribute) return true;
        return false;
    }

    explicit Type(Type* metatype) : Object(metatype) {}
    ~Type() override;
    void traverse(GcVisitor&) override;
    void clear_references() override;

    // Looks `name` up along the MRO (no descriptor binding); null Value if absent. Cached for interned names.
    Value lookup(Str* name) const;
    Value lookup_uncached(Str* name) const;
    // lookup() for the dispatch loop's caches: no reference taken, the cache hit inline.
    RawAttr lookup_raw(Str* attribute) const {
        if (attr_cache && attribute->interned) {
            TypeAttrCache::Entry const& e = attr_cache->slot(this, attribute);
            if (e.type == this && e.name == attribute && e.epoch == attr_cache->epoch)
                return RawAttr{e.bits, e.tag};
        }
        Value v = lookup(attribute);  // fills the cache
        return RawAttr{v.raw_bits(), v.tag()};
    }
    bool is_subtype_of(Type const* other) const;
    void detach_from_bases();  // leaves its bases' subclass lists
    // Makes the pending methods (see specials_pending); the dict is complete afterwards.
    void complete() const {
        if (specials_pending && attr_cache && attr_cache->complete)
            attr_cache->complete(attr_cache->complete_context, const_cast<Type*>(this));
    }
    // The type's own dict with its pending methods made; null for a builtin exception class that has none
    Dict* complete_dict() const {
        complete();
        return dict.get();
    }
};

inline Layout layout_of(Value const& v) { return v.is_object() ? v.as_object()->type->layout : Layout::Object; }

// An instance of a user class whose builtin base is `object`. Its attributes live in slots laid out by a
// shape shared by instances that got the same attributes in the same order (the hidden classes of V8 and
// PyPy's maps; CPython 3.11 shares dict keys for the same reason): a read is a shape check and an index,
// and an instance costs one allocation. Asking for __dict__, deleting an attribute or growing past
// Shape::max_attributes moves the attributes into a dict for good ("dict mode", `shape` null).
struct Instance final : Object {
    Shape* shape = nullptr;   // borrowed from the type's shape tree; null in dict mode
    Ref<Dict> dict;           // dict mode only
    Value* slots = nullptr;   // shape->count() live values: right after the object, or a heap array once grown
    std::uint32_t capacity = 0;         // slots available at `slots`
    std::uint32_t inline_capacity = 0;  // slots allocated right after the object

    // An instance with room for `type->dict_size_hint` attributes, registered with the collector.
    static Ref<Instance> create(VM& vm, Type* type);
    std::uint32_t count() const;                 // live slots
    Value get(Str* name) const;                 // null when absent
    void set(VM& vm, Str* name, Value value);
    bool remove(VM& vm, Str* name);              // false when absent
    Dict* materialize(VM& vm);                   // switches to dict mode; the dict
    bool has(Str* name) const { return !get(name).is_null(); }

    ~Instance() override;
    void traverse(GcVisitor&) override;
    void clear_references() override;
    static void operator delete(Instance* p, std::destroying_delete_t);

private:
    explicit Instance(Type* t) : Object(t) {}
    void grow(std::uint32_t needed);
};

struct Module final : Object {
    Ref<Dict> dict;
    Ref<Str> name;
    explicit Module(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
    void clear_references() override { dict = nullptr; }
};

struct Super final : Object {
    Ref<Type> start;  // the class after which lookup begins
    Value self;
    Ref<Type> self_type;
    explicit Super(Type* t) : Object(t) {}
    void traverse(GcVisitor&) override;
};

// Objects of builtin types implemented as plain C++ data with no Python-visible structure of their own
// (e.g. an event loop handle) derive from this.
struct NativeObject : Object {
    explicit NativeObject(Type* t) : Object(t) {}
};

// A class made by a class statement or type(name, bases, dict) (CPython: type_new); `kwargs` (may be null) are
// the class statement's keywords, passed to __init_subclass__.
Result<Value> create_class(VM& vm, Type* metatype, Str* name, Tuple* bases, Dict* ns, Dict* kwargs = nullptr);

// The metaclass of a class with metaclass `meta` and bases `bases`: the most derived of `meta` and the bases'
// metaclasses; null with TypeError raised when neither derives from the other.
Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases);

// The builtin type whose layout instances of `type` have (CPython: solid_base): `type` itself for builtin types.
Type* builtin_base(Type* type);
// The attribute slots of a class statement's instances (their own attributes in shapes or a dict), for a builtin
// type of Layout::Instance whose instances take attributes (sys.implementation's SimpleNamespace)
void give_instance_slots(Type* type);
// The attribute slots of a builtin type whose native instances also take attributes of their own, kept in the
// collector's side table (the event loop: CPython's is an instance of a Python class)
void give_side_attributes(Type* type);
// The members such a type has: its instances' __dict__ (a type with members of its own asks this for the rest).
Value side_dict_member(VM& vm, Value const& self, Str* name);
// The members slot of instances of classes (__dict__, __weakref__), for a builtin instance type that extends it
Value instance_attribute_members(VM& vm, Value const& self, Str* name);

// Attribute descriptors of builtin types, `int.real` (types/getset.cpp): whether `v` is one; the attribute it
// stands for on `obj` (null when obj has none); installing a type's own, with its other special methods.
bool is_getset_descriptor(VM& vm, Value const& v);
Value bound_member(VM& vm, Value const& descr, Value const& obj);
void add_member_descriptors(VM& vm, Type* t);

// A new instance of a class whose builtin base is object, its __init__ not yet run.
Result<Value> new_instance(VM& vm, Type* type);

} // namespace weft::rt
