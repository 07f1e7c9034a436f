// weakref.ref objects: a reference that does not keep its referent alive. The collector (gc.hpp) lists each
// object's weak references and clears them when the object is freed; the type and its methods are the _weakref
// module's (stdlib/_weakref).
#pragma once

#include "runtime/object.hpp"

namespace weft::rt {

struct WeakReference final : Object {
    Object* referent = nullptr;  // not counted; null once the referent is gone
    Value callback;              // called with this reference when the referent dies (at the next safe point)
    std::int64_t hash = -1;      // the referent's hash, once asked for
    explicit WeakReference(Type* t) : Object(t) {}
    ~WeakReference() override;
    void traverse(GcVisitor& v) override;
    void clear_references() override { callback.clear(); }
};

} // namespace weft::rt
