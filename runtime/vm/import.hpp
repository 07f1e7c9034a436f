// The helpers the dispatch loop needs for imports, class bodies, f-string fields and the REPL display
// (defined in import.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/result.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/str.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;

// from module import name (IMPORT_FROM), with CPython's ImportError message.
Result<Value> import_from(VM& vm, Value const& module, Str* name);

// from module import * into `locals` (__all__, or the names without a leading underscore).
Result<void> import_star(VM& vm, Value const& module, Dict* locals);

// FORMAT_VALUE: an f-string field with its conversion (1 str, 2 repr, 3 ascii) and spec.
Result<Value> format_value(VM& vm, Value const& v, int conversion, Value const& spec);

// PRINT_EXPR: the REPL shows an expression's value and keeps it in builtins._.
void print_expression(VM& vm, Value const& v);

// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds): runs a class body.
Result<Value> builtin_build_class(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);

} // namespace weft::rt
