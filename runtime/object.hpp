// Object: the header of every heap value (reference count, cycle-collector bits, Python type), and
// Ref<T>, the RAII strong pointer C++ code holds objects with. Objects are created by make<T>() and
// freed when their count reaches zero; containers also register with the cycle collector (gc.hpp).
#pragma once

#include <cstddef>
#include <cstring>
#include <iterator>
#include <new>
#include <utility>
#include <vector>

#include "runtime/small_alloc.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

// The runtime's arrays of values (a list's items, arguments gathered, ...), counted against the engine's memory cap.
using ValueVector = std::vector<Value, AccountedAllocator<Value>>;

struct Type;
class VM;
class GcVisitor;

struct Object {
    ObjectHeader header;
    Type* type;  // borrowed: every type outlives its instances (types are kept alive by the VM or by instances' Ref)

    explicit Object(Type* t) : type(t) {}
    Object(Object const&) = delete;
    Object& operator=(Object const&) = delete;
    virtual ~Object() = default;

    // Visits every Value/Object this object holds a reference to (cycle collector).
    virtual void traverse(GcVisitor&) {}
    // Drops the references this object holds, to break a cycle the collector found unreachable.
    virtual void clear_references() {}

    // Fixed-size objects come from the small-object pools; variable-size ones (str, tuple, generator)
    // allocate in their create() and free with a destroying delete that knows their size.
    static void* operator new(std::size_t bytes) { return small_alloc(bytes); }
    static void* operator new(std::size_t, void* where) noexcept { return where; }
    static void operator delete(void* p, std::size_t bytes) { small_free(p, bytes); }
};

inline void incref(Object* o) { ++o->header.refcount; }
inline void decref(Object* o) {
    if (--o->header.refcount == 0)
        destroy_object(o);
}

inline Value Value::borrowed(Object* object) {
    ::weft::rt::incref(object);
    return adopt(object);
}
WEFT_ALWAYS_INLINE void Value::retain() const {
    if (m_tag == Tag::Object)
        ++m_object->header.refcount;
}
WEFT_ALWAYS_INLINE void Value::release_reference() {
    if (m_tag == Tag::Object && --m_object->header.refcount == 0) {
        m_tag = Tag::Null;  // the destructor may look at this slot again (e.g. a container clearing itself)
        destroy_object(m_object);
    }
}

inline void Value::copy_run(Value* dst, Value const* src, std::size_t n) {
    if (n == 0) return;  // an empty vector's data() may be null
    std::memcpy(static_cast<void*>(dst), static_cast<void const*>(src), n * sizeof(Value));
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {  // four tag tests per round: a run of ints costs two instructions a slot
        src[i].retain();
        src[i + 1].retain();
        src[i + 2].retain();
        src[i + 3].retain();
    }
    for (; i < n; ++i) src[i].retain();
}

inline void Value::release_run(Value* first, std::size_t n) {
    Value* p = first + n;
    for (; p - first >= 4; p -= 4) {
        p[-1].release_reference();
        p[-2].release_reference();
        p[-3].release_reference();
        p[-4].release_reference();
    }
    while (p != first) (--p)->release_reference();
}

// A slot append_raw() adds: AccountedAllocator::construct leaves it as it is. (Converting it to a Value, which
// only a code path of vector::insert that append_raw never takes would do, gives a null.)
struct RawSlot {
    operator Value() const { return Value(); }
};

// Appends `n` slots to `v` and returns the first; their bytes are unspecified, and the caller fills every one
// with raw writes (Value::copy_run, placement new) before anything else looks at `v`. std::vector has no
// growth without initialization, so this inserts a range of RawSlot the allocator constructs nothing from.
inline Value* append_raw(ValueVector& v, std::size_t n) {
    struct Slots {  // a random-access range of n RawSlots, so that vector::insert measures it by subtraction
        using iterator_category = std::random_access_iterator_tag;
        using value_type = RawSlot;
        using difference_type = std::ptrdiff_t;
        using pointer = RawSlot const*;
        using reference = RawSlot;
        std::ptrdiff_t i;
        RawSlot operator*() const { return {}; }
        Slots& operator++() { ++i; return *this; }
        Slots operator++(int) { Slots old = *this; ++i; return old; }
        Slots& operator--() { --i; return *this; }
        Slots& operator+=(std::ptrdiff_t d) { i += d; return *this; }
        std::ptrdiff_t operator-(Slots const& o) const { return i - o.i; }
        bool operator==(Slots const& o) const { return i == o.i; }
    };
    std::size_t old = v.size();
    v.insert(v.end(), Slots{0}, Slots{static_cast<std::ptrdiff_t>(n)});
    return v.data() + old;
}

// A strong reference to an object of type T (or null).
template <class T>
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) {}
    static Ref adopt(T* p) { Ref r; r.m_ptr = p; return r; }
    static Ref borrowed(T* p) { if (p) incref(p); return adopt(p); }
    Ref(Ref const& o) : m_ptr(o.m_ptr) { if (m_ptr) incref(m_ptr); }
    Ref(Ref&& o) noexcept : m_ptr(o.m_ptr) { o.m_ptr = nullptr; }
    template <class U>
    Ref(Ref<U>&& o) noexcept : m_ptr(o.release()) {}
    template <class U>
    Ref(Ref<U> const& o) : m_ptr(o.get()) { if (m_ptr) incref(m_ptr); }
    Ref& operator=(Ref o) noexcept { std::swap(m_ptr, o.m_ptr); return *this; }
    ~Ref() { if (m_ptr) decref(m_ptr); }

    T* get() const { return m_ptr; }
    T* operator->() const { return m_ptr; }
    T& operator*() const { return *m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    T* release() { T* p = m_ptr; m_ptr = nullptr; return p; }
    Value value() const { return m_ptr ? Value::borrowed(m_ptr) : Value(); }
    Value take_value() { return m_ptr ? Value::adopt(release()) : Value(); }

private:
    T* m_ptr = nullptr;
};

// Allocates a T with a count of one; `extra` bytes follow the object (for inline arrays).
template <class T, class... A>
WEFT_ALWAYS_INLINE Ref<T> make(A&&... args) {
    return Ref<T>::adopt(new T(std::forward<A>(args)...));
}

} // namespace weft::rt
