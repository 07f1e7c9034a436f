// Value: weft's tagged value. Small ints (int64), floats, None, bools and "null" (an empty slot, or the
// error return of a fallible function) live inline and never allocate; everything else is a pointer to a
// reference-counted Object. Copies of a Value hold a reference; moves transfer it.
#pragma once

#include <cstdint>
#include <cstring>
#include <utility>

// For the few tiny functions every handler of the dispatch loop uses: GCC's inliner gives up on them inside
// the (very large) interpreter function otherwise.
#define WEFT_ALWAYS_INLINE [[gnu::always_inline]] inline

namespace weft::rt {

struct Object;
void destroy_object(Object* object);  // gc.cpp: runs the destructor when the count reaches zero

enum class Tag : std::uint8_t {
    Null = 0,  // no value: an unbound local, an empty cell, or "an exception was raised"
    None,
    Bool,
    Int,       // int64; larger ints are Long objects
    Float,
    Object,    // heap object; the only tag that owns a reference
};

struct ObjectHeader {
    std::uint32_t refcount = 1;
    std::uint32_t gc_bits = 0;  // cycle collector state, see gc.hpp
};

class Value {
public:
    Value() : m_int(0), m_tag(Tag::Null) {}
    WEFT_ALWAYS_INLINE Value(Value const& other) : m_int(other.m_int), m_tag(other.m_tag) { retain(); }
    WEFT_ALWAYS_INLINE Value(Value&& other) noexcept : m_int(other.m_int), m_tag(other.m_tag) {
        other.m_tag = Tag::Null;
    }
    WEFT_ALWAYS_INLINE Value& operator=(Value const& other) {
        // read `other` before releasing: it may live inside the object this slot is about to release
        std::int64_t bits = other.m_int;
        Tag tag = other.m_tag;
        other.retain();
        release_reference();
        m_int = bits;
        m_tag = tag;
        return *this;
    }
    WEFT_ALWAYS_INLINE Value& operator=(Value&& other) noexcept {
        if (this != &other) {
            release_reference();
            m_int = other.m_int;
            m_tag = other.m_tag;
            other.m_tag = Tag::Null;
        }
        return *this;
    }
    WEFT_ALWAYS_INLINE ~Value() { release_reference(); }

    static Value none() { Value v; v.m_tag = Tag::None; return v; }
    static Value from_bool(bool b) { Value v; v.m_int = b ? 1 : 0; v.m_tag = Tag::Bool; return v; }
    static Value from_int(std::int64_t i) { Value v; v.m_int = i; v.m_tag = Tag::Int; return v; }
    static Value from_float(double d) { Value v; v.m_float = d; v.m_tag = Tag::Float; return v; }
    // Takes a new reference to `object`.
    static Value borrowed(Object* object);
    // Adopts the caller's reference to `object` (fresh objects start with a count of one).
    static Value adopt(Object* object) { Value v; v.m_object = object; v.m_tag = Tag::Object; return v; }

    Tag tag() const { return m_tag; }
    bool is_null() const { return m_tag == Tag::Null; }
    bool is_none() const { return m_tag == Tag::None; }
    bool is_bool() const { return m_tag == Tag::Bool; }
    bool is_int() const { return m_tag == Tag::Int; }
    bool is_float() const { return m_tag == Tag::Float; }
    bool is_object() const { return m_tag == Tag::Object; }
    explicit operator bool() const = delete;

    std::int64_t as_int() const { return m_int; }  // Int and Bool
    double as_float() const { return m_float; }
    bool as_bool() const { return m_int != 0; }
    Object* as_object() const { return m_object; }
    // Identity (Python `is`): same tag and same bits; ints and floats compare by value here, which only
    // matters for `is` on numbers, where CPython's answer is implementation-defined too.
    bool is(Value const& other) const { return m_tag == other.m_tag && (m_tag <= Tag::None || m_int == other.m_int); }
    std::uint64_t raw_bits() const { return static_cast<std::uint64_t>(m_int); }
    // A new reference to the value whose raw_bits() and tag() these were; for caches that keep values
    // without owning them and know by other means (an epoch) that the value is still alive.
    static Value from_raw(std::uint64_t bits, Tag tag) {
        Value v;
        v.m_int = static_cast<std::int64_t>(bits);
        v.m_tag = tag;
        v.retain();
        return v;
    }

    // The value whose raw_bits() and tag() these are, taking over the reference they hold (no retain).
    static Value adopt_raw(std::uint64_t bits, Tag tag) {
        Value v;
        v.m_int = static_cast<std::int64_t>(bits);
        v.m_tag = tag;
        return v;
    }

    // Overwrite a slot known to hold no object (an int, float, bool, None or nothing): no release needed.
    void set_int_unchecked(std::int64_t i) { m_int = i; m_tag = Tag::Int; }
    void set_float_unchecked(double d) { m_float = d; m_tag = Tag::Float; }
    void set_bool_unchecked(bool b) { m_int = b ? 1 : 0; m_tag = Tag::Bool; }

    // Releases ownership without a decref: the caller takes over the reference.
    Object* release_object() { m_tag = Tag::Null; return m_object; }
    // Moves `src`'s contents into the raw slot `dst` (no release of `dst`, no reference count change), leaving
    // `src` as it is: the caller drops that slot without releasing it. Field by field, as values are written:
    // a 16-byte copy of a value stored moments ago would wait for those stores (no store-to-load forwarding).
    WEFT_ALWAYS_INLINE static void relocate(Value* dst, Value const* src) {
        dst->m_int = src->m_int;
        dst->m_tag = src->m_tag;
    }
    // relocate() for a run of `n` values, overlapping or not, as one memmove (CPython's list moves its item
    // pointers so): the places left behind hold stale copies, to be overwritten or forgotten, never released.
    static void relocate_run(Value* dst, Value const* src, std::size_t n) {
        if (n != 0)  // an empty vector's data() may be null, which memmove must not be given even for no bytes
            std::memmove(static_cast<void*>(dst), static_cast<void const*>(src), n * sizeof(Value));
    }
    // Copies `n` values into the raw, non-overlapping slots at `dst`, a reference each (object.hpp): the bytes in
    // one memcpy, then a pass that counts the objects' references (CPython's list_slice copies its item pointers
    // and Py_INCREFs each the same way), instead of a copy constructor per slot.
    static void copy_run(Value* dst, Value const* src, std::size_t n);
    // Releases the `n` values at `first`, the last one first (the order CPython's list_dealloc and tupledealloc
    // free items in), leaving their bytes behind: the caller forgets the slots without destroying them again.
    static void release_run(Value* first, std::size_t n);
    void swap(Value& other) noexcept {
        std::swap(m_int, other.m_int);
        std::swap(m_tag, other.m_tag);
    }
    WEFT_ALWAYS_INLINE void clear() {
        release_reference();
        m_tag = Tag::Null;
    }

private:
    WEFT_ALWAYS_INLINE void retain() const;
    WEFT_ALWAYS_INLINE void release_reference();

    union {
        std::int64_t m_int;
        double m_float;
        Object* m_object;
    };
    Tag m_tag;
};

} // namespace weft::rt
