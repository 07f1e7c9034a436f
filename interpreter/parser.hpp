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
// Parses one statement typed at a prompt (CPython: mode "single", with PyCF_DONT_IMPLY_DEDENT): input that
// ends inside an indented block without a final newline is incomplete. An empty input is an empty body.
ParseResult parse_interactive(SourceFile const& source);
// Parses an expression (CPython: mode "eval"); the module's body is one expression statement.
ParseResult parse_expression(SourceFile const& source);

} // namespace weft::front
