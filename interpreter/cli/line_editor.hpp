// The `weft` program's own builtin modules: `_lineedit` (line_editor.cpp), which the REPL (repl.py) reads lines
// through.
#pragma once

#include "runtime/vm/vm.hpp"

namespace weft::cli {

rt::Result<void> init_lineedit_module(rt::VM& vm, rt::Module& m);

} // namespace weft::cli
