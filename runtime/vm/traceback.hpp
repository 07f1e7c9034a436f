// Exceptions made from front-end reports (defined in traceback.cpp, which also formats tracebacks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "interpreter/source.hpp"
#include "runtime/result.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;
struct Exception;
struct Str;

// A SyntaxError object for a front-end report, with filename, line, offset and text as CPython sets them.
Value make_syntax_error(VM& vm, front::SyntaxErrorReport const& report, front::SourceFile const& source);

// The name an uncaught AttributeError or NameError suggests ("Did you mean: 'x'?"), or null (vm/suggestions.cpp)
Str* suggest_name(VM& vm, Exception* e);

} // namespace weft::rt
