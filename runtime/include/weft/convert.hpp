// Conversions between script values and C++ types: weft::Converter<T>. `from` reads a script value as a T
// (an argument of a bound function, Object::as<T>()); `to` makes a script value of a T (a bound function's
// result, an argument of a call into script code). A host adds its own types by specializing Converter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <utility>
#include <vector>

#include "weft/object.hpp"

namespace weft {

namespace detail {

struct Binding;

/// Where a value being converted came from, for the TypeError that names it: argument `index` of `binding`
/// (its name and parameter names), or a value the host asked about (binding null).
struct Source {
    EngineCore* core;
    ValueBox const* value;
    Binding const* binding = nullptr;
    std::size_t index = 0;
    Source item(ValueBox const* v) const { return {core, v, binding, index}; }
};

// The library's primitive conversions. On failure each raises the script exception (TypeError naming the
// function and parameter, OverflowError for an int out of range) and throws detail::Raised.
WEFT_API bool to_bool(Source const& s);
WEFT_API std::int64_t to_int64(Source const& s, std::int64_t min, std::int64_t max, char const* c_type);
WEFT_API std::uint64_t to_uint64(Source const& s, std::uint64_t max, char const* c_type);
WEFT_API double to_double(Source const& s);
WEFT_API std::string_view to_string_view(Source const& s);  // valid while the value lives
WEFT_API Object to_object(Source const& s);
WEFT_API bool is_none(Source const& s) noexcept;
/// The items of a list, tuple or other iterable (not str or bytes), held by `holder` while they are read;
/// `expected` names the type in the TypeError. With `exact_size`, any other length is a TypeError too.
struct Items {
    Object holder;
    ValueBox const* items = nullptr;
    std::size_t size = 0;
};
WEFT_API Items to_items(Source const& s, char const* expected, std::size_t exact_size = SIZE_MAX);
/// A dict's keys and values, interleaved (key, value, key, value...).
WEFT_API Items to_dict_items(Source const& s);
/// A callable (for std::function parameters).
WEFT_API Object to_callable(Source const& s);

WEFT_API Object make_none(EngineCore* core) noexcept;
WEFT_API Object make_bool(EngineCore* core, bool v) noexcept;
WEFT_API Object make_int(EngineCore* core, std::int64_t v);
WEFT_API Object make_uint(EngineCore* core, std::uint64_t v);
WEFT_API Object make_float(EngineCore* core, double v) noexcept;
WEFT_API Object make_str(EngineCore* core, std::string_view utf8);
WEFT_API Object make_list(EngineCore* core, std::size_t size);  // of None
WEFT_API Object make_tuple(EngineCore* core, std::size_t size);  // of None, to be filled with sequence_set
WEFT_API Object make_dict(EngineCore* core);
WEFT_API void sequence_set(Object const& list_or_tuple, std::size_t i, Object item) noexcept;
WEFT_API void dict_set(Object const& dict, Object key, Object value);

/// A script callable as a std::function: each call converts the arguments, calls it and converts the result.
template <class R, class... A>
std::function<R(A...)> callable_function(Object fn);

} // namespace detail

namespace detail {
WEFT_API void* host_object_pointer(Source const& s, std::type_info const& type, std::shared_ptr<void>* keep);
WEFT_API Object host_object_make(EngineCore* core, std::type_info const& type, std::shared_ptr<void> value, void* pointer);
} // namespace detail

/// How the C++ type T is read from and made into a script value. Specialize it for host types:
/// `static T from(detail::Source const&)` and `static Object to(detail::EngineCore*, T const&)`.
/// A class type without a specialization is a bound class (Engine::def_class, weft/class.hpp): a result is a new
/// script object owning a copy, an argument taken by value is a copy of the object's T.
template <class T, class Enable = void>
struct Converter {
    static_assert(std::is_class_v<T>, "weft has no conversion for this type: specialize weft::Converter");
    using bound_class = void;
    static T from(detail::Source const& s) { return *static_cast<T*>(detail::host_object_pointer(s, typeid(T), nullptr)); }
    static Object to(detail::EngineCore* c, T const& v) {
        return detail::host_object_make(c, typeid(T), std::make_shared<T>(v), nullptr);
    }
    static Object to(detail::EngineCore* c, T&& v) {
        return detail::host_object_make(c, typeid(T), std::make_shared<T>(std::move(v)), nullptr);
    }
};

namespace detail {
/// Whether T is a bound class (no Converter specialization of its own).
template <class T>
inline constexpr bool is_bound_class_v = requires { typename Converter<T>::bound_class; };
} // namespace detail

/// A pointer to a bound class as a result: a reference to the host's object (None for null), which the host
/// keeps alive as long as scripts may use it.
template <class T>
struct Converter<T*, std::enable_if_t<detail::is_bound_class_v<std::remove_const_t<T>>>> {
    static Object to(detail::EngineCore* c, T* v) {
        if (!v) return detail::make_none(c);
        return detail::host_object_make(c, typeid(std::remove_const_t<T>), nullptr, const_cast<std::remove_const_t<T>*>(v));
    }
};

/// A shared_ptr to a bound class as a result: the object is shared between host and script.
template <class T>
struct Converter<std::shared_ptr<T>, std::enable_if_t<detail::is_bound_class_v<std::remove_const_t<T>>>> {
    static Object to(detail::EngineCore* c, std::shared_ptr<T> const& v) {
        if (!v) return detail::make_none(c);
        return detail::host_object_make(c, typeid(std::remove_const_t<T>), std::const_pointer_cast<std::remove_const_t<T>>(v), nullptr);
    }
};

template <>
struct Converter<Object> {
    static Object from(detail::Source const& s) { return detail::to_object(s); }
    static Object to(detail::EngineCore*, Object const& v) { return v; }
};

template <>
struct Converter<bool> {
    static bool from(detail::Source const& s) { return detail::to_bool(s); }
    static Object to(detail::EngineCore* c, bool v) { return detail::make_bool(c, v); }
};

/// The C type's name in an OverflowError, as CPython words it ("Python int too large to convert to C int").
template <class T>
constexpr char const* c_type_name() {
    if constexpr (std::is_same_v<T, signed char> || std::is_same_v<T, char>) return "char";
    else if constexpr (std::is_same_v<T, unsigned char>) return "unsigned char";
    else if constexpr (std::is_same_v<T, short>) return "short";
    else if constexpr (std::is_same_v<T, unsigned short>) return "unsigned short";
    else if constexpr (std::is_same_v<T, int>) return "int";
    else if constexpr (std::is_same_v<T, unsigned int>) return "unsigned int";
    else if constexpr (std::is_same_v<T, long>) return "long";
    else if constexpr (std::is_same_v<T, unsigned long>) return "unsigned long";
    else if constexpr (std::is_same_v<T, long long>) return "long long";
    else return "unsigned long long";
}

template <class T>
struct Converter<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
    static T from(detail::Source const& s) {
        // an int in range is read inline; the rest (bools, big ints, __index__, errors) by the library
        if (s.value->tag == detail::int_tag) {
            auto v = static_cast<std::int64_t>(s.value->bits);
            if constexpr (std::is_signed_v<T>) {
                if (v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max()) return static_cast<T>(v);
            } else {
                if (v >= 0 && static_cast<std::uint64_t>(v) <= std::numeric_limits<T>::max()) return static_cast<T>(v);
            }
        }
        if constexpr (std::is_signed_v<T>)
            return static_cast<T>(detail::to_int64(s, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(),
                                                   c_type_name<T>()));
        else
            return static_cast<T>(detail::to_uint64(s, std::numeric_limits<T>::max(), c_type_name<T>()));
    }
    static Object to(detail::EngineCore* c, T v) {
        if constexpr (std::is_signed_v<T> || sizeof(T) < sizeof(std::int64_t)) {
            detail::ValueBox box;
            box.bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
            box.tag = detail::int_tag;
            return Object::adopt(c, box);
        } else {
            return detail::make_uint(c, v);
        }
    }
};

template <class T>
struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static T from(detail::Source const& s) { return static_cast<T>(detail::to_double(s)); }
    static Object to(detail::EngineCore* c, T v) { return detail::make_float(c, static_cast<double>(v)); }
};

template <>
struct Converter<std::string> {
    static std::string from(detail::Source const& s) { return std::string(detail::to_string_view(s)); }
    static Object to(detail::EngineCore* c, std::string const& v) { return detail::make_str(c, v); }
};

template <>
struct Converter<std::string_view> {
    static std::string_view from(detail::Source const& s) { return detail::to_string_view(s); }
    static Object to(detail::EngineCore* c, std::string_view v) { return detail::make_str(c, v); }
};

template <>
struct Converter<char const*> {
    static Object to(detail::EngineCore* c, char const* v) { return detail::make_str(c, v); }
};

template <std::size_t N>
struct Converter<char[N]> {
    static Object to(detail::EngineCore* c, char const* v) { return detail::make_str(c, v); }
};

template <class T>
struct Converter<std::optional<T>> {
    static std::optional<T> from(detail::Source const& s) {
        if (detail::is_none(s)) return std::nullopt;
        return Converter<T>::from(s);
    }
    static Object to(detail::EngineCore* c, std::optional<T> const& v) {
        return v ? Converter<T>::to(c, *v) : detail::make_none(c);
    }
};

template <class T, class A>
struct Converter<std::vector<T, A>> {
    static std::vector<T, A> from(detail::Source const& s) {
        detail::Items items = detail::to_items(s, "list");
        std::vector<T, A> out;
        out.reserve(items.size);
        for (std::size_t i = 0; i < items.size; ++i) out.push_back(Converter<T>::from(s.item(items.items + i)));
        return out;
    }
    static Object to(detail::EngineCore* c, std::vector<T, A> const& v) {
        Object list = detail::make_list(c, v.size());
        for (std::size_t i = 0; i < v.size(); ++i) detail::sequence_set(list, i, Converter<T>::to(c, v[i]));
        return list;
    }
};

/// std::map and std::unordered_map from a dict, to a dict (in the map's iteration order).
template <class M>
struct MapConverter {
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static M from(detail::Source const& s) {
        detail::Items items = detail::to_dict_items(s);
        M out;
        for (std::size_t i = 0; i + 1 < items.size; i += 2)
            out.emplace(Converter<K>::from(s.item(items.items + i)), Converter<V>::from(s.item(items.items + i + 1)));
        return out;
    }
    static Object to(detail::EngineCore* c, M const& m) {
        Object dict = detail::make_dict(c);
        for (auto const& [k, v] : m) detail::dict_set(dict, Converter<K>::to(c, k), Converter<V>::to(c, v));
        return dict;
    }
};
template <class K, class V, class C, class A>
struct Converter<std::map<K, V, C, A>> : MapConverter<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Converter<std::unordered_map<K, V, H, E, A>> : MapConverter<std::unordered_map<K, V, H, E, A>> {};

/// std::tuple and std::pair from a tuple (or list) of exactly their size, to a tuple.
template <class Tup>
struct TupleConverter {
    static constexpr std::size_t N = std::tuple_size_v<Tup>;
    static Tup from(detail::Source const& s) {
        detail::Items items = detail::to_items(s, "tuple", N);
        return read(s, items, std::make_index_sequence<N>{});
    }
    static Object to(detail::EngineCore* c, Tup const& t) {
        Object tuple = detail::make_tuple(c, N);
        fill(c, tuple, t, std::make_index_sequence<N>{});
        return tuple;
    }

private:
    template <std::size_t... I>
    static Tup read(detail::Source const& s, detail::Items const& items, std::index_sequence<I...>) {
        return Tup(Converter<std::decay_t<std::tuple_element_t<I, Tup>>>::from(s.item(items.items + I))...);
    }
    template <std::size_t... I>
    static void fill(detail::EngineCore* c, Object const& tuple, Tup const& t, std::index_sequence<I...>) {
        (detail::sequence_set(tuple, I, Converter<std::decay_t<std::tuple_element_t<I, Tup>>>::to(c, std::get<I>(t))), ...);
    }
};
template <class... T>
struct Converter<std::tuple<T...>> : TupleConverter<std::tuple<T...>> {};
template <class A, class B>
struct Converter<std::pair<A, B>> : TupleConverter<std::pair<A, B>> {};

/// A script callable received as a std::function; calling it runs the script code on the engine's thread
/// (throws weft::Error if it raises). Only callables come this way: a std::function result is not converted.
template <class R, class... A>
struct Converter<std::function<R(A...)>> {
    static std::function<R(A...)> from(detail::Source const& s) {
        return detail::callable_function<R, A...>(detail::to_callable(s));
    }
};

/// A keyword argument of a call into script code (`f(1, weft::arg("sep") = "-")`), or a parameter's name (and
/// default value) in def() (`engine.def("f", fn, weft::arg("a"), weft::arg("b") = 2)`).
struct arg {
    /// A parameter or keyword named `name` (the text must outlive the binding: a literal).
    explicit arg(char const* parameter) : name(parameter) {}
    /// Gives the parameter a default value (converted when the binding is made) or the keyword its value.
    template <class T>
    arg& operator=(T&& value) {
        using D = std::decay_t<T>;
        make_value = [v = D(std::forward<T>(value))](detail::EngineCore* c) {
            return Converter<std::conditional_t<std::is_array_v<std::remove_reference_t<T>>, char const*, D>>::to(c, v);
        };
        return *this;
    }
    char const* name;
    std::function<Object(detail::EngineCore*)> make_value;  // empty: no default
};

namespace detail {

/// The script value for a C++ argument of a call (`Object` passes through; an `arg` is a keyword).
template <class T>
Object to_script(EngineCore* c, T&& v) {
    using D = std::decay_t<T>;
    if constexpr (std::is_same_v<D, Object>) return std::forward<T>(v);
    else if constexpr (std::is_array_v<std::remove_reference_t<T>>) return make_str(c, v);
    else return Converter<D>::to(c, v);
}

WEFT_API Object call(Object const& fn, Object const* args, std::size_t nargs, char const* const* kwnames, std::size_t nkw);
WEFT_API Object get_item(Object const& container, Object const& key);
WEFT_API void set_item(Object const& container, Object const& key, Object const& value);
WEFT_API void set_attr(Object const& target, std::string_view name, Object const& value);
WEFT_API Object convert_for_as(Object const& o);  // throws Error when the handle is empty

/// Raises a pending engine exception (after detail::Raised) as weft::Error.
[[noreturn]] WEFT_API void throw_pending(EngineCore* core);

/// The C++ value of `o` as a bound function's parameter of type T would receive it (weft/function.hpp).
template <class T>
T from_object(Object const& o);

template <class R, class... A>
std::function<R(A...)> callable_function(Object fn) {
    return [fn = std::move(fn)](A... args) -> R {
        Object result = fn(std::forward<A>(args)...);
        if constexpr (!std::is_void_v<R>) return from_object<R>(result);
    };
}

} // namespace detail

template <class T>
void Object::set_attr(std::string_view name, T&& value) const {
    detail::set_attr(*this, name, detail::to_script(m_core, std::forward<T>(value)));
}

template <class K>
Object Object::operator[](K&& key) const {
    return detail::get_item(*this, detail::to_script(m_core, std::forward<K>(key)));
}

template <class K, class V>
void Object::set_item(K&& key, V&& value) const {
    detail::set_item(*this, detail::to_script(m_core, std::forward<K>(key)), detail::to_script(m_core, std::forward<V>(value)));
}

template <class... A>
Object Object::operator()(A&&... args) const {
    constexpr std::size_t n = sizeof...(A);
    constexpr std::size_t nkw = (0 + ... + std::is_same_v<std::decay_t<A>, arg>);
    Object values[n + 1];
    char const* names[nkw + 1];
    std::size_t pos = 0, kw = 0;
    // positionals first, then keywords' values in the order of `names`
    [[maybe_unused]] auto place = [&](auto&& a) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, arg>) {
            names[kw] = a.name;
            values[n - nkw + kw++] = a.make_value(m_core);
        } else {
            values[pos++] = detail::to_script(m_core, std::forward<decltype(a)>(a));
        }
    };
    (place(std::forward<A>(args)), ...);
    return detail::call(*this, values, n, names, nkw);
}

template <class T>
T Object::as() const {
    return detail::from_object<T>(detail::convert_for_as(*this));
}

} // namespace weft
