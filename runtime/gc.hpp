// The cycle collector. Reference counting frees everything except cycles; container objects register
// here, and collect() finds groups of them referenced only from each other (CPython's algorithm,
// Modules/gcmodule.c: subtract internal references, what stays positive is reachable from outside)
// and breaks them with clear_references().
#pragma once

#include <cstddef>
#include <vector>

#include "runtime/object.hpp"

namespace weft::rt {

class GcVisitor {
public:
    virtual ~GcVisitor() = default;
    virtual void visit(Object* object) = 0;
    void visit(Value const& v) {
        if (v.is_object())
            visit(v.as_object());
    }
    template <class T>
    void visit(Ref<T> const& r) {
        if (r)
            visit(static_cast<Object*>(r.get()));
    }
};

class Gc {
public:
    Gc() = default;
    ~Gc();
    void track(Object* object);
    void untrack(Object* object);
    // Collects unreachable cycles now; returns how many objects were freed.
    std::size_t collect();
    // Called on each tracked allocation: collects when enough containers were allocated since the last run.
    void maybe_collect() {
        if (++m_allocations > m_threshold)
            collect();
    }
    std::size_t tracked_count() const { return m_tracked.size(); }
    bool enabled = true;

private:
    std::vector<Object*> m_tracked;  // object->header.gc_bits holds its index + 1
    std::size_t m_allocations = 0;
    std::size_t m_threshold = 20000;
    bool m_collecting = false;
};

} // namespace weft::rt
