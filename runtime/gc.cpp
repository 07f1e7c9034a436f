// The cycle collector (CPython: Modules/gcmodule.c, a single generation).
#include "runtime/gc.hpp"
#include "runtime/types/weakref.hpp"

#include <algorithm>
#include <vector>

#include "runtime/types/type.hpp"

namespace weft::rt {

void GcVisitor::visit_owned_untracked(Object* o) {
    if (o->type->layout != Layout::Tuple) {
        visit(o);
        return;
    }
    looks_through_tuples = false;
    o->traverse(*this);
    looks_through_tuples = true;
}

namespace {

// Freeing an object frees what only it held, from inside its destructor: a 200,000-deep nested list would recurse
// that deep on the native stack. Past `deferral_depth` nested destructions, an object whose count reached zero
// waits in `deferred` and the outermost destruction frees it afterwards, one level at a time (CPython: the
// "trashcan" of Include/cpython/object.h). One counter per thread, as destructions run on the thread that freed.
constexpr int deferral_depth = 256;
thread_local WEFT_FAST_TLS int destroy_depth = 0;
thread_local WEFT_FAST_TLS std::vector<Object*>* deferred = nullptr;

void destroy_now(Object* object) {
    Type* type = object->type;
    bool heap_type = type->is_heap;  // read first: `type` may be `object` itself (the type `type`)
    if (type->has_finalizer) [[unlikely]] {  // a class with __del__, or a generator that may need closing
        if ((!type->needs_finalizing || type->needs_finalizing(object)) && type->gc->defer_finalization(object))
            return;  // alive again until its __del__ ran
        type->gc->forget_finalized(object);
    }
    if (type->weakly_referenced) [[unlikely]]
        type->gc->clear_weakrefs(object);
    if (object->header.gc_bits != 0)
        type->gc->untrack(object);
    if ((heap_type || type->side_attributes) && type->gc)
        type->gc->drop_attributes(object);
    delete object;
    // Instances of classes created at run time hold a reference to their class (CPython: heap types).
    if (heap_type)
        decref(type);
}

} // namespace

void destroy_object(Object* object) {
    if (destroy_depth >= deferral_depth) [[unlikely]] {
        if (!deferred) deferred = new std::vector<Object*>();
        deferred->push_back(object);
        return;
    }
    ++destroy_depth;
    destroy_now(object);
    if (destroy_depth == 1 && deferred && !deferred->empty()) [[unlikely]] {
        while (!deferred->empty()) {
            Object* next = deferred->back();
            deferred->pop_back();
            destroy_now(next);
        }
    }
    --destroy_depth;
}

WeakReference::~WeakReference() {
    if (referent) type->gc->remove_weakref(referent, this);
}

void WeakReference::traverse(GcVisitor& v) { v.visit(callback); }

Gc::~Gc() {
    for (auto& [object, dict] : m_attributes)
        decref(dict);
    // break_remaining() had every owner take its side value back; what is left goes before the collector does
    auto side_values = std::move(m_side_values);
    side_values.clear();
}

void Gc::set_attributes(Object* object, Object* dict) {
    Object*& slot = m_attributes[object];
    Object* old = slot;
    slot = dict;
    if (object->header.gc_bits == 0)
        track(object);
    if (old)
        decref(old);
}

bool Gc::defer_finalization(Object* object) {
    if (!finalizers_enabled || finalized(object))
        return false;
    incref(object);
    mark_finalized(object);  // scheduled: it is never finalized twice, even if it is resurrected
    if (on_defer) on_defer(on_defer_data, object);
    m_pending.push_back(Pending{object, Value()});
    if (eval_breaker)
        *eval_breaker = true;
    return true;
}

void Gc::add_weakref(Object* referent, WeakReference* ref) {
    referent->type->weakly_referenced = true;
    m_weakrefs[referent].push_back(ref);
}

void Gc::remove_weakref(Object* referent, WeakReference* ref) {
    auto it = m_weakrefs.find(referent);
    if (it == m_weakrefs.end()) return;
    std::erase(it->second, ref);
    if (it->second.empty()) m_weakrefs.erase(it);
}

void Gc::clear_weakrefs(Object* referent) {
    auto it = m_weakrefs.find(referent);
    if (it == m_weakrefs.end()) return;
    std::vector<WeakReference*> refs = std::move(it->second);
    m_weakrefs.erase(it);
    bool queued = false;
    for (auto r = refs.rbegin(); r != refs.rend(); ++r) {
        WeakReference* ref = *r;
        ref->referent = nullptr;
        Value callback = std::move(ref->callback);
        if (finalizers_enabled && callback.is_object() && ref->header.refcount > 0) {
            incref(ref);
            m_pending.push_back(Pending{ref, std::move(callback)});  // the callback taken from it, as CPython clears __callback__
            queued = true;
        }
    }
    if (queued && eval_breaker) *eval_breaker = true;
}

void Gc::drop_attributes(Object* object) {
    if (m_attributes.empty())
        return;
    auto it = m_attributes.find(object);
    if (it == m_attributes.end())
        return;
    Object* dict = it->second;
    m_attributes.erase(it);
    decref(dict);
}

void Gc::traverse(Object* object, GcVisitor& visitor) {
    object->traverse(visitor);
    if (!m_attributes.empty() && (object->type->is_heap || object->type->side_attributes))
        if (Object* dict = attributes_of(object))
            visitor.visit(dict);
}

void Gc::track(Object* object) {
    m_young.push_back(object);
    object->header.gc_bits = static_cast<std::uint32_t>(m_young.size());
}

void Gc::untrack(Object* object) {
    std::uint32_t bits = object->header.gc_bits;
    if (bits == 0)
        return;
    bool old = bits & old_bit;
    std::vector<Object*>& gen = old ? m_old : m_young;
    std::uint32_t slot = bits & ~old_bit;
    Object* last = gen.back();
    gen[slot - 1] = last;
    last->header.gc_bits = slot | (old ? old_bit : 0);
    gen.pop_back();
    object->header.gc_bits = 0;
}

namespace {
class SubtractVisitor final : public GcVisitor {
public:
    explicit SubtractVisitor(std::vector<std::int32_t>& refs) : m_refs(refs) {}
    using GcVisitor::visit;
    void visit(Object* o) override {
        std::uint32_t slot = o->header.gc_bits;
        if (slot != 0 && (slot & 0x80000000u) == 0 && slot <= m_refs.size())
            --m_refs[slot - 1];
    }

private:
    std::vector<std::int32_t>& m_refs;
};

class MarkVisitor final : public GcVisitor {
public:
    MarkVisitor(std::vector<std::int32_t>& refs, std::vector<Object*>& work) : m_refs(refs), m_work(work) {}
    using GcVisitor::visit;
    void visit(Object* o) override {
        std::uint32_t slot = o->header.gc_bits;
        if (slot != 0 && (slot & 0x80000000u) == 0 && slot <= m_refs.size() && m_refs[slot - 1] != -1) {
            m_refs[slot - 1] = -1;  // reachable
            m_work.push_back(o);
        }
    }

private:
    std::vector<std::int32_t>& m_refs;
    std::vector<Object*>& m_work;
};
} // namespace

std::size_t Gc::collect_generation(bool full) {
    if (m_collecting || !enabled)
        return 0;
    m_collecting = true;
    if (full) {
        // examine everything: make the old generation young for this collection (the vectors trade places, so
        // the big one is not copied and no second big one is left behind)
        m_old.insert(m_old.end(), m_young.begin(), m_young.end());
        m_young.clear();
        m_young.swap(m_old);
        for (std::size_t i = 0; i < m_young.size(); ++i)
            m_young[i]->header.gc_bits = static_cast<std::uint32_t>(i + 1);
    }
    // During the collection only young objects have gc_bits without the old bit: the visitors ignore the rest.
    std::size_t n = m_young.size();
    std::vector<std::int32_t> refs(n);  // counts above 2^31 do not occur: a reference costs 16 bytes
    for (std::size_t i = 0; i < n; ++i)
        refs[i] = m_young[i]->header.refcount;
    SubtractVisitor subtract(refs);
    for (std::size_t i = 0; i < n; ++i)
        traverse(m_young[i], subtract);
    // Everything still referenced from outside the generation is reachable, and so is what it reaches.
    std::vector<Object*> work;
    MarkVisitor mark(refs, work);
    for (std::size_t i = 0; i < n; ++i) {
        if (refs[i] > 0) {
            refs[i] = -1;
            work.push_back(m_young[i]);
        }
    }
    while (!work.empty()) {
        Object* o = work.back();
        work.pop_back();
        traverse(o, mark);
    }
    std::vector<Object*> garbage;
    for (std::size_t i = 0; i < n; ++i) {
        if (refs[i] != -1)
            garbage.push_back(m_young[i]);
    }
    // Garbage with finalizers not run yet: they run first (at the next safe point); the cycles are broken by a
    // later collection
    bool waiting = false;
    for (Object* o : garbage) {
        if (finalizers_enabled && o->type->has_finalizer && !finalized(o) &&
            (!o->type->needs_finalizing || o->type->needs_finalizing(o))) {
            incref(o);
            mark_finalized(o);
            m_pending.push_back(Pending{o, Value()});
            waiting = true;
        }
    }
    if (waiting) {
        if (eval_breaker)
            *eval_breaker = true;
        garbage.clear();
    }
    break_cycles(garbage);
    // Survivors (and whatever was allocated meanwhile) become old.
    std::size_t first_new = m_old.size();
    if (m_old.empty())
        m_old.swap(m_young);
    else
        m_old.insert(m_old.end(), m_young.begin(), m_young.end());
    for (std::size_t i = first_new; i < m_old.size(); ++i)
        m_old[i]->header.gc_bits = static_cast<std::uint32_t>(i + 1) | old_bit;
    m_young.clear();
    if (m_young.capacity() > 4 * young_threshold)
        std::vector<Object*>().swap(m_young);
    if (full)
        m_old_after_full = m_old.size();
    m_collecting = false;
    return garbage.size();
}

std::size_t Gc::break_remaining() {
    std::vector<Object*> all;
    all.reserve(tracked_count());
    // the builtin types stay: the VM takes them apart last, in an order of its own
    for_each_tracked([&](Object* o) {
        if (o->type->layout != Layout::Type || static_cast<Type*>(o)->is_heap)
            all.push_back(o);
    });
    break_cycles(all);
    return all.size();
}

// Every garbage object is held while the cycles are broken, so none is freed under our feet.
void Gc::break_cycles(std::vector<Object*> const& garbage) {
    for (Object* o : garbage)
        incref(o);
    for (Object* o : garbage) {
        o->clear_references();
        if (!m_attributes.empty() && (o->type->is_heap || o->type->side_attributes))
            drop_attributes(o);
    }
    for (Object* o : garbage)
        decref(o);
}

} // namespace weft::rt
