// Bound C++ callables: what Engine::def and the class builder make of a function, a lambda or a member
// function. The library's call path matches a call's arguments to the parameters (positional, keyword,
// defaults) and gives the binding one value per parameter; the binding converts them and calls.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "weft/convert.hpp"

namespace weft {

namespace detail {

/// What the library knows of a bound callable: its name and parameters, for matching arguments and for
/// the TypeError messages that name them.
struct Signature {
    std::string name;                 // "add", or "Vec.dot" for a method
    std::size_t nparams = 0;          // C++ parameters (a method's self included)
    std::vector<char const*> names;   // parameter names (empty: positional only); self is unnamed
    std::vector<Object> defaults;     // one per parameter, empty when the parameter is required
    bool is_method = false;           // the first parameter is the receiver
    bool operator_method = false;     // a binary operator's method: NotImplemented when the operand does not fit
};

/// A bound callable. `invoke` gets one value per parameter in `args` and stores the result in `*result`; it
/// may throw: detail::Raised (a conversion failed), weft::Error, or any C++ exception (translated).
struct WEFT_API Binding {
    virtual ~Binding();
    virtual void invoke(EngineCore* core, ValueBox const* const* args, Object& result) = 0;
    Signature signature;
};

template <class T>
struct remove_cvref {
    using type = std::remove_cv_t<std::remove_reference_t<T>>;
};

/// The C++ signature of a callable: R(A...) for function pointers, lambdas and other function objects.
template <class F>
struct callable_traits : callable_traits<decltype(&F::operator())> {};
template <class R, class... A>
struct callable_traits<R (*)(A...)> {
    using result = R;
    using args = std::tuple<A...>;
};
template <class R, class... A>
struct callable_traits<R(A...)> : callable_traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...) const> : callable_traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...)> : callable_traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...) const noexcept> : callable_traits<R (*)(A...)> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...) noexcept> : callable_traits<R (*)(A...)> {};
template <class R, class... A>
struct callable_traits<R (*)(A...) noexcept> : callable_traits<R (*)(A...)> {};

/// How one parameter of C++ type P is read: by value through Converter; a bound class's T&, T const&, T* and
/// shared_ptr<T> by reference to the object inside the script value (no copy).
template <class P, class Enable = void>
struct ParamReader {
    using D = std::decay_t<P>;
    static D read(Source const& s) { return Converter<D>::from(s); }
};
template <class P>
struct ParamReader<P, std::enable_if_t<std::is_lvalue_reference_v<P> && is_bound_class_v<std::remove_cvref_t<P>>>> {
    using T = std::remove_cvref_t<P>;
    static P read(Source const& s) { return *static_cast<T*>(host_object_pointer(s, typeid(T), nullptr)); }
};
template <class T>
struct ParamReader<T*, std::enable_if_t<is_bound_class_v<std::remove_const_t<T>>>> {
    static T* read(Source const& s) {
        if (is_none(s)) return nullptr;
        return static_cast<T*>(host_object_pointer(s, typeid(std::remove_const_t<T>), nullptr));
    }
};
template <class T>
struct ParamReader<std::shared_ptr<T>, std::enable_if_t<is_bound_class_v<std::remove_const_t<T>>>> {
    static std::shared_ptr<T> read(Source const& s) {
        if (is_none(s)) return nullptr;
        std::shared_ptr<void> keep;
        T* p = static_cast<T*>(host_object_pointer(s, typeid(std::remove_const_t<T>), &keep));
        return std::shared_ptr<T>(std::move(keep), p);
    }
};
/// The instance a constructor's binding fills (weft::init).
struct SelfBox {
    ValueBox const* box;
};
template <>
struct ParamReader<SelfBox> {
    static SelfBox read(Source const& s) { return {s.value}; }
};

template <class T>
T from_object(Object const& o) {
    ValueBox box = o.box();
    try {
        return ParamReader<T>::read(Source{o.core(), &box});
    } catch (Raised const&) {
        throw_pending(o.core());
    }
}

template <class F, class R, class Args>
struct FunctionBinding;

template <class F, class R, class... A>
struct FunctionBinding<F, R, std::tuple<A...>> final : Binding {
    F fn;
    explicit FunctionBinding(F f) : fn(std::move(f)) {}
    void invoke(EngineCore* core, ValueBox const* const* args, Object& result) override {
        call(core, args, result, std::index_sequence_for<A...>{});
    }

private:
    template <std::size_t... I>
    void call(EngineCore* core, ValueBox const* const* args, Object& result, std::index_sequence<I...>) {
        if constexpr (std::is_void_v<R>) {
            std::invoke(fn, ParamReader<A>::read(Source{core, args[I], this, I})...);
            result = make_none(core);
        } else {
            result = to_result(core, std::invoke(fn, ParamReader<A>::read(Source{core, args[I], this, I})...));
        }
    }
    template <class T>
    static Object to_result(EngineCore* core, T&& v) {
        return Converter<std::decay_t<T>>::to(core, std::forward<T>(v));
    }
};

/// Records one `weft::arg` of a def(): the next parameter's name, and its default value if it has one (a
/// method's self is unnamed: names then start with a null).
inline void add_parameter(EngineCore* core, Signature& sig, arg const& a) {
    if (sig.is_method && sig.names.empty()) sig.names.push_back(nullptr);
    std::size_t i = sig.names.size();
    sig.names.push_back(a.name);
    if (a.make_value && i < sig.defaults.size()) sig.defaults[i] = a.make_value(core);
}

/// A binding of `f`, a function, lambda or function object, with parameter names and defaults from `extra`;
/// `is_method`: its first parameter is the instance.
template <class F, class... Extra>
std::unique_ptr<Binding> make_binding(EngineCore* core, std::string name, F&& f, bool is_method, Extra&&... extra) {
    using D = std::decay_t<F>;
    using traits = callable_traits<std::conditional_t<std::is_function_v<std::remove_pointer_t<D>>, std::remove_pointer_t<D>, D>>;
    auto b = std::make_unique<FunctionBinding<D, typename traits::result, typename traits::args>>(std::forward<F>(f));
    b->signature.name = std::move(name);
    b->signature.nparams = std::tuple_size_v<typename traits::args>;
    b->signature.defaults.resize(b->signature.nparams);
    b->signature.is_method = is_method;
    (add_parameter(core, b->signature, extra), ...);
    (void)core;
    return b;
}

} // namespace detail

} // namespace weft
