// Result<T>: what a fallible runtime function returns. On failure the exception object is already stored
// in the VM (VM::raise and friends), so the Result only carries the news; TRY propagates it (LibJS style).
#pragma once

#include <utility>

#include "runtime/value.hpp"

namespace weft::rt {

// "An exception was raised and is stored in the VM."
struct Raised {};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)), m_ok(true) {}
    Result(Raised) : m_ok(false) {}
    bool is_error() const { return !m_ok; }
    T& value() { return m_value; }
    T release_value() { return std::move(m_value); }

private:
    T m_value{};
    bool m_ok;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() : m_ok(true) {}
    Result(Raised) : m_ok(false) {}
    bool is_error() const { return !m_ok; }
    void release_value() {}

private:
    bool m_ok;
};

} // namespace weft::rt

// Evaluates a Result-returning expression; on error returns Raised{} from the enclosing function,
// otherwise yields the value.
#define TRY(expr)                                  \
    ({                                             \
        auto _weft_result = (expr);                \
        if (_weft_result.is_error())               \
            return ::weft::rt::Raised{};           \
        _weft_result.release_value();              \
    })
