// Bound C++ classes: Engine::def_class<T>("Name") makes a script class whose instances hold a T. Methods,
// constructors, properties, static methods and operators (special methods such as __add__, __eq__, __repr__)
// are bound C++ callables whose first parameter is the instance (T& or T const&).
//
// Ownership: a T made by a constructor or returned by value is owned by its script object (destroyed with it); a
// std::shared_ptr<T> is shared between host and script; a T* or T& passed or returned is the host's and must
// outlive every script use of it. A parameter T&, T const&, T* or std::shared_ptr<T> receives the object inside
// the script value (no copy); a parameter T receives a copy.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "weft/function.hpp"

namespace weft {

namespace detail {

struct ClassCore;  // the library's record of a bound class

WEFT_API ClassCore* class_new(EngineCore* core, std::type_info const& type, std::string const& name,
                              std::type_info const* base, void* (*upcast)(void*), Object const& target_namespace);
/// Adds a method (kind: ClassMember) to the class.
WEFT_API void class_add(ClassCore* cls, std::string const& name, std::unique_ptr<Binding> binding, int kind);
WEFT_API void class_add_property(ClassCore* cls, std::string const& name, std::unique_ptr<Binding> getter,
                                 std::unique_ptr<Binding> setter);
WEFT_API Object class_object(ClassCore* cls);
/// Gives the fresh instance `self` (its constructor's binding is running) the T in `value`.
WEFT_API void host_object_init(ValueBox const* self, std::type_info const& type, std::shared_ptr<void> value);

enum ClassMember { MemberMethod = 0, MemberStatic = 1, MemberInit = 2 };

/// A member function pointer as a callable whose first parameter is the instance.
template <class M>
struct MethodAdapter;
template <class C, class R, class... A>
struct MethodAdapter<R (C::*)(A...)> {
    R (C::*member)(A...);
    R operator()(C& self, A... args) const { return (self.*member)(std::forward<A>(args)...); }
};
template <class C, class R, class... A>
struct MethodAdapter<R (C::*)(A...) const> {
    R (C::*member)(A...) const;
    R operator()(C const& self, A... args) const { return (self.*member)(std::forward<A>(args)...); }
};
template <class C, class R, class... A>
struct MethodAdapter<R (C::*)(A...) noexcept> : MethodAdapter<R (C::*)(A...)> {};
template <class C, class R, class... A>
struct MethodAdapter<R (C::*)(A...) const noexcept> {
    R (C::*member)(A...) const noexcept;
    R operator()(C const& self, A... args) const { return (self.*member)(std::forward<A>(args)...); }
};

template <class F>
auto as_callable(F&& f) {
    using D = std::decay_t<F>;
    if constexpr (std::is_member_function_pointer_v<D>) return MethodAdapter<D>{f};
    else return D(std::forward<F>(f));
}

} // namespace detail

/// Marks a constructor for Class::def: `cls.def(weft::init<double, double>(), weft::arg("x"), weft::arg("y") = 0.0)`.
template <class... A>
struct init {};

/// The C++ side of a bound class, returned by Engine::def_class and Module::def_class; each method returns the
/// builder, to chain.
template <class T>
class Class {
public:
    /// Made by Engine::def_class and Module::def_class.
    Class(detail::EngineCore* core, detail::ClassCore* cls, std::string name)
        : m_core(core), m_class(cls), m_name(std::move(name)) {}

    /// A constructor: `T(A...)` with the script's arguments.
    template <class... A, class... Extra>
    Class& def(init<A...>, Extra&&... extra) {
        auto fn = [](detail::SelfBox self, A... args) {
            detail::host_object_init(self.box, typeid(T), std::make_shared<T>(std::forward<A>(args)...));
        };
        add("__init__", detail::make_binding(m_core, m_name + ".__init__", std::move(fn), true,
                                             std::forward<Extra>(extra)...),
            detail::MemberInit);
        return *this;
    }
    /// A method: a member function pointer, or a callable whose first parameter is T& or T const&. Special
    /// method names (__repr__, __add__, __eq__, __len__, __getitem__, __call__...) make the operators.
    template <class F, class... Extra>
    Class& def(char const* name, F&& f, Extra&&... extra) {
        add(name, detail::make_binding(m_core, m_name + "." + name, detail::as_callable(std::forward<F>(f)), true,
                                       std::forward<Extra>(extra)...),
            detail::MemberMethod);
        return *this;
    }
    /// A static method (no instance parameter).
    template <class F, class... Extra>
    Class& def_static(char const* name, F&& f, Extra&&... extra) {
        add(name, detail::make_binding(m_core, m_name + "." + name, std::forward<F>(f), false,
                                       std::forward<Extra>(extra)...),
            detail::MemberStatic);
        return *this;
    }
    /// A read-only property computed by `getter` (a member function pointer or a callable taking T const&).
    template <class G>
    Class& property(char const* name, G&& getter) {
        detail::class_add_property(m_class, name,
                                   detail::make_binding(m_core, m_name + "." + name, detail::as_callable(std::forward<G>(getter)), true),
                                   nullptr);
        return *this;
    }
    /// A property with a setter (a callable taking T& and the new value).
    template <class G, class S>
    Class& property(char const* name, G&& getter, S&& setter) {
        detail::class_add_property(m_class, name,
                                   detail::make_binding(m_core, m_name + "." + name, detail::as_callable(std::forward<G>(getter)), true),
                                   detail::make_binding(m_core, m_name + "." + name, detail::as_callable(std::forward<S>(setter)), true));
        return *this;
    }
    /// A data member as a read-write property (`cls.field("x", &Vec::x)`).
    template <class M>
    Class& field(char const* name, M T::*member) {
        return property(name, [member](T const& self) -> M const& { return self.*member; },
                        [member](T& self, M value) { self.*member = std::move(value); });
    }
    /// The class object scripts see.
    Object object() const { return detail::class_object(m_class); }

private:
    void add(char const* name, std::unique_ptr<detail::Binding> binding, int kind) {
        detail::class_add(m_class, name, std::move(binding), kind);
    }

    friend class Engine;
    friend class Module;
    detail::EngineCore* m_core;
    detail::ClassCore* m_class;
    std::string m_name;
};

} // namespace weft
