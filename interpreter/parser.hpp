// The parser's entry points: source text in, AST (or the first syntax error, as CPython reports it) out.
#pragma once

#include <memory>
#include <optional>

#include "interpreter/ast.hpp"
#include "interpreter/source.hpp"

namespace weft::front {

struct ParseResult {
    std::unique_ptr<Module> module;          // set on success
    std::optional<SyntaxErrorReport> error;  // set on failure: the first error, as CPython 3.11 reports it
};

// Parses a whole file (CPython: mode "exec").
ParseResult parse_module(SourceFile const& source);

} // namespace weft::front
