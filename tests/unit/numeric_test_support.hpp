// Helpers shared by the numeric tests: how a result or error is rendered in the CPython-generated tables.
#pragma once

#include <string>

#include "runtime/format_spec.hpp"

namespace weft::test {

using weft::rt::FormatSpec;
using weft::rt::NumericErrorKind;
using weft::rt::NumericResult;

inline std::string kind_name(NumericErrorKind kind) {
    switch (kind) {
    case NumericErrorKind::ValueError:
        return "ValueError";
    case NumericErrorKind::OverflowError:
        return "OverflowError";
    case NumericErrorKind::ZeroDivisionError:
        return "ZeroDivisionError";
    case NumericErrorKind::MemoryError:
        return "MemoryError";
    }
    return "?";
}

// The generator's rendering: the formatted text, or "!Kind: message".
inline std::string describe(NumericResult<std::string> const& result) {
    if (result)
        return *result;
    return "!" + kind_name(result.error().kind) + ": " + result.error().message;
}

inline std::string describe_error(NumericResult<FormatSpec> const& result) {
    return "!" + kind_name(result.error().kind) + ": " + result.error().message;
}


} // namespace weft::test
