// The standard library's module table: every module added by weft_add_module() in stdlib/CMakeLists.txt, for
// a host to put in VMConfig::modules (all of it, or the modules it allows).
#pragma once

#include <span>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

// Every standard module, "builtins" first; the table lives as long as the program (generated: module_table.cpp).
std::span<ModuleDef const> stdlib_modules();

} // namespace weft::rt
