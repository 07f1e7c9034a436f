// The cycle collector. Reference counting frees everything except cycles; container objects register
// here, and collect() finds groups of them referenced only from each other (CPython's algorithm,
// Modules/gcmodule.c: subtract internal references, what stays positive is reachable from outside)
// and breaks them with clear_references().
#pragma once

#include <atomic>
#include <cstddef>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/object.hpp"

namespace weft::rt {

struct WeakReference;

class GcVisitor {
public:
    virtual ~GcVisitor() = default;
    virtual void visit(Object* object) = 0;
    void visit(Value const& v) {
        if (v.is_object())
            visit_held(v.as_object());
    }
    template <class T>
    void visit(Ref<T> const& r) {
        if (r)
            visit_held(static_cast<Object*>(r.get()));
    }

protected:
    // Tuples are not tracked (most hold only numbers and strings, and making them would cost every call), so the
    // collector would not see what one holds: an instance holding a tuple of itself, a function's closure of cells
    // would never be found garbage. A tuple only one holder refers to is looked through instead: its items are
    // visited as the holder's own (their counts are subtracted once, as the tuple's one reference would be). One
    // level: a tuple inside it is visited as an object. gc.get_referents turns this off, to show the tuple.
    bool looks_through_tuples = true;

private:
    void visit_held(Object* o) {
        if (o->header.refcount == 1 && o->header.gc_bits == 0 && looks_through_tuples) [[unlikely]]
            visit_owned_untracked(o);
        else
            visit(o);
    }
    void visit_owned_untracked(Object* o);
};

// Two generations, as CPython's collector: new containers are young; a young collection examines only them
// (references from old objects count as outside references, which is safe), and survivors become old. A full
// collection runs when the old generation has grown by a quarter since the last one, so a program with millions of
// live objects is not rescanned every few thousand allocations.
class Gc {
public:
    Gc() = default;
    ~Gc();
    void track(Object* object);
    void untrack(Object* object);
    // Collects unreachable cycles among all containers now; returns how many objects were freed.
    std::size_t collect() { return collect_generation(true); }
    // Called on each tracked allocation.
    void maybe_collect() {
        if (m_young.size() > young_threshold)
            collect_generation(m_old.size() > m_old_after_full + m_old_after_full / 4 + young_threshold);
    }
    std::size_t tracked_count() const { return m_young.size() + m_old.size(); }
    // At the VM's teardown, once its roots are gone: breaks every object still tracked but the builtin types as one
    // garbage set (what is left is held by cycles the roots no longer reach, or by nothing the VM can drop), so
    // nothing outlives the engine. Returns how many there were.
    std::size_t break_remaining();
    // Calls `f(object)` for every tracked object, oldest first; `f` must not track or untrack any.
    template <class F>
    void for_each_tracked(F&& f) const {
        for (Object* o : m_old) f(o);
        for (Object* o : m_young) f(o);
    }
    bool enabled = true;

    // The attribute dicts of objects whose layout has no room for one: instances of classes derived from list,
    // dict, str, int, tuple, ... (CPython gives such subclasses a tp_dictoffset). The collector sees an object's
    // attribute dict as one of its references; the object is tracked once it has one.
    Object* attributes_of(Object const* object) const {
        auto it = m_attributes.find(object);
        return it == m_attributes.end() ? nullptr : it->second;
    }
    void set_attributes(Object* object, Object* dict);  // takes the reference
    void drop_attributes(Object* object);               // when `object` is freed

    // A value an object holds only now and then, kept here rather than in every instance's layout: a generator's
    // own exception being handled while it is suspended inside an except block (a million waiting coroutines
    // would pay 16 bytes each for a field almost always null). The owner records that it has one, visits it in
    // its traverse and takes it back before it is freed.
    Value const& side_value(Object const* owner) const { return m_side_values.find(owner)->second; }
    void set_side_value(Object const* owner, Value value) { m_side_values[owner] = std::move(value); }
    Value take_side_value(Object const* owner) {
        auto node = m_side_values.extract(owner);
        return node ? std::move(node.mapped()) : Value();
    }

    // Finalizers (__del__). An object of a class with one is not freed when its count reaches zero: it is kept
    // alive (one reference, held by the pending list) and `*eval_breaker` is set, so that the dispatch loop runs
    // its __del__ at the next safe point (VM::run_finalizers), once; freed after that as usual. Cyclic garbage that
    // holds such objects waits for their finalizers before it is broken (CPython: PEP 442).
    bool defer_finalization(Object* object);
    bool finalized(Object const* object) const { return m_finalized.count(object) != 0; }
    void mark_finalized(Object const* object) { m_finalized.insert(object); }
    void forget_finalized(Object const* object) {
        if (!m_finalized.empty()) m_finalized.erase(object);
    }
    // What waits for the next safe point, in the order it happened: an object whose __del__ is to run (`callback`
    // null), or a cleared weak reference and its callback (one count held on `object` either way), so that freeing
    // one object runs its weak references' callbacks before the finalizers of what it held, as CPython does at once.
    struct Pending {
        Object* object;
        Value callback;
    };
    std::vector<Pending> take_pending_finalizers() { return std::move(m_pending); }
    bool finalizers_pending() const { return !m_pending.empty(); }

    // Weak references (types/weakref.hpp): the live ones to each object, oldest first. A type is marked
    // weakly_referenced once an instance has one, so that freeing the instances of other types costs one test.
    void add_weakref(Object* referent, WeakReference* ref);
    void remove_weakref(Object* referent, WeakReference* ref);
    std::vector<WeakReference*> const* weakrefs_of(Object const* referent) const {
        auto it = m_weakrefs.find(referent);
        return it == m_weakrefs.end() ? nullptr : &it->second;
    }
    // When `referent` is freed: its weak references are cleared, and those with a callback are kept (a
    // reference each) for the dispatch loop's next safe point, newest first (CPython: PyObject_ClearWeakRefs).
    void clear_weakrefs(Object* referent);
    bool finalizers_enabled = true;   // off while the VM is torn down
    std::size_t finalizer_classes = 0;  // classes with a __del__ made so far: none, and exit has nothing to finalize
    bool exit_may_finalize = false;     // a generator, coroutine or event loop was made: at exit a generator may
                                        // be suspended, a coroutine never awaited, a task pending, a future
                                        // holding an unretrieved exception
    std::atomic<bool>* eval_breaker = nullptr;  // set when finalizers are pending (the VM's interrupt flag)
    // told of each object whose finalization is deferred, before its finalizer runs elsewhere: the VM notes where
    // an unawaited coroutine was dropped, which its warning names (VM::note_dropped_coroutine)
    void (*on_defer)(void* data, Object* object) = nullptr;
    void* on_defer_data = nullptr;

private:
    static constexpr std::size_t young_threshold = 20000;
    static constexpr std::uint32_t old_bit = 0x80000000u;  // gc_bits: index + 1, and this bit for the old generation
    std::size_t collect_generation(bool full);
    void break_cycles(std::vector<Object*> const& garbage);
    void traverse(Object* object, GcVisitor& visitor);

    std::unordered_map<Object const*, Object*> m_attributes;
    std::unordered_map<Object const*, Value> m_side_values;
    std::unordered_map<Object const*, std::vector<WeakReference*>> m_weakrefs;
    std::vector<Pending> m_pending;
    std::unordered_set<Object const*> m_finalized;
    std::vector<Object*> m_young;
    std::vector<Object*> m_old;
    std::size_t m_old_after_full = 0;
    bool m_collecting = false;
};

} // namespace weft::rt
