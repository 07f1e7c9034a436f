// weft::Object, a handle to a script value, and weft::Error, a Python exception seen from C++.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "weft/export.hpp"

namespace weft {

class Engine;
class Object;
class ObjectIterator;

namespace detail {

struct EngineCore;  // one engine's state, private to the library
struct HeldObject;  // a handle the engine lets go of when it ends (weft::Error's exception)

/// The storage of one script value inside a handle: 8 bytes of payload and a tag. Only the library reads it; the
/// header knows the tag of heap objects so that copying a handle to an int or a float costs no call.
struct ValueBox {
    std::uint64_t bits = 0;
    std::uint8_t tag = 0;
    std::uint8_t unused[7] = {};
    ValueBox() = default;
    // Copied field by field: a whole-box copy compiles to one 16-byte move, and its load stalls (no store
    // forwarding) on the two narrower stores that just filled the box, a dozen cycles on every bound call.
    ValueBox(ValueBox const& other) noexcept : bits(other.bits), tag(other.tag) {}
    ValueBox& operator=(ValueBox const& other) noexcept {
        bits = other.bits;
        tag = other.tag;
        return *this;
    }
};
inline constexpr std::uint8_t none_tag = 1;
inline constexpr std::uint8_t int_tag = 3;      // an int that fits in 64 bits, in `bits`
inline constexpr std::uint8_t object_tag = 5;

WEFT_API void retain(ValueBox const& box) noexcept;   // one more reference to a heap object
// one reference fewer (freed values are counted off `core`'s memory cap)
WEFT_API void release(EngineCore* core, ValueBox& box) noexcept;
/// Thrown inside a binding when a Python exception is already set in the engine (a conversion failed); the
/// library's call path turns it back into that exception. Host code never needs to catch it.
struct Raised {};

} // namespace detail

/// A handle to a script value (RAII, copyable): while a handle exists its value stays alive, across task
/// suspensions and cycle collections. A handle belongs to its engine and may be used only on the thread that is
/// running that engine, and must not outlive it. Every operation that runs script code throws weft::Error when
/// that code raises.
class WEFT_API Object {
public:
    /// An empty handle, holding no value (empty() is true).
    Object() noexcept = default;
    /// Another handle to the same value (one more reference).
    Object(Object const& other) noexcept : m_core(other.m_core), m_box(other.m_box) {
        if (m_box.tag == detail::object_tag) detail::retain(m_box);
    }
    /// Takes over `other`'s reference; `other` is left empty.
    Object(Object&& other) noexcept : m_core(other.m_core), m_box(other.m_box) { other.m_box = {}; }
    /// Holds `other`'s value instead (the old value's reference is released).
    Object& operator=(Object const& other) noexcept {
        Object copy(other);
        swap(copy);
        return *this;
    }
    /// Takes over `other`'s reference, releasing the old value's; `other` is left empty.
    Object& operator=(Object&& other) noexcept {
        if (this != &other) {
            if (m_box.tag == detail::object_tag) detail::release(m_core, m_box);
            m_core = other.m_core;
            m_box = other.m_box;
            other.m_box = {};
        }
        return *this;
    }
    /// Releases the reference (the value is freed when nothing else holds it). The engine must still exist.
    ~Object() {
        if (m_box.tag == detail::object_tag) detail::release(m_core, m_box);
    }
    /// Exchanges the values of two handles.
    void swap(Object& other) noexcept {
        std::swap(m_core, other.m_core);
        std::swap(m_box, other.m_box);
    }

    /// Whether the handle holds no value (default-constructed or moved from).
    bool empty() const noexcept { return m_box.tag == 0; }
    /// Whether the value is None.
    bool is_none() const noexcept { return m_box.tag == detail::none_tag; }
    /// The name of the value's type, as `type(x).__name__`.
    std::string type_name() const;
    /// `repr(x)` as UTF-8; throws Error if `__repr__` raises.
    std::string repr() const;
    /// `str(x)` as UTF-8; throws Error if `__str__` raises.
    std::string str() const;
    /// `bool(x)`.
    bool truthy() const;
    /// `len(x)`.
    std::size_t size() const;
    /// `x.name`; throws Error (AttributeError) when there is no such attribute.
    Object attr(std::string_view name) const;
    /// `hasattr(x, name)`.
    bool has_attr(std::string_view name) const;
    /// `x.name = value`; `value` is converted as a bound function's result would be.
    template <class T>
    void set_attr(std::string_view name, T&& value) const;
    /// `x[key]`.
    template <class K>
    Object operator[](K&& key) const;
    /// `x[key] = value`.
    template <class K, class V>
    void set_item(K&& key, V&& value) const;
    /// `x(args...)`: each argument converted to a script value; `weft::arg("name") = value` passes a keyword.
    template <class... A>
    Object operator()(A&&... args) const;
    /// `x.name(args...)`.
    template <class... A>
    Object call_method(std::string_view name, A&&... args) const {
        return attr(name)(std::forward<A>(args)...);
    }
    /// The value converted to the C++ type T (as a bound function converts its arguments); throws Error
    /// (TypeError, OverflowError) when it does not fit.
    template <class T>
    T as() const;
    /// Identity (`x is y`).
    bool is(Object const& other) const noexcept { return m_box.tag == other.m_box.tag && m_box.bits == other.m_box.bits; }
    /// `x == y`.
    bool equals(Object const& other) const;

    /// Iteration: `for (weft::Object item : obj)` runs `iter(x)` and `next()` until the iterator is exhausted.
    using iterator = ObjectIterator;
    iterator begin() const;
    /// The end of every iteration (an iterator holding no item).
    iterator end() const;

    // ---- for the library and the converters ----
    /// The engine the value belongs to (null for an empty handle).
    detail::EngineCore* core() const noexcept { return m_core; }
    detail::ValueBox const& box() const noexcept { return m_box; }
    /// Adopts a reference held in `box`.
    static Object adopt(detail::EngineCore* core, detail::ValueBox box) noexcept {
        Object o;
        o.m_core = core;
        o.m_box = box;
        return o;
    }
    /// Gives up the reference without releasing it.
    detail::ValueBox release_box() noexcept {
        detail::ValueBox b = m_box;
        m_box = {};
        return b;
    }

private:
    detail::EngineCore* m_core = nullptr;
    detail::ValueBox m_box;
};

/// The iterator of Object::begin(): an input iterator over the script iterator's items.
class WEFT_API ObjectIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Object;
    using difference_type = std::ptrdiff_t;
    using pointer = Object const*;
    using reference = Object const&;
    /// An end iterator.
    ObjectIterator() = default;
    /// The current item.
    Object const& operator*() const { return m_item; }
    Object const* operator->() const { return &m_item; }
    /// The next item; throws weft::Error when the script iterator raises.
    ObjectIterator& operator++();
    /// Iterators compare equal when both are at the end.
    bool operator==(ObjectIterator const& other) const { return m_item.empty() && other.m_item.empty(); }

private:
    friend class Object;
    Object m_iterator;
    Object m_item;
};

inline Object::iterator Object::end() const { return {}; }

/// A Python exception that reached C++: from a script run, a call into script code, or a failed conversion.
/// Carries the exception's type name (`ValueError`, or `module.Name` for classes outside builtins), its message
/// (`str(exc)`), the traceback text exactly as CPython prints it, and the exception object itself.
/// Thrown by a bound function, an Error raises that same exception in the script again; constructed by the host
/// with a type name and a message, it raises a new exception of that builtin type (`Error("KeyError", "k")`).
class WEFT_API Error : public std::runtime_error {
public:
    /// An exception of the builtin type named `type_name` (e.g. "ValueError") with `message`, for a host to throw.
    Error(std::string type_name, std::string message);
    /// The exception an engine raised; the library makes these.
    Error(std::string type_name, std::string message, std::string traceback, Object const& exception);
    /// The exception's type name: the class's `__qualname__`, prefixed by its module unless that is builtins.
    std::string const& type_name() const noexcept { return m_type_name; }
    /// `str(exception)`.
    std::string const& message() const noexcept { return m_message; }
    /// The report CPython would print for it ("Traceback (most recent call last):" ... "ValueError: bad"); for an
    /// Error the host made, just the last line.
    std::string const& traceback() const noexcept { return m_traceback; }
    /// The exception object: an empty handle for an Error the host made, and once its engine was destroyed (an
    /// Error may be caught after the engine that raised it is gone, as when both leave a `try` block together).
    Object const& exception() const noexcept;
    /// For the library: the shared holder of the exception.
    std::shared_ptr<detail::HeldObject> const& held() const noexcept { return m_exception; }

private:
    std::string m_type_name;
    std::string m_message;
    std::string m_traceback;
    std::shared_ptr<detail::HeldObject> m_exception;  // shared by copies; its engine empties it when it ends
};

} // namespace weft
