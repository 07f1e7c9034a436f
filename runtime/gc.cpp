// The cycle collector (CPython: Modules/gcmodule.c, a single generation).
#include "runtime/gc.hpp"

#include <algorithm>

#include "runtime/types/type.hpp"

namespace weft::rt {

void destroy_object(Object* object) {
    Type* type = object->type;
    if (object->header.gc_bits != 0)
        type->gc->untrack(object);
    delete object;
    // Instances of classes created at run time hold a reference to their class (CPython: heap types).
    if (type->is_heap)
        decref(type);
}

Gc::~Gc() = default;

void Gc::track(Object* object) {
    m_tracked.push_back(object);
    object->header.gc_bits = static_cast<std::uint32_t>(m_tracked.size());
}

void Gc::untrack(Object* object) {
    std::uint32_t slot = object->header.gc_bits;
    if (slot == 0)
        return;
    Object* last = m_tracked.back();
    m_tracked[slot - 1] = last;
    last->header.gc_bits = slot;
    m_tracked.pop_back();
    object->header.gc_bits = 0;
}

namespace {
class SubtractVisitor final : public GcVisitor {
public:
    explicit SubtractVisitor(std::vector<std::int64_t>& refs) : m_refs(refs) {}
    using GcVisitor::visit;
    void visit(Object* o) override {
        std::uint32_t slot = o->header.gc_bits;
        if (slot != 0 && slot <= m_refs.size())
            --m_refs[slot - 1];
    }

private:
    std::vector<std::int64_t>& m_refs;
};

class MarkVisitor final : public GcVisitor {
public:
    MarkVisitor(std::vector<std::int64_t>& refs, std::vector<Object*>& work) : m_refs(refs), m_work(work) {}
    using GcVisitor::visit;
    void visit(Object* o) override {
        std::uint32_t slot = o->header.gc_bits;
        if (slot != 0 && slot <= m_refs.size() && m_refs[slot - 1] != -1) {
            m_refs[slot - 1] = -1;  // reachable
            m_work.push_back(o);
        }
    }

private:
    std::vector<std::int64_t>& m_refs;
    std::vector<Object*>& m_work;
};
} // namespace

std::size_t Gc::collect() {
    m_allocations = 0;
    if (m_collecting || !enabled)
        return 0;
    m_collecting = true;
    std::size_t n = m_tracked.size();
    std::vector<std::int64_t> refs(n);
    for (std::size_t i = 0; i < n; ++i)
        refs[i] = m_tracked[i]->header.refcount;
    SubtractVisitor subtract(refs);
    for (std::size_t i = 0; i < n; ++i)
        m_tracked[i]->traverse(subtract);
    // Everything still referenced from outside the tracked set is reachable, and so is what it reaches.
    std::vector<Object*> work;
    MarkVisitor mark(refs, work);
    for (std::size_t i = 0; i < n; ++i) {
        if (refs[i] > 0) {
            refs[i] = -1;
            work.push_back(m_tracked[i]);
        }
    }
    while (!work.empty()) {
        Object* o = work.back();
        work.pop_back();
        o->traverse(mark);
    }
    std::vector<Object*> garbage;
    for (std::size_t i = 0; i < n; ++i) {
        if (refs[i] != -1)
            garbage.push_back(m_tracked[i]);
    }
    // Hold every garbage object while breaking the cycles, so none is freed under our feet.
    for (Object* o : garbage)
        incref(o);
    for (Object* o : garbage)
        o->clear_references();
    for (Object* o : garbage)
        decref(o);
    m_threshold = std::max<std::size_t>(20000, m_tracked.size());
    m_collecting = false;
    return garbage.size();
}

} // namespace weft::rt
