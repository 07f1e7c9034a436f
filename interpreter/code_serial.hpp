// A code unit as bytes and back: the form the built-in weft modules are compiled into at build time
// (interpreter/freeze), so importing one loads its bytecode instead of parsing and compiling its source.
// The bytes are private to one build of weft (the build writes and reads them with this same code).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "interpreter/code_unit.hpp"
#include "interpreter/source.hpp"

namespace weft::front {

std::string serialize_code(CodeUnit const& unit);
// The code unit `bytes` hold, its units sharing `source` (for line numbers and tracebacks); null if malformed.
std::shared_ptr<CodeUnit> deserialize_code(std::string_view bytes, std::shared_ptr<SourceFile const> const& source);

} // namespace weft::front
